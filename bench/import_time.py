"""``import streamlit_cell`` vs ``import streamlit``, each in a fresh
interpreter, alternated, medians. Also the cost of ``%load_ext`` (the Jupyter
layer) and of the Streamlit core (``streamlit_cell.testing``).

    .venv/bin/python bench/import_time.py [-n 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

TIMER = ("import time; t = time.perf_counter(); import {module}; "
         "print(time.perf_counter() - t)")
MODULES = {
    "streamlit_cell": "streamlit_cell",
    "streamlit_cell core (testing)": "streamlit_cell.testing",
    "streamlit_cell jupyter layer (magic)": "streamlit_cell.notebook.magics",
    "streamlit": "streamlit",
}


def once(module: str) -> float:
    out = subprocess.run([sys.executable, "-c", TIMER.format(module=module)],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    samples: dict[str, list[float]] = {name: [] for name in MODULES}
    for _ in range(options.n):
        for name, module in MODULES.items():
            samples[name].append(once(module))
    medians = {name: statistics.median(values) * 1000 for name, values in samples.items()}
    result = {name: round(ms, 2) for name, ms in medians.items()}
    result["streamlit_over_streamlit_cell"] = round(medians["streamlit"] / medians["streamlit_cell"], 1)
    if options.json:
        print(json.dumps(result))
        return
    print(f"{'import':<40}{'median ms':>10}")
    for name, ms in medians.items():
        print(f"{name:<40}{ms:>10.1f}")
    print(f"`import streamlit` takes {result['streamlit_over_streamlit_cell']}x as long as "
          "`import streamlit_cell` (target: streamlit_cell faster)")


if __name__ == "__main__":
    main()
