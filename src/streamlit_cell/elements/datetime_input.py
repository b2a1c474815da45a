"""``st.datetime_input``, with Streamlit 1.67's signature, validation and
identity (policies, id, validation, registration, in Streamlit's order).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..runtime.run_context import require_context
from ..runtime.errors import StreamlitInvalidMinMaxError, StreamlitInvalidParameterTypeError, StreamlitValueAboveMaxError, StreamlitValueBelowMinError, StreamlitValueOutOfRangeError
from .widget_helpers import (
    check_no_bind,
    check_state_type,
    check_widget_policies,
    checked_label,
    parse_on_change,
    to_key,
)
from .sizing import validate_width
from .slider_values import validate_date_format
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


# ------------------------------------------------------------ datetime_input
#: The two strings Streamlit's front end sends for a datetime input.
_DATETIME_ISO_FORMAT = "%Y-%m-%dT%H:%M"
_DATETIME_LEGACY_FORMAT = "%Y/%m/%d, %H:%M"
_DEFAULT_MIN_BOUND_TIME = dt.time(0, 0)
_DEFAULT_MAX_BOUND_TIME = dt.time(23, 59)


def _normalize_time(value: dt.time) -> dt.time:
    return value.replace(second=0, microsecond=0, tzinfo=None)


def _normalize_datetime(value: dt.datetime) -> dt.datetime:
    """Streamlit's datetime input works in whole minutes, without a time zone."""
    return value.replace(tzinfo=None, second=0, microsecond=0)


def _combine(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, _normalize_time(time))


def to_datetime(value: Any, *, fallback_date: dt.date, fallback_time: dt.time) -> dt.datetime:
    """Streamlit's datetime-like values: "now", datetime, date (at
    ``fallback_time``), time (on ``fallback_date``), or an ISO-like string."""
    if isinstance(value, str) and value == "now":
        return _normalize_datetime(dt.datetime.now())
    if isinstance(value, dt.datetime):
        return _normalize_datetime(value)
    if isinstance(value, dt.date):
        return _combine(value, fallback_time)
    if isinstance(value, dt.time):
        return _combine(fallback_date, value)
    if isinstance(value, str):
        text = value.strip()
        try:
            return _normalize_datetime(dt.datetime.fromisoformat(text))
        except ValueError:
            pass
        for fmt in ("%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"):
            try:
                return _normalize_datetime(dt.datetime.strptime(text, fmt))
            except ValueError:
                continue
        try:
            return _combine(dt.date.fromisoformat(text), fallback_time)
        except ValueError:
            pass
        try:
            return _combine(fallback_date, dt.time.fromisoformat(text))
        except ValueError:
            pass
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["datetime", "date", "time", "ISO string", '"now"'])


def _add_years(day: dt.date, years: int) -> dt.date:
    """Streamlit's ``adjust_years``: clamped to the calendar, 29 February -> 28."""
    year = day.year + years
    if year > dt.date.max.year:
        return dt.date.max
    if year < dt.date.min.year:
        return dt.date.min
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


def datetime_iso(value: dt.datetime) -> str:
    """How Streamlit writes a datetime input's value, min and max: whole minutes."""
    return _normalize_datetime(value).strftime(_DATETIME_ISO_FORMAT)


@dataclass(frozen=True)
class DatetimeBounds:
    """The parsed default, min and max of a datetime input (Streamlit's
    ``_DateTimeInputValues``): bounds default to ten years either side."""

    value: dt.datetime | None
    min: dt.datetime
    max: dt.datetime

    @classmethod
    def build(cls, value: Any, min_value: Any, max_value: Any) -> "DatetimeBounds":
        parsed = None if value is None else to_datetime(
            value, fallback_date=dt.date.today(), fallback_time=_DEFAULT_MIN_BOUND_TIME)
        base = parsed.date() if parsed is not None else dt.date.today()
        low = _combine(_add_years(base, -10), _DEFAULT_MIN_BOUND_TIME) if min_value is None \
            else to_datetime(min_value, fallback_date=base, fallback_time=_DEFAULT_MIN_BOUND_TIME)
        high = _combine(_add_years(base, 10), _DEFAULT_MAX_BOUND_TIME) if max_value is None \
            else to_datetime(max_value, fallback_date=base, fallback_time=_DEFAULT_MAX_BOUND_TIME)
        if low > high:
            raise StreamlitInvalidMinMaxError(low, high)
        if parsed is not None:
            if parsed < low:
                raise StreamlitValueBelowMinError(parsed, low)
            if parsed > high:
                raise StreamlitValueAboveMaxError(parsed, high)
        return cls(parsed, low, high)


