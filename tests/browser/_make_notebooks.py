"""Regenerate the demo notebooks in ./notebooks with nbformat.

    python tests/browser/_make_notebooks.py
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

NOTEBOOKS_DIR = Path(__file__).resolve().parent / "notebooks"

# Cell indexes are relied upon by test_plain_widgets_smoke.py.
PLAIN_COUNTER_CELLS = [
    # 0: counter
    '''import ipywidgets as widgets

count = 0
button = widgets.Button(description="Increment")
label = widgets.HTML(value="Count = 0")


def on_click(_):
    global count
    count += 1
    label.value = f"Count = {count}"


button.on_click(on_click)
widgets.VBox([button, label])''',
    # 1: slider echoed in an HTML label
    '''slider = widgets.IntSlider(value=5, min=0, max=20, step=1, description="Level")
echo = widgets.HTML(value="Slider = 5")


def on_slide(change):
    echo.value = f"Slider = {change['new']}"


slider.observe(on_slide, names="value")
widgets.VBox([slider, echo])''',
    # 2: which interpreter runs the kernel
    '''import sys

print("KERNEL_PYTHON=" + sys.executable)''',
]


# Cell indexes are relied upon by test_streamlit_cell_frontends.py and
# bench/browser_latency.py.  The Session State page's examples themselves are
# tested on the demo notebooks (<repo>/notebooks, served under demo/); this
# notebook holds Example 2 once more (for the bench and the no-flicker test,
# independent of the demos' wording) and the apps the demos do not have.
STREAMLIT_APPS_CELLS = [
    # 0
    "%load_ext streamlit_cell",
    # 1: Example 2 of Streamlit's Session State page -- counter with a callback
    '''%%streamlit_cell
import streamlit as st

st.title('Counter Example using Callbacks')
if 'count' not in st.session_state:
    st.session_state.count = 0

def increment_counter():
    st.session_state.count += 1

st.button('Increment', on_click=increment_counter)

st.write('Count = ', st.session_state.count)''',
    # 2: a slider echoed with st.write
    '''%%streamlit_cell
level = st.slider("Level", 0, 20, 5)
st.write("Level is", level)''',
    # 3: an uncaught exception is shown in place, below what ran before it
    '''%%streamlit_cell
st.text("before")
raise ValueError("boom")''',
    # 4: cell A owns the widget state "x" ...
    '''%%streamlit_cell
st.slider("x", 0, 10, 3, key="x")''',
    # 5: ... and cell B reads it: moving A's slider reruns B
    '''%%streamlit_cell
st.write("x is", st.session_state.x)''',
]

# Every chart kind at its default size (test_charts.py): in the main area, in
# columns, in a tab that is hidden until clicked and in a closed expander. The
# class names are the chart views' (``stc-<element type>``); the pyplot figure
# is an image element.
CHARTS_CELLS = [
    # 0
    "%load_ext streamlit_cell",
    # 1
    '''%%streamlit_cell
import altair as alt
import matplotlib.pyplot as plt
import pandas as pd
import plotly.express as px

frame = pd.DataFrame({"a": [1, 3, 2, 4, 3], "b": [2, 1, 4, 3, 5]})
st.title("Every chart")
runs = st.session_state["chart_runs"] = st.session_state.get("chart_runs", 0) + 1
st.button("Rerun the charts")
st.write("Chart runs:", runs)
st.line_chart(frame)
st.bar_chart(frame)
st.area_chart(frame)
st.scatter_chart(frame, x="a", y="b")
st.altair_chart(alt.Chart(frame).mark_point().encode(x="a", y="b"))
st.vega_lite_chart(frame, {"mark": "tick", "encoding": {"x": {"field": "a", "type": "quantitative"}}})
st.plotly_chart(px.line(frame, y="a"))
figure, axes = plt.subplots(figsize=(5, 2))
axes.plot([1, 3, 2])
st.pyplot(figure)
st.map(pd.DataFrame({"lat": [52.52, 52.51], "lon": [13.40, 13.38]}))
st.pydeck_chart(None)
st.graphviz_chart("digraph { rankdir=LR; a -> b -> c }")
st.echarts_chart({"xAxis": {"type": "category", "data": ["x", "y"]}, "yAxis": {"type": "value"},
                  "series": [{"type": "bar", "data": [3, 5]}]})
left, right = st.columns(2)
left.line_chart(frame)
right.plotly_chart(px.bar(frame, y="b"))
shown, hidden = st.tabs(["Shown tab", "Hidden tab"])
shown.text("The other tab holds two charts.")
hidden.bar_chart(frame)
hidden.plotly_chart(px.scatter(frame, x="a", y="b"))
with st.expander("Closed expander"):
    st.area_chart(frame)''',
    # 2: the wide layout: a chart fills the output area's width
    '''%%streamlit_cell
import pandas as pd

st.set_page_config(layout="wide")
st.line_chart(pd.DataFrame({"wide": [1, 3, 2]}))''',
]

# The counter above as a script for a real Streamlit server (the bench).
STREAMLIT_COUNTER_SCRIPT = STREAMLIT_APPS_CELLS[1].split("\n", 1)[1] + "\n"

# The look gallery (test_look_in_browser.py): every kind of element once, next to nothing
# else, laid out as in Streamlit. Cell indexes are relied upon by test_look_in_browser.py.
GALLERY_CELLS = [
    # 0
    "%load_ext streamlit_cell",
    # 1: the gallery
    """%%streamlit_cell
