"""``st.dataframe``'s view with its ``column_config`` applied."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..runtime.page_tree import Element
from .base import EventSink, NO_OVERRIDE, register_view
from .basic_views import DataFrameView
from ..elements.column_config import displayed_frame

if TYPE_CHECKING:
    from .reconciler import Reconciler


# ---------------------------------------------------------------- dataframe
def _configured(element: Element) -> Element:
    """The element with its column config applied to the frame it shows."""

    mapping = element.props.get("column_config")
    if not mapping:
        return element
    frame, hide_index = displayed_frame(element.props["data"], mapping,
                                        bool(element.props.get("hide_index")))
    return Element(element.type, {**element.props, "data": frame, "hide_index": hide_index},
                   id=element.id, key=element.key, form_id=element.form_id)


@register_view("dataframe")
class ConfiguredDataFrameView(DataFrameView):
    """``st.dataframe`` with its ``column_config`` applied (see ``displayed_frame``)."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(_configured(element), sink)

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(_configured(element), override)
