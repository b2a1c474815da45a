"""Every element of the catalog renders as ipywidgets, and every input
widget, set as a person would, reruns with its new value in session state."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

import ipywidgets as w
import pandas as pd
import pytest

from support.ui import DateField, Slider, button, data_grids, find, find_all, front_end_sets, html_containing, session_state, \
    text

CATALOG = """
import datetime as dt
st.title("The title")
st.header("A header")
st.subheader("A subheader")
st.markdown("Some **bold** markdown")
st.caption("A caption")
st.text("plain <text>")
st.code("x = 1")
st.write("a written string")
st.write(42)
st.write({"answer": 41})
st.write([10, 20])
st.write(ValueError("written boom"))
st.json({"nested": [1, 2]})
st.exception(RuntimeError("shown exception"))
st.error("an error")
st.warning("a warning")
st.info("some info")
st.success("a success")
st.button("Push")
st.checkbox("Tick")
st.toggle("Switch")
st.number_input("Count", value=3)
st.text_input("Name")
st.text_area("Notes")
st.slider("Level", 0, 10, 3)
st.slider("Ratio", 0.0, 1.0, 0.5)
st.slider("Range", 0, 10, (2, 5))
st.select_slider("Size", ["S", "M", "L"], "M")
st.selectbox("Pick", ["x", "y", "z"])
st.radio("Choose", ["r1", "r2"])
st.multiselect("Many", ["m1", "m2", "m3"], ["m2"])
st.date_input("Day", dt.date(2024, 5, 1))
st.date_input("Trip", (dt.date(2024, 5, 1), dt.date(2024, 5, 9)))
st.time_input("Alarm", dt.time(8, 45))
st.color_picker("Colour", "#00ff00")
with st.container(border=True):
    st.write("in a container")
left, right = st.columns(2)
left.write("left column")
right.write("right column")
with st.expander("Details"):
    st.write("in the expander")
first, second = st.tabs(["Tab one", "Tab two"])
first.write("in tab one")
second.write("in tab two")
st.sidebar.write("in the sidebar")
placeholder = st.empty()
placeholder.write("first content")
placeholder.write("replacing content")
with st.form("signup"):
    st.text_input("Email")
    st.form_submit_button("Sign up")