import datetime as dt
import pandas as pd
import streamlit as st

st.title("Look gallery")
st.header("Text")
st.markdown("Some **bold** text, a [link](https://streamlit.io) and a list:\\n\\n- one\\n- two\\n- three")
st.caption("A caption under it.")
st.code("for i in range(3):\\n    print(i)\\nprint('done')", language="python")
st.json({"name": "Ada", "langs": ["python", "rust"], "n": 3})
st.info("An info alert with an icon.", icon="ℹ️")
st.success("Saved.", icon="✅")
st.warning("Careful.")
st.error("Something failed.", icon="🚨")
st.metric("Temperature", "21 °C", "1.2 °C")

st.header("Inputs")
st.text_input("Your name", key="name", placeholder="Type a name")
st.number_input("Price", value=1.5, step=0.25, format="%.2f", key="price")
st.text_area("Notes", "A first line\\nA second line", key="notes")
st.selectbox("Fruit", ["apple", "banana", "cherry"], index=None,
             placeholder="Pick a fruit", key="fruit")
st.multiselect("Colours", ["red", "green", "blue", "yellow"], default=["red", "blue"],
               max_selections=3, key="colours")
st.radio("Size", ["S", "M", "L"], horizontal=True, key="size")
st.slider("Level", 0, 100, 40, key="level")
st.slider("Range", 0.0, 10.0, (2.5, 7.5), key="range")
st.select_slider("Speed", ["slow", "medium", "fast"], value="medium", key="speed")
st.checkbox("I agree", key="agree")
st.toggle("Dark mode", value=True, key="switch")
st.date_input("Day", dt.date(2024, 5, 17), key="day")
st.date_input("Trip", (dt.date(2024, 5, 1), dt.date(2024, 5, 9)), format="DD.MM.YYYY", key="trip")
st.time_input("Time", dt.time(9, 30), key="time")
st.datetime_input("Meeting", dt.datetime(2024, 5, 17, 14, 30), key="meeting")
st.color_picker("Colour", "#ff4b4b", key="colour")
st.text_input("Hidden label", key="hidden", label_visibility="hidden")
st.text_input("Collapsed label", key="collapsed", label_visibility="collapsed")
left, right = st.columns(2)
left.text_input("Left column", key="left")
right.selectbox("Right column", ["x", "y"], key="right")
narrow, _, _, _ = st.columns(4)
narrow.slider("Narrow", 0, 100000, (0, 100000), format="%,d", key="narrow")
st.slider("Week", dt.date(2024, 5, 1), dt.date(2024, 5, 31), dt.date(2024, 5, 17),
          format="MMM D", key="week")

st.header("Buttons")
if st.button("Show a toast"):
    st.toast("A toast over the page", icon="🍞", duration="infinite")  # closed by the test
st.button("Primary", type="primary")
st.button("Full width", use_container_width=True)

