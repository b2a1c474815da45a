"""Sliders, date and time boxes as Streamlit shows them (render/slider_widget.py,
render/date_field.py, their formats in render/value_format_js.py) and the
multiselect's words at ``max_selections``: what the widgets carry, what
crosses the wire, and the values a front end sends back."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

import ipywidgets as w
import pytest

from support.ui import DateField, Slider, find, front_end_sets, session_state, walk
from streamlit_cell.render.value_format_js import FORMAT_JS


def wire(widget: w.Widget) -> dict:
    """The state as the front end receives it (traits through their to_json)."""
    return json.loads(json.dumps(widget.get_state()))


def test_sliders_carry_their_line_format_and_value_to_the_front_end(run_cell):
    app = run_cell("""
import datetime as dt
st.slider("Level", 0, 10, 3)
st.slider("Ratio", 0.0, 1.0, 0.5)
st.slider("Money", 0, 1000, (100, 900), step=50, format="$%d")
st.slider("When", dt.date(2024, 1, 1), dt.date(2024, 1, 31), dt.date(2024, 1, 10))
st.slider("At", value=dt.time(10, 0), step=dt.timedelta(minutes=30))
st.select_slider("Size", ["s", "m", "l"], "m", format_func=str.upper)
st.slider("Off", 0, 5, 2, disabled=True, help="not now")
""")
    level = wire(find(app, Slider, "Level"))
    assert (level["kind"], level["min"], level["max"], level["step"], level["format"],
            level["value"]) == ("number", 0, 10, 1, "%d", 3)
    assert level["label_html"] == '<div class="stc-widget-label">Level</div>'
    ratio = wire(find(app, Slider, "Ratio"))
    assert (ratio["format"], ratio["step"], ratio["value"]) == ("%0.2f", 0.01, 0.5)  # Streamlit's default
    money = wire(find(app, Slider, "Money"))
    assert (money["format"], money["step"], money["value"]) == ("$%d", 50, [100, 900])
    # Dates as Streamlit sends them: microseconds since the epoch, moment.js format.
    when = wire(find(app, Slider, "When"))
    day = 86_400_000_000
    assert (when["kind"], when["format"], when["step"]) == ("date", "YYYY-MM-DD", day)
    assert when["min"] == 19723 * day and when["value"] == when["min"] + 9 * day
    at = wire(find(app, Slider, "At"))
    assert (at["kind"], at["format"], at["value"], at["step"]) == (
        "time", "HH:mm", 10 * 3_600_000_000, 1_800_000_000)
    size = wire(find(app, Slider, "Size"))
    assert (size["kind"], size["labels"], size["value"], size["max"]) == ("options", ["S", "M", "L"], 1, 2)
    off = wire(find(app, Slider, "Off"))
    assert off["disabled"] is True and 'title="not now"' in off["label_html"]  # the help icon


def test_a_slider_reruns_with_what_the_front_end_sends_on_release(run_cell):
    app = run_cell("""
import datetime as dt
st.session_state.runs = st.session_state.get("runs", 0) + 1
a = st.slider("Span", 0, 100, (20, 80), key="span")
b = st.slider("Stamp", value=(dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.timezone.utc),
                              dt.datetime(2024, 3, 1, 17, 0, tzinfo=dt.timezone.utc)),
              step=dt.timedelta(hours=1), key="stamp")
c = st.select_slider("Size", ["s", "m", "l"], ("s", "m"), key="size")
st.write("Got", a, b, c)
""")
    span, stamp, size = (find(app, Slider, n) for n in ("Span", "Stamp", "Size"))
    front_end_sets(span, value=[30, 60])
    assert session_state()["span"] == (30, 60) and session_state()["runs"] == 2
    hour = 3_600_000_000
    start = wire(stamp)["value"][0]
    front_end_sets(stamp, value=[start + hour, start + 3 * hour])
    assert session_state()["stamp"] == (dt.datetime(2024, 3, 1, 10, tzinfo=dt.timezone.utc),
                                        dt.datetime(2024, 3, 1, 12, tzinfo=dt.timezone.utc))
    front_end_sets(size, value=[1, 2])
    assert session_state()["size"] == ("m", "l")
    # The same widgets, reused by each rerun.
    assert [find(app, Slider, n) for n in ("Span", "Stamp", "Size")] == [span, stamp, size]
    runs = session_state()["runs"]
    # Crafted values are dropped without a rerun: wrong types, a reversed
    # range (runtime/widget_values), an index past the options.
    front_end_sets(span, value="wide")
    front_end_sets(span, value=[70, 10])
    front_end_sets(size, value=[0, 7])
    front_end_sets(stamp, value=["x", 1])
    assert session_state()["runs"] == runs
    assert (span.value, size.value) == ((30, 60), (1, 2))  # they show the app's values again
    assert session_state()["size"] == ("m", "l")


def test_a_slider_follows_its_state_and_a_rerun_that_changes_its_kind(run_cell):
    app = run_cell("""
dates = st.checkbox("dates", key="dates")
import datetime as dt
if dates:
    st.slider("S", dt.date(2024, 1, 1), dt.date(2024, 2, 1), dt.date(2024, 1, 5), key="s2")
else:
    st.slider("S", 0, 9, 4, key="s1")