st.dataframe(big)
"""


@pytest.fixture
def catalog(shell, run_cell):
    shell.user_ns["big"] = pd.DataFrame({"n": range(120), "label": [f"row{i}" for i in range(120)]})
    return run_cell(CATALOG)


def test_text_elements_render(catalog):
    shown = text(catalog)
    for fragment in ["The title", "A header", "A subheader", "Some bold markdown", "A caption",
                     "plain <text>", "x = 1", "a written string", "42", '"answer": 41',
                     "10", "20", "written boom", '"nested"', "shown exception",
                     "an error", "a warning", "some info", "a success"]:
        assert fragment in shown, fragment
    assert html_containing(catalog, "The title").value.startswith("<h1>")
    assert html_containing(catalog, "A header").value.startswith("<h2>")
    assert html_containing(catalog, "A subheader").value.startswith("<h3>")
    assert "<strong>bold</strong>" in html_containing(catalog, "markdown").value
    assert "&lt;text&gt;" in html_containing(catalog, "plain").value
    assert "stc-alert-error" in html_containing(catalog, "an error").value
    assert "stc-alert-warning" in html_containing(catalog, "a warning").value
    assert "stc-alert-info" in html_containing(catalog, "some info").value
    assert "stc-alert-success" in html_containing(catalog, "a success").value
    assert "ValueError" in html_containing(catalog, "written boom").value
    assert "RuntimeError" in html_containing(catalog, "shown exception").value


def test_input_widgets_render(catalog):
    assert find(catalog, w.Button, "Push")
    assert find(catalog, w.Checkbox, "Tick").value is False
    switch = find(catalog, w.Checkbox, "Switch")
    assert switch.value is False and "stc-toggle" in switch._dom_classes  # drawn as a switch
    assert find(catalog, w.IntText, "Count").value == 3
    assert find(catalog, w.Text, "Name").value == ""
    assert find(catalog, w.Textarea, "Notes").value == ""
    assert find(catalog, Slider, "Level").value == 3
    assert find(catalog, Slider, "Ratio").value == 0.5
    assert find(catalog, Slider, "Range").value == (2, 5)
    size = find(catalog, Slider, "Size")
    assert size.labels[size.value] == "M"
    assert find(catalog, w.Dropdown, "Pick").label == "x"
    assert find(catalog, w.RadioButtons, "Choose").label == "r1"
    assert find(catalog, w.TagsInput, "Many").value == ["m2"]
    day = find(catalog, DateField, "Day")
    assert (day.value, day.format, day.is_range) == (dt.date(2024, 5, 1), "YYYY/MM/DD", False)
    trip = find(catalog, DateField, "Trip")
    assert trip.is_range and trip.value == (dt.date(2024, 5, 1), dt.date(2024, 5, 9))
    alarm = find(catalog, DateField, "Alarm")
    assert (alarm.kind, alarm.value, alarm.format) == ("time", dt.time(8, 45), "24h")
    assert find(catalog, w.ColorPicker, "Colour").value == "#00ff00"


def _box_holding(app: Any, fragment: str) -> w.Box:
    """The innermost box whose children include the HTML showing ``fragment``."""
    target = html_containing(app, fragment)
    return next(x for x in reversed(find_all(app, w.Box)) if target in x.children)


def test_layout_containers_render(catalog):
    container = _box_holding(catalog, "in a container")
    assert "stc-bordered" in container._dom_classes
    left, right = _box_holding(catalog, "left column"), _box_holding(catalog, "right column")
    row = next(x for x in find_all(catalog, w.HBox) if left in x.children)
    assert list(row.children) == [left, right]
    expander = find(catalog, w.Accordion)
    assert expander.titles == ("Details",) and expander.selected_index is None
    assert "in the expander" in text(expander)
    tabs = find(catalog, w.Tab)
    assert tabs.titles == ("Tab one", "Tab two") and tabs.selected_index == 0
    assert ["in tab one" in text(page) for page in tabs.children] == [True, False]
    sidebar = catalog.sidebar_view.widget
    assert list(catalog.body.children) == [sidebar, catalog.main_view.widget]
    assert text(sidebar) == "in the sidebar"
    assert "in the sidebar" not in text(catalog.main_view.widget)


def test_empty_placeholder_shows_only_its_last_content(catalog):
    shown = text(catalog)
    assert "replacing content" in shown
    assert "first content" not in shown


def test_form_renders_its_widgets_in_a_bordered_box(catalog):
    email = find(catalog, w.Text, "Email")
    form = next(x for x in find_all(catalog, w.VBox) if email in x.children)
    assert "stc-form" in form._dom_classes
    assert button(catalog, "Sign up") in form.children


def test_dataframe_is_a_scrolling_grid_sent_a_window_at_a_time(catalog):
    from streamlit_cell.render.data_grid import WINDOW_ROWS

    (grid,) = data_grids(catalog)
    assert WINDOW_ROWS < 120
    assert grid.total == 120 and grid.columns == ["", "n", "label"]
    assert grid.numeric == [True, True, False] and grid.index_columns == 1
    assert grid.rows_start == 0 and len(grid.rows) == WINDOW_ROWS
    assert grid.rows[0] == ["0", "0", "row0"]
    assert grid.height == 11 * 35 + 2  # Streamlit's "auto": header and ten rows
    # The browser scrolled to row 90: that window is sent.
    front_end_sets(grid, window_start=90)
    assert grid.rows_start == 90 and len(grid.rows) == 30
    assert grid.rows[0] == ["90", "90", "row90"] and grid.rows[-1][2] == "row119"
    # A rerun keeps the window the user scrolled to.
    catalog.run()
    assert grid.rows_start == 90 and grid.rows[0][2] == "row90"


def test_tabs_keep_the_selected_tab_across_reruns(run_cell):
    app = run_cell("""
