"""Faults in process: whatever a script does -- raise in a callback, in its
body, in the ``__repr__`` of what it writes, loop on ``st.rerun()``, raise
KeyboardInterrupt or SystemExit -- the app shows it, the shell survives, no
session state is lost, and the next interaction works. Also: an event that
arrives while a run executes, a failure inside streamlit-cell itself, and
the extension unloaded and reloaded.
"""

from __future__ import annotations

import ipywidgets as w
import pytest

from support.ui import (Slider, button, find, find_all, front_end_clicks, front_end_sets, is_closed, run_plain,
                 session_state, text)
from streamlit_cell import config
from streamlit_cell.notebook import magics as magic

pytestmark = pytest.mark.reliability

COUNTER = """
st.session_state.setdefault("count", 0)
def add(n):
    st.session_state.count += n
st.button("Add", on_click=add, args=(1,))
st.write("count is", st.session_state.count)
"""


def test_an_exception_in_a_callback_is_shown_and_the_next_click_works(run_cell):
    app = run_cell("""
st.session_state.setdefault("count", 0)
def boom():
    st.session_state.count += 1
    raise ValueError("callback failed")
def add():
    st.session_state.count += 10
st.button("Boom", on_click=boom)
st.button("Add", on_click=add)
st.write("count is", st.session_state.count)
""")
    button(app, "Boom").click()
    # As in Streamlit: the body did not run (the page is the error alone) and
    # the callback's write before the error is kept.
    assert "ValueError" in text(app) and "callback failed" in text(app)
    assert not find_all(app, w.Button)
    assert session_state().count == 1
    # Streamlit's Rerun (its menu) is the way on; here it is a button under the app.
    rerun(app)
    assert "count is 1" in text(app) and "callback failed" not in text(app)
    assert app.rerun_button.layout.display == "none"
    button(app, "Add").click()
    assert "count is 11" in text(app)


def test_an_exception_in_the_body_keeps_the_widgets_above_and_the_state(run_cell):
    app = run_cell("""
x = st.slider("x", 0, 10, 1, key="x")
if x == 5:
    raise RuntimeError("five is not allowed")
st.write("x is", x)
""")
    slider = find(app, Slider)
    front_end_sets(slider, value=5)
    assert "five is not allowed" in text(app)
    assert find(app, Slider) is slider and slider.value == 5
    assert session_state().x == 5
    front_end_sets(slider, value=6)
    assert "x is 6" in text(app) and "five" not in text(app)


@pytest.mark.parametrize("method", ["__repr__", "__str__"])
@pytest.mark.parametrize("element", ["write", "text", "markdown", "json", "error", "title"])
def test_an_object_whose_repr_or_str_fails_is_an_error_in_place(run_cell, method, element):
    app = run_cell(f"""
class Hostile:
    def {method}(self):
        raise RuntimeError("{method} failed")
st.text("above")
if st.checkbox("Show", value=True):
    st.{element}(Hostile())
st.text("below")
""")
    shown = text(app)
    assert "above" in shown
    if f"{method} failed" in shown:  # raised: the error is shown in place
        assert "below" not in shown
    else:  # e.g. st.text only needs str(): __repr__ is never called
        assert "below" in shown
    front_end_sets(find(app, w.Checkbox), value=False)
    assert "failed" not in text(app) and "below" in text(app)


def test_a_run_ending_in_a_failing_exception_str_is_shown(run_cell):
    app = run_cell("""
class Odd(Exception):
    def __str__(self):
        raise RuntimeError("no message")
st.text("before")
raise Odd()
""")
    assert "before" in text(app) and "Odd" in text(app)


@pytest.fixture
def rerun_limit():
    previous = config.get_option("runner.maxConsecutiveReruns")
    config.set_option("runner.maxConsecutiveReruns", 5)
    yield 5
    config.set_option("runner.maxConsecutiveReruns", previous)


def test_an_endless_rerun_loop_stops_with_an_error_and_its_widgets_can_stop_it(
        run_cell, rerun_limit):
    app = run_cell("""
st.session_state.setdefault("passes", 0)
st.session_state.passes += 1
if st.checkbox("Loop", key="loop"):
    st.rerun()
st.write("passes", st.session_state.passes)
""")
    assert session_state().passes == 1
    front_end_sets(find(app, w.Checkbox), value=True)
    # The first pass plus `limit` reruns, then a StreamlitAPIException.
    assert session_state().passes == 1 + 1 + rerun_limit
    assert isinstance(app.result.exception, magic.api.errors.StreamlitAPIException)
    assert "maxConsecutiveReruns" in text(app)
    # The checkbox that started the loop is still there to stop it.
    front_end_sets(find(app, w.Checkbox), value=False)
    assert app.result.exception is None
    assert f"passes {1 + 1 + rerun_limit + 1}" in text(app)


def test_a_keyboard_interrupt_during_a_rerun_stops_it_and_the_next_click_works(
        shell, run_cell):
    app = run_cell("""
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
if st.button("Interrupt"):
    st.text("interrupting")
    raise KeyboardInterrupt
st.button("Fine")
st.write("runs", st.session_state.runs)
""")
    front_end_clicks(button(app, "Interrupt"))  # no KeyboardInterrupt escapes the handler
    assert "interrupting" in text(app) and "KeyboardInterrupt" in text(app)
    assert isinstance(app.result.exception, KeyboardInterrupt)
    rerun(app)
    assert "runs 3" in text(app) and "KeyboardInterrupt" not in text(app)
    front_end_clicks(button(app, "Fine"))
    assert "runs 4" in text(app)
    assert run_plain(shell, "1 + 1") == 2