st.header("Data")
st.dataframe(pd.DataFrame({"a": range(5), "b": [x * x for x in range(5)]}))
st.dataframe(pd.DataFrame({"row": range(1000), "third": [i / 3 for i in range(1000)],
                           "name": [f"name {i}" for i in range(1000)]}), hide_index=True)
tasks = st.data_editor(pd.DataFrame({"task": [f"task {i}" for i in range(200)],
                                     "hours": range(200), "done": [False] * 200}),
                       key="tasks", num_rows="dynamic")
st.write(f"Total hours: {int(tasks['hours'].sum())}")

st.header("Chat")
with st.chat_message("user"):
    st.write("Hello there")
with st.chat_message("assistant"):
    st.write("Hi! Line one\\nline two")

with st.sidebar:
    st.header("Sidebar")
    st.slider("Sidebar range", 0, 100, (20, 80), key="side_range")
    st.selectbox("Sidebar choice", ["one", "two"], key="side_choice")

with st.expander("An expander", expanded=True):
    st.write("Inside the expander")
tab_a, tab_b = st.tabs(["Tab A", "Tab B"])
tab_a.write("In tab A")
tab_b.write("In tab B")
st.chat_input("Say something", key="chat")
""",
    # 2: a project whose config says theme.base = "dark" (the kernel reads the
    # config of its working folder; the folder is put back after cell 3)
    """import os, pathlib, tempfile
from streamlit_cell.runtime import config
gallery_folder = os.getcwd()
dark_project = pathlib.Path(tempfile.mkdtemp())
(dark_project / ".streamlit").mkdir()
(dark_project / ".streamlit" / "config.toml").write_text('[theme]\\nbase = "dark"\\n')
os.chdir(dark_project)
config.reload()""",
    # 3: an app of that project: Streamlit's dark palette whatever the notebook's theme
    """%%streamlit_cell --key dark_base
import streamlit as st
st.subheader("Dark base")
st.text_input("In the dark", key="dark_text")""",
    # 4
    """os.chdir(gallery_folder)
config.reload()""",
]


NOTEBOOK_METADATA = {
    "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
    "language_info": {"name": "python"},
}


def streamlit_apps() -> nbformat.NotebookNode:
    return new_notebook(cells=[new_code_cell(src) for src in STREAMLIT_APPS_CELLS],
                        metadata=NOTEBOOK_METADATA)


def charts() -> nbformat.NotebookNode:
    return new_notebook(cells=[new_code_cell(src) for src in CHARTS_CELLS],
                        metadata=NOTEBOOK_METADATA)


def gallery() -> nbformat.NotebookNode:
    return new_notebook(cells=[new_code_cell(src) for src in GALLERY_CELLS],
                        metadata=NOTEBOOK_METADATA)


def plain_counter() -> nbformat.NotebookNode:
    nb = new_notebook(
        cells=[new_code_cell(src) for src in PLAIN_COUNTER_CELLS]
        + [new_markdown_cell("Plain ipywidgets demo for the browser test harness.")],
        metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
            "language_info": {"name": "python"},
        },
    )
    return nb


def stable_cell_ids(nb: nbformat.NotebookNode, stem: str) -> nbformat.NotebookNode:
    """Deterministic cell ids, so regenerating gives byte-identical files."""
    for i, cell in enumerate(nb.cells):
        cell.id = f"{stem}-{i}"
    return nb


def main() -> None:
    NOTEBOOKS_DIR.mkdir(exist_ok=True)
    nb = stable_cell_ids(plain_counter(), "plain")
    nbformat.validate(nb)
    nbformat.write(nb, NOTEBOOKS_DIR / "plain_counter.ipynb")
    nb = stable_cell_ids(streamlit_apps(), "apps")
    nbformat.validate(nb)
    nbformat.write(nb, NOTEBOOKS_DIR / "streamlit_apps.ipynb")
    nb = stable_cell_ids(charts(), "charts")
    nbformat.validate(nb)
    nbformat.write(nb, NOTEBOOKS_DIR / "charts.ipynb")
    nb = stable_cell_ids(gallery(), "gallery")
    nbformat.validate(nb)
    nbformat.write(nb, NOTEBOOKS_DIR / "gallery.ipynb")


if __name__ == "__main__":
    main()
