"""Views of ``st.data_editor`` (see ``elements/data_editor.py``).

Every value a view reports is in the form ``elements/data_editor.py`` documents
for a front end. A view shows its new value at once (a form stages values
without a rerun), then reports it; the rerun's update then changes nothing.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..elements.column_config import _printf
from ..elements.data_editor import INDEX_IDENTIFIER, column_setting, display_rows, \
    editing_state, editor_column, row_cells
from ..runtime.page_tree import Element
from ..runtime.widget_values import InvalidWidgetValue, editor_cell_value, log_rejected
from .base import EventSink, NO_OVERRIDE, View, close_widget, register_view, set_traits
from .data_grid import WINDOW_ROWS, _float_text, editor_grid_class, grid_height

if TYPE_CHECKING:
    from .reconciler import Reconciler


# ============================================================ data editor
def cell_text(value: Any) -> str:
    """How a cell's value shows in the editor (missing values are empty)."""
    if value is None:
        return ""
    kind = type(value)
    if kind is str:
        return value
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is float:
        return _float_text(value) if math.isfinite(value) else ("" if value != value else str(value))
    try:
        import pandas as pd

        if pd.api.types.is_scalar(value) and pd.isna(value):
            return ""
    except ImportError:  # pragma: no cover - the element needs pandas
        pass
    if hasattr(value, "item") and not isinstance(value, (str, bytes)) \
            and not hasattr(value, "isoformat"):
        try:
            value = value.item()  # numpy scalars as Python's
        except (TypeError, ValueError):
            pass
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _float_text(value) if math.isfinite(value) else str(value)
    return str(value)


def _edit_text(value: Any, kind: str) -> str:
    """The text an input of ``kind`` starts with for ``value``: ISO for
    moments (what ``<input type=date/time/datetime-local>`` reads), the plain
    number for numbers (whatever their format)."""
    text = cell_text(value)
    if not text:
        return ""
    if hasattr(value, "item") and not isinstance(value, (str, bytes)) \
            and not hasattr(value, "isoformat"):
        value = value.item()  # numpy scalars as Python's
    if kind in ("date", "time", "datetime"):
        if isinstance(value, str):
            return value
        if kind == "datetime" and isinstance(value, dt.datetime):
            return value.replace(tzinfo=None, microsecond=0).isoformat()
        if kind == "date" and isinstance(value, dt.datetime):
            return value.date().isoformat()
        if kind == "time" and isinstance(value, dt.time):
            return value.replace(microsecond=0).isoformat()
        return text
    if kind == "number" and isinstance(value, float) and math.isfinite(value):
        return repr(value)
    return text


def _shown_text(value: Any, spec: dict[str, Any], placeholder: str) -> str:
    """The text a cell shows: a selectbox's option label, a number in its
    printf ``format``, an ISO moment sent by a front end with a space."""
    if cell_text(value) == "":
        return placeholder if spec["kind"] != "checkbox" else ""
    kind = spec["kind"]
    if kind == "selectbox":
        for option, label in zip(spec["values"], spec["options"]):
            if option == value:
                return label
    if kind == "number" and isinstance(spec.get("format"), str) and "%" in spec["format"] \
            and isinstance(value, (int, float)):
        return _printf(spec["format"], value)
    if kind == "datetime" and isinstance(value, str):
        return value.replace("T", " ")
    return cell_text(value)


#: What the front end may know of a column's editor (the selectbox's option
#: values and the text pattern stay in the kernel, which checks edits).
_FRONT_END_KEYS = ("kind", "disabled", "options", "min", "max", "step", "max_chars")


