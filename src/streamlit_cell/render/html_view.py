"""The one view of every element shown as a single HTML widget (headings,
markdown, alerts, metrics, badges, spinners, toasts, iframes, ...).

A view module says how its element types are built with
``register_html_views({type: build})``; ``HtmlView`` shows them all and
rebuilds the HTML only when the element's props changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Mapping

import ipywidgets as w

from ..runtime.page_tree import Element
from .base import NO_OVERRIDE, EventSink, View, register_view

if TYPE_CHECKING:
    from .reconciler import Reconciler

#: An element's HTML, built from its props (a pure function of them); each
#: builder takes its element type's props (``runtime/element_props.py``).
HtmlBuilder = Callable[[Any], str]


@dataclass(frozen=True)
class HtmlKind:
    """How one element type is shown as HTML."""

    build: HtmlBuilder
    #: The CSS class of the widget; None when the HTML's own root carries it
    #: (a toast's box would get its padding twice).
    css_class: str | None
    #: Layout traits of the widget (a full-width iframe, a logo placed first).
    layout: Mapping[str, str] = field(default_factory=dict)


#: element type -> how ``HtmlView`` shows it.
HTML_KINDS: dict[str, HtmlKind] = {}


def register_html_views(builders: Mapping[str, HtmlBuilder], *, css_class: bool = True,
                        layout: Mapping[str, str] | None = None) -> None:
    """Show each element type of ``builders`` with ``HtmlView``, its HTML
    built by its builder; ``css_class``: give the widget the class
    ``stc-<type>``; ``layout``: the widget's layout traits."""
    for element_type, build in builders.items():
        HTML_KINDS[element_type] = HtmlKind(
            build, f"stc-{element_type}" if css_class else None, dict(layout or {}))
    register_view(*builders)(HtmlView)


#: Elements whose props hold a caller's mutable object (a DataFrame changed in
#: place compares equal to itself): always rebuilt.
_HOLDS_MUTABLE_DATA = frozenset({"table"})


def _same_props(previous: Element, element: Element) -> bool:
    """Whether a new element shows exactly what ``previous`` showed. The same
    Element object again (a live update) may have changed in place."""
    if previous is element or element.type in _HOLDS_MUTABLE_DATA \
            or previous.type != element.type:
        return False
    try:
        return bool(previous.props == element.props)
    except Exception:  # values that do not compare (arrays)
        return False


class HtmlView(View):
    """An element shown as one HTML widget (see ``register_html_views``)."""

    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        super().__init__(element, sink)
        kind = HTML_KINDS[element.type]
        #: The HTML on screen (only a run changes it, never the front end).
        self.shown = kind.build(element.props)
        self.widget = w.HTML(value=self.shown, layout=w.Layout(**kind.layout)) \
            if kind.layout else w.HTML(value=self.shown)
        if kind.css_class:
            self.widget.add_class(kind.css_class)

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        previous, self.element = self.element, element
        if _same_props(previous, element):
            return  # the same text again (most of a page, on most reruns)
        html = HTML_KINDS[element.type].build(element.props)
        if html != self.shown:
            self.widget.value = self.shown = html


__all__ = ["HTML_KINDS", "HtmlBuilder", "HtmlKind", "HtmlView", "register_html_views"]
