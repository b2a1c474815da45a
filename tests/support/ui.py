"""Finding what an app shows: widgets by type and description, HTML text."""

from __future__ import annotations

import html
import re
from typing import Any, Iterator

import ipywidgets as w
from IPython.core.interactiveshell import InteractiveShell

from streamlit_cell.notebook.cell_app import CellApp
from streamlit_cell.render.date_field import date_field_class
from streamlit_cell.render.slider_widget import slider_class

#: The widget class of ``st.slider`` and ``st.select_slider`` (render/slider_widget.py).
Slider = slider_class()
#: The widget class of ``st.date_input`` and ``st.time_input`` (render/date_field.py).
DateField = date_field_class()


def run_plain(shell: InteractiveShell, source: str) -> Any:
    """Run an ordinary notebook cell (post_run_cell hooks included)."""
    result = shell.run_cell(source)
    result.raise_error()
    return result.result


def walk(widget: w.Widget) -> Iterator[w.Widget]:
    """The widget and everything below it, in display order."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def find_all(app_or_widget: Any, kind: type | tuple[type, ...] = w.Widget,
             description: str | None = None) -> list[w.Widget]:
    root = app_view(app_or_widget)
    return [x for x in walk(root) if isinstance(x, kind)
            and (description is None or getattr(x, "description", None) == description)]


def find(app_or_widget: Any, kind: type | tuple[type, ...] = w.Widget,
         description: str | None = None) -> w.Widget:
    """The one widget of ``kind`` (with that description); fails if not exactly one."""
    found = find_all(app_or_widget, kind, description)
    assert len(found) == 1, f"expected one {kind} {description!r}, found {found!r}"
    return found[0]


def app_view(app_or_widget: Any) -> w.Widget:
    """The widget that shows the app's elements (main area and sidebar)."""
    return app_or_widget.body if isinstance(app_or_widget, CellApp) else app_or_widget


_TAG = re.compile(r"<[^>]+>")


def html_values(app_or_widget: Any) -> list[str]:
    return [x.value for x in find_all(app_or_widget, w.HTML)]


def texts(app_or_widget: Any) -> list[str]:
    """The visible text of each HTML widget (tags removed) and data grid (the
    header and the rows sent), in page order, whitespace collapsed."""
    shown = []
    for widget in walk(app_view(app_or_widget)):
        if isinstance(widget, w.HTML):
            shown.append(html.unescape(_TAG.sub(" ", widget.value)))
        elif is_data_grid(widget):
            shown.append(" ".join([*widget.columns, *(c for row in widget.rows for c in row)]))
    return [" ".join(t.split()) for t in shown]


def is_data_grid(widget: w.Widget) -> bool:
    """Whether ``widget`` is an ``st.dataframe`` grid (render/data_grid.py)."""
    return type(widget).__name__ == "DataGrid"


def data_grids(app_or_widget: Any) -> list[w.Widget]:
    return [x for x in walk(app_view(app_or_widget)) if is_data_grid(x)]


def editor_grids(app_or_widget: Any) -> list[w.Widget]:
    """The ``st.data_editor`` grids (render/data_grid.py's ``DataEditorGrid``)."""
    return [x for x in walk(app_view(app_or_widget))
            if type(x).__name__ == "DataEditorGrid"]


def front_end_sends(widget: w.Widget, content: dict[str, Any]) -> None:
    """A custom message from the front end (an anywidget's ``model.send``)."""
    widget._handle_msg({"content": {"data": {"method": "custom", "content": content}},
                        "buffers": []})


def text(app_or_widget: Any) -> str:
    return "\n".join(t for t in texts(app_or_widget) if t)


def html_containing(app_or_widget: Any, fragment: str) -> w.HTML:
    found = [x for x in find_all(app_or_widget, w.HTML) if fragment in x.value]
    assert len(found) == 1, f"expected one HTML with {fragment!r}, got {[x.value for x in found]}"
    return found[0]


def button(app: Any, label: str) -> w.Button:
    return find(app, w.Button, label)


def is_closed(widget: w.Widget) -> bool:
    return widget.comm is None


def live_widget_count() -> int:
    from ipywidgets.widgets.widget import _instances

    return len(_instances)


def session_state() -> Any:
    from streamlit_cell.runtime.shared_session import session_state as proxy

    return proxy


def front_end_sets(widget: w.Widget, **state: Any) -> None:
    """What ipykernel does with a front end's ``update`` comm message: traits
    set under ipywidgets' property lock (so they are not sent back)."""
    widget._handle_msg({"content": {"data": {"method": "update", "state": state,
                                             "buffer_paths": []}},
                        "buffers": []})


def front_end_clicks(button_widget: w.Button) -> None:
    """A button's ``click`` custom message from the front end."""
    button_widget._handle_msg({"content": {"data": {"method": "custom",
                                                    "content": {"event": "click"}}},
                               "buffers": []})
