"""A ``st.dataframe`` grid formats its window again only when what it shows
changes.

A dashboard's ``st.dataframe(shown.head(50))`` is a new frame object on every
rerun; formatting its window of cells as text cost ~1.5 ms a click. The view
keys what it shows by the frame's *content* digest (``chart_memo.data_digest``),
its options and the first row shown: an unrelated click formats no cell and
sends nothing, a changed value, option or scroll position formats anew, and a
frame that cannot be digested exactly is always formatted."""

from __future__ import annotations

from typing import Any, Iterator

import ipywidgets
import pytest

from streamlit_cell.render import basic_views
from support.ui import button, data_grids, front_end_sets

APP = """
import pandas as pd
rows = pd.DataFrame({"name": [f"row{i}" for i in range(120)],
                     "score": [i / 4 for i in range(120)]})
if st.session_state.get("bump"):
    rows.loc[3, "score"] = 99.5
st.dataframe(rows.head(50), hide_index=st.session_state.get("hide", False))
st.button("Unrelated")
if st.button("Change row 3"):
    st.session_state.bump = True
    st.rerun()
if st.button("Hide the index"):
    st.session_state.hide = True
    st.rerun()
"""


@pytest.fixture
def formatted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The first row of each window the grid formatted."""
    starts: list[int] = []
    real = basic_views.frame_window

    def counting(frame: Any, start: int, *args: Any, **kwargs: Any) -> list[list[str]]:
        starts.append(start)
        return real(frame, start, *args, **kwargs)

    monkeypatch.setattr(basic_views, "frame_window", counting)
    return starts


@pytest.fixture
def grid_updates(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict]]:
    """The state updates the grid widgets send."""
    sent: list[dict] = []
    real = ipywidgets.Widget._send

    def send(self: Any, msg: dict, buffers: Any = None) -> None:
        if type(self).__name__ == "DataGrid" and msg.get("method") == "update":
            sent.append(msg["state"])
        return real(self, msg, buffers)

    monkeypatch.setattr(ipywidgets.Widget, "_send", send)
    yield sent


def test_an_unrelated_rerun_formats_no_cell_and_sends_nothing(run_cell, formatted, grid_updates):
    app = run_cell(APP)
    [grid] = data_grids(app)
    rows = grid.rows
    assert formatted == [0] and rows[0] == ["0", "row0", "0"]
    sent_before = len(grid_updates)
    button(app, "Unrelated").click()
    button(app, "Unrelated").click()
    assert formatted == [0]
    assert len(grid_updates) == sent_before
    assert data_grids(app) == [grid] and grid.rows == rows


def test_a_changed_value_option_or_scroll_formats_anew(run_cell, formatted):
    app = run_cell(APP)
    [grid] = data_grids(app)
    button(app, "Change row 3").click()
    assert grid.rows[3] == ["3", "row3", "99.5"] and len(formatted) == 2
    button(app, "Unrelated").click()  # the changed frame again: nothing to format
    assert len(formatted) == 2
    front_end_sets(grid, window_start=10)  # the user scrolls: the rows there
    assert formatted[-1] == 10 and grid.rows[0] == ["10", "row10", "2.5"]
    button(app, "Unrelated").click()
    assert len(formatted) == 3 and grid.rows[0][0] == "10"
    button(app, "Hide the index").click()
    assert len(formatted) == 4 and grid.rows[0] == ["row10", "2.5"]


def test_a_frame_that_cannot_be_digested_is_formatted_on_every_rerun(run_cell, formatted):
    app = run_cell("""
class Tag:
    def __init__(self, note):
        self.note = note
    def __str__(self):
        return "tag " + self.note
import pandas as pd
st.dataframe(pd.DataFrame({"t": [Tag(st.session_state.get("note", "a"))]}))
if st.button("Retag"):
    st.session_state.note = "b"
""")
    [grid] = data_grids(app)
    assert grid.rows == [["0", "tag a"]]
    button(app, "Retag").click()  # the same text on this run, "b" from the next
    button(app, "Retag").click()
    assert grid.rows == [["0", "tag b"]]
    assert len(formatted) == 3
