"""Per-click rerun cost through AppTest: streamlit-cell vs real Streamlit.

Both backends run the Session State page's counter with a callback; each
sample is one `click().run()`. The two are interleaved in blocks, in one
process, so machine load affects both alike. Prints medians and the ratio.

    .venv/bin/python bench/apptest_click.py [-n 200] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

COUNTER = """
import streamlit as st

st.title("Counter Example using Callbacks")
if "count" not in st.session_state:
    st.session_state.count = 0

def increment_counter():
    st.session_state.count += 1

st.button("Increment", on_click=increment_counter)
st.write("Count = ", st.session_state.count)
"""


def _clicks(app_test_class: type, n: int) -> list[float]:
    at = app_test_class.from_string(COUNTER).run()
    at.button[0].click().run()  # warm-up
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        at.button[0].click().run()
        samples.append(time.perf_counter() - start)
    expected = n + 1
    assert at.session_state.count == expected, (at.session_state.count, expected)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="clicks per backend (default 200)")
    parser.add_argument("--blocks", type=int, default=4, help="interleaved blocks (default 4)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    options = parser.parse_args()

    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    from streamlit_cell.testing import AppTest as CellAppTest

    per_block = max(1, options.n // options.blocks)
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(options.blocks):
        theirs += _clicks(StreamlitAppTest, per_block)
        ours += _clicks(CellAppTest, per_block)
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
    print(f"streamlit-cell is {result['speedup']}x faster per click (target: >= 20x)")


if __name__ == "__main__":
    main()
