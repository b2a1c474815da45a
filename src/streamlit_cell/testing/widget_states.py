"""``AppTest.get_widget_states()``: the widget values the next run receives,
shaped as Streamlit's ``WidgetStates`` protobuf (what its front end sends),
without protobuf or Streamlit.

A test reads it as it reads Streamlit's: ``states.widgets`` is a list of
``WidgetState``s in page order, each with its widget's ``id`` and one value
field set (``WhichOneof("value")`` names it; unset fields read as protobuf
defaults: ``""``, ``0``, ``False``, an empty message). The field a widget
uses and its wire format are Streamlit's: ``bool_value`` for a checkbox,
``string_array_value.data`` of labels for a multiselect, ``double_array_value``
for a slider, ``trigger_value`` for a button, and so on.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable
from typing import Any

#: The fields of Streamlit's ``WidgetState`` ``value`` oneof, with the value
#: each reads as when another field is set (protobuf defaults).
_SCALAR_DEFAULTS: dict[str, Any] = {
    "trigger_value": False, "bool_value": False, "double_value": 0.0, "int_value": 0,
    "string_value": "", "json_value": "", "bytes_value": b"", "json_trigger_value": "",
}
_MESSAGE_FIELDS = ("double_array_value", "int_array_value", "string_array_value",
                   "arrow_value", "file_uploader_state_value", "string_trigger_value",
                   "chat_input_value")
VALUE_FIELDS = (*_SCALAR_DEFAULTS, *_MESSAGE_FIELDS)


class Message:
    """A protobuf-like message: named fields, equal when their fields are;
    ``HasField`` for the message fields that were set."""

    def __init__(self, **fields: Any) -> None:
        self.__dict__.update(fields)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and type(other) is type(self) \
            and self.__dict__ == other.__dict__

    __hash__ = None  # type: ignore[assignment]  # as protobuf messages

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


def _empty_message(name: str) -> Message:
    if name in ("double_array_value", "int_array_value", "string_array_value"):
        return Message(data=[])
    if name == "arrow_value":
        return Message(data=b"")
    if name == "string_trigger_value":
        return Message(data="")
    if name == "file_uploader_state_value":
        return Message(uploaded_file_info=[], max_file_size=0)
    return Message(data="", file_uploader_state=Message(uploaded_file_info=[], max_file_size=0))


class WidgetState(Message):
    """One widget's value: ``id`` and at most one value field."""

    def __init__(self, id: str, field: str | None = None, value: Any = None) -> None:
        if field is not None and field not in VALUE_FIELDS:
            raise ValueError(f"WidgetState has no value field {field!r}.")
        super().__init__(id=id)
        self._field = field
        self._value = value

    def WhichOneof(self, oneof_group: str) -> str | None:  # noqa: N802 - protobuf's name
        """The value field that is set (None: the widget sends no value)."""
        if oneof_group != "value":
            raise ValueError(f'Protocol message WidgetState has no "{oneof_group}" field.')
        return self._field

    def HasField(self, field_name: str) -> bool:  # noqa: N802 - protobuf's name
        if field_name == "value":
            return self._field is not None
        if field_name == "id":
            raise ValueError("Field WidgetState.id does not have presence.")
        if field_name not in _MESSAGE_FIELDS and field_name not in _SCALAR_DEFAULTS:
            raise ValueError(f'Protocol message WidgetState has no "{field_name}" field.')
        return self._field == field_name

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if name == self.__dict__.get("_field"):
            return self.__dict__["_value"]
        if name in _SCALAR_DEFAULTS:
            return _SCALAR_DEFAULTS[name]
        if name in _MESSAGE_FIELDS:
            return _empty_message(name)
        raise AttributeError(name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, WidgetState) and (self.id, self._field, self._value) == (
            other.id, other._field, other._value)

    def __repr__(self) -> str:
        if self._field is None:
            return f"WidgetState(id={self.id!r})"
        return f"WidgetState(id={self.id!r}, {self._field}={self._value!r})"


class WidgetStates(Message):
    """Every widget's state for the next run: ``widgets``, in page order."""

    def __init__(self, widgets: Iterable[WidgetState] = ()) -> None:
        super().__init__(widgets=list(widgets))


# ------------------------------------------------------------- wire formats
def four_digit_date(value: dt.date) -> str:
    """A date as Streamlit sends it: ISO 8601 with a four-digit year."""
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"


def datetime_string(value: dt.datetime) -> str:
    """A datetime as Streamlit sends it: to the minute, without a timezone."""
    return f"{four_digit_date(value)}T{value.hour:02d}:{value.minute:02d}"


def time_string(value: dt.time | dt.datetime, step: int) -> str:
    """A time as Streamlit sends it: seconds only when the step has them."""
    if isinstance(value, dt.datetime):
        value = value.time()
    return value.strftime("%H:%M:%S" if step % 60 else "%H:%M")


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def micros(value: dt.date | dt.time | dt.datetime) -> int:
    """A date/time slider value as Streamlit sends it: microseconds of the
    wall-clock time read as UTC (a time on 2000-01-01)."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    else:
        moment = dt.datetime.combine(dt.date(2000, 1, 1), value)
    delta = moment.replace(tzinfo=dt.timezone.utc) - _EPOCH
    return (delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds


def file_uploader_state(files: Iterable[Any]) -> Message:
    """Uploaded files as Streamlit's AppTest registers them (a new file id
    each time, mock URLs)."""
    infos = []
    for file in files:
        file_id = str(uuid.uuid4())
        url = f"/mock/upload/test session id/{file_id}"
        infos.append(Message(file_id=file_id, name=file.name, size=len(file.getvalue()),
                             file_urls=Message(file_id=file_id, upload_url=url,
                                               delete_url=url)))
    return Message(uploaded_file_info=infos, max_file_size=0)
