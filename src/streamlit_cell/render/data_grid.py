"""``st.dataframe`` as Streamlit shows it: a fixed-height grid that scrolls,
with the header always in view, numbers right-aligned and the index in bold.

Why a widget of our own: ipywidgets has no scrolling table, and an HTML
widget cannot tell the kernel which rows came into view. ``DataGrid`` is a
small ES module run by anywidget (already used by ``width_probe``): its box
is as tall as every row would be, so the scroll bar is the frame's, but only
the rows of one window (``WINDOW_ROWS``, from ``rows_start``) exist in the
page. When the user scrolls past them the module sets ``window_start`` and the
kernel answers with that window's rows, so a frame of a million rows sends a
hundred at a time, never the whole frame. Cells arrive as text (formatted
here) and are put in the page as text, never as HTML.
"""

from __future__ import annotations

import functools
import math
from typing import Any

import traitlets

#: Rows sent to the browser at once.
WINDOW_ROWS = 100
#: Streamlit's row height and the rows its grid shows before it scrolls
#: (``height="auto"``).
ROW_HEIGHT = 35
AUTO_ROWS = 10

_GRID_MODULE = r"""
// A scrolling grid that shows only the window of rows the kernel sent. The
// data editor's model has ``editors`` too: its cells then open an input on
// double click (or Enter), checkboxes toggle, and rows can be added and
// deleted; each change goes to the kernel as one message (never the frame).
const REQUEST_MS = 40;
export default {
  render({ model, el }) {
    el.classList.add("stc-grid");
    const editable = model.get("editors") !== undefined;
    const scroller = document.createElement("div");
    scroller.className = "stc-grid-scroll";
    const sizer = document.createElement("div");
    sizer.className = "stc-grid-sizer";
    const table = document.createElement("table");
    const head = document.createElement("thead");
    const body = document.createElement("tbody");
    table.append(head, body);
    sizer.append(table);
    scroller.append(sizer);
    let timer = null;
    let toEnd = false;
    const selected = new Set();  // display rows ticked for deletion

    const toolbar = document.createElement("div");
    toolbar.className = "stc-grid-toolbar";
    const addButton = document.createElement("button");
    addButton.className = "stc-grid-add";
    addButton.textContent = "+ Add row";
    const deleteButton = document.createElement("button");
    deleteButton.className = "stc-grid-delete";
    deleteButton.textContent = "Delete rows";
    toolbar.append(addButton, deleteButton);
    if (editable) el.append(toolbar);
    el.append(scroller);

    const cell = (tag, text, cls) => {
      const c = document.createElement(tag);
      c.textContent = text;
      if (cls) c.className = cls;
      return c;
    };
    const classes = (i) => (i < model.get("index_columns") ? "stc-grid-index " : "")
                           + (model.get("numeric")[i] ? "stc-grid-num" : "");
    const editors = () => (editable ? model.get("editors") : []);
    const selecting = () => editable && model.get("can_delete");
    const adding = () => editable && model.get("can_add");
    const drawToolbar = () => {
      addButton.style.display = adding() ? "" : "none";
      deleteButton.style.display = selecting() ? "" : "none";
      deleteButton.disabled = selected.size === 0;
      toolbar.style.display = adding() || selecting() ? "" : "none";
    };
    const drawHead = () => {
      const row = document.createElement("tr");
      if (selecting()) row.append(cell("th", "", "stc-grid-select"));
      model.get("columns").forEach((name, i) => row.append(cell("th", name, classes(i))));
      head.replaceChildren(row);
    };
    const send = (content) => model.send(content);
    const openEditor = (td, position, i, text) => {
      const spec = editors()[i];
      if (!spec || spec.disabled || spec.from > position || td.querySelector("input, select")) {
        return;
      }
      let input;
      if (spec.kind === "selectbox") {
        input = document.createElement("select");
        input.append(new Option("", "-1"));
        spec.options.forEach((label, k) => input.append(new Option(label, String(k))));
        input.value = String(spec.options.indexOf(text));
      } else {
        input = document.createElement("input");
        input.type = { number: "number", date: "date", time: "time",
                       datetime: "datetime-local" }[spec.kind] || "text";
        for (const name of ["min", "max", "step"]) {
          if (spec[name] !== null && spec[name] !== undefined) input[name] = spec[name];
        }
        if (spec.max_chars) input.maxLength = spec.max_chars;
        const raw = model.get("edit_rows")[position - model.get("rows_start")];
        input.value = raw ? raw[i] : text;
      }
      input.className = "stc-grid-input";
      let done = false;
      const finish = (commit) => {
        if (done) return;
        done = true;
        const value = input.value;
        td.textContent = text;
        if (commit && value !== text) {
          if (spec.kind === "selectbox") send({ event: "edit", row: position, column: i,
                                                value: Number(value) });
          else send({ event: "edit", row: position, column: i, value });
          td.textContent = spec.kind === "selectbox" ? (spec.options[Number(value)] ?? "") : value;
        }
      };
      input.addEventListener("keydown", (e) => {
        if (e.key === "Enter") { e.preventDefault(); finish(true); }
        else if (e.key === "Escape") { e.preventDefault(); finish(false); }
        e.stopPropagation();
      });
      input.addEventListener("blur", () => finish(true));
      if (spec.kind === "selectbox") input.addEventListener("change", () => finish(true));
      td.replaceChildren(input);
      input.focus();
    };
    const drawRows = () => {
      const h = model.get("row_height");
      const start = model.get("rows_start");
      const columns = model.get("columns").length;
      const total = model.get("total");
      const rows = model.get("rows");
      const specs = editors();
      const addRow = adding() && start + rows.length >= total;
      sizer.style.height = `${(total + 1 + (adding() ? 1 : 0)) * h}px`;
      sizer.style.paddingTop = `${start * h}px`;  // the rows above the window
      const drawn = rows.map((values, offset) => {
        const position = start + offset;
        const row = document.createElement("tr");
        if (selecting()) {
          const box = document.createElement("input");
          box.type = "checkbox";
          box.className = "stc-grid-pick";
          box.checked = selected.has(position);
          box.addEventListener("change", () => {
            if (box.checked) selected.add(position); else selected.delete(position);
            drawToolbar();
          });
          const td = cell("td", "", "stc-grid-select");
          td.append(box);
          row.append(td);
        }
        for (let i = 0; i < columns; i++) {
          const text = values[i] ?? "";
          const spec = specs[i];
          const c = cell(i < model.get("index_columns") ? "th" : "td", "", classes(i));
          if (spec && spec.kind === "checkbox") {
            const box = document.createElement("input");
            box.type = "checkbox";
            box.checked = text === "true";
            box.disabled = !!spec.disabled;
            box.addEventListener("change", () =>
              send({ event: "edit", row: position, column: i, value: box.checked }));
            c.append(box);
          } else {
            c.textContent = text;
            if (spec && !spec.disabled && !(spec.from > position)) {
              c.classList.add("stc-grid-editable");
              c.tabIndex = 0;
              c.addEventListener("dblclick", () => openEditor(c, position, i, text));
              c.addEventListener("keydown", (e) => {
                if (e.key === "Enter" && e.target === c) { e.preventDefault();
                                                           openEditor(c, position, i, text); }
              });
            } else if (spec) {
              c.classList.add("stc-grid-readonly");
            }
          }
          row.append(c);
        }
        return row;
      });
      if (addRow) {
        const row = document.createElement("tr");
        row.className = "stc-grid-addrow";
        const td = cell("td", "+", "");
        td.colSpan = columns + (selecting() ? 1 : 0);
        td.addEventListener("click", add);
        row.append(td);
        drawn.push(row);
      }
      body.replaceChildren(...drawn);
      if (toEnd) { toEnd = false; scroller.scrollTop = scroller.scrollHeight; }
    };
    const add = () => { toEnd = true; send({ event: "add" }); };
    addButton.addEventListener("click", add);
    deleteButton.addEventListener("click", () => {
      if (!selected.size) return;
      send({ event: "delete", rows: [...selected].sort((a, b) => a - b) });
      selected.clear();
      drawToolbar();
    });
    const layout = () => {
      scroller.style.height = `${model.get("height")}px`;
      el.style.setProperty("--stc-grid-row", `${model.get("row_height")}px`);
    };
    const request = () => {
      timer = null;
      const h = model.get("row_height");
      const start = model.get("rows_start");
      const loaded = model.get("rows").length;
      const first = Math.floor(scroller.scrollTop / h);
      const seen = Math.ceil(scroller.clientHeight / h);
      const total = model.get("total");
      if (first >= start && Math.min(first + seen, total) <= start + loaded) return;
      const wanted = Math.max(0, Math.min(first - Math.floor(seen / 2), total - 1));
      if (wanted !== model.get("window_start")) {
        model.set("window_start", wanted);
        model.save_changes();
      }
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(request, REQUEST_MS);
    };
    const redraw = () => { drawToolbar(); drawHead(); drawRows(); };
    scroller.addEventListener("scroll", onScroll);
    model.on("change:columns", drawHead);
    model.on("change:numeric", () => { drawHead(); drawRows(); });
    model.on("change:rows", drawRows);  // edit_rows is set with rows
    model.on("change:total", () => {
      selected.forEach((p) => { if (p >= model.get("total")) selected.delete(p); });
      drawToolbar(); drawRows();
    });
    model.on("change:height", layout);
    model.on("change:row_height", () => { layout(); drawRows(); });
    if (editable) {
      // The kernel refused an edit: the cells show the values they have again.
      model.on("msg:custom", (msg) => { if (msg && msg.event === "refused") drawRows(); });
      model.on("change:editors", drawRows);
      model.on("change:can_add", redraw);
      model.on("change:can_delete", () => { selected.clear(); redraw(); });
    }
    layout(); redraw();
    return () => { scroller.removeEventListener("scroll", onScroll); clearTimeout(timer); };
  },
};
"""


