"""Views of ``st.progress``, ``st.spinner``, ``st.status`` and ``st.toast``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.page_tree import Element
from .markdown import escape, inline_markdown_to_html
from .base import EventSink, NO_OVERRIDE, View, close_widget, register_view, set_traits
from .basic_views import ExpanderView

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


def _spinner_html(props: dict[str, Any]) -> str:
    return f'<div class="stc-spinner">{inline_markdown_to_html(props["text"])}</div>'


def _toast_html(props: dict[str, Any]) -> str:
    icon = f"{escape(props['icon'])} " if props.get("icon") else ""
    seconds = props.get("seconds") or 0
    fade = f' stc-toast-fade" style="--stc-toast-seconds: {int(seconds)}s' if seconds else ""
    return f'<div class="stc-toast{fade}">{icon}{inline_markdown_to_html(props["body"])}</div>'


class _HtmlOf(View):
    """An element shown as one HTML widget built by ``html``."""

    html = staticmethod(lambda props: "")

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.widget = w.HTML(value=self.html(element.props))

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        set_traits(self.widget, {"value": self.html(element.props)})

    def close(self) -> None:
        close_widget(self.widget)


@register_view("spinner")
class SpinnerView(_HtmlOf):
    html = staticmethod(_spinner_html)


@register_view("toast")
class ToastView(_HtmlOf):
    html = staticmethod(_toast_html)


_STATE_ICONS = {"running": "⏳", "complete": "✅", "error": "❌"}


@register_view("status")
class StatusView(ExpanderView):
    """An expander whose title shows the state: running, complete or error."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink, reconciler)

    def title(self, element: Element) -> str:
        return f"{_STATE_ICONS[element.props['state']]} {element.props['label']}"