first, second = st.tabs(["One", "Two"], default="Two")
first.button("Rerun")
second.write("second page")
""")
    tabs = find(app, w.Tab)
    assert tabs.selected_index == 1
    front_end_sets(tabs, selected_index=0)
    button(app, "Rerun").click()
    assert tabs.selected_index == 0


# ------------------------------------------------------------------ inputs
def _set_value(value: Any) -> Callable[[w.Widget], None]:
    def act(widget: w.Widget) -> None:
        widget.value = value
    return act


def _set_label(label: Any) -> Callable[[w.Widget], None]:
    def act(widget: w.Widget) -> None:
        widget.label = label
    return act


INPUTS = [
    # (script, widget type, action, value in session state afterwards)
    ('st.checkbox("Input", key="v")', w.Checkbox, _set_value(True), True),
    ('st.toggle("Input", key="v")', w.Checkbox, _set_value(True), True),
    ('st.number_input("Input", value=3, key="v")', w.IntText, _set_value(7), 7),
    # A float shows through its format (Streamlit's %0.2f): a text box.
    ('st.number_input("Input", 0.0, 10.0, 1.5, key="v")', w.Text, _set_value("2.25"), 2.25),
    ('st.number_input("Input", value=None, key="v")', w.Text, _set_value("4.5"), 4.5),
    ('st.text_input("Input", key="v")', w.Text, _set_value("hello"), "hello"),
    ('st.text_input("Input", key="v", type="password")', w.Password, _set_value("s3cret"),
     "s3cret"),
    ('st.text_input("Input", key="v", max_chars=3)', w.Text, _set_value("abcdef"), "abc"),
    ('st.text_area("Input", key="v")', w.Textarea, _set_value("two\nlines"), "two\nlines"),
    ('st.slider("Input", 0, 10, 3, key="v")', Slider, _set_value(9), 9),
    ('st.slider("Input", 0.0, 1.0, 0.5, key="v")', Slider, _set_value(0.75), 0.75),
    ('st.slider("Input", 0, 10, (2, 5), key="v")', Slider, _set_value((1, 8)), (1, 8)),
    ('st.slider("Input", 0.0, 1.0, (0.25, 0.5), key="v")', Slider,
     _set_value((0.5, 0.75)), (0.5, 0.75)),
    ('st.slider("Input", dt.date(2024, 1, 1), dt.date(2024, 1, 10), dt.date(2024, 1, 3), key="v")',
     Slider, _set_value(dt.date(2024, 1, 7)), dt.date(2024, 1, 7)),
    ('st.slider("Input", value=dt.time(10, 0), step=dt.timedelta(minutes=30), key="v")',
     Slider, _set_value(dt.time(11, 30)), dt.time(11, 30)),
    ('st.select_slider("Input", ["S", "M", "L"], "M", key="v")', Slider, _set_value(2), "L"),
    ('st.select_slider("Input", ["a", "b", "c", "d"], ("b", "c"), key="v")',
     Slider, _set_value((0, 3)), ("a", "d")),
    ('st.selectbox("Input", ["x", "y", "z"], key="v")', w.Dropdown, _set_label("z"), "z"),
    ('st.selectbox("Input", [1, 2, 3], index=None, key="v")', w.Dropdown, _set_label("2"), 2),
    ('st.radio("Input", ["r1", "r2"], key="v")', w.RadioButtons, _set_label("r2"), "r2"),
    ('st.multiselect("Input", ["m1", "m2", "m3"], ["m2"], key="v")', w.TagsInput,
     _set_value(["m1", "m3"]), ["m1", "m3"]),
    ('st.date_input("Input", dt.date(2024, 5, 1), key="v")', DateField,
     _set_value(dt.date(2024, 6, 2)), dt.date(2024, 6, 2)),
    ('st.time_input("Input", dt.time(8, 45), key="v")', DateField,
     _set_value(dt.time(9, 15)), dt.time(9, 15)),
    ('st.color_picker("Input", "#00ff00", key="v")', w.ColorPicker, _set_value("#123456"),
     "#123456"),
]


@pytest.mark.parametrize("script, kind, act, expected", INPUTS,
                         ids=[case[0].split("(")[0] + f"-{i}" for i, case in enumerate(INPUTS)])
def test_setting_an_input_reruns_with_its_value(run_cell, script, kind, act, expected):
    app = run_cell(f"""
import datetime as dt
st.session_state.runs = st.session_state.get("runs", 0) + 1
shown = {script}
st.write("Shown:", repr(shown))
""")
    widget = find(app, kind, "Input")
    act(widget)
    assert session_state()["runs"] == 2
    assert session_state()["v"] == expected
    assert f"Shown: {expected!r}" in text(app)
    assert find(app, kind, "Input") is widget


def test_date_range_input_reruns_with_both_dates(run_cell):
    app = run_cell("""
import datetime as dt
trip = st.date_input("Trip", (dt.date(2024, 5, 1), dt.date(2024, 5, 9)), key="trip")
st.write("Nights:", (trip[-1] - trip[0]).days)
""")
    trip = find(app, DateField, "Trip")
    front_end_sets(trip, value=["2024-05-01", "2024-05-04"])  # ISO text, as the box sends it
    assert session_state()["trip"] == (dt.date(2024, 5, 1), dt.date(2024, 5, 4))
    assert "Nights: 3" in text(app)
    trip.value = (dt.date(2024, 5, 2), dt.date(2024, 5, 4))
    assert session_state()["trip"] == (dt.date(2024, 5, 2), dt.date(2024, 5, 4))
    assert find(app, DateField, "Trip") is trip
    # Only a start chosen: a one-date tuple, as in Streamlit.
    front_end_sets(trip, value=["2024-05-03"])
    assert session_state()["trip"] == (dt.date(2024, 5, 3),)


def test_button_is_true_for_one_run(run_cell):
    app = run_cell("""
