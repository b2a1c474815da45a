"""One SessionState per kernel, shared by every streamlit cell and by
ordinary cells; cross-cell reactivity; re-executing a cell; the notebook
namespace."""

from __future__ import annotations

import builtins

import ipywidgets as w
import pytest

from support.ui import Slider, button, find, html_containing, is_closed, run_plain, session_state, text, walk
from streamlit_cell.notebook.magics import registry


def test_two_cells_share_a_session_key(run_cell):
    writer = run_cell("""
if "shared" not in st.session_state:
    st.session_state.shared = 0
def bump():
    st.session_state.shared += 1
st.button("Bump", on_click=bump)
""", key="writer")
    reader = run_cell('st.write("Shared is", st.session_state.shared)', key="reader")
    assert "Shared is 0" in text(reader)
    button(writer, "Bump").click()
    assert "Shared is 1" in text(reader)  # reran because it read what the click wrote


def test_a_widget_in_one_cell_drives_a_reader_in_another(run_cell):
    control = run_cell('st.slider("Threshold", 0, 100, 10, key="threshold")', key="control")
    chart = run_cell("""
st.session_state.chart_runs = st.session_state.get("chart_runs", 0) + 1
st.write("Above", st.session_state.threshold)
""", key="chart")
    assert "Above 10" in text(chart)
    find(control, Slider, "Threshold").value = 42
    assert "Above 42" in text(chart)
    assert session_state()["chart_runs"] == 2


def test_an_ordinary_cell_writing_a_key_reruns_the_cells_that_read_it(shell, run_cell):
    reader = run_cell("""
st.write("x is", st.session_state.get("x", "unset"))
""", key="reader")
    unrelated = run_cell("""
st.session_state.unrelated_runs = st.session_state.get("unrelated_runs", 0) + 1
""", key="unrelated")
    assert "x is unset" in text(reader)
    run_plain(shell, "st.session_state.x = 5")
    assert "x is 5" in text(reader)
    assert session_state()["unrelated_runs"] == 1
    run_plain(shell, "del st.session_state['x']")
    assert "x is unset" in text(reader)
    assert unrelated.result is not None


def test_an_ordinary_cell_reads_what_a_streamlit_cell_wrote(shell, run_cell):
    app = run_cell("""
if "count" not in st.session_state:
    st.session_state.count = 0
st.button("Increment", on_click=lambda: st.session_state.update(count=st.session_state.count + 1))
""")
    button(app, "Increment").click()
    assert run_plain(shell, "st.session_state.count") == 1


def test_reactivity_chains_through_cells_each_rerunning_once(run_cell):
    source = run_cell("""
st.session_state.runs_a = st.session_state.get("runs_a", 0) + 1
st.number_input("Base", value=1, key="base")
""", key="a")
    middle = run_cell("""
st.session_state.runs_b = st.session_state.get("runs_b", 0) + 1
st.session_state.doubled = st.session_state.base * 2
""", key="b")
    last = run_cell("""
st.session_state.runs_c = st.session_state.get("runs_c", 0) + 1
st.write("Doubled", st.session_state.doubled)
""", key="c")
    find(source, w.IntText, "Base").value = 4
    assert "Doubled 8" in text(last)
    state = session_state()
    assert (state["runs_a"], state["runs_b"], state["runs_c"]) == (2, 2, 2)
    assert middle.result.exception is None


def test_a_key_owned_by_another_cells_widget_is_a_duplicate(run_cell):
    run_cell('st.text_input("Name", key="name")', key="owner")
    other = run_cell('st.text_input("Also name", key="name")', key="intruder")
    shown = text(other)
    assert "StreamlitDuplicateElementKey" in shown
    assert "name" in shown and "owner" in shown  # names the key and the cell that has it
    assert session_state()["name"] == ""


