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
    """A toast's message (its box, close button and fading are ``ToastView``'s)."""
    icon = f"{escape(props['icon'])} " if props.get("icon") else ""
    seconds = int(props.get("seconds") or 0)
    # The fade's duration is a class (a Box has no inline style); durations
    # other than Streamlit's "short" and "long" bring their own rule.
    duration_rule = (f"<style>.stc-app .stc-toast-s{seconds} {{ --stc-toast-seconds: {seconds}s; }}"
                     "</style>") if seconds and seconds not in (4, 10) else ""
    return f'{duration_rule}<div class="stc-toast">{icon}{inline_markdown_to_html(props["body"])}</div>'


# Its HTML's root carries the class (and its box): the widget has none.
register_html_views({"spinner": _spinner_html}, css_class=False)


@register_view("toast")
class ToastView(View):
    """A toast: shown over the app's top right (in the reconciler's
    ``toast_stack``, stacked under the toasts before it) with a close button;
    its place in the page is an empty widget that takes no room, so showing
    or hiding it moves nothing else."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.stack = reconciler.toast_stack
        self.widget = w.HTML(layout=w.Layout(display="none"))
        self.shown = _toast_html(element.props)
        self.message = w.HTML(value=self.shown)
        self.close_button = w.Button(description="\u00d7", tooltip="Close")
        self.close_button.add_class("stc-toast-close")
        self.close_button.on_click(lambda _: self.box.add_class("stc-toast-gone"))
        self.box = w.HBox([self.message, self.close_button], layout=w.Layout(width="auto"))
        self.box._dom_classes = self._box_classes(element)
        self.stack.children = (*self.stack.children, self.box)

    @staticmethod
    def _box_classes(element: Element) -> tuple[str, ...]:
        seconds = int(element.props.get("seconds") or 0)
        return ("stc-toast-box",) + (("stc-toast-fade", f"stc-toast-s{seconds}") if seconds else ())

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        html = _toast_html(element.props)
        if html != self.shown:  # a toast's text changed (``toast.toast(...)``): show it anew
            self.message.value = self.shown = html
            set_traits(self.box, {"_dom_classes": self._box_classes(element)})

    def close(self) -> None:
        self.stack.children = tuple(c for c in self.stack.children if c is not self.box)
        for widget in (self.message, self.close_button, self.box, self.widget):
            close_widget(widget)


_STATE_ICONS = {"running": "⏳", "complete": "✅", "error": "❌"}


@register_view("status")
class StatusView(ExpanderView):
    """An expander whose title shows the state: running, complete or error."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink, reconciler)

    def title(self, element: Element) -> str:
        return f"{_STATE_ICONS[element.props['state']]} {element.props['label']}"
