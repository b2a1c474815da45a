"""Build the demo notebooks of this folder (nbformat v4.5, no outputs stored).

    .venv/bin/python notebooks/_build.py          # (re)write every notebook
    .venv/bin/python notebooks/_build.py --check  # exit 1 if a notebook is stale

One notebook per example of Streamlit's Session State concept page (apps and
prose of our own showing each idea), plus a tour of every element and a
notebook of every chart kind. Cell ids are derived from the notebook and the
cell's position, so rebuilding gives byte-identical files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent
PAGE = "https://docs.streamlit.io/develop/concepts/architecture/session-state"
LOAD = "%load_ext streamlit_cell"

RUN_NOTE = (
    "Run the cells in order. The `%%streamlit_cell` cell shows a small app made of "
    "ipywidgets; each click reruns the cell from top to bottom, the way Streamlit "
    "reruns a script."
)


def md(text: str) -> tuple[str, str]:
    return ("markdown", text.strip("\n"))


def code(text: str) -> tuple[str, str]:
    return ("code", text.strip("\n"))


# ------------------------------------------------------------------ examples
# One notebook per idea of the Session State page, each with an app of our own
# that shows it. The button labels and the "Count = " lines are what the
# browser and kernel tests click and read.
COUNTER_WITHOUT_STATE = [
    md(f"""
# Why a counter needs Session State