@register_view("data_editor")
class DataEditorView(View):
    """``st.data_editor``: the same fixed-height scrolling grid as
    ``st.dataframe`` (``data_grid``), only the window of rows in view sent to
    the browser. A person's edit arrives as one message naming one cell (or
    "add a row", "delete these rows"); it is checked against the column's
    editor (``editor_cell_value``), added to the editing state, and the new
    state is reported (one rerun per edit)."""

    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        super().__init__(element, sink)
        self.state: dict[str, Any] = {}
        self.rows: list[tuple[str, int]] = []
        #: The shown columns (``_index`` first when the index shows) and their editors.
        self.columns: list[str] = []
        self.specs: list[dict[str, Any]] = []
        self.widget = editor_grid_class()(layout=w.Layout(width="100%"))
        self.widget.observe(lambda change: self._render_window(), names="window_start")
        self.widget.on_msg(self._on_message)
        self.update(element)

    # -- columns
    def _shown_columns(self) -> list[str]:
        """The index (unless hidden) and the visible data columns, in
        ``column_order`` if given."""
        props = self.element.props
        settings = props["settings"]
        names = [str(c) for c in props["data"].columns]
        order = props.get("column_order")
        if order:
            names = [str(c) for c in order if str(c) in names]
        positions = [str(c) for c in props["data"].columns]
        shown = [c for c in names
                 if not column_setting(settings, c, positions.index(c), "hidden")]
        if not column_setting(settings, INDEX_IDENTIFIER, None, "hidden"):
            shown.insert(0, INDEX_IDENTIFIER)
        return shown

    def _index_spec(self) -> dict[str, Any]:
        """The index's editor: only the index of an added row is typed in,
        and only for a frame whose index is not a range (Streamlit's)."""
        props = self.element.props
        spec = editor_column(props, INDEX_IDENTIFIER)
        spec["disabled"] = (spec["disabled"] or props["has_range_index"]
                            or props["editing_mode"] not in ("dynamic", "add"))
        return spec

    # -- rendering
    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        value = element.props["value"] if override is NO_OVERRIDE else override
        self.state = _plain_state(value)
        self._render()

    def _render(self) -> None:
        props = self.element.props
        self.rows = display_rows(props["data"], self.state)
        self.columns = self._shown_columns()
        self.specs = [self._index_spec() if c == INDEX_IDENTIFIER else editor_column(props, c)
                      for c in self.columns]
        if self.specs and self.columns[0] == INDEX_IDENTIFIER:
            # the first added row's place: the rows of the data not deleted come first
            self.specs[0]["from"] = len(self.rows) - len(self.state["added_rows"])
        settings = props["settings"]
        positions = [str(c) for c in props["data"].columns]
        labels = []
        for column in self.columns:
            position = positions.index(column) if column in positions else None
            label = column_setting(settings, column, position, "label")
            if label is None:
                label = ("" if props["data"].index.name is None else str(props["data"].index.name)) \
                    if column == INDEX_IDENTIFIER else column
            labels.append(str(label))
        editing = props["editing_mode"] if not props["disabled"] else "fixed"
        can_add = editing in ("dynamic", "add")
        set_traits(self.widget, {
            "columns": labels,
            "numeric": [spec["kind"] == "number" for spec in self.specs],
            "index_columns": int(bool(self.columns) and self.columns[0] == INDEX_IDENTIFIER),
            "editors": [{**{k: spec.get(k) for k in _FRONT_END_KEYS},
                         **({"from": spec["from"]} if "from" in spec else {})}
                        for spec in self.specs],
            "can_add": can_add,
            "can_delete": editing in ("dynamic", "delete"),
            "total": len(self.rows),
            "height": grid_height(props.get("height"), len(self.rows) + int(can_add),
                                  self._row_height()),
            "row_height": self._row_height(),
        })
        self._render_window()

    def _row_height(self) -> int:
        value = self.element.props.get("row_height")
        return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 \
            else 35

    def _render_window(self) -> None:
        props = self.element.props
        total = len(self.rows)
        start = max(0, min(self.widget.window_start, total - 1))
        placeholder = "" if props.get("placeholder") is None else str(props["placeholder"])
        rows, edits = [], []
        for cells in self._window_cells(self.rows[start:start + WINDOW_ROWS]):
            rows.append([_shown_text(v, spec, placeholder) for v, spec in zip(cells, self.specs)])
            edits.append([_edit_text(v, spec["kind"]) for v, spec in zip(cells, self.specs)])
        set_traits(self.widget, {"rows_start": start, "rows": rows,
                                 "edit_rows": [] if edits == rows else edits})

    def _window_cells(self, window: list[tuple[str, int]]) -> list[list[Any]]:
        """The values of the shown columns in these rows, edits applied. The
        data's rows are read a column at a time (one ``tolist`` each, not a
        lookup per cell), so a window costs a few milliseconds."""
        frame = self.element.props["data"]
        positions = [position for origin, position in window if origin == "data"]
        part = frame.iloc[positions]
        names = [str(c) for c in frame.columns]
        by_column = {INDEX_IDENTIFIER: part.index.tolist()}
        for column in self.columns:
            if column != INDEX_IDENTIFIER:
                by_column[column] = part.iloc[:, names.index(column)].tolist()
        edited = self.state["edited_rows"]
        cells, taken = [], 0
        for origin, position in window:
            if origin == "added":
                _, values = row_cells(frame, self.state, origin, position)
                label = self.state["added_rows"][position].get(INDEX_IDENTIFIER)
                cells.append([label if c == INDEX_IDENTIFIER else values.get(c)
                              for c in self.columns])
                continue
            row = [by_column[c][taken] for c in self.columns]
            taken += 1
            changes = edited.get(position)
            if changes:
                row = [changes[c] if c in changes else v for c, v in zip(self.columns, row)]
            cells.append(row)
        return cells

    # -- edits
    def _on_message(self, _widget: Any, content: Any, _buffers: Any) -> None:
        if not isinstance(content, dict):
            return
        try:
            event = content.get("event")
            if event == "edit":
                state = self._edited(content.get("row"), content.get("column"),
                                     content.get("value"))
            elif event == "add":
                state = self._added()
            elif event == "delete":
                state = self._deleted(content.get("rows"))
            else:
                return
        except InvalidWidgetValue as error:
            log_rejected(self.element.type, self.element.id, error)
            self.widget.send({"event": "refused"})  # the cell shows its value again
            return
        self._report(state)

    def _row(self, row: Any) -> tuple[str, int]:
        if isinstance(row, bool) or not isinstance(row, int) or not 0 <= row < len(self.rows):
            raise InvalidWidgetValue(f"row {row!r} is not a row of the editor")
        return self.rows[row]

    def _edited(self, row: Any, column: Any, raw: Any) -> dict[str, Any]:
        origin, position = self._row(row)
        if isinstance(column, bool) or not isinstance(column, int) \
                or not 0 <= column < len(self.columns):
            raise InvalidWidgetValue(f"column {column!r} is not a column of the editor")
        name, spec = self.columns[column], self.specs[column]
        if name == INDEX_IDENTIFIER and origin != "added":
            raise InvalidWidgetValue("only an added row's index can be typed in")
        value = editor_cell_value(spec, raw)
        state = _plain_state(self.state)
        if origin == "added":
            state["added_rows"][position][name] = value
        else:
            state["edited_rows"].setdefault(position, {})[name] = value
        return state

    def _added(self) -> dict[str, Any]:
        props = self.element.props
        if props["disabled"] or props["editing_mode"] not in ("dynamic", "add"):
            raise InvalidWidgetValue("the editor adds no rows")
        names = [str(c) for c in props["data"].columns]
        row = {c: default for i, c in enumerate(names)
               if (default := column_setting(props["settings"], c, i, "default")) is not None}
        state = _plain_state(self.state)
        state["added_rows"].append(row)
        return state

    def _deleted(self, rows: Any) -> dict[str, Any]:
        props = self.element.props
        if props["disabled"] or props["editing_mode"] not in ("dynamic", "delete"):
            raise InvalidWidgetValue("the editor deletes no rows")
        if not isinstance(rows, list) or len(rows) > len(self.rows):
            raise InvalidWidgetValue("rows to delete are a list of the editor's rows")
        chosen = sorted({self._row(r) for r in rows}, key=lambda r: (r[0], -r[1]))
        state = _plain_state(self.state)
        for origin, position in chosen:
            if origin == "added":
                del state["added_rows"][position]  # the last first: positions stay right
            else:
                state["deleted_rows"] = sorted({*state["deleted_rows"], position})
        return state

    def _report(self, state: dict[str, Any]) -> None:
        self.state = state
        self._render()
        self.sink.widget_changed(self.element, _plain_state(state))

    def close(self) -> None:
        close_widget(self.widget)


def _plain_state(value: Any) -> dict[str, Any]:
    """A mutable copy of an editing state (row numbers as ints)."""
    state = editing_state(value)
    return {"edited_rows": {k: dict(v) for k, v in state["edited_rows"].items()},
            "added_rows": [dict(r) for r in state["added_rows"]],
            "deleted_rows": list(state["deleted_rows"])}
