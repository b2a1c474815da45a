"""``st.data_editor`` as a scrolling grid (render/data_grid.py's
``DataEditorGrid``): each column's editor from its ``column_config``, every
edit checked before the script sees it, crafted messages dropped."""

from __future__ import annotations

import datetime as dt

from support.ui import editor_grids, front_end_sends, front_end_sets, session_state, text

CONFIGURED = """
import datetime as dt
import pandas as pd
df = pd.DataFrame({
    "item": ["pen", "ink"],
    "price": [1.5, 2.25],
    "qty": [1, 2],
    "size": ["S", "M"],
    "code": ["AB1", "CD2"],
    "due": [dt.date(2024, 5, 17), dt.date(2024, 6, 1)],
    "at": [dt.time(9, 30), dt.time(10, 0)],
    "site": ["https://a.org", "https://b.org"],
    "done": [False, True],
})
out = st.data_editor(df, key="cfg", hide_index=True, column_config={
    "item": st.column_config.TextColumn("Item", max_chars=5, disabled=True),
    "price": st.column_config.NumberColumn("Price", min_value=0.0, max_value=10.0, step=0.01,
                                           format="$%.2f"),
    "qty": st.column_config.NumberColumn(min_value=1, max_value=9),
    "size": st.column_config.SelectboxColumn("Size", options=["S", "M", "L"], required=True),
    "code": st.column_config.TextColumn(max_chars=3, validate=r"^[A-Z]{2}[0-9]$"),
    "due": st.column_config.DateColumn(min_value=dt.date(2024, 1, 1),
                                       max_value=dt.date(2024, 12, 31)),
    "at": st.column_config.TimeColumn(),
    "site": st.column_config.LinkColumn(),
    "done": st.column_config.CheckboxColumn("Done?"),
})
st.write("row1: " + " | ".join(map(str, out.iloc[1].tolist())))
"""


def grid_of(app):
    (grid,) = editor_grids(app)
    return grid


def edit(grid, row, column, value):
    front_end_sends(grid, {"event": "edit", "row": row, "column": grid.columns.index(column),
                           "value": value})


def test_each_column_config_gives_its_editor(run_cell):
    grid = grid_of(run_cell(CONFIGURED))
    assert grid.columns == ["Item", "Price", "qty", "Size", "code", "due", "at", "site", "Done?"]
    kinds = {c: e["kind"] for c, e in zip(grid.columns, grid.editors)}
    assert kinds == {"Item": "text", "Price": "number", "qty": "number", "Size": "selectbox",
                     "code": "text", "due": "date", "at": "time", "site": "link",
                     "Done?": "checkbox"}
    editors = dict(zip(grid.columns, grid.editors))
    assert editors["Item"]["disabled"] and not editors["Price"]["disabled"]
    assert (editors["Price"]["min"], editors["Price"]["max"], editors["Price"]["step"]) == \
        (0.0, 10.0, 0.01)
    assert editors["Size"]["options"] == ["S", "M", "L"] and editors["code"]["max_chars"] == 3
    assert editors["due"]["min"] == "2024-01-01"
    assert "validate" not in editors["code"] and "values" not in editors["Size"]
    # shown: the price in its format; an input starts with the plain number / ISO moment
    assert grid.rows[0][:3] == ["pen", "$1.50", "1"] and grid.rows[0][-1] == "false"
    assert grid.edit_rows[0][1] == "1.5" and grid.edit_rows[0][5] == "2024-05-17"
    assert grid.edit_rows[0][6] == "09:30:00"
    assert grid.numeric == [False, True, True, False, False, False, False, False, False]


def test_edits_in_every_editor_reach_the_script(run_cell):
    app = run_cell(CONFIGURED)
    grid = grid_of(app)
    edit(grid, 1, "Price", "3.456")  # rounded to the step's two decimals
    edit(grid, 1, "qty", "7")
    edit(grid, 1, "Size", 2)  # the option's number: "L"
    edit(grid, 1, "code", "XY9")
    edit(grid, 1, "due", "2024-07-04")
    edit(grid, 1, "at", "18:45")
    edit(grid, 1, "site", "https://c.org")
    edit(grid, 1, "Done?", False)
    assert session_state()["cfg"]["edited_rows"] == {1: {
        "price": 3.46, "qty": 7, "size": "L", "code": "XY9", "due": "2024-07-04",
        "at": "18:45:00", "site": "https://c.org", "done": False}}
    assert "row1: ink | 3.46 | 7 | L | XY9 | 2024-07-04 | 18:45:00 | https://c.org | False" \
        in text(app)
    assert grid.rows[1][1] == "$3.46" and grid.rows[1][3] == "L"


def test_values_a_column_cannot_take_are_refused(run_cell, comm_log):
    app = run_cell(CONFIGURED)
    grid = grid_of(app)
    comm_log.clear()
    edit(grid, 0, "qty", "12")
    # the front end is told, so the cell shows its value instead of the typed one
    assert sum("refused" in str(message) for message in comm_log) == 1
    refused = [("Price", "11"), ("Price", "-1"), ("Price", "abc"), ("Price", "1e400"),
               ("qty", "2.5"), ("qty", "0"), ("Size", 3), ("Size", -1), ("Size", "S"),
               ("code", "xy9"), ("code", "ABCD"), ("due", "2025-01-01"), ("due", "May 5"),
               ("at", "25:00"), ("Done?", "yes"), ("Item", "new"), ("site", "x" * 200_000),
               ("Price", [1]), ("Price", {"a": 1})]
    for column, value in refused:
        edit(grid, 0, column, value)
    assert session_state()["cfg"]["edited_rows"] == {}
    assert grid.rows[0][:4] == ["pen", "$1.50", "1", "S"]  # the cells show their values again
    edit(grid, 0, "Price", "")  # an empty cell is None where the column is not required
    assert session_state()["cfg"]["edited_rows"] == {0: {"price": None}}


