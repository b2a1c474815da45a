"""Value rules of ``st.slider`` and ``st.date_input``: type inference, defaults,
bounds and ranges, as Streamlit applies them."""

from __future__ import annotations

import datetime as dt
import math
import numbers
from dataclasses import dataclass
from typing import Any

from ..runtime.errors import StreamlitAPIException, StreamlitInvalidMinMaxError, StreamlitInvalidParameterTypeError, StreamlitJSNumberBoundsError, StreamlitValueAboveMaxError, StreamlitValueBelowMinError, StreamlitValueError

_NUMERIC_DEFAULTS: dict[str, dict[str, Any]] = {
    "int": {"min_value": 0, "max_value": 100, "step": 1, "format": "%d"},
    "float": {"min_value": 0.0, "max_value": 1.0, "step": 0.01, "format": "%0.2f"},
}
_TIMELIKE_DEFAULTS: dict[str, dict[str, Any]] = {
    "datetime": {"step": dt.timedelta(days=1), "format": "YYYY-MM-DD"},
    "date": {"step": dt.timedelta(days=1), "format": "YYYY-MM-DD"},
    "time": {"step": dt.timedelta(minutes=15), "format": "HH:mm"},
}
TIMELIKE = ("datetime", "date", "time")


def slider_kind(value: Any) -> str | None:
    """Streamlit's slider data type of a single value, or None if unsupported."""
    if isinstance(value, numbers.Integral):
        return "int"
    if isinstance(value, numbers.Real):
        return "float"
    if isinstance(value, dt.datetime):
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, dt.time):
        return "time"
    return None


def _window_around(anchor: Any, days: int = 14) -> tuple[Any, Any]:
    """anchor -/+ 14 days: the default bounds of a date slider (clamped)."""
    window = dt.timedelta(days=days)
    try:
        low = anchor - window
    except OverflowError:
        low = anchor
    try:
        high = anchor + window
    except OverflowError:
        high = anchor
    return low, high


def _comparable(value: Any) -> Any:
    """Dates and times as datetimes, which is how Streamlit compares bounds."""
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, dt.time):
        return dt.datetime.combine(dt.date(1970, 1, 1), value)
    return value


