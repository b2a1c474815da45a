"""Value rules of ``st.slider`` and ``st.date_input``: type inference, defaults,
bounds and ranges, as Streamlit applies them."""

from __future__ import annotations

import datetime as dt
import numbers
from dataclasses import dataclass
from typing import Any

from ..errors import StreamlitAPIException, StreamlitInvalidMinMaxError

_DEFAULT_BOUNDS: dict[str, tuple[Any, Any]] = {
    "int": (0, 100),
    "float": (0.0, 1.0),
}
_DEFAULT_STEPS: dict[str, Any] = {
    "int": 1,
    "float": 0.01,
    "date": dt.timedelta(days=1),
    "time": dt.timedelta(minutes=15),
    "datetime": dt.timedelta(minutes=15),
}
_DEFAULT_FORMATS = {"int": "%d", "float": "%0.2f", "date": "YYYY-MM-DD",
                    "time": "HH:mm", "datetime": "YYYY-MM-DD HH:mm"}


def _kind(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "bool"
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
    return type(value).__name__


def _cast(kind: str, value: Any) -> Any:
    if kind == "int":
        return int(value)
    if kind == "float":
        return float(value)
    return value


def _out_of_range(value: Any, low: Any, high: Any) -> StreamlitAPIException:
    return StreamlitAPIException(
        f"The default `value` of {value} must lie between the `min_value` of {low} "
        f"and the `max_value` of {high}, inclusively.")


@dataclass
class SliderSpec:
    data_type: str
    min_value: Any
    max_value: Any
    step: Any
    format: str
    is_range: bool
    default: Any

    @classmethod
    def build(cls, min_value: Any, max_value: Any, value: Any, step: Any,
              format: str | None) -> "SliderSpec":
        is_range = isinstance(value, (list, tuple))
        values = list(value) if is_range else ([] if value is None else [value])
        if is_range and len(values) not in (0, 1, 2):
            raise StreamlitAPIException(
                "Slider value should either be an int/float/datetime or a list/tuple of 0 to 2 "
                "ints/floats/datetimes")
        kinds = {k for k in (_kind(v) for v in [*values, min_value, max_value]) if k}
        if "int" in kinds and "float" in kinds and len(kinds) == 2 and step is None:
            pass
        supported = {"int", "float", "date", "time", "datetime"}
        bad = kinds - supported
        if bad:
            raise StreamlitAPIException(
                "Slider value arguments must be of type int, float, date, time or datetime, "
                f"not {', '.join(sorted(bad))}.")
        if len(kinds) > 1:
            raise StreamlitAPIException(
                "Slider value arguments must be of matching types."
                + "".join(f"\n`{name}` has {type(arg).__name__} type."
                          for name, arg in (("min_value", min_value), ("max_value", max_value),
                                            ("value", value)) if arg is not None))
        data_type = kinds.pop() if kinds else "int"
        if step is not None and data_type in ("int", "float"):
            step_kind = _kind(step)
            if step_kind != data_type:
                raise StreamlitAPIException(
                    "Slider value arguments must be of matching types."
                    f"\n`step` has {type(step).__name__} type.")
        if not values:
            if min_value is not None:
                values = [min_value]
            elif data_type in _DEFAULT_BOUNDS:
                values = [_DEFAULT_BOUNDS[data_type][0]]
            else:
                values = [max_value]
            if is_range:
                values = [values[0], max_value if max_value is not None
                          else _DEFAULT_BOUNDS.get(data_type, (None, values[0]))[1]]
        if is_range and len(values) == 1:
            values = [values[0], values[0]]
        if data_type in _DEFAULT_BOUNDS:
            low_default, high_default = _DEFAULT_BOUNDS[data_type]
            low = min_value if min_value is not None else min(low_default, *values)
            high = max_value if max_value is not None else max(high_default, *values)
        elif data_type == "time":
            low = min_value if min_value is not None else dt.time.min
            high = max_value if max_value is not None else dt.time(23, 59, 59)
        else:
            span = dt.timedelta(days=14)
            low = min_value if min_value is not None else values[0] - span
            high = max_value if max_value is not None else values[-1] + span
        if low == high:
            raise StreamlitInvalidMinMaxError(low, high)
        if low > high:  # Streamlit swaps reversed bounds
            low, high = high, low
        for v in values:
            if not low <= v <= high:
                raise _out_of_range(value if value is not None else v, low, high)
        step = _DEFAULT_STEPS[data_type] if step is None else step
        default = tuple(_cast(data_type, v) for v in values) if is_range \
            else _cast(data_type, values[0])
        return cls(data_type, low, high, step, format or _DEFAULT_FORMATS[data_type],
                   is_range, default)

    def validate(self) -> None:
        """All checks run in ``build``; kept for the widget protocol."""

    def deserialize(self, v: Any) -> Any:
        if v is None:
            return self.default
        if self.is_range:
            first, last = list(v)
            return (_cast(self.data_type, first), _cast(self.data_type, last))
        return _cast(self.data_type, v)


def _to_date(value: Any, name: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, str):
        if value == "today":
            return dt.date.today()
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise StreamlitAPIException(
                f"`{name}` string {value!r} is not an ISO date (YYYY-MM-DD) or 'today'.") from None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise StreamlitAPIException(
        "Date value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime values"
        f" (`{name}` is {type(value).__name__}).")


@dataclass
class DateSpec:
    default: Any
    min_value: dt.date
    max_value: dt.date
    is_range: bool

    @classmethod
    def build(cls, value: Any, min_value: Any, max_value: Any) -> "DateSpec":
        is_range = isinstance(value, (list, tuple))
        if is_range:
            if len(value) > 2:
                raise StreamlitAPIException(
                    "DateInput value should either be an date/datetime or a list/tuple of "
                    "0 - 2 date/datetime values")
            dates = [_to_date(v, "value") for v in value]
            default: Any = tuple(dates)
        else:
            dates = [] if value is None else [_to_date(value, "value")]
            default = dates[0] if dates else None
        anchor = dates[0] if dates else dt.date.today()
        low = _to_date(min_value, "min_value") or _add_years(anchor, -10)
        high = _to_date(max_value, "max_value") or _add_years(dates[-1] if dates else anchor, 10)
        if low > high:
            raise StreamlitInvalidMinMaxError(low, high)
        for d in dates:
            if d is not None and not low <= d <= high:
                raise StreamlitAPIException(
                    f"The default `value` of {d} must lie between the `min_value` of {low} "
                    f"and the `max_value` of {high}, inclusively.")
        return cls(default, low, high, is_range)

    def validate(self) -> None:
        """All checks run in ``build``."""

    def deserialize(self, v: Any) -> Any:
        if v is None:
            return self.default
        if self.is_range:
            return tuple(_to_date(d, "value") for d in v)
        return _to_date(v, "value")


def _add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)
