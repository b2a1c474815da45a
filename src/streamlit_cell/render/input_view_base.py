"""What the views of the input widgets share (file, button group and data
editor views): the label HTML, showing or hiding a widget, and
:class:`_OwnedView`.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from ..runtime.page_tree import Element
from .markdown import escape, inline_markdown_to_html
from .base import EventSink, View, close_widget, set_traits


def _label_html(props: dict[str, Any]) -> str:
    """A widget's label (inline Markdown, sanitised) with its help as a tooltip."""
    visibility = props.get("label_visibility", "visible")
    if visibility == "collapsed":
        return ""
    if visibility == "hidden":
        return "&nbsp;"
    help_text = props.get("help")
    help_icon = (f' <span class="stc-help" title="{escape(str(help_text))}">&#9432;</span>'
                 if help_text else "")
    return f'<div class="stc-widget-label">{inline_markdown_to_html(props.get("label", ""))}' \
           f"{help_icon}</div>"


def _show(widget: w.Widget, shown: bool) -> None:
    set_traits(widget.layout, {"display": None if shown else "none"})


class _OwnedView(View):
    """A view made of several widgets, all closed with it."""

    def __init__(self, element: Element, sink: EventSink) -> None:
        super().__init__(element, sink)
        self._owned: list[w.Widget] = []

    def own(self, widget: Any) -> Any:
        self._owned.append(widget)
        return widget

    def close(self) -> None:
        for widget in self._owned:
            close_widget(widget)
        self._owned.clear()