@dataclass
class SliderSpec:
    """A slider's data type, bounds, step, format and default, as Streamlit
    derives them from ``st.slider``'s arguments (``SliderMixin._slider``)."""

    data_type: str
    min_value: Any
    max_value: Any
    step: Any
    format: str
    #: False for a single value, True for a range (a tuple of 0-2 values).
    is_range: bool
    default: Any

    @classmethod
    def build(cls, min_value: Any, max_value: Any, value: Any, step: Any,
              format: str | None, state_value: Any = None,
              has_state_value: bool = False) -> "SliderSpec":
        """``state_value``: the keyed widget's value in session state, which
        decides single vs range when ``value`` is None."""
        if value is None:
            single = not has_state_value or slider_kind(state_value) is not None
            if single:
                value = min_value if min_value is not None else 0
            else:
                value = [0 if min_value is None else min_value,
                         100 if max_value is None else max_value]
        is_single = slider_kind(value) is not None
        is_range = isinstance(value, (list, tuple)) and len(value) in (0, 1, 2)
        if not is_single and not is_range:
            if isinstance(value, (list, tuple)):
                raise StreamlitValueError("value", [
                    "int", "float", "date", "time", "datetime",
                    "a list containing up to two such values",
                    "a tuple containing up to two such values"])
            raise StreamlitInvalidParameterTypeError(
                "value", type(value).__name__,
                ["int", "float", "date", "time", "datetime", "list", "tuple"])
        values = [value] if is_single else list(value)
        kinds = [slider_kind(v) for v in values]
        if len(set(kinds)) > 1:
            raise StreamlitInvalidParameterTypeError(
                "value", ", ".join(type(v).__name__ for v in values),
                ["list or tuple containing values of the same type"])
        if None in kinds:
            raise StreamlitInvalidParameterTypeError(
                "value", type(values[0]).__name__,
                ["int", "float", "date", "time", "datetime", "list", "tuple"])
        data_type = kinds[0] if kinds else "int"

        if data_type in _NUMERIC_DEFAULTS:
            defaults = dict(_NUMERIC_DEFAULTS[data_type])
        else:
            defaults = dict(_TIMELIKE_DEFAULTS[data_type])
            if data_type == "time":
                defaults["min_value"] = dt.time.min.replace(tzinfo=values[0].tzinfo)
                defaults["max_value"] = dt.time.max.replace(tzinfo=values[0].tzinfo)
            else:
                defaults["min_value"], defaults["max_value"] = _window_around(values[0])
        if min_value is None:
            min_value = defaults["min_value"]
        if max_value is None:
            max_value = defaults["max_value"]
        if step is None:
            step = defaults["step"]
            if data_type in ("datetime", "date") and \
                    abs(max_value - min_value) < dt.timedelta(days=1):
                step = dt.timedelta(minutes=15)
        if format is None:
            format = defaults["format"]

        if isinstance(step, dt.timedelta):
            if step == dt.timedelta(0):
                raise StreamlitValueError("step", ["a timedelta"], detail="Zero is not allowed.")
        elif step == 0:
            raise StreamlitValueError("step", ["a number"], detail="Zero is not allowed.")

        bounds_and_step = [min_value, max_value, step]
        int_args = all(isinstance(a, numbers.Integral) for a in bounds_and_step)
        float_args = all(isinstance(a, numbers.Real) and not isinstance(a, numbers.Integral)
                         for a in bounds_and_step)
        timelike_args = (data_type in TIMELIKE and isinstance(step, dt.timedelta)
                         and type(min_value) is type(max_value))
        if not int_args and not float_args and not timelike_args:
            raise StreamlitInvalidParameterTypeError(
                "value",
                f"min_value={type(min_value).__name__}, "
                f"max_value={type(max_value).__name__}, step={type(step).__name__}",
                ["matching numeric types", "matching date/time types"])
        if not ((data_type == "int" and int_args) or (data_type == "float" and float_args)
                or (data_type in TIMELIKE and timelike_args)):
            raise StreamlitInvalidParameterTypeError(
                "value",
                f"value={type(value).__name__}, min_value={type(min_value).__name__}, "
                f"max_value={type(max_value).__name__}",
                ["value and arguments with matching types"])

        # Streamlit swaps reversed bounds and widens them to hold the value.
        if min_value > max_value:
            min_value, max_value = max_value, min_value
        if len(values) == 1:
            min_value = min(values[0], min_value)
            max_value = max(values[0], max_value)
        elif len(values) == 2:
            start, end = values
            if start > end:
                values = [end, start]
            min_value = min(values[0], min_value)
            max_value = max(values[1], max_value)
        else:
            values = [min_value, max_value]
        if data_type == "int":
            check_int_bounds(min_value, "`min_value`")
            check_int_bounds(max_value, "`max_value`")
        elif data_type == "float":
            check_float_bounds(min_value, "`min_value`")
            check_float_bounds(max_value, "`max_value`")
        if _comparable(min_value) == _comparable(max_value):
            raise StreamlitInvalidMinMaxError(min_value, max_value)
        default = values[0] if is_single else tuple(values)
        return cls(data_type, min_value, max_value, step, format, not is_single, default)

    def _in_bounds(self, v: Any) -> bool:
        if isinstance(v, float) and not math.isfinite(v):
            return False
        try:
            return _comparable(self.min_value) <= _comparable(v) <= _comparable(self.max_value)
        except TypeError:
            return False

    def _single(self, v: Any) -> Any:
        if self.data_type == "int":
            return int(v)
        if self.data_type == "float":
            return float(v)
        return v

    def deserialize(self, v: Any) -> Any:
        """A front end's value; anything out of the bounds (or of the wrong
        shape) gives the default, as Streamlit's ``SliderSerde`` does."""
        if v is None:
            return self.default
        values = list(v) if isinstance(v, (list, tuple)) else [v]
        expected = len(self.default) if self.is_range else 1
        if len(values) != expected or not all(self._in_bounds(x) for x in values):
            return self.default
        values = [self._single(x) for x in values]
        return tuple(values) if self.is_range else values[0]

    def check_state_value(self, v: Any) -> None:
        """A value set through session state must lie in the bounds."""
        for single in (v if isinstance(v, (list, tuple)) else [v]):
            if self.data_type in ("int", "float"):
                float(single)  # Streamlit's serializer: ValueError/TypeError for non-numbers
            if _comparable(single) < _comparable(self.min_value):
                raise StreamlitValueBelowMinError(value=single, min_value=self.min_value)
            if _comparable(single) > _comparable(self.max_value):
                raise StreamlitValueAboveMaxError(value=single, max_value=self.max_value)


# JavaScript numbers: what a front end can represent exactly.
MAX_SAFE_INTEGER = (1 << 53) - 1
MIN_SAFE_INTEGER = -MAX_SAFE_INTEGER
MAX_FLOAT = 1.7976931348623157e308


def check_int_bounds(value: Any, name: str) -> None:
    if value < MIN_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -((1 << 53) - 1)")
    if value > MAX_SAFE_INTEGER:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= (1 << 53) - 1")


def check_float_bounds(value: Any, name: str) -> None:
    if not isinstance(value, (numbers.Integral, float)):
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) is not a float")
    if value < -MAX_FLOAT:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be >= -1.797e+308")
    if value > MAX_FLOAT:
        raise StreamlitJSNumberBoundsError(f"{name} ({value}) must be <= 1.797e+308")


