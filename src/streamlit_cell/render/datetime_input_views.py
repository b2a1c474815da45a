"""The view of ``st.datetime_input``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.page_tree import Element
from .base import EventSink, _LABEL_STYLE, _label_traits, register_view
from .basic_views import ValueView

if TYPE_CHECKING:
    from .reconciler import Reconciler


# ------------------------------------------------------------ datetime_input
@register_view("datetime_input")
class DatetimeView(ValueView):
    """A ``NaiveDatetimePicker`` (the browser's date-and-time input)."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)

    def create(self, element: Element) -> w.Widget:
        return w.NaiveDatetimePicker(style=_LABEL_STYLE)

    def traits(self, element: Element) -> dict[str, Any]:
        traits = _label_traits(element.props)
        traits["min"] = element.props["min_value"]
        traits["max"] = element.props["max_value"]
        return traits
