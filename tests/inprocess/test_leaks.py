"""Long sessions: a thousand reruns leave no widgets and no memory behind."""

from __future__ import annotations

import gc
import sys
import tracemalloc

import ipywidgets as w

from support.ui import button, find, live_widget_count, session_state
from streamlit_cell.render.markdown import markdown_to_html


def _settled_memory() -> int:
    """Traced memory without two bounded caches that fill up as counts change:
    the Markdown cache (a rendering per distinct text, up to its ``maxsize``)
    and CPython's type attribute cache (traitlets looks up a freshly built
    name per trait change, and the cache keeps up to 4096 of them)."""
    markdown_to_html.cache_clear()
    sys._clear_type_cache()
    gc.collect()
    return tracemalloc.get_traced_memory()[0]

COUNTER = """
st.title("Counter")
if "count" not in st.session_state:
    st.session_state.count = 0
def increment():
    st.session_state.count += 1
st.number_input("Step", value=1)
st.button("Increment", on_click=increment)
st.write("Count = ", st.session_state.count)
if st.session_state.count % 2:
    st.info("odd")
else:
    st.checkbox("Even")
print("count", st.session_state.count)
"""


def test_a_thousand_reruns_leak_no_widgets_and_little_memory(run_cell, comm_log):
    app = run_cell(COUNTER)
    increment = button(app, "Increment")
    for _ in range(100):  # warm caches (markdown, linecache, interned strings)
        increment.click()
    comm_log.clear()
    gc.collect()
    widgets_before = live_widget_count()
    tracemalloc.start()
    try:
        baseline = _settled_memory()
        for _ in range(1000):
            increment.click()
            comm_log.clear()  # the test's own record of messages is not the app's memory
        grown = _settled_memory() - baseline
    finally:
        tracemalloc.stop()
    assert session_state()["count"] == 1100
    assert live_widget_count() == widgets_before
    assert find(app, w.Button, "Increment") is increment
    print(f"memory grown over 1,000 reruns: {grown / 1024:.1f} KiB")
    # One leaked small object per rerun would already be ~100 KiB.
    assert grown < 64 * 1024


def test_re_executing_and_unloading_leave_no_widget_open(shell, run_cell):
    before = live_widget_count()
    source = COUNTER + """
with st.sidebar:
    st.radio("Mode", ["a", "b"])
tab, other = st.tabs(["T", "O"])
with tab.expander("E"):
    st.date_input("Day", (dt.date(2024, 1, 1), dt.date(2024, 1, 2)))
with st.form("f"):
    st.text_area("Text")
    st.form_submit_button()
st.dataframe(list(range(60)))
"""
    run_cell("import datetime as dt\n" + source)
    after_first = live_widget_count()
    for _ in range(10):
        run_cell("import datetime as dt\n" + source)
    assert live_widget_count() == after_first
    shell.run_line_magic("unload_ext", "streamlit_cell")
    assert live_widget_count() == before
