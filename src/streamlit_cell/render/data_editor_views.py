"""Views of ``st.data_editor`` (see ``elements/data_editor.py``).

Every value a view reports is in the form ``elements/data_editor.py`` documents
for a front end. A view shows its new value at once (a form stages values
without a rerun), then reports it; the rerun's update then changes nothing.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..elements.data_editor import EDITABLE_KINDS, INDEX_IDENTIFIER, display_rows, row_cells, editing_state
from ..runtime.page_tree import Element
from .markdown import escape
from .base import EventSink, NO_OVERRIDE, close_widget, register_view, set_traits
from .input_view_base import _OwnedView, _show

if TYPE_CHECKING:
    from .reconciler import Reconciler


# ============================================================ data editor
#: Rows of a data editor shown (and sent to the browser) at once.
EDITOR_PAGE_ROWS = 20


def cell_text(value: Any) -> str:
    """How a cell's value shows in a text cell (missing values are empty)."""
    if value is None:
        return ""
    try:
        import pandas as pd

        if pd.api.types.is_scalar(value) and pd.isna(value):
            return ""
    except ImportError:  # pragma: no cover - the element needs pandas
        pass
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(value)
    return str(value)


def parse_cell_text(text: str, kind: str) -> tuple[bool, Any]:
    """A typed cell's value as a front end sends it: (ok, value). Empty text
    is a missing value; a number column takes numbers only."""
    text = text.strip()
    if not text:
        return True, None
    if kind == "integer":
        try:
            return True, int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return False, None
            return (True, int(number)) if number.is_integer() else (False, None)
    if kind in ("float", "decimal"):
        try:
            return True, float(text)
        except ValueError:
            return False, None
    return True, text


