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
// A scrolling grid that shows only the window of rows the kernel sent.
const REQUEST_MS = 40;
export default {
  render({ model, el }) {
    el.classList.add("stc-grid");
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
    el.append(scroller);
    let timer = null;

    const cell = (tag, text, cls) => {
      const c = document.createElement(tag);
      c.textContent = text;
      if (cls) c.className = cls;
      return c;
    };
    const drawHead = () => {
      const row = document.createElement("tr");
      const numeric = model.get("numeric");
      const indexed = model.get("index_columns");
      model.get("columns").forEach((name, i) => {
        row.append(cell("th", name, (i < indexed ? "stc-grid-index " : "")
                                    + (numeric[i] ? "stc-grid-num" : "")));
      });
      head.replaceChildren(row);
    };
    const drawRows = () => {
      const h = model.get("row_height");
      const start = model.get("rows_start");
      const numeric = model.get("numeric");
      const indexed = model.get("index_columns");
      const columns = model.get("columns").length;
      sizer.style.height = `${(model.get("total") + 1) * h}px`;
      sizer.style.paddingTop = `${start * h}px`;  // the rows above the window
      body.replaceChildren(...model.get("rows").map((values) => {
        const row = document.createElement("tr");
        for (let i = 0; i < columns; i++) {
          row.append(cell(i < indexed ? "th" : "td", values[i] ?? "",
                          (i < indexed ? "stc-grid-index " : "") + (numeric[i] ? "stc-grid-num" : "")));
        }
        return row;
      }));
    };
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
    scroller.addEventListener("scroll", onScroll);
    model.on("change:columns", drawHead);
    model.on("change:numeric", () => { drawHead(); drawRows(); });
    model.on("change:rows", drawRows);
    model.on("change:total", drawRows);
    model.on("change:height", layout);
    model.on("change:row_height", () => { layout(); drawRows(); });
    layout(); drawHead(); drawRows();
    return () => { scroller.removeEventListener("scroll", onScroll); clearTimeout(timer); };
  },
};
"""


@functools.cache
def data_grid_class() -> type:
    """The ``DataGrid`` widget class, made on first use (importing anywidget
    costs ~0.1 s that an app without a data frame should not pay)."""
    import anywidget

    class DataGrid(anywidget.AnyWidget):
        """A frame's grid: header, the rows of one window, and how tall it is."""

        _esm = _GRID_MODULE
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

    return DataGrid


def grid_height(height: Any, total: int, row_height: int = ROW_HEIGHT) -> int:
    """The grid's height in pixels: a number of pixels as given, else (Streamlit's
    ``"auto"``) the header and up to ``AUTO_ROWS`` rows, plus its border."""
    if isinstance(height, int) and not isinstance(height, bool):
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
