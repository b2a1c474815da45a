"""``st.tabs`` / ``st.expander`` with ``on_change`` in a notebook: a person
choosing a tab or opening an expander (a front end's comm message) reruns the
cell after the callback, the widgets on screen are reused, and a value set by
the script opens that tab / expander. Without ``on_change`` the choice stays
in the browser and nothing reruns."""

from __future__ import annotations

import ipywidgets as w

from support.ui import button, find, front_end_sets, session_state, text

LAZY_TABS = """
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
st.session_state.setdefault("calls", 0)
def chosen():
    st.session_state.calls += 1
one, two = st.tabs(["One", "Two"], key="section", on_change=chosen)
with one:
    st.write("first body")
if two.open:
    two.write("second body loaded")
st.write("open", one.open, two.open)
def jump():
    st.session_state.section = "One"
st.button("Back to one", on_click=jump)
"""


def test_choosing_a_tab_runs_the_callback_once_and_reruns_reusing_the_widgets(run_cell):
    app = run_cell(LAZY_TABS)
    tabs = find(app, w.Tab)
    first_panel = tabs.children[0]
    assert tabs.selected_index == 0 and "open True False" in text(app)
    assert "second body loaded" not in text(app)
    front_end_sets(tabs, selected_index=1)
    assert session_state()["calls"] == 1 and session_state()["runs"] == 2
    assert session_state()["section"] == "Two"
    assert "open False True" in text(app) and "second body loaded" in text(app)
    # The same Tab and the same first panel: no widget re-created.
    assert find(app, w.Tab) is tabs and tabs.children[0] is first_panel
    assert tabs.selected_index == 1


def test_a_value_set_by_the_script_opens_that_tab(run_cell):
    app = run_cell(LAZY_TABS)
    tabs = find(app, w.Tab)
    front_end_sets(tabs, selected_index=1)
    button(app, "Back to one").click()
    assert tabs.selected_index == 0 and "open True False" in text(app)
    # Moving the selection for the script is not a person's choice: no callback.
    assert session_state()["calls"] == 1 and session_state()["runs"] == 3


def test_opening_a_tracked_expander_reruns_with_it_open(run_cell):
    app = run_cell("""
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
more = st.expander("More", key="more", on_change="rerun")
if more.open:
    more.write("details loaded")
st.write("expanded", more.open)
""")
    accordion = find(app, w.Accordion)
    assert accordion.selected_index is None and "expanded False" in text(app)
    front_end_sets(accordion, selected_index=0)
    assert session_state()["runs"] == 2 and session_state()["more"] is True
    assert "details loaded" in text(app) and find(app, w.Accordion) is accordion
    front_end_sets(accordion, selected_index=None)
    assert session_state()["runs"] == 3 and "expanded False" in text(app)


def test_layout_only_tabs_and_expanders_do_not_rerun(run_cell):
    app = run_cell("""
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
a, b = st.tabs(["A", "B"], key="plain")
b.write("b body")
st.expander("Folded").write("inside")
""")
    front_end_sets(find(app, w.Tab), selected_index=1)
    front_end_sets(find(app, w.Accordion), selected_index=0)
    assert session_state()["runs"] == 1 and "plain" not in session_state()
    assert find(app, w.Tab).selected_index == 1


def test_tabs_in_a_form_rerun_at_once_as_in_streamlit(run_cell):
    app = run_cell("""
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
with st.form("f"):
    t = st.tabs(["A", "B"], key="in_form", on_change="rerun")
    st.text_input("Name", key="name")
    st.form_submit_button()
st.write("open tab", st.session_state.in_form)
""")
    front_end_sets(find(app, w.Tab), selected_index=1)
    assert session_state()["runs"] == 2 and "open tab B" in text(app)
