"""The fuzzers (tests/fuzz) with a long, random profile: many more generated
apps and interaction sequences than the CI run (``--examples`` against
Streamlit's AppTest, half as many in a notebook), a fresh random seed each
time (or ``--seed``), and Hypothesis's example database on, so a divergence
found once is tried first next time.

    .venv/bin/python bench/fuzz_long.py [--examples 5000] [--seed N] [--steps 6]

Exit status is pytest's: 0 when real Streamlit's AppTest and ours agreed on
every case. A failure prints the shrunk script and steps.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--steps", type=int, default=None,
                        help="most interaction steps per case (default: the tier's)")
    args = parser.parse_args()
    os.environ["HYPOTHESIS_PROFILE"] = "fuzz-long"
    os.environ["FUZZ_EXAMPLES"] = str(args.examples)
    os.environ["FUZZ_NOTEBOOK_EXAMPLES"] = str(max(1, args.examples // 2))
    if args.steps is not None:
        os.environ["FUZZ_MAX_STEPS"] = str(args.steps)
    import pytest

    fuzz = REPO / "tests" / "fuzz"
    argv = [str(fuzz / "test_fuzz_differential.py"), str(fuzz / "test_fuzz_notebook.py"),
            "-q", "-p", "no:randomly", "-p", "no:cacheprovider",
            "--hypothesis-show-statistics", "-k", "generated"]
    if args.seed is not None:
        argv.append(f"--hypothesis-seed={args.seed}")
    started = time.perf_counter()
    status = pytest.main(argv)
    print(f"\n{args.examples} examples in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return int(status)


if __name__ == "__main__":
    sys.exit(main())