def test_a_keyboard_interrupt_in_a_cell_run_fails_the_cell_and_shows_where_it_stopped(shell):
    result = shell.run_cell('%%streamlit_cell --key stopped\nst.text("started")\n'
                            'raise KeyboardInterrupt\n')
    # The cell fails as an interrupted cell does (the front end runs no queued cells)...
    assert isinstance(result.error_in_exec, KeyboardInterrupt)
    # ...and its app shows how far it got.
    app = magic.registry().apps["stopped"]
    assert "started" in text(app) and "KeyboardInterrupt" in text(app)
    assert run_plain(shell, "2 + 2") == 4
    shell.run_cell('%%streamlit_cell --key stopped\nst.text("fixed")\n').raise_error()
    assert text(magic.registry().apps["stopped"]) == "fixed"
    assert is_closed(app.root)


def test_sys_exit_in_a_callback_ends_the_run_quietly(shell, run_cell):
    app = run_cell("""
import sys
st.session_state.setdefault("count", 0)
def leave():
    st.session_state.count += 1
    sys.exit(2)
st.button("Leave", on_click=leave)
st.button("Stay")
st.write("count is", st.session_state.count)
""")
    front_end_clicks(button(app, "Leave"))  # SystemExit never reaches the kernel
    assert session_state().count == 1
    assert text(app) == ""  # stopped in the callback: as st.stop() there
    rerun(app)
    front_end_clicks(button(app, "Stay"))
    assert "count is 1" in text(app)
    assert run_plain(shell, "3 + 3") == 6


def test_an_event_arriving_during_a_run_is_run_after_it(shell, run_cell):
    """Re-entrancy: something the script calls lets the kernel handle another
    widget message while the run is executing; CellApp.run queues it and
    runs once more afterwards, with that value."""
    shell.user_ns["poked"] = []

    def poke() -> None:
        if not shell.user_ns["poked"]:
            shell.user_ns["poked"].append(True)
            app = magic.registry().apps["cell"]
            front_end_sets(find(app, Slider), value=7)

    shell.user_ns["poke"] = poke
    app = run_cell("""
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
level = st.slider("Level", 0, 10, 0, key="level")
if st.button("Poke"):
    poke()
st.write("level is", level)
""")
    assert session_state().runs == 1
    front_end_clicks(button(app, "Poke"))
    assert session_state().runs == 3  # the click's run, then the queued event's
    assert session_state().level == 7
    assert "level is 7" in text(app)
    assert find(app, Slider).value == 7


def test_a_failure_inside_streamlit_cell_is_shown_and_the_next_click_works(
        run_cell, monkeypatch):
    app = run_cell(COUNTER)
    original = app.main_view.update

    def broken(*args, **kwargs):
        monkeypatch.setattr(app.main_view, "update", original)  # fails once
        raise RuntimeError("renderer bug")

    monkeypatch.setattr(app.main_view, "update", broken)
    button(app, "Add").click()
    assert "renderer bug" in str(app.output.outputs)
    assert session_state().count == 1
    button(app, "Add").click()
    assert "count is 2" in text(app)


def test_a_failing_app_does_not_stop_the_others(shell, run_cell):
    failing = run_cell("""
st.write("a reads", st.session_state.get("shared", 0))
if st.session_state.get("shared", 0) >= 1:
    raise ValueError("a fails")
""", key="a")
    other = run_cell("""
st.write("b reads", st.session_state.get("shared", 0))
""", key="b")
    run_plain(shell, "st.session_state.shared = 1")
    assert "a fails" in text(failing)
    assert "b reads 1" in text(other)
    run_plain(shell, "st.session_state.shared = 0")
    assert "a reads 0" in text(failing) and "a fails" not in text(failing)


def test_reloading_the_extension_closes_the_apps_and_keeps_the_state(shell, run_cell, comm_log):
    app = run_cell(COUNTER, key="counter")
    button(app, "Add").click()
    assert session_state().count == 1
    widgets = [x for x in _walk(app.root)]
    shell.run_line_magic("reload_ext", "streamlit_cell")
    # Every widget of the old app is closed (its comm too), the state is kept...
    assert all(is_closed(x) for x in widgets)
    assert run_plain(shell, "st.session_state.count") == 1
    assert magic.registry().apps == {}
    # ...and the cell runs again as before.
    app = run_cell(COUNTER, key="counter")
    assert "count is 1" in text(app)
    button(app, "Add").click()
    assert "count is 2" in text(app)
    # Writes from ordinary cells still reach the new app.
    run_plain(shell, "st.session_state.count = 40")
    assert "count is 40" in text(app)


def test_an_unloaded_extension_leaves_no_app_running(shell, run_cell):
    app = run_cell(COUNTER, key="counter")
    shell.run_line_magic("unload_ext", "streamlit_cell")
    try:
        assert is_closed(app.root)
        assert app.run(None) is None  # a late event on a closed app does nothing
        result = shell.run_cell("%%streamlit_cell\nst.text('x')\n")
        assert result.error_in_exec is not None or result.error_before_exec is not None
    finally:
        shell.run_line_magic("load_ext", "streamlit_cell")
    app = run_cell(COUNTER, key="counter")
    button(app, "Add").click()
    assert "count is 1" in text(app)


def rerun(app) -> None:
    """Click the app's Rerun button, which shows after a failed run."""
    assert app.rerun_button.layout.display != "none", "no Rerun button shown"
    front_end_clicks(app.rerun_button)


def _walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)