SUPPORTED_DATE_FORMATS = ("YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY.MM.DD",
                          "DD.MM.YYYY", "MM.DD.YYYY", "YYYY-MM-DD", "DD-MM-YYYY", "MM-DD-YYYY")


def validate_date_format(date_format: object) -> None:
    if not isinstance(date_format, str):
        raise StreamlitInvalidParameterTypeError("format", type(date_format).__name__, ["str"])
    if date_format not in SUPPORTED_DATE_FORMATS:
        raise StreamlitValueError("format", [repr(f) for f in SUPPORTED_DATE_FORMATS],
                                  detail=f"Provided value: {date_format!r}.")


def to_date(value: Any) -> dt.date:
    """Streamlit's date-like values: date, datetime, "today", ISO string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if value == "today":
            return dt.datetime.now().date()
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            try:
                return dt.datetime.fromisoformat(value).date()
            except ValueError:
                pass
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["date", "datetime", "ISO string", '"today"'])


def _date_bound(bound: Any, name: str, fallback: dt.date | None, years: int) -> dt.date:
    """A date_input bound; without one, ten years from the (first or last) default."""
    if isinstance(bound, (dt.datetime, dt.date, str)):
        return to_date(bound)
    if bound is None:
        return _add_years(fallback or dt.date.today(), years)
    raise StreamlitInvalidParameterTypeError(
        name, type(bound).__name__, ["date", "datetime", "ISO string", "None"])


def date_identity(value: Any) -> Any:
    """What Streamlit hashes for a date_input's value/bounds ("today" and None alike)."""
    if isinstance(value, (list, tuple)):
        return [date_identity(v) for v in value]
    if isinstance(value, str):
        return None if value == "today" else value
    if isinstance(value, (dt.datetime, dt.date)):
        return to_date(value).isoformat()
    return None


@dataclass
class DateSpec:
    """A date_input's defaults and bounds (Streamlit's ``_DateInputValues``)."""

    dates: list[dt.date] | None
    is_range: bool
    min_value: dt.date
    max_value: dt.date

    @classmethod
    def build(cls, value: Any, min_value: Any, max_value: Any) -> "DateSpec":
        if value is None:
            dates, is_range = None, False
        else:
            is_range = isinstance(value, (list, tuple))
            values = list(value) if is_range else [value]
            if len(values) > 2:
                raise StreamlitInvalidParameterTypeError(
                    "value", type(value).__name__,
                    ["date", "datetime", "sequence of 0 to 2 date or datetime values"])
            dates = [to_date(v) for v in values]
        low = _date_bound(min_value, "min_value", dates[0] if dates else None, -10)
        high = _date_bound(max_value, "max_value", dates[-1] if dates else None, 10)
        if isinstance(value, str) and value == "today" and dates:
            # "today" is clamped into the bounds rather than rejected.
            dates = [min(max(dates[0], low), high)]
        if low > high:
            raise StreamlitInvalidMinMaxError(low, high)
        if dates:
            if dates[0] < low:
                raise StreamlitValueBelowMinError(dates[0], low)
            if dates[-1] > high:
                raise StreamlitValueAboveMaxError(dates[-1], high)
        return cls(dates, is_range, low, high)

    @property
    def default(self) -> Any:
        return self._shaped(self.dates)

    def _shaped(self, dates: Any) -> Any:
        if not dates:
            return () if self.is_range else None
        return tuple(dates) if self.is_range else dates[0]

    def deserialize(self, v: Any) -> Any:
        """A front end's value; one out of the bounds gives the default, as in Streamlit."""
        if v is None:
            return self.default
        try:
            dates = [to_date(d) for d in (v if isinstance(v, (list, tuple)) else [v])]
        except StreamlitAPIException:
            return self.default
        if any(d < self.min_value or d > self.max_value for d in dates):
            return self.default
        return self._shaped(dates)

    def out_of_bounds(self, current: Any) -> bool:
        """Whether a kept value no longer fits the bounds (or the range mode)."""
        if current is None:
            return False
        if self.is_range and isinstance(current, tuple):
            if not current:
                return False
            return to_date(current[0]) < self.min_value or to_date(current[-1]) > self.max_value
        if not self.is_range and isinstance(current, dt.date):
            return not self.min_value <= to_date(current) <= self.max_value
        return True


def _add_years(d: dt.date, years: int) -> dt.date:
    """Streamlit's ``adjust_years``: clamped to the calendar, 29 February -> 28."""
    year = d.year + years
    if year > dt.date.max.year:
        return dt.date.max
    if year < dt.date.min.year:
        return dt.date.min
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return d.replace(year=year, day=28)