""")
    first = find(app, Slider, "S")
    find(app, w.Checkbox, "dates").value = True
    second = find(app, Slider, "S")
    assert second is not first and second.kind == "date" and second.value == dt.date(2024, 1, 5)


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the front end's formats")
def test_the_front_ends_formats_write_values_as_streamlits():
    """printf-style (sprintf-js) for numbers and moment.js for dates, as
    Streamlit's front end writes them, run in node."""
    script = FORMAT_JS + """
const t = Date.UTC(2024, 0, 7, 21, 5, 3) * 1000;
console.log(JSON.stringify([
  stcPrintf("%d", 7), stcPrintf("%0.2f", 0.5), stcPrintf("%0.1f", 3.14159), stcPrintf("%,d", 1234567),
  stcPrintf("%05d", 42), stcPrintf("%+d", 3), stcPrintf("%x", 255), stcPrintf("%d%%", 50),
  stcPrintf("$%.2f", 3.5), stcPrintf("%s", "M"), stcPrintf("%e", 1234.5), stcPrintf("%d", 7.9),
  stcFormatMoment(t, "YYYY-MM-DD"), stcFormatMoment(t, "HH:mm"), stcFormatMoment(t, "MM/DD/YY - hh:mm A"),
  stcFormatMoment(t, "ddd ha"), stcFormatMoment(t, "MMM Do, YYYY"), stcFormatMoment(t, "[Week] D"),
  stcFormatMoment(t, "DD.MM.YYYY"), stcFormatMoment(t, "iso8601"),
]));
"""
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(out.stdout) == [
        "7", "0.50", "3.1", "1,234,567", "00042", "+3", "ff", "50%", "$3.50", "M", "1.2345e+3", "7",
        "2024-01-07", "21:05", "01/07/24 - 09:05 PM", "Sun 9pm", "Jan 7th, 2024", "Week 7",
        "07.01.2024", "2024-01-07T21:05:03.000Z"]


def test_date_and_time_boxes_show_streamlits_format_and_send_iso_text(run_cell):
    app = run_cell("""
import datetime as dt
a = st.date_input("Day", dt.date(2024, 5, 17), format="DD.MM.YYYY", key="day",
                  min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31))
b = st.date_input("Trip", (dt.date(2024, 5, 1), dt.date(2024, 5, 9)), format="MM/DD/YYYY", key="trip")
c = st.date_input("Maybe", None, key="maybe")
d = st.time_input("Alarm", dt.time(9, 30), step=60, key="alarm")
e = st.time_input("Late", dt.time(21, 15), format="12h", step=dt.timedelta(seconds=90))
st.write("Got", a, b, c, d)
""")
    day = wire(find(app, DateField, "Day"))
    assert (day["kind"], day["format"], day["value"], day["min"], day["max"], day["clearable"]) == (
        "date", "DD.MM.YYYY", "2024-05-17", "2024-01-01", "2024-12-31", False)
    trip = wire(find(app, DateField, "Trip"))
    assert (trip["format"], trip["is_range"], trip["value"]) == ("MM/DD/YYYY", True,
                                                                ["2024-05-01", "2024-05-09"])
    maybe = find(app, DateField, "Maybe")
    assert maybe.clearable and wire(maybe)["value"] is None
    assert wire(maybe)["format"] == "YYYY/MM/DD"  # Streamlit's default
    alarm = wire(find(app, DateField, "Alarm"))
    assert (alarm["kind"], alarm["format"], alarm["step"], alarm["value"]) == ("time", "24h", 60, "09:30:00")
    late = wire(find(app, DateField, "Late"))
    assert (late["format"], late["step"]) == ("12h", 90)

    front_end_sets(find(app, DateField, "Maybe"), value="2024-02-29")
    assert session_state()["maybe"] == dt.date(2024, 2, 29)
    front_end_sets(find(app, DateField, "Maybe"), value=None)  # its clear button
    assert session_state()["maybe"] is None
    assert find(app, DateField, "Maybe") is maybe
    front_end_sets(find(app, DateField, "Alarm"), value="07:05:00")
    assert session_state()["alarm"] == dt.time(7, 5)
    # Dropped: text that is no date, a date past max_value, a reversed range.
    before = dict(session_state())
    front_end_sets(find(app, DateField, "Day"), value="17.05.2024")
    front_end_sets(find(app, DateField, "Day"), value="2025-01-01")
    front_end_sets(find(app, DateField, "Trip"), value=["2024-05-09", "2024-05-01"])
    front_end_sets(find(app, DateField, "Trip"), value=["2024-05-01"] * 3)
    assert {k: session_state()[k] for k in ("day", "trip")} == {k: before[k] for k in ("day", "trip")}
    assert find(app, DateField, "Day").value == dt.date(2024, 5, 17)


def test_the_multiselect_says_streamlits_words_at_its_limit(run_cell):
    app = run_cell("""
st.multiselect("One", ["a", "b", "c"], ["a"], max_selections=1, key="one")
st.multiselect("Two", ["a", "b", "c"], ["a"], max_selections=2, key="two")
""")
    boxes = [b for b in walk(app.body) if "stc-multiselect" in getattr(b, "_dom_classes", ())]
    notes = [b.children[2] for b in boxes]
    chips = [b.children[1] for b in boxes]
    assert notes[0].value == "You can only select up to 1 option. Remove an option first."
    assert notes[1].value == ""
    # At the limit the chips take no other option; below it, every option.
    assert chips[0].allowed_tags == ["a"] and chips[1].allowed_tags == ["a", "b", "c"]
    front_end_sets(chips[1], value=["a", "c"])
    assert session_state()["two"] == ["a", "c"]
    assert notes[1].value == "You can only select up to 2 options. Remove an option first."
    assert chips[1].allowed_tags == ["a", "c"]
    front_end_sets(chips[1], value=["c"])
    assert notes[1].value == "" and chips[1].allowed_tags == ["a", "b", "c"]
    # Shown (look.py) while the chips have the focus, where Streamlit's open list says it.
    assert "stc-limit-note" in notes[0]._dom_classes