def _parse_front_end_datetime(value: Any) -> dt.datetime | None:
    """A datetime picker's value (a datetime) or Streamlit's wire strings."""
    if isinstance(value, dt.datetime):
        return _normalize_datetime(value)
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
    if isinstance(value, str):
        for fmt in (_DATETIME_ISO_FORMAT, _DATETIME_LEGACY_FORMAT):
            try:
                return _normalize_datetime(dt.datetime.strptime(value, fmt))
            except ValueError:
                continue
    return None


# -------------------------------------------------------------------- mixin
class DatetimeInputMixin(ElementMixin):
    """``st.datetime_input``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("datetime_input",)

    # ---------------------------------------------------------- datetime
    def datetime_input(self: "DeltaGenerator", label: str, value: Any = "now",
                       min_value: Any = None, max_value: Any = None, *, key: Any = None,
                       help: str | None = None, on_change: Any = "rerun", args: Any = None,
                       kwargs: Any = None, format: str = "YYYY/MM/DD",
                       step: Any = dt.timedelta(seconds=900), disabled: bool = False,
                       required: bool = False, label_visibility: str = "visible",
                       width: Any = "stretch", bind: Any = None,
                       persist_state: Any = None) -> dt.datetime | None:

        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_widget_policies(self, key, callback,
                              default_value=value if not (isinstance(value, str)
                                                          and value == "now") else None)
        check_no_bind(bind, persist_state)
        label = checked_label(label, label_visibility)
        bounds = DatetimeBounds.build(value, min_value, max_value)
        value_for_id = (None if bounds.value is None else datetime_iso(bounds.value)) \
            if isinstance(value, (dt.datetime, dt.date, dt.time)) else value
        widget_id = self._widget_id("datetime_input", key, label, dict(
            value=value_for_id, min_value=datetime_iso(bounds.min),
            max_value=datetime_iso(bounds.max), help=help, format=format, step=step,
            width=width, required=required), {"format", "step"})
        has_explicit_bounds = min_value is not None or max_value is not None
        validate_date_format(format)
        if isinstance(step, bool) or not isinstance(step, (int, dt.timedelta)):
            raise StreamlitInvalidParameterTypeError("step", type(step).__name__,
                                                     ["int", "timedelta"])
        step_seconds = int(step.total_seconds()) if isinstance(step, dt.timedelta) else step
        if not 60 <= step_seconds <= 23 * 3600:
            raise StreamlitValueOutOfRangeError("step", f"{step_seconds} seconds",
                                                "60 seconds", "23 hours")
        default = bounds.value
        if require_context().session.key_value(key) is None:
            default = None  # the key was set to None: the input starts empty

        def deserialize(v: Any) -> dt.datetime | None:
            parsed = _parse_front_end_datetime(v)
            if parsed is None or not bounds.min <= parsed <= bounds.max:
                return default
            return parsed

        current, from_state = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        check_state_type("datetime_input", key, current, from_state,
                          isinstance(current, dt.datetime), AttributeError,
                          "a datetime.datetime")
        if current is not None and has_explicit_bounds and \
                not bounds.min <= current <= bounds.max:
            current = bounds.value
            self._reset_widget_value(key, current)
        validate_width(width)  # where Streamlit checks it: building the layout
        self._enqueue(self._widget_element("datetime_input", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "min": datetime_iso(bounds.min), "max": datetime_iso(bounds.max),
            "min_value": bounds.min, "max_value": bounds.max, "step": step_seconds,
            "format": format, "required": required, "label_visibility": label_visibility,
            "ignore_rerun": ignore,
        }))
        return current


__all__ = ["DatetimeInputMixin"]
