"""A static table is rendered once per distinct content.

A dashboard's ``st.table(shown.head(50))`` is a new frame object on every
rerun; pandas' ``to_html`` of 50 rows cost more than the rest of the render.
``render/element_html.py`` keeps rendered tables by the content of their rows
(and pandas' display options): an unrelated click renders no table, while a
changed value or other display options render anew. (``st.dataframe`` is a
scrolling grid that sends a window of rows as text: ``render/data_grid.py``.)
"""

from __future__ import annotations

from typing import Iterator

import pandas as pd
import pytest

from streamlit_cell.render import element_html
from support.ui import button, html_containing

APP = """
import pandas as pd
rows = pd.DataFrame({"name": [f"row{i}" for i in range(120)], "score": [i / 4 for i in range(120)]})
if st.session_state.get("bump"):
    rows.loc[3, "score"] = 99.5
st.table(rows.head(50))
st.button("Unrelated")
if st.button("Change row 3"):
    st.session_state.bump = True
    st.rerun()
"""


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The number of rows of each page pandas rendered (memo misses)."""
    element_html.FRAME_PAGES.clear()
    rendered: list[int] = []
    real = pd.DataFrame.to_html

    def counting(self: pd.DataFrame, *args, **kwargs):
        rendered.append(len(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(pd.DataFrame, "to_html", counting)
    yield rendered
    element_html.FRAME_PAGES.clear()


def test_an_unrelated_rerun_renders_no_table_and_shows_the_same_page(run_cell, renders):
    app = run_cell(APP)
    table = html_containing(app, "row0")
    shown = table.value
    assert renders == [50]
    button(app, "Unrelated").click()
    button(app, "Unrelated").click()
    assert renders == [50]
    assert table.value == shown


def test_a_changed_value_or_other_options_render_anew(run_cell, renders):
    app = run_cell(APP)
    table = html_containing(app, "row0")
    button(app, "Change row 3").click()
    assert "99.5" in table.value and len(renders) == 2
    button(app, "Unrelated").click()  # the changed table again: from the memo
    assert "99.5" in table.value and len(renders) == 2
    with pd.option_context("display.precision", 1):
        button(app, "Unrelated").click()
        assert "99.5" in table.value and "0.2" in table.value  # 0.25 at one decimal
        assert len(renders) == 3
    button(app, "Unrelated").click()
    assert "0.25" in table.value


def test_cells_that_print_alike_but_differ_are_never_served_from_the_memo(renders):
    class Tag:
        def __init__(self, note: str) -> None:
            self.note = note

        def __str__(self) -> str:
            return "tag"

    frame = pd.DataFrame({"t": [Tag("a")]})
    element_html.frame_page_html(frame, 0, 50, False)
    element_html.frame_page_html(frame, 0, 50, False)
    assert renders == [1, 1]
    assert len(element_html.FRAME_PAGES) == 0


def test_the_page_memo_is_bounded_in_bytes():
    assert element_html.FRAME_PAGES.max_bytes <= 16 * 1024 * 1024
    element_html.FRAME_PAGES.clear()
    for start in range(0, 400, 50):
        frame = pd.DataFrame({"x": range(start, start + 50)})
        element_html.frame_page_html(frame, 0, 50, False)
    assert element_html.FRAME_PAGES.nbytes == sum(
        len(pd.DataFrame({"x": range(s, s + 50)}).to_html(index=True, escape=True, border=0))
        for s in range(0, 400, 50))
    element_html.FRAME_PAGES.clear()
