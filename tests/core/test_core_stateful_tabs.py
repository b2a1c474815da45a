"""``st.tabs`` and ``st.expander`` as widgets (``on_change`` set, Streamlit
1.67): the open tab's label / the expanded flag in session state, ``.open`` on
the returned containers, state writes, callbacks and errors. Compared with
real Streamlit's AppTest where it can observe them; a front end's event (a
person choosing a tab) is driven through ``ScriptRunner`` as the notebook does.

Differences kept on purpose (pinned below): ``bind="query-params"`` is
refused (a notebook has no URL), and a label or ``expanded`` that is not a
str / bool fails with a message naming the argument (Streamlit's protobuf
TypeError says "bad argument type for built-in operation").
"""

from __future__ import annotations

import pytest

from support.differential import Batch, assert_same, exception_type, rerun, set_state
from streamlit_cell.runtime.errors import StreamlitNotSupportedInNotebookError
from streamlit_cell.runtime.page_tree import walk
from streamlit_cell.runtime.script_runner import ScriptRunner
from streamlit_cell.runtime.state import SessionState
from streamlit_cell.testing import AppTest

# Each case uses its own keys: the cases run in one script (see Batch).
CASES = [
    # widgets: values, .open, types
    't = st.tabs(["A", "B"], key="t1", on_change="rerun")\n'
    'st.write([x.open for x in t], type(t).__name__, type(t[0]).__name__, st.session_state.t1)',
    't = st.tabs(["A", "B", "C"], key="t2", default="C", on_change="rerun")\n'
    'st.write([x.open for x in t], st.session_state.t2)',
    't = st.tabs(["A", "A"], key="t3", on_change=lambda: None)\nst.write([x.open for x in t])',
    't = st.tabs(["X", "Y"], on_change="rerun")\nst.write([x.open for x in t])',
    't = st.tabs([""], key="t4", on_change="rerun")\nst.write(repr(st.session_state.t4))',
    't = st.tabs(["A"], key=7, on_change="rerun")\nst.write(st.session_state["7"])',
    'e = st.expander("E", key="e1", on_change="rerun")\n'
    'st.write(e.open, type(e).__name__, st.session_state.e1)',
    'e = st.expander("E", True, key="e2", on_change=lambda: None)\nst.write(e.open, st.session_state.e2)',
    'e = st.expander("Unkeyed", on_change="rerun")\nst.write(e.open)',
    'e = st.sidebar.expander("Side", key="e3", on_change="rerun")\nst.write(e.open)',
    # layout only (on_change="ignore"): .open is None, no state, key still registered
    't = st.tabs(["A", "B"], key="t5")\nst.write([x.open for x in t], "t5" in st.session_state)',
    'e = st.expander("Plain", key="e4")\nst.write(e.open, "e4" in st.session_state)',
    't = st.tabs(["Q"])\ne = st.expander("Q")\nst.write(t[0].open, e.open, type(t).__name__)',
    # session state written before the widget: it opens that tab / expander
    'st.session_state["t6"] = "B"\nt = st.tabs(["A", "B"], key="t6", on_change="rerun")\n'
    'st.write([x.open for x in t])',
    'st.session_state["e5"] = True\ne = st.expander("E", key="e5", on_change="rerun")\nst.write(e.open)',
    'st.session_state["e6"] = 1\ne = st.expander("E", key="e6", on_change="rerun")\nst.write(e.open)',
    # a label the tabs do not have: back to the default, in session state too
    'st.session_state["t7"] = "Gone"\nt = st.tabs(["A", "B"], key="t7", default="B", '
    'on_change="rerun")\nst.write([x.open for x in t], st.session_state.t7)',
    'st.session_state["t8"] = 5\nt = st.tabs(["A", "B"], key="t8", on_change="rerun")\n'
    'st.write([x.open for x in t], st.session_state.t8)',
    # written after: Streamlit's error
    't = st.tabs(["A", "B"], key="t9", on_change="rerun")\nst.session_state["t9"] = "B"',
    # layout-only tabs with a preset key: no check, no widget
    'st.session_state["t10"] = "B"\nt = st.tabs(["A", "B"], key="t10")\nst.write(t[1].open)',
    # forms: a callback is refused, "rerun" is allowed
    'with st.form("f1"):\n    st.tabs(["A"], on_change=lambda: None)\n    st.form_submit_button()',
    'with st.form("f2"):\n    st.expander("A", on_change=lambda: None)\n    st.form_submit_button()',
    'with st.form("f3"):\n    t = st.tabs(["A"], key="t11", on_change="rerun")\n'
    '    e = st.expander("E", key="e7", on_change="rerun")\n    st.write(t[0].open, e.open)\n'
    '    st.form_submit_button()',
    # errors, in Streamlit's order
    'st.tabs(["A"], on_change=None)',
    'st.tabs(["A"], on_change="bogus")',
    'st.tabs(["A"], on_change=3)',
    'st.expander("A", on_change=None)',
    'st.expander("A", on_change="bogus")',
    'st.tabs(["A"], default="Z", on_change=3)',
    'st.tabs([], on_change="rerun")',
    'st.tabs(["A", 1], on_change="rerun")',
    'st.tabs(["A"], bind="x")',
    'st.expander("A", bind="x")',
    'st.expander("A", type="zz", on_change="rerun")',
    'st.expander(None, on_change="rerun")',
    'st.expander("A", icon="zz", key="e8", on_change="rerun")',
    'st.tabs(["A", "B"], key="t12", width="x", on_change="rerun")',
    'st.expander("A", key="e9", width="x", on_change="rerun")',
    'st.tabs(["A"], key="t13", height=0, on_change="rerun")',
    'st.tabs(["A"], key="t14", on_change="rerun")\nst.tabs(["B"], key="t14", on_change="rerun")',
    'st.tabs(["A"], key="t15")\nst.tabs(["B"], key="t15")',
    'st.expander("A", key="e10")\nst.tabs(["B"], key="e10", on_change="rerun")',
    'st.button("A", key="b1")\nst.expander("B", key="b1")',
    'st.tabs(["Same"], on_change="rerun")\nst.tabs(["Same"], on_change="rerun")',
    'st.expander("Same", on_change="rerun")\nst.expander("Same", on_change="rerun")',
    'st.tabs(["Twice"])\nst.tabs(["Twice"])\nst.expander("Twice")\nst.expander("Twice")',
    'with st.expander("Outer", key="e11", on_change="rerun"):\n'
    '    t = st.tabs(["X", "Y"], key="t16", on_change="rerun")\n'
    'st.write(st.session_state.t16, st.session_state.e11)',
]