Streamlit runs a script again from its first line after every interaction.
This cell keeps its count in an ordinary variable: each click on *Increment*
starts a fresh run in which `clicks` is 0 again, adds one, and shows 1. Click as
often as you like, the app never gets past `Count = 1`. (The idea is the one of
the first counter on Streamlit's [Session State page]({PAGE}).)

{RUN_NOTE}
"""),
    code(LOAD),
    code("""
%%streamlit_cell
import streamlit as st

st.title("A counter that forgets")

# A plain variable lives for one run only, and every click is a new run.
clicks = 0
if st.button("Increment"):
    clicks = clicks + 1

st.write("Count = ", clicks)
"""),
    md("""
After a run, the cell's top-level names are copied into the notebook, so an
ordinary cell can look at `clicks` (0 or 1). Nothing went into
`st.session_state`.
"""),
    code("""
print("clicks =", clicks)
print("stored in st.session_state:", "clicks" in st.session_state)
"""),
]

EXAMPLE_1 = [
    md(f"""
# Keeping the count in Session State

The same counter, now with its number stored in `st.session_state`, which lasts
as long as the session (in a notebook: as long as the kernel). `setdefault`
puts 0 there on the very first run and leaves it alone afterwards, so a click
changes the stored number instead of a variable that is about to be thrown away.
See *Add Session State* on the [Session State page]({PAGE}).

{RUN_NOTE}
"""),
    code(LOAD),
    code("""
%%streamlit_cell
import streamlit as st

st.title("Counter with session state")

# Only the first run of the session finds no "count" and stores 0.
st.session_state.setdefault("count", 0)

up, down = st.columns(2)
if up.button("Increment"):
    st.session_state.count += 1
if down.button("Decrement"):
    st.session_state.count -= 1

st.write("Count = ", st.session_state.count)
"""),
    md("""
Ordinary cells read the same session. Click a few times, then run the next cell;
assigning to `st.session_state.count` from a cell like it makes the app above
rerun with the new number, since the app reads that key.
"""),
    code("""
st.session_state.count
"""),
]

EXAMPLE_2 = [
    md(f"""
# Changing state in a callback

A button's `on_click` function runs *before* the rerun its click causes. Here
the callbacks change the count, so the line under the buttons already shows
the new number in that same run, with no `if st.button(...)` block needed.
See *Session State and callbacks* on the [Session State page]({PAGE}).

{RUN_NOTE}
"""),
    code(LOAD),
    code("""
%%streamlit_cell
import streamlit as st

st.title("Counter with a callback")
st.session_state.setdefault("count", 0)


def add_one():
    # Called by the click, ahead of the script's next run.
    st.session_state.count += 1


def start_over():
    st.session_state.count = 0


st.button("Increment", on_click=add_one)
st.button("Reset", on_click=start_over)
st.write("Count = ", st.session_state.count)
"""),
    md("An ordinary cell sees what the callbacks stored:"),
    code("""
print("Count =", st.session_state.count)
dict(st.session_state)
"""),
]

EXAMPLE_3 = [
    md(f"""
# Passing arguments to callbacks

`args=` (a tuple) and `kwargs=` (a dict) give a callback its arguments. They are
fixed when the button is drawn: in the first app the step passed is the number
input's value in the run that drew the button, so change the step, let the app
rerun, then click. See *Use args and kwargs in callbacks* on the
[Session State page]({PAGE}).

The second app passes constant keyword arguments. Both apps use the same
`st.session_state.count` (one session per kernel): a click in one shows in the
other too.

{RUN_NOTE}
"""),
    code(LOAD),
    code("""
%%streamlit_cell
import streamlit as st

st.title("Counter: a callback with args")
st.session_state.setdefault("count", 0)

step = st.number_input("Step", value=1, step=1)


def add(amount):
    st.session_state.count += amount


# The tuple is built now, with this run's step.
st.button("Increment", on_click=add, args=(step,))
st.write("Count = ", st.session_state.count)
"""),
    code("""
%%streamlit_cell
import streamlit as st

st.title("Counter: callbacks with kwargs")
st.session_state.setdefault("count", 0)


def change(by=1):
    st.session_state.count += by


st.button("Increment", on_click=change, kwargs={"by": 10})
st.button("Decrement", on_click=change, kwargs={"by": -1})
st.write("Count = ", st.session_state.count)
"""),
    md("The shared count, and the step the first app published to the notebook:"),
    code("""
print("Count =", st.session_state.count)
print("step =", step)
"""),
]

EXAMPLE_4 = [
    md(f"""
# A form with a submit callback

Widgets inside `st.form` wait: changing them reruns nothing. *Update*, the
form's submit button, sends all of their values at once, and its `on_click`
callback runs first, reading them from `st.session_state` under the widgets'
keys (`amount` and `note`). See *Forms and callbacks* on the
[Session State page]({PAGE}).

{RUN_NOTE}
"""),
    code(LOAD),
    code("""
%%streamlit_cell
import streamlit as st

st.title("Counter with a form")
st.session_state.setdefault("count", 0)
st.session_state.setdefault("changes", [])


def apply_change():
    # The submitted values are already in session state when this runs.
    st.session_state.count += st.session_state.amount
    st.session_state.changes.append((st.session_state.amount, st.session_state.note))


with st.form("adder"):
    st.number_input("Enter a value", value=0, step=1, key="amount")
    st.text_input("Note", placeholder="why this change?", key="note")
    st.form_submit_button("Update", on_click=apply_change)

st.write("Current Count = ", st.session_state.count)
st.write("Changes so far: ", len(st.session_state.changes))
"""),
    md("What the form has sent reaches `st.session_state` only on *Update*:"),
    code("""
{key: st.session_state[key] for key in ("count", "amount", "note", "changes")}
"""),
]

# ----------------------------------------------------------------------- tour
TOUR = [
    md(f"""
# A tour of streamlit-cell

Every element streamlit-cell supports, each cell a small Streamlit script. The
state rules are those of Streamlit's [Session State page]({PAGE}); one
`st.session_state` is shared by every cell of the notebook.

{RUN_NOTE}
"""),
    code(LOAD),
    md("## Text"),
    code("""
%%streamlit_cell
st.title("Title")
st.header("Header")
st.subheader("Subheader")
st.markdown("Markdown with **bold**, *italics*, `code` and a [link](https://jupyter.org).")
st.caption("A caption, for small print.")
st.text("Fixed-width text: <not html>")
st.code("def square(x):\\n    return x * x", language="python")
st.write("`st.write` takes strings,", 42, "and more:")
st.write({"a dict": [1, 2, 3]})
"""),
    md("## Alerts, JSON and exceptions"),
    code("""
%%streamlit_cell
st.success("Saved.")
st.info("Widgets rerun the cell when they change.")
st.warning("This is a warning.")
st.error("This is an error message (the run goes on).")
st.json({"name": "streamlit-cell", "widgets": ["button", "slider"], "nested": {"ok": True}})
st.exception(ValueError("st.exception shows an exception without raising it"))
"""),
    md("## Data (needs pandas)"),
    code("""
%%streamlit_cell
import pandas as pd

frame = pd.DataFrame({"x": range(1, 6), "square": [x * x for x in range(1, 6)]})
st.dataframe(frame)
st.table(frame.head(3))
"""),
    md("""
## Charts

Charts have a notebook of their own, [06_charts.ipynb](06_charts.ipynb), since
their libraries take a while to import. It shows the built-in charts
(`st.line_chart`, `st.area_chart`, `st.bar_chart`, `st.scatter_chart`), Altair
and Vega-Lite (`st.altair_chart`, `st.vega_lite_chart`), `st.plotly_chart`,
Matplotlib's `st.pyplot`, `st.map`, `st.graphviz_chart` and `st.echarts_chart`,
in the main area, in columns, in a tab and in an expander.
"""),
    md("""
## Every input widget

Each widget has a `key`, so its value is also in `st.session_state`. Change any
of them: the cell reruns and the summary at the bottom follows.
"""),
    code("""
%%streamlit_cell
import datetime as dt

clicked = st.button("Button", key="tour_button")
checked = st.checkbox("Checkbox", key="tour_checkbox")
switched = st.toggle("Toggle", key="tour_toggle")
number = st.number_input("Number input", min_value=0, max_value=100, value=5, key="tour_number")
name = st.text_input("Text input", value="Ada", key="tour_text")
notes = st.text_area("Text area", value="Some notes", key="tour_area")
level = st.slider("Slider", 0, 10, 3, key="tour_slider")
ratio = st.slider("Float slider", 0.0, 1.0, 0.5, key="tour_float_slider")
span = st.slider("Range slider", 0, 100, (20, 80), key="tour_range")
size = st.select_slider("Select slider", ["S", "M", "L", "XL"], value="M", key="tour_select_slider")
fruit = st.selectbox("Selectbox", ["apple", "banana", "cherry"], key="tour_selectbox")
mode = st.radio("Radio", ["light", "dark"], horizontal=True, key="tour_radio")
tags = st.multiselect("Multiselect", ["red", "green", "blue"], default=["green"], key="tour_multiselect")
day = st.date_input("Date input", dt.date(2024, 5, 1), key="tour_date")
trip = st.date_input("Date range", (dt.date(2024, 5, 1), dt.date(2024, 5, 9)), key="tour_trip")
alarm = st.time_input("Time input", dt.time(8, 45), key="tour_time")
colour = st.color_picker("Color picker", "#1f77b4", key="tour_color")

st.write("Button clicked in this run:", clicked)
st.json({key: str(value) for key, value in st.session_state.items() if key.startswith("tour_")})
"""),
    md("## Layout: columns, container, expander, tabs, sidebar, empty"),
    code("""
%%streamlit_cell
left, middle, right = st.columns([2, 1, 1])
left.number_input("Left column", value=1, key="tour_left")
middle.write("Middle column")
right.write("Right column")

with st.container(border=True):
    st.write("Inside a bordered container")

with st.expander("An expander", expanded=True):
    st.write("Hidden until opened (this one starts open).")

first, second = st.tabs(["First tab", "Second tab"])
first.write("Content of the first tab")
with second:
    st.write("Content of the second tab")

st.sidebar.header("Sidebar")
st.sidebar.checkbox("A sidebar option", key="tour_sidebar_option")

placeholder = st.empty()
placeholder.info("st.empty() holds one element; writing to it again replaces it.")
placeholder.success("Replaced: only this message is shown.")
"""),
    md("""
## A form with `clear_on_submit`

Nothing reruns while you fill the form in. *Send* submits every value at once,
runs the callback, reruns, and puts the form's widgets back to their defaults.
"""),
    code("""
%%streamlit_cell
if "messages" not in st.session_state:
    st.session_state.messages = []

def send():
    st.session_state.messages.append(
        f"{st.session_state.tour_form_name} says: {st.session_state.tour_form_text}")

with st.form("tour_form", clear_on_submit=True):
    st.text_input("Name", value="Ada", key="tour_form_name")
    st.text_area("Message", key="tour_form_text")
    st.form_submit_button("Send", on_click=send)

st.write(f"{len(st.session_state.messages)} message(s) sent")
for message in st.session_state.messages:
    st.text(message)
"""),
    md("""
## Errors are shown in place

An exception ends the run. It is shown where it happened, with its traceback,
and the elements above it stay. The next interaction runs the cell again.
"""),
    code("""
%%streamlit_cell
st.write("This line runs before the error.")
divisor = st.number_input("Divisor (0 raises ZeroDivisionError)", value=0)
st.write("100 /", divisor, "=", 100 / divisor)
"""),
    md("""
## Cells that share state

The first cell owns a slider with `key="threshold"`. The second one only reads
`st.session_state.threshold`: moving the slider reruns it too. An ordinary cell
can write the key as well; when it ends, both apps update.
"""),
    code("""
%%streamlit_cell
st.slider("Threshold", 0, 100, 50, key="threshold")
"""),
    code("""
%%streamlit_cell
threshold = st.session_state.threshold
above = [v for v in range(0, 101, 10) if v > threshold]
st.write(f"Values above {threshold}: {above}")
"""),
    code("""
st.session_state.threshold = 70
"""),
    md("The whole session state, as ordinary Python:"),
    code("""
sorted(st.session_state.keys())
"""),
]

# --------------------------------------------------------------------- charts
CHARTS = [
    md(f"""
# Charts

Every kind of chart streamlit-cell draws, each one at Streamlit's default size:
as wide as the column it is in. The width is measured in the page, so a chart
follows the notebook's width, and a chart in a tab or an expander is drawn at
its width when it is shown.

The libraries are optional: `pip install pandas altair plotly matplotlib pydeck`
(or the `[demo]` extra of this repository) and, for `st.graphviz_chart`,
Graphviz's `dot` program (`apt-get install graphviz` on Debian). The first
chart cell is slow the first time: importing Altair takes a few seconds.

{RUN_NOTE}
"""),
    code(LOAD),
    md("""
## Built-in charts (pandas and Altair)

`st.line_chart`, `st.bar_chart`, `st.area_chart` and `st.scatter_chart` make
Altair charts from a DataFrame. The slider sets how many days are drawn: moving
it reruns the cell and redraws the charts.
"""),
    code("""
%%streamlit_cell
import numpy as np
import pandas as pd

days = st.slider("Days", 10, 60, 30, key="chart_days")
rng = np.random.default_rng(7)
walk = pd.DataFrame(rng.normal(size=(days, 3)).cumsum(axis=0), columns=["north", "east", "west"])
st.subheader("Built-in charts")
st.line_chart(walk)
left, right = st.columns(2)
left.bar_chart(walk.abs().head(8))
right.area_chart(walk.abs())
st.scatter_chart(walk, x="north", y="east", size="west")
"""),
    md("""
## Altair and Vega-Lite (Altair, pandas)

An Altair chart object, and the same data as a Vega-Lite specification given
as a dict.
"""),
    code("""
%%streamlit_cell
import altair as alt
import pandas as pd

sales = pd.DataFrame({"month": ["Jan", "Feb", "Mar", "Apr"], "units": [12, 18, 9, 21]})
st.subheader("Altair and Vega-Lite")
st.altair_chart(alt.Chart(sales).mark_bar().encode(x="month", y="units"))
st.vega_lite_chart(sales, {"mark": {"type": "line", "point": True},
                           "encoding": {"x": {"field": "month", "type": "ordinal", "sort": None},
                                        "y": {"field": "units", "type": "quantitative"}}})
"""),
    md("## Plotly and Matplotlib (plotly, matplotlib, pandas)"),
    code("""
%%streamlit_cell
import matplotlib.pyplot as plt
import pandas as pd
import plotly.express as px

st.subheader("Plotly and Matplotlib")
heights = pd.DataFrame({"tree": ["oak", "pine", "birch"], "metres": [21, 34, 17]})
st.plotly_chart(px.bar(heights, x="tree", y="metres"))
figure, axes = plt.subplots(figsize=(6, 2.5))
axes.plot([3, 1, 4, 1, 5, 9, 2, 6])
st.pyplot(figure)
"""),
    md("""
## A map, a diagram and an ECharts chart (pydeck, pandas, Graphviz)

`st.map` is drawn by deck.gl, which comes from the installed pydeck (its
base-map tiles come from the web). `st.echarts_chart` loads ECharts from a CDN:
offline its frame stays empty. The Graphviz diagram is drawn in the kernel by
the `dot` program.
"""),
    code("""
%%streamlit_cell
import pandas as pd

st.subheader("Maps and diagrams")
stations = pd.DataFrame({"lat": [52.52, 52.51, 52.53], "lon": [13.40, 13.38, 13.42]})
st.map(stations, zoom=11)
st.graphviz_chart("digraph { rankdir=LR; widget -> callback -> rerun -> widget }")
st.echarts_chart({"xAxis": {"type": "category", "data": ["Mon", "Tue", "Wed"]},
                  "yAxis": {"type": "value"},
                  "series": [{"type": "bar", "data": [5, 8, 3]}]})
"""),
    md("""
## Charts in a tab and an expander

The second tab and the expander start hidden; their charts are drawn at full
width when you open them.
"""),
    code("""
%%streamlit_cell
import pandas as pd

st.subheader("Charts in tabs and expanders")
series = pd.DataFrame({"value": [3, 5, 2, 6, 4, 7]})
shown, hidden = st.tabs(["Shown", "Hidden until clicked"])
shown.line_chart(series)
hidden.bar_chart(series)
with st.expander("A chart in a closed expander"):
    st.area_chart(series)
"""),
    md("""
Setting the slider's key from an ordinary cell reruns the first app: its
charts are redrawn with 45 days.
"""),
    code("""
st.session_state.chart_days = 45
"""),
]

NOTEBOOKS: dict[str, list[tuple[str, str]]] = {
    "00_tour.ipynb": TOUR,
    "01_counter_without_state.ipynb": COUNTER_WITHOUT_STATE,
    "02_example1_session_state.ipynb": EXAMPLE_1,
    "03_example2_callbacks.ipynb": EXAMPLE_2,
    "04_example3_args_kwargs.ipynb": EXAMPLE_3,
    "05_example4_forms_callbacks.ipynb": EXAMPLE_4,
    "06_charts.ipynb": CHARTS,
}


def build(name: str, cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    nb = new_notebook()
    nb.nbformat, nb.nbformat_minor = 4, 5
    nb.metadata = {
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                       "name": "python3"},
        "language_info": {"name": "python"},
    }
    stem = name.removesuffix(".ipynb")
    for i, (kind, source) in enumerate(cells):
        cell = new_markdown_cell(source) if kind == "markdown" else new_code_cell(source)
        cell.id = f"{stem[:2]}-{i:02d}-{kind[:2]}"
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def render(nb: nbformat.NotebookNode) -> str:
    return nbformat.writes(nb, version=4) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only check the files are up to date")
    args = ap.parse_args(argv)
    stale = []
    for name, cells in NOTEBOOKS.items():
        text = render(build(name, cells))
        path = HERE / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(HERE.parent)}")
    if stale:
        print("stale notebooks (run notebooks/_build.py):", ", ".join(stale))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
