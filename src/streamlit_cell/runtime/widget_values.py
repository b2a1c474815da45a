"""Values from the front end, checked against the widget's own constraints.

A widget message is the viewer's to craft (in Voila it is the whole attack
surface): a multiselect sent a million indices, a number box sent "1e400", a
disabled widget sent a value. Streamlit's front end never sends such values,
so a script may rely on not seeing them. Every value a view passes on is
checked here first; a bad one is dropped (with a line in the kernel's log,
never in the page), and the caller puts the widget back to its last good value.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
import sys
from typing import Any, Callable

_LOGGER = logging.getLogger("streamlit_cell.widget_values")
if not _LOGGER.handlers and sys.__stderr__ is not None:
    # The kernel process's own stderr (the server's log). Not sys.stderr: in
    # a kernel that is the cell's output, which every viewer sees.
    _LOGGER.addHandler(logging.StreamHandler(sys.__stderr__))
    _LOGGER.setLevel(logging.INFO)


class InvalidWidgetValue(ValueError):
    """A value the widget cannot have: the message that carried it is dropped."""


def log_rejected(element_type: str, element_id: str, reason: object) -> None:
    _LOGGER.warning("streamlit-cell: dropped a %s message for widget %s: %s",
                    element_type, element_id, str(reason)[:300])


def _number(value: Any, *, integer: bool, what: str) -> float | int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidWidgetValue(f"{what} must be a number, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidWidgetValue(f"{what} must be finite, got {value!r}")
    if integer and not isinstance(value, int):
        raise InvalidWidgetValue(f"{what} must be an integer, got {value!r}")
    return value


def _within(value: Any, low: Any, high: Any, what: str) -> None:
    try:
        if (low is not None and value < low) or (high is not None and value > high):
            raise InvalidWidgetValue(f"{what} {value!r} is outside [{low!r}, {high!r}]")
    except TypeError as error:
        raise InvalidWidgetValue(f"{what} {value!r} cannot be compared: {error}") from None


def _pair(value: Any, what: str) -> tuple[Any, Any]:
    if not isinstance(value, (tuple, list)) or len(value) != 2:
        raise InvalidWidgetValue(f"{what} must be a pair of values")
    return value[0], value[1]


def check_option_labels(value: Any, count: int) -> None:
    """A multiselect's chosen labels as its tags widget sends them: strings,
    none twice, no more than there are options (a tag that is no option's
    label is the view's to drop)."""
    if not isinstance(value, (list, tuple)):
        raise InvalidWidgetValue("the choice must be a list of option labels")
    if len(value) > count:
        raise InvalidWidgetValue(f"the choice: {len(value)} labels, at most {count} options")
    if not all(isinstance(label, str) for label in value):
        raise InvalidWidgetValue("the choice: option labels are strings")
    if len(set(value)) != len(value):
        raise InvalidWidgetValue("the choice: an option chosen twice")


# ----------------------------------------------------------- per widget kind
def _checkbox(props: dict[str, Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidWidgetValue(f"a checkbox takes True or False, got {value!r}")


def _number_input(props: dict[str, Any], value: Any) -> None:
    if value is None:
        return  # an empty box; the view only empties boxes created empty
    _number(value, integer=bool(props.get("is_int")), what="the number")
    _within(value, props.get("min_value"), props.get("max_value"), "the number")


def _text(props: dict[str, Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        raise InvalidWidgetValue(f"text must be a string, got {type(value).__name__}")
    limit = props.get("max_chars")
    if limit and len(value) > limit:
        raise InvalidWidgetValue(f"{len(value)} characters, at most {limit} allowed")


def _slider(props: dict[str, Any], value: Any) -> None:
    values = _pair(value, "a range slider's value") if props.get("is_range") else (value,)
    numeric = props.get("data_type") in ("int", "float")
    for one in values:
        if numeric:
            _number(one, integer=props.get("data_type") == "int", what="the slider's value")
        elif not isinstance(one, (dt.date, dt.time, dt.datetime)):
            raise InvalidWidgetValue(f"the slider takes dates or times, got {one!r}")
        _within(one, props.get("min_value"), props.get("max_value"), "the slider's value")
    if len(values) == 2:
        _within(values[0], None, values[1], "the range's start")


def _options(props: dict[str, Any], value: Any) -> None:
    if value is None:
        return
    options = props.get("options") or []
    if props.get("accept_new_options") and isinstance(value, str):
        return
    values = value if isinstance(value, (tuple, list)) and props.get("is_range") else (value,)
    for one in values:
        if not any(_same(one, option) for option in options):
            raise InvalidWidgetValue(f"{one!r} is not one of the options")


def _same(value: Any, option: Any) -> bool:
    try:
        return bool(value is option or value == option)
    except Exception:
        return False


def _multiselect(props: dict[str, Any], value: Any) -> None:
    if not isinstance(value, list):
        raise InvalidWidgetValue("a multiselect's value must be a list")
    options = props.get("options") or []
    limit = props.get("max_selections")
    if len(value) > len(options) or (limit and len(value) > limit):
        raise InvalidWidgetValue(f"{len(value)} choices, at most "
                                 f"{min(len(options), limit or len(options))} allowed")
    for one in value:
        if not any(_same(one, option) for option in options):
            raise InvalidWidgetValue(f"{one!r} is not one of the options")


def _date_input(props: dict[str, Any], value: Any) -> None:
    if value is None:
        return
    values = tuple(value) if props.get("is_range") and isinstance(value, (list, tuple)) \
        else (value,)
    if props.get("is_range") and len(values) > 2:
        raise InvalidWidgetValue("a date range has at most two dates")
    for one in values:
        if not isinstance(one, dt.date):
            raise InvalidWidgetValue(f"a date input takes dates, got {one!r}")
        day = one.date() if isinstance(one, dt.datetime) else one
        low, high = props.get("min_value"), props.get("max_value")
        low = low.date() if isinstance(low, dt.datetime) else low
        high = high.date() if isinstance(high, dt.datetime) else high
        _within(day, low, high, "the date")


def _time_input(props: dict[str, Any], value: Any) -> None:
    if value is not None and not isinstance(value, dt.time):
        raise InvalidWidgetValue(f"a time input takes a time, got {value!r}")


_COLOR = re.compile(r"#[0-9a-fA-F]{6}")


def _color(props: dict[str, Any], value: Any) -> None:
    if not isinstance(value, str) or not _COLOR.fullmatch(value):
        raise InvalidWidgetValue(f"a colour is #rrggbb, got {value!r}")


def _button_group(props: dict[str, Any], value: Any) -> None:
    """pills / segmented_control: the chosen options, as a front end sends them."""
    options = props.get("options") or []
    if not isinstance(value, list):
        raise InvalidWidgetValue("the choice must be a list of options")
    limit = len(options) if props.get("multi") else 1
    if len(value) > limit:
        raise InvalidWidgetValue(f"{len(value)} choices, at most {limit} allowed")
    chosen: set[int] = set()
    for one in value:
        index = next((i for i, option in enumerate(options) if _same(one, option)), None)
        if index is None:
            raise InvalidWidgetValue(f"{one!r} is not one of the options")
        if index in chosen:
            raise InvalidWidgetValue(f"{one!r} chosen twice")
        chosen.add(index)


def _feedback(props: dict[str, Any], value: Any) -> None:
    if value == "" or value is None:
        return
    count = props.get("count") or (2 if props.get("options") == "thumbs" else 5)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < count:
        raise InvalidWidgetValue(f"feedback takes an option index, got {value!r}")


def _chat_input(props: dict[str, Any], value: Any) -> None:
    if value is None or isinstance(value, dict):  # text with files: checked by its view
        return
    _text(props, value)


def _tabs(props: dict[str, Any], value: Any) -> None:
    if not isinstance(value, str) or value not in props.get("labels", ()):
        raise InvalidWidgetValue(f"the open tab must be one of the tab labels, got {value!r}")


def _open_flag(props: dict[str, Any], value: Any) -> None:
    """An expander's or a popover's state: open or not."""
    if not isinstance(value, bool):
        raise InvalidWidgetValue(f"open or closed is True or False, got {value!r}")


CHECKS: dict[str, Callable[[dict[str, Any], Any], None]] = {
    "tabs": _tabs,
    "expander": _open_flag,
    "popover": _open_flag,
    "checkbox": _checkbox,
    "toggle": _checkbox,
    "number_input": _number_input,
    "text_input": _text,
    "text_area": _text,
    "slider": _slider,
    "selectbox": _options,
    "radio": _options,
    "select_slider": _options,
    "multiselect": _multiselect,
    "date_input": _date_input,
    "time_input": _time_input,
    "color_picker": _color,
    "pills": _button_group,
    "segmented_control": _button_group,
    "feedback": _feedback,
    "chat_input": _chat_input,
}


def check_widget_value(element_type: str, props: dict[str, Any], value: Any) -> None:
    """Raise ``InvalidWidgetValue`` unless ``value`` is one the widget allows."""
    if props.get("disabled"):
        raise InvalidWidgetValue("the widget is disabled")
    check = CHECKS.get(element_type)
    if check is not None:
        check(props, value)


__all__ = ["CHECKS", "InvalidWidgetValue", "check_option_labels", "check_widget_value",
           "log_rejected"]
