"""``AppTest.from_notebook``: a notebook's ``%%streamlit_cell`` apps tested
without a kernel, on every demo notebook of ``notebooks/``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from streamlit_cell.testing import AppTest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def _texts(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown]


def test_counter_without_state_counts_to_one_at_most():
    at = AppTest.from_notebook(NOTEBOOKS / "01_counter_without_state.ipynb").run()
    assert at.title[0].value == "A counter that forgets"
    assert _texts(at)[-1] == "Count =  `0`"  # st.write of a str and an int
    at.button[0].click().run()
    assert _texts(at)[-1] == "Count =  `1`"
    at.button[0].click().run()
    assert _texts(at)[-1] == "Count =  `1`"  # a local variable: reset every run


def test_session_state_counter_clicks_up_and_down():
    at = AppTest.from_notebook(NOTEBOOKS / "02_example1_session_state.ipynb", cell=0).run()
    increment, decrement = at.button
    increment.click().run()
    at.button[0].click().run()
    assert at.session_state.count == 2
    at.button[1].click().run()
    assert at.session_state.count == 1 and _texts(at)[-1] == "Count =  `1`"


def test_callback_counter():
    at = AppTest.from_notebook(NOTEBOOKS / "03_example2_callbacks.ipynb").run()
    for _ in range(3):
        at.button[0].click().run()
    assert at.session_state.count == 3


def test_args_and_kwargs_notebook_has_two_apps():
    first = AppTest.from_notebook(NOTEBOOKS / "04_example3_args_kwargs.ipynb", cell=0).run()
    first.number_input[0].set_value(5).run()
    first.button[0].click().run()
    assert first.session_state.count == 5
    second = AppTest.from_notebook(NOTEBOOKS / "04_example3_args_kwargs.ipynb", cell=1).run()
    second.button[0].click().run()
    assert second.session_state.count != 0


def test_form_notebook_updates_on_submit():
    at = AppTest.from_notebook(NOTEBOOKS / "05_example4_forms_callbacks.ipynb").run()
    at.number_input[0].set_value(4)
    at.button[0].click().run()  # the form's submit button
    assert at.session_state.count == 4


#: The tour's apps, in order: text, alerts, data, every input widget, layout,
#: a form, an uncaught error, two cells sharing state.
TOUR_APPS = 9
TOUR_INPUTS, TOUR_ERROR, TOUR_READS_STATE = 3, 6, 8


@pytest.mark.parametrize("cell", range(TOUR_APPS))
def test_every_app_of_the_tour_runs(cell):
    # The chart apps' first run imports Altair, Plotly and pydeck: more than
    # AppTest's default 3 s on a loaded machine.
    at = AppTest.from_notebook(NOTEBOOKS / "00_tour.ipynb", cell=cell).run(timeout=60)
    messages = [e.value for e in at.exception]
    if cell == 1:
        assert messages == ["st.exception shows an exception without raising it"]
    elif cell == TOUR_ERROR:
        assert messages == ["division by zero"]  # the tour shows an uncaught error
    elif cell == TOUR_READS_STATE:
        # Reads the state the cell above set in the same kernel: alone, it is missing.
        assert "threshold" in messages[0]
    else:
        assert messages == []


def test_the_tour_has_the_apps_counted_here():
    with pytest.raises(Exception):
        AppTest.from_notebook(NOTEBOOKS / "00_tour.ipynb", cell=TOUR_APPS)


def test_tour_widgets_are_driven_as_in_streamlit():
    at = AppTest.from_notebook(NOTEBOOKS / "00_tour.ipynb", cell=TOUR_INPUTS).run()
    at.number_input("tour_number").set_value(42)
    at.text_input("tour_text").input("Grace")
    at.button("tour_button").click().run()
    assert at.number_input("tour_number").value == 42
    assert at.session_state.tour_text == "Grace"


#: The charts notebook's apps, in order: built-in charts (with a "Days"
#: slider), Altair and Vega-Lite, Plotly and Matplotlib, map/Graphviz/ECharts,
#: charts in a tab and an expander.
CHARTS_APPS = 5
CHARTS_DAYS = 0
CHARTS_SUBHEADERS = ["Built-in charts", "Altair and Vega-Lite", "Plotly and Matplotlib",
                     "Maps and diagrams", "Charts in tabs and expanders"]


@pytest.mark.parametrize("cell", range(CHARTS_APPS))
def test_every_app_of_the_charts_notebook_runs(cell):
    # A first run imports Altair, Plotly, Matplotlib or pydeck: more than
    # AppTest's default 3 s on a loaded machine.
    at = AppTest.from_notebook(NOTEBOOKS / "06_charts.ipynb", cell=cell).run(timeout=120)
    assert [e.value for e in at.exception] == []
    assert [h.value for h in at.subheader] == [CHARTS_SUBHEADERS[cell]]


def test_the_charts_notebook_has_the_apps_counted_here():
    with pytest.raises(IndexError):
        AppTest.from_notebook(NOTEBOOKS / "06_charts.ipynb", cell=CHARTS_APPS)


def test_the_charts_days_slider_reruns_the_built_in_charts():
    at = AppTest.from_notebook(NOTEBOOKS / "06_charts.ipynb", cell=CHARTS_DAYS).run(timeout=120)
    assert at.slider(key="chart_days").value == 30
    at.slider(key="chart_days").set_value(45).run(timeout=60)
    assert at.session_state.chart_days == 45 and not at.exception

def test_every_demo_notebook_has_a_runnable_app():
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        at = AppTest.from_notebook(path).run(timeout=120)  # the charts import Altair
        assert len(at.main) > 0, path.name


def _notebook(tmp_path: Path, cells: list[str]) -> Path:
    notebook = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
         "source": source.splitlines(keepends=True)} for source in cells]}
    path = tmp_path / "app.ipynb"
    path.write_text(json.dumps(notebook), encoding="utf-8")
    return path


def test_setup_cells_run_once_and_magics_are_skipped(tmp_path):
    path = _notebook(tmp_path, [
        "%load_ext streamlit_cell\n!echo shell lines are skipped",
        "CALLS = []\ndef greet(name):\n    CALLS.append(name)\n    return f'hi {name}'\n"
        "%matplotlib inline",
        "%%streamlit_cell --key first\nst.text(greet('first'))",
        "%%time\nthis is not python and is skipped",
        "%%streamlit_cell --key=second\nst.text(greet('second'))\nst.text(str(len(CALLS)))",
    ])
    at = AppTest.from_notebook(path, cell="second").run()
    assert [t.value for t in at.text] == ["hi second", "1"]
    at.run()
    assert at.text[1].value == "2"  # the setup's globals persist, as in a kernel
    assert AppTest.from_notebook(path, cell=0).run().text[0].value == "hi first"


def test_a_missing_cell_names_the_choices(tmp_path):
    path = _notebook(tmp_path, ["%%streamlit_cell --key only\nst.text('x')"])
    with pytest.raises(KeyError, match="only"):
        AppTest.from_notebook(path, cell="other")
    with pytest.raises(IndexError, match="1 %%streamlit_cell cells"):
        AppTest.from_notebook(path, cell=3)
    with pytest.raises(FileNotFoundError, match="from_notebook"):
        AppTest.from_notebook(tmp_path / "nope.ipynb")


def test_the_readme_example_runs(tmp_path, monkeypatch):
    # The README's example, with the path relative to a test file in tests/.
    at = AppTest.from_notebook(NOTEBOOKS / "02_example1_session_state.ipynb", cell=0)
    at.run()
    at.button[0].click().run()
    assert at.session_state.count == 1


def test_a_relative_notebook_path_is_relative_to_the_calling_test():
    at = AppTest.from_notebook("../../notebooks/03_example2_callbacks.ipynb").run()
    assert at.title[0].value == "Counter with a callback"