def test_re_executing_a_cell_replaces_its_app_and_keeps_session_state(run_cell):
    first = run_cell("""
if "count" not in st.session_state:
    st.session_state.count = 0
def increment():
    st.session_state.count += 1
st.button("Increment", on_click=increment)
st.text_input("Note", key="note")
st.write("Count", st.session_state.count)
""", key="counter")
    button(first, "Increment").click()
    find(first, w.Text, "Note").value = "kept"
    old_widgets = list(walk(first.root))

    second = run_cell("""
if "count" not in st.session_state:
    st.session_state.count = 0
st.text_input("Note", key="note")
st.write("Count is still", st.session_state.count)
""", key="counter")
    assert second is not first and registry().apps["counter"] is second
    assert first.closed and all(is_closed(x) for x in old_widgets)
    assert "Count is still 1" in text(second)
    assert find(second, w.Text, "Note").value == "kept"
    assert session_state()["note"] == "kept"


def test_top_level_names_are_published_to_the_notebook(shell, run_cell):
    app = run_cell("""
factor = st.slider("Factor", 1, 5, 2)
result = factor * 10
def helper():
    return "help"
""")
    assert shell.user_ns["result"] == 20 and shell.user_ns["helper"]() == "help"
    find(app, Slider, "Factor").value = 4
    assert shell.user_ns["result"] == 40
    assert run_plain(shell, "result + 1") == 41


def test_no_publish_keeps_the_notebook_namespace_clean(shell, run_cell):
    run_cell("private_name = 1", options="--no-publish")
    assert "private_name" not in shell.user_ns


def test_a_cell_reads_notebook_variables_but_its_own_names_are_fresh_each_run(shell, run_cell):
    run_plain(shell, "prices = [3, 4, 5]")
    app = run_cell("""
try:
    runs += 1
except NameError:
    runs = 1
st.write("Total", sum(prices), "runs", runs)
st.button("Again")
""")
    assert "Total 12 runs 1" in text(app)
    assert shell.user_ns["runs"] == 1
    button(app, "Again").click()
    # `runs` exists in the notebook now (published), but the script starts blank.
    assert "Total 12 runs 1" in text(app)
    run_plain(shell, "prices.append(8)")
    button(app, "Again").click()
    assert "Total 20 runs 1" in text(app)


def test_a_builtin_added_after_the_app_exists_is_seen_by_its_next_run(
        shell, run_cell, monkeypatch):
    # A script's builtins are made once per app; Python's builtins still win.
    app = run_cell("""
try:
    shown = stc_test_builtin
except NameError:
    shown = "missing"
st.write("builtin:", shown, len("abc"))
st.button("Again")
""")
    assert "builtin: missing" in text(app)
    monkeypatch.setattr(builtins, "stc_test_builtin", "added", raising=False)
    button(app, "Again").click()
    assert "builtin: added" in text(app)


def test_unchanged_text_is_left_alone_but_data_changed_in_place_is_shown(
        shell, run_cell, comm_log):
    pd = pytest.importorskip("pandas")
    shell.user_ns["frame"] = pd.DataFrame({"a": [1, 2]})
    app = run_cell("""
st.title("Same title")
st.table(frame)
st.button("Again")
""")
    title = html_containing(app, "Same title")
    comm_log.clear()
    button(app, "Again").click()
    assert comm_log.updates() == [], "nothing changed, nothing is sent"
    run_plain(shell, "frame.loc[0, 'a'] = 99")  # the same DataFrame, changed in place
    button(app, "Again").click()
    assert "99" in text(app) and html_containing(app, "Same title") is title


def test_an_ordinary_cell_setting_a_widget_key_moves_the_widget(shell, run_cell):
    app = run_cell('st.slider("X", 0, 10, 1, key="x")\nst.write("x =", st.session_state.x)')
    slider = find(app, Slider, "X")
    run_plain(shell, "st.session_state.x = 7")
    assert slider.value == 7 and "x = 7" in text(app)
    slider.value = 3
    assert run_plain(shell, "st.session_state.x") == 3


def test_a_callback_in_one_cell_resets_a_widget_in_another(run_cell):
    filters = run_cell('st.slider("Minimum", 0, 10, 2, key="minimum")', key="filters")
    run_cell("""
def reset():
    st.session_state.minimum = 0
st.button("Reset filters", on_click=reset)
""", key="toolbar")
    slider = find(filters, Slider, "Minimum")
    slider.value = 8
    button(registry().apps["toolbar"], "Reset filters").click()
    assert slider.value == 0
    assert session_state()["minimum"] == 0
    slider.value = 5
    assert session_state()["minimum"] == 5
