"""The team's three example apps (``examples/``): the dice chat, the weather
explorer (cached generated data, sidebar filters, metrics, a chart) and the
pizza order form (a form with a submit callback, a DataFrame in session
state). Each runs

* in an in-process IPython shell with real widgets, both as
  ``%streamlit_cell run examples/<app>.py`` and as a ``%%streamlit_cell`` cell
  holding the file's source, driven as a person would (send chat messages,
  filter the explorer, fill in and submit the form);
* through Streamlit's AppTest and ours with the same steps, compared with
  ``tests/support/differential.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import ipywidgets as w
import pandas as pd
import pytest

from support.differential import both, chat, click, run_backend, set_value
from support.ui import Slider, button, find, find_all, front_end_sets, session_state, text, texts
from streamlit_cell.notebook import magics as magic
from streamlit_cell.notebook.cell_app import CellApp

pytest.importorskip("streamlit")

CHAT = "dice_chat.py"
EXPLORER = "weather_explorer.py"
FORM = "pizza_orders.py"


@pytest.fixture(params=["run magic", "cell magic"])
def launch(request, shell, run_cell, examples: Path) -> Callable[[str], CellApp]:
    """Start an example app the way the parameter says."""
    def start(name: str) -> CellApp:
        path = examples / name
        if request.param == "run magic":
            shell.run_line_magic("streamlit_cell", f"run {path}")
            return magic.registry().apps[str(path)]
        return run_cell(path.read_text(encoding="utf-8"), key="example")
    return start


def assert_same_as_streamlit(script: str, steps: list) -> list:
    """Both backends agree on the page after every step, and on session
    state (DataFrames compared as DataFrames); returns Streamlit's snapshots."""
    theirs = run_backend("streamlit", script, steps)
    ours = run_backend("streamlit_cell", script, steps)
    for step, (expected, actual) in enumerate(zip(theirs, ours)):
        assert actual.elements == expected.elements, f"after step {step}"
        assert actual.state.keys() == expected.state.keys(), f"after step {step}"
        for key, (kind, value) in expected.state.items():
            if isinstance(value, pd.DataFrame):
                pd.testing.assert_frame_equal(actual.state[key][1], value)
            else:
                assert actual.state[key] == (kind, value), f"{key} after step {step}"
    return theirs


# --------------------------------------------------------------------- chat
def send(app: CellApp, message: str) -> None:
    """Type a message in the chat input (below the app, as Streamlit's) and press Enter."""
    front_end_sets(find(app.root, w.Text), value=message)


def test_dice_chat_answers_each_message(launch):
    app = launch(CHAT)
    assert texts(app)[0] == "Dice chat"
    assert "I roll dice" in text(app)
    send(app, "2d6")
    conversation = session_state()["conversation"]
    assert [m["text"] for m in conversation[1:]] == ["2d6", "3 + 2 = **5**"]
    assert "3 + 2 = 5" in text(app)
    send(app, "40d6")
    shown = text(app)
    # The history is drawn again on each run, in order, Markdown rendered.
    assert shown.index("2d6") < shown.index("3 + 2 = 5") < shown.index("40d6") \
        < shown.index("Between 1 and 20 dice")
    assert [m["role"] for m in session_state()["conversation"]] == \
        ["assistant", "user", "assistant", "user", "assistant"]
    assert app.result.exception is None


def test_dice_chat_same_as_streamlit(examples):
    assert_same_as_streamlit((examples / CHAT).read_text(), [
        chat(0, "d20+3"), chat(0, "roll please"), set_value("chat_input", 0, "3d8-2")])


# ----------------------------------------------------------------- explorer
def test_explorer_filters_by_station_and_month(shell, launch):
    app = launch(EXPLORER)
    shown = texts(app)
    assert shown[:2] == ["Weather explorer", "Harbour in Jul"]
    assert not find_all(app, w.Checkbox, "Show the daily rows")[0].value
    front_end_sets(find(app, w.Checkbox, "Show the daily rows"), value=True)
    station = find(app, w.Dropdown, "Station")
    front_end_sets(station, index=list(station.options).index(("Hilltop", 1)))
    assert "Hilltop in Jul" in texts(app)
    month = find(app, Slider, "Month")
    front_end_sets(month, value=0)
    assert "Hilltop in Jan" in texts(app)
    # The script's names are published to the notebook: the filtered rows too.
    chosen = shell.user_ns["chosen"]
    assert len(chosen) == 31 and set(chosen.station) == {"Hilltop"}
    assert set(chosen.date.dt.month) == {1}
    assert app.result.exception is None


def test_explorer_same_as_streamlit(examples):
    snapshots = assert_same_as_streamlit((examples / EXPLORER).read_text(), [
        set_value("checkbox", 0, True),
        set_value("selectbox", 0, "Valley"),
        set_value("select_slider", 0, "Dec"),
    ])
    assert ("subheader", "Valley in Dec") in snapshots[-1].elements


# --------------------------------------------------------------------- form
def orders() -> pd.DataFrame:
    return session_state()["orders"]


def test_order_form_sends_values_only_when_submitted(launch):
    app = launch(FORM)
    assert "No orders yet today." in text(app)
    front_end_sets(find(app, w.Text, "Customer"), value="Mia")
    front_end_sets(find(app, Slider, "Quantity"), value=2)
    assert len(orders()) == 0  # staged, not sent yet
    button(app, "Place order").click()
    assert orders().to_dict("records") == [
        {"customer": "Mia", "pizza": "Medium", "quantity": 2, "price": 19.0}]
    # clear_on_submit: the form's widgets are back to their defaults.
    assert find(app, w.Text, "Customer").value == ""
    assert find(app, Slider, "Quantity").value == 1

    # A change not submitted is not sent with another widget's rerun.
    front_end_sets(find(app, w.Text, "Customer"), value="Noor")
    button(app, "New day").click()
    assert len(orders()) == 0
    button(app, "Place order").click()
    assert orders().to_dict("records") == [
        {"customer": "Noor", "pizza": "Medium", "quantity": 1, "price": 9.5}]
    assert "Takings" in text(app) and "9.50" in text(app)
    assert app.result.exception is None


def test_order_form_same_as_streamlit(examples):
    snapshots = assert_same_as_streamlit((examples / FORM).read_text(), [
        both(set_value("text_input", "customer", "Ola"), set_value("radio", "size", "Large"),
             set_value("multiselect", "toppings", ["Ham", "Olives"]),
             set_value("slider", "quantity", 3), click(1)),
        both(set_value("text_input", "customer", "Pat"), click(0)),
        click(1),
    ])
    first = snapshots[1].state["orders"][1]
    assert first.to_dict("records") == [
        {"customer": "Ola", "pizza": "Large + Ham + Olives", "quantity": 3, "price": 42.9}]
    # "Pat" was staged in the form but never submitted: the tester's next run
    # (a submit with nothing typed) orders for a walk-in, on both backends.
    final = snapshots[-1].state["orders"][1]
    assert final.to_dict("records") == [
        {"customer": "walk-in", "pizza": "Medium", "quantity": 1, "price": 9.5}]