STEPS = [set_state("t1", "B"), set_state("e1", True), set_state("t2", "Nope"), rerun]

batch = Batch(CASES, steps=STEPS)


@pytest.mark.parametrize("number", range(len(CASES)))
def test_stateful_tabs_and_expanders_match_streamlit(number: int) -> None:
    batch.assert_case_same(number)


def test_whole_page_and_session_state_match_streamlit() -> None:
    batch.assert_same()


def _container_keys(at) -> list[tuple[str, str | None]]:
    return [(node.type, node.key) for node in at
            if node.type in ("tab_container", "tab", "expander")]


def test_tester_blocks_carry_the_user_key_as_streamlit():
    script = """
import streamlit as st
st.tabs(["A", "B"], key="widget_tabs", on_change="rerun")
st.tabs(["C"], key="layout_tabs")
st.tabs(["D"])
st.expander("E", key="widget_exp", on_change="rerun")
st.expander("F", key="layout_exp")
st.expander("G")
"""
    from streamlit.testing.v1 import AppTest as StreamlitAppTest
    oracle = StreamlitAppTest.from_string(script).run()
    ours = AppTest.from_string(script).run()
    assert _container_keys(ours) == _container_keys(oracle)
    assert ours.get_by_key("widget_tabs").type == "tab_container"
    assert ours.expander(key="widget_exp").label == "E"
    assert [t.label for t in ours.tabs] == ["A", "B", "C", "D"]


def test_switching_tabs_through_session_state_reruns_with_the_new_tab():
    assert_same("""
import streamlit as st
overview, details = st.tabs(["Overview", "Details"], key="section", on_change="rerun")
if overview.open:
    overview.write("overview loaded")
if details.open:
    details.write("details loaded")
more = st.expander("More", key="more", on_change="rerun")
if more.open:
    more.write("more loaded")
st.write("state", st.session_state.section, st.session_state.more)
""", [set_state("section", "Details"), set_state("more", True), rerun,
      set_state("section", "Overview")])


def test_bind_is_refused_in_a_notebook():
    for call in ('st.tabs(["A"], key="k", bind="query-params")',
                 'st.expander("A", key="k", bind="query-params")'):
        at = AppTest.from_string(f"import streamlit as st\n{call}").run()
        assert exception_type(at.exception[0]) == StreamlitNotSupportedInNotebookError.__name__


def test_a_label_or_expanded_of_the_wrong_type_names_the_argument():
    at = AppTest.from_string(
        'import streamlit as st\nst.expander(5, key="k", on_change="rerun")').run()
    error = at.exception[0]
    assert exception_type(error) == "TypeError" and "`label` must be a str" in error.message
    at = AppTest.from_string(
        'import streamlit as st\nst.session_state.k = "yes"\n'
        'st.expander("A", key="k", on_change="rerun")').run()
    error = at.exception[0]
    assert exception_type(error) == "TypeError" and "`expanded`" in error.message


# ------------------------------------------------- a front end's event
def _runner(source: str) -> tuple[ScriptRunner, SessionState]:
    session = SessionState()
    return ScriptRunner(source, session), session


def _block(result, block_type: str):
    return next(e for root in result.roots for e in walk(root) if e.type == block_type)


def test_a_person_choosing_a_tab_runs_the_callback_once_then_the_script():
    runner, session = _runner("""
import streamlit as st
st.session_state.setdefault("calls", [])
def chosen(note):
    st.session_state.calls.append((note, st.session_state.section))
first, second = st.tabs(["One", "Two"], key="section", on_change=chosen, args=("tab",))
st.write("open", first.open, second.open, "calls", st.session_state.calls)
""")
    tabs = _block(runner.run(), "tabs")
    assert tabs.is_widget and tabs.props["index"] == 0 and tabs.props["stateful"]
    result = runner.run({tabs.id: "Two"}, changed_widgets=[tabs.id])
    assert _block(result, "tabs").props["index"] == 1
    assert session["calls"] == [("tab", "Two")]
    runner.run()  # nothing changed: no callback
    assert session["calls"] == [("tab", "Two")]


def test_a_person_opening_an_expander_runs_its_callback_with_its_args():
    runner, session = _runner("""
import streamlit as st
st.session_state.setdefault("calls", [])
def toggled(name, *, how):
    st.session_state.calls.append((name, how, st.session_state.details))
box = st.expander("Details", key="details", on_change=toggled, args=("d",),
                  kwargs={"how": "click"})
""")
    expander = _block(runner.run(), "expander")
    assert expander.is_widget and expander.props["expanded"] is False
    result = runner.run({expander.id: True}, changed_widgets=[expander.id])
    assert _block(result, "expander").props["expanded"] is True
    assert session["calls"] == [("d", "click", True)]