def test_crafted_messages_change_nothing(run_cell):
    app = run_cell("""
import pandas as pd
out = st.data_editor(pd.DataFrame({"a": [1, 2]}), key="fixed")
st.write("runs:", st.session_state.setdefault("runs", 0))
st.session_state.runs += 1
""")
    grid = grid_of(app)
    for message in [{"event": "add"}, {"event": "delete", "rows": [0]},
                    {"event": "edit", "row": 5, "column": 1, "value": "3"},
                    {"event": "edit", "row": -1, "column": 1, "value": "3"},
                    {"event": "edit", "row": True, "column": 1, "value": "3"},
                    {"event": "edit", "row": 0, "column": 9, "value": "3"},
                    {"event": "edit", "row": 0, "column": 0, "value": "9"},  # the index
                    {"event": "nothing"}, ["not", "a", "dict"]]:
        front_end_sends(grid, message)
    assert session_state()["fixed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": []}
    assert "runs: 0" in text(app)  # no rerun happened


def test_the_index_of_an_added_row_is_typed_in_where_the_index_is_not_a_range(run_cell):
    app = run_cell("""
import pandas as pd
out = st.data_editor(pd.DataFrame({"v": [1]}, index=pd.Index(["a"], name="id")),
                     key="ix", num_rows="dynamic")
st.write(f"index: {list(out.index)}")
""")
    grid = grid_of(app)
    assert grid.columns == ["id", "v"] and grid.index_columns == 1
    assert grid.editors[0]["from"] == 1  # rows before the first added one keep theirs
    front_end_sends(grid, {"event": "add"})
    edit(grid, 1, "id", "b")
    edit(grid, 1, "v", "2")
    assert session_state()["ix"]["added_rows"] == [{"_index": "b", "v": 2}]
    assert "index: ['a', 'b']" in text(app)
    edit(grid, 0, "id", "z")  # an existing row's index is not editable
    assert "index: ['a', 'b']" in text(app)


def test_a_scroll_sends_one_window_and_reruns_nothing(run_cell, comm_log):
    from streamlit_cell.render.data_grid import WINDOW_ROWS

    app = run_cell("""
import pandas as pd
st.data_editor(pd.DataFrame({"v": range(20000), "w": ["x" * 20] * 20000}), key="huge",
               height=300, row_height=40)
st.write("runs:", st.session_state.setdefault("runs", 0))
st.session_state.runs += 1
""")
    grid = grid_of(app)
    assert grid.height == 300 and grid.row_height == 40 and grid.total == 20000
    assert len(grid.rows) == WINDOW_ROWS
    comm_log.clear()
    front_end_sets(grid, window_start=19950)
    sent = sum(len(str(m)) for m in comm_log)
    assert grid.rows_start == 19950 and grid.rows[0][:2] == ["19950", "19950"]
    assert len(grid.rows) == 50 and sent < 20_000  # one window, not the frame
    assert "runs: 0" in text(app)


def test_an_editor_state_message_with_bad_shape_is_refused():
    import pandas as pd
    import pytest

    from streamlit_cell.runtime.widget_values import InvalidWidgetValue, check_widget_value

    props = {"data": pd.DataFrame({"a": [1, 2]}), "editing_mode": "fixed", "disabled": False}
    good = {"edited_rows": {1: {"a": 5}}, "added_rows": [], "deleted_rows": []}
    check_widget_value("data_editor", props, good)
    for bad in [{"edited_rows": {2: {"a": 5}}}, {"edited_rows": {0: {"zz": 5}}},
                {"edited_rows": {0: {"a": float("nan")}}}, {"edited_rows": {0: {"a": [1]}}},
                {"added_rows": [{}]}, {"deleted_rows": [0]}, {"other": 1}, "text",
                {"edited_rows": [], "added_rows": [], "deleted_rows": []}]:
        with pytest.raises(InvalidWidgetValue):
            check_widget_value("data_editor", props, bad)
    dynamic = {**props, "editing_mode": "dynamic"}
    check_widget_value("data_editor", dynamic, {"added_rows": [{"a": 1}], "deleted_rows": [1]})
    with pytest.raises(InvalidWidgetValue):
        check_widget_value("data_editor", dynamic, {"deleted_rows": [2]})
    assert dt  # the module's import is used by the configured script


def test_num_rows_add_and_delete_allow_only_their_own_change(run_cell):
    app = run_cell("""
import pandas as pd
df = pd.DataFrame({"a": [1, 2]})
st.data_editor(df, key="adds", num_rows="add",
               column_config={"a": st.column_config.NumberColumn(default=9)})
st.data_editor(df, key="dels", num_rows="delete")
""")
    adds, dels = editor_grids(app)
    assert (adds.can_add, adds.can_delete, dels.can_add, dels.can_delete) == (True, False, False, True)
    front_end_sends(adds, {"event": "delete", "rows": [0]})
    front_end_sends(dels, {"event": "add"})
    assert session_state()["adds"]["deleted_rows"] == [] and session_state()["dels"]["added_rows"] == []
    front_end_sends(adds, {"event": "add"})
    assert session_state()["adds"]["added_rows"] == [{"a": 9}]  # the column's default
    assert adds.rows[-1] == ["9"]
    front_end_sends(dels, {"event": "delete", "rows": [0, 1, 0]})  # more rows than it has
    assert session_state()["dels"]["deleted_rows"] == []
    front_end_sends(dels, {"event": "delete", "rows": [1, 0]})
    assert session_state()["dels"]["deleted_rows"] == [0, 1] and dels.total == 0