def _compact(module: str) -> str:
    """The module without its indentation and comment lines: it is sent with
    every grid (anywidget syncs ``_esm`` per widget)."""
    lines = (line.strip() for line in module.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//"))


_GRID_ESM = _compact(_GRID_MODULE)


class _GridTraits(traitlets.HasTraits):
    """What both grids sync: header, the rows of one window, and how tall it is."""

    columns = traitlets.List(traitlets.Unicode()).tag(sync=True)
    #: Per column: whether it holds numbers (right-aligned, as Streamlit's).
    numeric = traitlets.List(traitlets.Bool()).tag(sync=True)
    #: How many leading columns are the index (shown as row headers).
    index_columns = traitlets.Int(0).tag(sync=True)
    total = traitlets.Int(0).tag(sync=True)
    rows_start = traitlets.Int(0).tag(sync=True)
    rows = traitlets.List(traitlets.List(traitlets.Unicode())).tag(sync=True)
    #: The first row the user scrolled to (set by the front end).
    window_start = traitlets.Int(0).tag(sync=True)
    height = traitlets.Int(ROW_HEIGHT * (AUTO_ROWS + 1)).tag(sync=True)
    row_height = traitlets.Int(ROW_HEIGHT).tag(sync=True)


@functools.cache
def data_grid_class() -> type:
    """The ``DataGrid`` widget class (``st.dataframe``), made on first use
    (importing anywidget costs ~0.1 s that an app without a data frame
    should not pay)."""
    import anywidget

    class DataGrid(anywidget.AnyWidget, _GridTraits):
        """A frame's read-only grid."""

        _esm = _GRID_ESM

    return DataGrid


@functools.cache
def editor_grid_class() -> type:
    """The ``DataEditorGrid`` widget class (``st.data_editor``): the same
    grid, plus how each column is edited and whether rows can be added or
    deleted. Edits come back as custom messages (see ``DataEditorView``)."""
    import anywidget

    class DataEditorGrid(anywidget.AnyWidget, _GridTraits):
        """A frame's editable grid."""

        _esm = _GRID_ESM
        #: Per shown column: ``{"kind", "disabled", "options", "min", "max",
        #: "step", "max_chars"}`` (kind "" = read-only).
        editors = traitlets.List(traitlets.Dict()).tag(sync=True)
        #: The text an input starts with, per row of the window, when a
        #: column's shown text is formatted (``"$1.50"`` edits as ``1.5``);
        #: empty when every column edits its shown text.
        edit_rows = traitlets.List(traitlets.List(traitlets.Unicode())).tag(sync=True)
        can_add = traitlets.Bool(False).tag(sync=True)
        can_delete = traitlets.Bool(False).tag(sync=True)

    return DataEditorGrid


def grid_height(height: Any, total: int, row_height: int = ROW_HEIGHT) -> int:
    """The grid's height in pixels: a number of pixels as given, else (Streamlit's
    ``"auto"``) the header and up to ``AUTO_ROWS`` rows, plus its border."""
    if isinstance(height, int) and not isinstance(height, bool) and height > 0:
        return height
    return (min(max(total, 1), AUTO_ROWS) + 1) * row_height + 2


def cell_text(value: Any) -> str:
    """How a cell shows: missing values as ``None``, floats with up to four
    decimals (Streamlit's default number format), the rest as ``str``."""
    if value is None:
        return "None"
    if isinstance(value, float):
        return _float_text(value)
    try:
        import pandas as pd

        if value is pd.NaT or (pd.api.types.is_scalar(value) and pd.isna(value)):
            return "None"
    except (ImportError, TypeError, ValueError):
        pass
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            return cell_text(value.item())  # numpy scalars as Python's
        except (TypeError, ValueError):
            pass
    return str(value)


def frame_header(frame: Any, hide_index: bool) -> tuple[list[str], list[bool], int]:
    """(column labels, numeric flags, number of index columns) of a frame."""
    import pandas as pd

    index_names: list[str] = []
    index_numeric: list[bool] = []
    if not hide_index:
        levels = frame.index.nlevels
        index_names = ["" if n is None else str(n) for n in frame.index.names]
        index_numeric = [pd.api.types.is_numeric_dtype(frame.index.get_level_values(i))
                         and not pd.api.types.is_bool_dtype(frame.index.get_level_values(i))
                         for i in range(levels)]
    names = [" / ".join(map(str, c)) if isinstance(c, tuple) else str(c) for c in frame.columns]
    numeric = [pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype)
               for dtype in frame.dtypes]
    return index_names + names, index_numeric + numeric, len(index_names)


def _float_text(value: float) -> str:
    if math.isnan(value):
        return "None"
    if math.isinf(value) or value.is_integer() and abs(value) >= 1e15:
        return str(value)
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _column_texts(values: Any) -> list[str]:
    """The cells of one column (a Series) as text: by the column's dtype,
    so a window of plain numbers costs one ``tolist`` and a format a cell."""
    kind = values.dtype.kind
    plain = values.tolist()  # Python scalars (NaN for missing floats)
    if kind in "iu":
        return [str(v) for v in plain]
    if kind == "f":
        return [_float_text(v) for v in plain]
    return [cell_text(v) for v in plain]


def frame_window(frame: Any, start: int, hide_index: bool, rows: int = WINDOW_ROWS) -> list[list[str]]:
    """The cells (as text) of rows ``start`` .. ``start + rows`` of a frame."""
    window = frame.iloc[start:start + rows]
    columns = [_column_texts(window.iloc[:, i]) for i in range(window.shape[1])]
    if not hide_index:
        index = window.index
        columns = [_column_texts(index.get_level_values(i).to_series())
                   for i in range(index.nlevels)] + columns
    return [list(row) for row in zip(*columns)] if columns else [[] for _ in range(len(window))]
