"""Progress, spinner, status and toast are shown while the run is still
going (the work they announce is still to come), as in Streamlit; a fast run
without them still renders once, at the end."""

from __future__ import annotations

import ipywidgets as w

from support.ui import button, find, find_all, front_end_clicks, html_containing, text

LONG_RUN = """
import time
import streamlit as st
st.session_state.setdefault("seen", [])
bar = st.progress(0, text="starting")
with st.spinner("Working hard..."):
    for i in range(4):
        time.sleep(0.06)
        bar.progress((i + 1) * 25, text=f"step {i + 1}")
with st.status("Downloading", expanded=True) as status:
    st.write("fetching")
    time.sleep(0.05)
st.toast("Done!", icon="🎉")
st.write("end")
"""


def test_progress_moves_during_the_run(run_cell):
    values: list[float] = []
    original = w.FloatProgress.__init__

    def spy(self, *args, **kwargs):
        original(self, *args, **kwargs)
        self.observe(lambda change: values.append(change["new"]), names="value")

    w.FloatProgress.__init__ = spy
    try:
        app = run_cell(LONG_RUN, key="live")
    finally:
        w.FloatProgress.__init__ = original
    # Each step was sent while the run went on, not only the final 1.0.
    assert values == [0.25, 0.5, 0.75, 1.0]
    bar = find(app, w.FloatProgress)
    assert bar.value == 1.0
    assert "step 4" in text(app)


def test_spinner_is_shown_while_its_block_runs_and_removed_after(run_cell):
    shown: list[str] = []
    original = w.HTML.__init__

    def spy(self, *args, **kwargs):
        original(self, *args, **kwargs)
        if "stc-spinner" in self.value:
            shown.append(self.value)

    w.HTML.__init__ = spy
    try:
        app = run_cell(LONG_RUN, key="spin")
    finally:
        w.HTML.__init__ = original
    assert any("Working hard..." in html for html in shown)
    assert "Working hard..." not in text(app)  # the block ended: the spinner is gone


def test_status_is_complete_after_its_block_and_error_if_it_raised(run_cell):
    app = run_cell(LONG_RUN, key="status")
    accordion = next(a for a in find_all(app, w.Accordion) if "Downloading" in a.titles[0])
    assert accordion.titles == ("✅ Downloading",)
    failing = run_cell("""
import streamlit as st
with st.status("Risky") as status:
    raise ValueError("nope")
""", key="status-error")
    accordion = find(failing, w.Accordion)
    assert accordion.titles == ("❌ Risky",)
    assert "ValueError" in text(failing)


def test_status_update_changes_label_and_state(run_cell):
    app = run_cell("""
import streamlit as st
status = st.status("Working", state="running")
status.update(label="Finished", state="complete", expanded=False)
""", key="status-update")
    assert find(app, w.Accordion).titles == ("✅ Finished",)


def test_a_fast_rerun_without_status_elements_sends_nothing(run_cell, comm_log):
    app = run_cell("""
import streamlit as st
st.progress(40, text="steady")
st.button("Again")
""", key="fast")
    front_end_clicks(button(app, "Again"))
    before = len(comm_log)
    front_end_clicks(button(app, "Again"))
    assert comm_log[before:] == []


def test_toast_fades_after_its_duration(run_cell):
    app = run_cell('import streamlit as st\nst.toast("Saved", duration="long")', key="toast")
    # In Streamlit's event container, above the app's body, not in its flow: shown
    # in the overlay stack at the app's top right.
    assert not [x for x in find_all(app.body, w.HTML) if "stc-toast" in x.value]
    (box,) = app.reconciler.toast_stack.children
    assert "Saved" in html_containing(box, "stc-toast").value
    assert {"stc-toast-fade", "stc-toast-s10"} <= set(box._dom_classes)  # 10 s: "long"
    odd = run_cell('import streamlit as st\nst.toast("Later", duration=7)', key="toast7")
    (box,) = odd.reconciler.toast_stack.children
    assert "stc-toast-s7" in box._dom_classes
    assert "--stc-toast-seconds: 7s" in html_containing(box, "Later").value


def test_tabs_made_after_a_slow_start_are_shown_while_the_run_goes_on(run_cell):
    # A run longer than 0.1 s is shown as it goes: the tabs are on the page
    # before their panels, and selecting a tab of none must not fail the run.
    app = run_cell("""
import time
time.sleep(0.15)
first, second = st.tabs(["First", "Second"])
first.text("in the first tab")
time.sleep(0.15)
second.text("in the second tab")
""")
    (tabs,) = find_all(app, w.Tab)
    assert tabs.titles == ("First", "Second") and tabs.selected_index == 0
    assert "in the first tab" in text(app) and "in the second tab" in text(app)
