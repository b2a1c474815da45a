"""Per-rerun cost of a 1,000-element app (mixed text and widgets) through
AppTest: streamlit-cell vs real Streamlit, interleaved in one process.
Target: streamlit-cell >= 10x faster.

    .venv/bin/python bench/apptest_large.py [-n 20] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

LARGE_APP = """
import streamlit as st
st.title("A thousand elements")
if "clicks" not in st.session_state:
    st.session_state.clicks = 0
def clicked():
    st.session_state.clicks += 1
st.button("Go", on_click=clicked)
for i in range(250):
    st.markdown(f"**row {i}** clicks={st.session_state.clicks}")
    st.text(f"plain {i}")
    st.checkbox(f"check {i}", key=f"c{i}")
    st.number_input(f"number {i}", value=i, key=f"n{i}")
"""


def _reruns(app_test_class: type, n: int) -> list[float]:
    at = app_test_class.from_string(LARGE_APP, default_timeout=60).run()
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        at.button[0].click().run()
        samples.append(time.perf_counter() - start)
    assert at.session_state.clicks == n
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20, help="reruns per backend (default 20)")
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()

    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    from streamlit_cell.testing import AppTest as CellAppTest

    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(2):
        theirs += _reruns(StreamlitAppTest, options.n // 2)
        ours += _reruns(CellAppTest, options.n // 2)
    ours_ms, theirs_ms = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    result = {"reruns_per_backend": len(ours), "streamlit_cell_median_ms": round(ours_ms, 2),
              "streamlit_median_ms": round(theirs_ms, 2), "speedup": round(theirs_ms / ours_ms, 1)}
    if options.json:
        print(json.dumps(result))
        return
    print(f"{'1,000-element app':<28}{'median ms/rerun':>16}")
    print(f"{'streamlit_cell AppTest':<28}{ours_ms:>16.2f}")
    print(f"{'streamlit 1.67 AppTest':<28}{theirs_ms:>16.2f}")
    print(f"streamlit-cell is {result['speedup']}x faster (target: >= 10x)")


if __name__ == "__main__":
    main()
