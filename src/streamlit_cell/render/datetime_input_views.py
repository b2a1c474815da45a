"""The view of ``st.datetime_input``: a ``date_field`` box showing the date in
the element's ``format`` and the time as ``HH:mm``, as Streamlit's."""

from __future__ import annotations

from typing import Any

from ..runtime.page_tree import Element
from .base import register_view
from .basic_views import _FieldView
from .date_field import DATETIME, date_bound


@register_view("datetime_input")
class DatetimeView(_FieldView):
    """A date and a time in one box; the kernel's values keep the bounds' time zone."""

    kind = DATETIME

    def traits(self, element: Element) -> dict[str, Any]:
        traits = super().traits(element)
        props = element.props
        traits.update(format=str(props.get("format") or "YYYY/MM/DD"), step=int(props.get("step") or 900),
                      min=date_bound(props.get("min_value"), DATETIME),
                      max=date_bound(props.get("max_value"), DATETIME))
        return traits

    def create(self, element: Element) -> Any:
        widget = super().create(element)
        # Streamlit's box can be emptied when it starts empty and is not required.
        self.clearable = self.clearable and not element.props.get("required")
        widget.clearable = self.clearable
        return widget

    def from_widget(self, value: Any, element: Element) -> Any:
        zone = getattr(element.props.get("min_value"), "tzinfo", None)
        return value.replace(tzinfo=zone) if value is not None and zone is not None else value