st.write("Clicked:", st.button("Push", key="push"))
st.checkbox("Other")
""")
    button(app, "Push").click()
    assert "Clicked: True" in text(app)
    assert session_state()["push"] is False  # triggers reset at the end of the run
    find(app, w.Checkbox, "Other").value = True
    assert "Clicked: False" in text(app)


def test_an_empty_number_input_stays_one_clearable_box(run_cell):
    app = run_cell('st.write("Got", repr(st.number_input("Amount", value=None, key="amount")))')
    box = find(app, w.Text, "Amount")
    assert (box.value, box.placeholder) == ("", "None")
    box.value = "2.5"
    assert find(app, w.Text, "Amount") is box
    assert box.value == "2.50"  # shown with the widget's format
    assert session_state()["amount"] == 2.5
    box.value = ""
    assert session_state()["amount"] is None
    assert "Got None" in text(app)
    assert find(app, w.Text, "Amount") is box


def test_rerunning_the_whole_catalog_unchanged_sends_no_message(catalog, comm_log):
    comm_log.clear()
    catalog.run()
    assert [(m.kind, m.state) for m in comm_log] == []


FRONT_END_INPUTS = [
    # (script, widget type, state a browser sends, value in session state afterwards)
    ('st.checkbox("Input", key="v")', w.Checkbox, {"value": True}, True),
    ('st.number_input("Input", value=3, key="v")', w.IntText, {"value": 7}, 7),
    ('st.text_input("Input", key="v")', w.Text, {"value": "hello"}, "hello"),
    ('st.slider("Input", 0, 10, (2, 5), key="v")', Slider, {"value": [1, 8]}, (1, 8)),
    ('st.slider("Input", 0.0, 1.0, 0.5, key="v")', Slider, {"value": 1}, 1.0),
    # Dates and times cross the wire as Streamlit's do: microseconds since the epoch.
    ('st.slider("Input", dt.date(2024, 1, 1), dt.date(2024, 1, 10), dt.date(2024, 1, 3), key="v")',
     Slider, {"value": 1_704_585_600_000_000}, dt.date(2024, 1, 7)),
    ('st.slider("Input", value=(dt.time(10, 0), dt.time(12, 0)), key="v")', Slider,
     {"value": [37_800_000_000, 41_400_000_000]}, (dt.time(10, 30), dt.time(11, 30))),
    ('st.select_slider("Input", ["S", "M", "L"], "M", key="v")', Slider, {"value": 2}, "L"),
    ('st.select_slider("Input", ["a", "b", "c", "d"], ("b", "c"), key="v")',
     Slider, {"value": [0, 3]}, ("a", "d")),
    ('st.selectbox("Input", ["x", "y", "z"], key="v")', w.Dropdown, {"index": 2}, "z"),
    ('st.radio("Input", ["r1", "r2"], key="v")', w.RadioButtons, {"index": 1}, "r2"),
    ('st.multiselect("Input", ["m1", "m2", "m3"], ["m2"], key="v")', w.TagsInput,
     {"value": ["m1", "m3"]}, ["m1", "m3"]),
    ('st.date_input("Input", dt.date(2024, 5, 1), key="v")', DateField,
     {"value": "2024-06-02"}, dt.date(2024, 6, 2)),
    ('st.date_input("Input", None, key="v")', DateField, {"value": "2024-06-02"}, dt.date(2024, 6, 2)),
    ('st.time_input("Input", dt.time(8, 45), key="v")', DateField,
     {"value": "09:15:00"}, dt.time(9, 15)),
    ('st.color_picker("Input", "#00ff00", key="v")', w.ColorPicker, {"value": "#123456"},
     "#123456"),
]


@pytest.mark.parametrize("script, kind, state, expected", FRONT_END_INPUTS,
                         ids=[case[0].split("(")[0] + f"-{i}"
                              for i, case in enumerate(FRONT_END_INPUTS)])
def test_a_browser_edit_reruns_once_and_is_not_sent_back(run_cell, comm_log, script, kind,
                                                         state, expected):
    app = run_cell(f"""
import datetime as dt
st.session_state.runs = st.session_state.get("runs", 0) + 1
{script}
""")
    widget = find(app, kind, "Input")
    comm_log.clear()
    front_end_sets(widget, **state)
    assert session_state()["runs"] == 2
    assert session_state()["v"] == expected
    assert [m for m in comm_log.updates()
            if m.comm_id == widget.model_id and m.data["method"] == "update"] == []
