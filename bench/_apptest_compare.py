"""What the AppTest benchmarks share: clicks through real Streamlit's AppTest
and ours, interleaved in blocks in one process (so machine load affects both
alike), reported as medians and their ratio."""

from __future__ import annotations

import argparse
import json
import statistics
from typing import Callable

#: Samples (seconds) of ``n`` clicks through one AppTest class.
ClickSamples = Callable[[type, int], "list[float]"]


def compare(description: str, clicks: ClickSamples, *, default_n: int, default_blocks: int,
            what: str, target: str) -> None:
    """Parse ``-n/--blocks/--json``, run ``clicks`` on both backends in
    interleaved blocks and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("-n", type=int, default=default_n,
                        help=f"clicks per backend (default {default_n})")
    parser.add_argument("--blocks", type=int, default=default_blocks,
                        help=f"interleaved blocks (default {default_blocks})")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    options = parser.parse_args()

    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    from streamlit_cell.testing import AppTest as CellAppTest

    per_block = max(1, options.n // options.blocks)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(options.blocks):
        theirs += clicks(StreamlitAppTest, per_block)
        ours += clicks(CellAppTest, per_block)
    ours_ms = statistics.median(ours) * 1000
    theirs_ms = statistics.median(theirs) * 1000
    result = {
        "clicks_per_backend": len(ours),
        "streamlit_cell_median_ms": round(ours_ms, 4),
        "streamlit_median_ms": round(theirs_ms, 4),
        "speedup": round(theirs_ms / ours_ms, 1),
    }
    if options.json:
        print(json.dumps(result))
        return
    print(f"{'backend':<28}{'median ms/click':>16}")
    print(f"{'streamlit_cell AppTest':<28}{ours_ms:>16.3f}")
    print(f"{'streamlit 1.67 AppTest':<28}{theirs_ms:>16.3f}")
    print(f"streamlit-cell is {result['speedup']}x faster per {what} (target: {target})")
