"""Per-click rerun cost through AppTest: streamlit-cell vs real Streamlit.

Both backends run the Session State page's counter with a callback; each
sample is one `click().run()`. The two are interleaved in blocks, in one
process, so machine load affects both alike. Prints medians and the ratio.

    .venv/bin/python bench/apptest_click.py [-n 200] [--json]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _apptest_compare import compare  # noqa: E402

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
    compare(__doc__.splitlines()[0], _clicks, default_n=200, default_blocks=4,
            what="click", target=">= 20x")


if __name__ == "__main__":
    main()