@register_view("data_editor")
class DataEditorView(_OwnedView):
    """``st.data_editor``: a paged grid of cells, ``Text`` for text, numbers
    and dates (so a missing value stays empty), ``Checkbox`` for booleans;
    only the page on screen exists as widgets. ``num_rows`` adds an "Add
    row" button and a delete button per row. Each committed cell edit
    reports the whole new editing state (one rerun per edit)."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self._syncing = False
        self.start = 0
        self.state: dict[str, Any] = {}
        self.rows: list[tuple[str, int]] = []
        #: Cell widgets of the page by (slot, column name); "" is the delete button.
        self.cells: dict[tuple[int, str], w.Widget] = {}
        self.grid = self.own(w.GridBox(layout=w.Layout(grid_gap="2px 4px", align_items="center",
                                                    overflow="auto", max_width="100%")))
        self.prev = self.own(w.Button(description="◀ Previous", layout=w.Layout(width="auto")))
        self.next = self.own(w.Button(description="Next ▶", layout=w.Layout(width="auto")))
        self.page_note = self.own(w.HTML())
        self.prev.on_click(lambda _: self._page(-1))
        self.next.on_click(lambda _: self._page(+1))
        self.add = self.own(w.Button(description="+ Add row", layout=w.Layout(width="auto")))
        self.add.on_click(lambda _: self._add_row())
        self.controls = self.own(w.HBox([self.add, self.prev, self.next, self.page_note],
                                        layout=w.Layout(align_items="center", grid_gap="0.5em")))
        self.widget = self.own(w.VBox([self.grid, self.controls]))
        self.columns_key: tuple[Any, ...] = ()
        self.headers: list[w.HTML] = []
        self.update(element)

    # -- columns
    def _columns(self, element: Element) -> list[str]:
        """Visible data columns, in ``column_order`` if given."""
        props = element.props
        names = [str(c) for c in props["data"].columns]
        order = props.get("column_order")
        if order:
            names = [str(c) for c in order if str(c) in names]
        settings = props["settings"]
        return [c for i, c in enumerate(names)
                if not self._setting(settings, c, names.index(c), "hidden")]

    @staticmethod
    def _setting(settings: dict[Any, dict[str, Any]], column: str, position: int | None,
                 name: str) -> Any:
        for key in (column, position):
            if key is not None and name in settings.get(key, {}):
                return settings[key][name]
        return None

    def _show_index(self, element: Element) -> bool:
        return not self._setting(element.props["settings"], INDEX_IDENTIFIER, None, "hidden")

    def _can_delete(self, element: Element) -> bool:
        return element.props["editing_mode"] in ("dynamic", "delete") and \
            not element.props["disabled"]

    def _editable(self, column: str) -> bool:
        props = self.element.props
        if props["disabled"] or props["schema"].get(column) not in EDITABLE_KINDS:
            return False
        position = [str(c) for c in props["data"].columns].index(column)
        return not self._setting(props["settings"], column, position, "disabled")

    # -- rendering
    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        value = element.props["value"] if override is NO_OVERRIDE else override
        self.state = _plain_state(value)
        self._render()

    def _render(self) -> None:
        element = self.element
        props = element.props
        self.rows = display_rows(props["data"], self.state)
        columns = self._columns(element)
        show_index = self._show_index(element)
        deletable = self._can_delete(element)
        key = (tuple(columns), show_index, deletable,
               tuple(props["schema"].get(c) for c in columns))
        if key != self.columns_key:
            self._drop_cells()
            self.columns_key = key
            self._make_headers(columns, show_index, deletable)
        if self.start >= len(self.rows):
            self.start = max(0, (len(self.rows) - 1) // EDITOR_PAGE_ROWS * EDITOR_PAGE_ROWS)
        page = self.rows[self.start:self.start + EDITOR_PAGE_ROWS]
        children: list[w.Widget] = list(self.headers)
        self._syncing = True
        try:
            for slot, row in enumerate(page):
                children.extend(self._row_cells(slot, row, columns, show_index, deletable))
        finally:
            self._syncing = False
        for slot_key in [k for k in self.cells if k[0] >= len(page)]:
            close_widget(self.cells.pop(slot_key))
        if tuple(self.grid.children) != tuple(children):
            self.grid.children = tuple(children)
        width = len(columns) + int(show_index) + int(deletable)
        template = " ".join((["minmax(4em, auto)"] if show_index else [])
                            + ["minmax(6em, 1fr)"] * len(columns)
                            + (["auto"] if deletable else []))
        set_traits(self.grid.layout, {"grid_template_columns": template or "auto",
                                       "display": None if width else "none"})
        total = len(self.rows)
        paged = total > EDITOR_PAGE_ROWS
        can_add = props["editing_mode"] in ("dynamic", "add") and not props["disabled"]
        _show(self.add, can_add)
        for button in (self.prev, self.next, self.page_note):
            _show(button, paged)
        set_traits(self.prev, {"disabled": self.start == 0})
        set_traits(self.next, {"disabled": self.start + EDITOR_PAGE_ROWS >= total})
        end = min(self.start + EDITOR_PAGE_ROWS, total)
        set_traits(self.page_note, {"value": f'<span class="stc-caption">Rows '
                                              f"{self.start + 1}–{end} of {total}</span>"})
        _show(self.controls, can_add or paged)

    def _make_headers(self, columns: list[str], show_index: bool, deletable: bool) -> None:
        for header in self.headers:
            close_widget(header)
        settings = self.element.props["settings"]
        names = [str(c) for c in self.element.props["data"].columns]
        headers = []
        if show_index:
            headers.append(w.HTML(""))
        for column in columns:
            position = names.index(column)
            label = self._setting(settings, column, position, "label") or column
            help_text = self._setting(settings, column, position, "help")
            title = f' title="{escape(str(help_text))}"' if help_text else ""
            headers.append(w.HTML(f"<b{title}>{escape(str(label))}</b>"))
        if deletable:
            headers.append(w.HTML(""))
        self.headers = headers

    def _row_cells(self, slot: int, row: tuple[str, int], columns: list[str],
                   show_index: bool, deletable: bool) -> list[w.Widget]:
        origin, position = row
        props = self.element.props
        index_label, values = row_cells(props["data"], self.state, origin, position)
        cells: list[w.Widget] = []
        if show_index:
            index_editable = (origin == "added" and not props["has_range_index"]
                              and not props["disabled"])
            cell = self._cell(slot, INDEX_IDENTIFIER, "text")
            set_traits(cell, {"value": cell_text(index_label), "disabled": not index_editable,
                               "placeholder": "index" if index_editable else ""})
            cells.append(cell)
        for column in columns:
            kind = props["schema"].get(column)
            boolean = kind == "boolean"
            cell = self._cell(slot, column, "bool" if boolean else "text")
            value = values.get(column)
            traits: dict[str, Any] = {"disabled": not self._editable(column)}
            if boolean:
                traits["value"] = bool(value) if cell_text(value) else False
            else:
                traits["value"] = cell_text(value)
                traits["placeholder"] = props.get("placeholder") or ""
            set_traits(cell, traits)
            cells.append(cell)
        if deletable:
            button = self.cells.get((slot, ""))
            if button is None:
                button = w.Button(description="✕", tooltip="Delete row",
                                  layout=w.Layout(width="auto"))
                button.on_click(lambda _, slot=slot: self._delete_row(slot))
                self.cells[(slot, "")] = button
            cells.append(button)
        return cells

    def _cell(self, slot: int, column: str, kind: str) -> w.Widget:
        cell = self.cells.get((slot, column))
        if cell is None:
            if kind == "bool":
                cell = w.Checkbox(indent=False, layout=w.Layout(width="auto"))
            else:
                cell = w.Text(continuous_update=False, layout=w.Layout(width="auto"))
            cell.observe(lambda change, slot=slot, column=column:
                         self._on_cell(slot, column, change), names="value")
            self.cells[(slot, column)] = cell
        return cell

    def _drop_cells(self) -> None:
        for cell in self.cells.values():
            close_widget(cell)
        self.cells.clear()

    def _page(self, direction: int) -> None:
        last = max(0, len(self.rows) - 1) // EDITOR_PAGE_ROWS * EDITOR_PAGE_ROWS
        self.start = max(0, min(self.start + direction * EDITOR_PAGE_ROWS, last))
        self._render()

    # -- edits
    def _on_cell(self, slot: int, column: str, change: dict[str, Any]) -> None:
        if self._syncing:
            return
        position = self.start + slot
        if position >= len(self.rows):
            return
        origin, row_position = self.rows[position]
        new = change["new"]
        if isinstance(new, bool):
            value: Any = new
        else:
            kind = self.element.props["schema"].get(column, "string")
            ok, value = parse_cell_text(str(new), kind)
            if not ok:
                self._render()  # not a number: show the cell's value again
                return
        state = _plain_state(self.state)
        if origin == "added":
            state["added_rows"][row_position][column] = value
        else:
            state["edited_rows"].setdefault(row_position, {})[column] = value
        self._report(state)

    def _add_row(self) -> None:
        props = self.element.props
        names = [str(c) for c in props["data"].columns]
        row = {c: self._setting(props["settings"], c, i, "default")
               for i, c in enumerate(names)
               if self._setting(props["settings"], c, i, "default") is not None}
        state = _plain_state(self.state)
        state["added_rows"].append(row)
        self.start = len(self.rows) // EDITOR_PAGE_ROWS * EDITOR_PAGE_ROWS
        self._report(state)

    def _delete_row(self, slot: int) -> None:
        position = self.start + slot
        if position >= len(self.rows):
            return
        origin, row_position = self.rows[position]
        state = _plain_state(self.state)
        if origin == "added":
            del state["added_rows"][row_position]
        else:
            state["deleted_rows"] = sorted({*state["deleted_rows"], row_position})
        self._report(state)

    def _report(self, state: dict[str, Any]) -> None:
        self.state = state
        self._render()
        self.sink.widget_changed(self.element, _plain_state(state))

    def close(self) -> None:
        self._drop_cells()
        for header in self.headers:
            close_widget(header)
        self.headers = []
        super().close()


def _plain_state(value: Any) -> dict[str, Any]:
    """A mutable copy of an editing state (row numbers as ints)."""
    state = editing_state(value)
    return {"edited_rows": {k: dict(v) for k, v in state["edited_rows"].items()},
            "added_rows": [dict(r) for r in state["added_rows"]],
            "deleted_rows": list(state["deleted_rows"])}
