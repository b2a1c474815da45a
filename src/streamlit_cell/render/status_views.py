"""Views of ``st.progress``, ``st.spinner``, ``st.status`` and ``st.toast``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.element_props import SpinnerProps, ToastProps
from ..runtime.page_tree import Element
from .markdown import escape, inline_markdown_to_html
from .base import EventSink, NO_OVERRIDE, View, close_widget, register_view, set_traits
from .basic_views import ExpanderView
from .html_view import register_html_views

if TYPE_CHECKING:
    from .reconciler import Reconciler


@register_view("progress")
class ProgressView(View):
    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.label = w.HTML()
        self.label.add_class("stc-progress-text")
        self.bar = w.FloatProgress(min=0.0, max=1.0, layout=w.Layout(width="100%"))
        self.widget = w.VBox([self.label, self.bar], layout=w.Layout(width="100%"))
        self.update(element)

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        text = element.props.get("text")
        set_traits(self.label, {"value": inline_markdown_to_html(text) if text else ""})
        set_traits(self.label.layout, {"display": None if text else "none"})
        set_traits(self.bar, {"value": float(element.props["value"])})

    def close(self) -> None:
        for widget in (self.label, self.bar, self.widget):
            close_widget(widget)


def _spinner_html(props: SpinnerProps) -> str:
    return f'<div class="stc-spinner">{inline_markdown_to_html(props["text"])}</div>'


def _toast_html(props: ToastProps) -> str:
    icon = f"{escape(props['icon'])} " if props.get("icon") else ""
    seconds = props.get("seconds") or 0
    fade = f' stc-toast-fade" style="--stc-toast-seconds: {int(seconds)}s' if seconds else ""
    return f'<div class="stc-toast{fade}">{icon}{inline_markdown_to_html(props["body"])}</div>'


# Their HTML's root carries the class (and its box): the widget has none.
register_html_views({"spinner": _spinner_html, "toast": _toast_html}, css_class=False)


_STATE_ICONS = {"running": "⏳", "complete": "✅", "error": "❌"}


@register_view("status")
class StatusView(ExpanderView):
    """An expander whose title shows the state: running, complete or error."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink, reconciler)

    def title(self, element: Element) -> str:
        return f"{_STATE_ICONS[element.props['state']]} {element.props['label']}"
