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


# ------------------------------------------------------------- data editor
#: The most characters a data editor's text cell takes when its column sets no
#: ``max_chars`` (a message is the viewer's to craft; no person types more).
EDITOR_TEXT_LIMIT = 100_000
#: The most rows a data editor's state may add in one message.
EDITOR_ADDED_LIMIT = 100_000
_MOMENT_PARSERS: dict[str, Callable[[str], Any]] = {
    "date": dt.date.fromisoformat, "time": dt.time.fromisoformat,
    "datetime": dt.datetime.fromisoformat,
}


def _moment(kind: str, text: Any, what: str) -> Any:
    try:
        return _MOMENT_PARSERS[kind](str(text).strip())
    except ValueError:
        raise InvalidWidgetValue(f"{what}: {text!r} is not a {kind}") from None


def _editor_number(spec: dict[str, Any], raw: Any) -> int | float:
    if isinstance(raw, str):
        try:
            raw = float(raw.strip()) if not re.fullmatch(r"[+-]?\d+", raw.strip()) \
                else int(raw.strip())
        except ValueError:
            raise InvalidWidgetValue(f"the cell takes a number, got {raw!r}") from None
    number = _number(raw, integer=False, what="the cell")
    if spec.get("integer"):
        if isinstance(number, float) and not number.is_integer():
            raise InvalidWidgetValue(f"the cell takes a whole number, got {number!r}")
        number = int(number)
    elif isinstance(spec.get("step"), (int, float)) and spec["step"] > 0 \
            and isinstance(number, float):
        # Streamlit keeps as many decimals as the step has
        decimals = max(0, -int(math.floor(math.log10(spec["step"]) + 1e-9))) \
            if not float(spec["step"]).is_integer() else 0
        number = round(number, decimals) if decimals else float(round(number))
    _within(number, spec.get("min"), spec.get("max"), "the cell")
    return number


def editor_cell_value(spec: dict[str, Any], raw: Any) -> Any:
    """The value an editing state holds for a data editor cell the front end
    sent as ``raw`` (the text of its input, a checkbox's bool, a selectbox's
    option number), checked against the column's editor (``elements.
    data_editor.editor_column``). Raises ``InvalidWidgetValue`` for a value
    the column cannot take; the cell then shows its value again."""
    kind = spec.get("kind")
    if spec.get("disabled") or not kind:
        raise InvalidWidgetValue("the column is not editable")
    if raw is None or (isinstance(raw, str) and not raw.strip() and kind != "text") \
            or (kind == "text" and raw == "") or (kind == "selectbox" and raw == -1):
        if spec.get("required"):
            raise InvalidWidgetValue("the column requires a value")
        return None
    if kind == "checkbox":
        if not isinstance(raw, bool):
            raise InvalidWidgetValue(f"a checkbox cell takes True or False, got {raw!r}")
        return raw
    if kind == "number":
        return _editor_number(spec, raw)
    if kind == "selectbox":
        values = spec.get("values") or []
        if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw < len(values):
            raise InvalidWidgetValue(f"the cell takes one of {len(values)} options, got {raw!r}")
        return values[raw]
    if not isinstance(raw, str):
        raise InvalidWidgetValue(f"the cell takes text, got {type(raw).__name__}")
    if kind in _MOMENT_PARSERS:
        moment = _moment(kind, raw, "the cell")
        low = _moment(kind, spec["min"], "min_value") if spec.get("min") else None
        high = _moment(kind, spec["max"], "max_value") if spec.get("max") else None
        _within(moment, low, high, "the cell")
        return moment.isoformat()
    limit = spec.get("max_chars") or EDITOR_TEXT_LIMIT
    if len(raw) > limit:
        raise InvalidWidgetValue(f"{len(raw)} characters, at most {limit} allowed")
    pattern = spec.get("validate")
    if pattern:
        try:
            matches = re.search(pattern, raw) is not None
        except re.error:
            matches = True  # Streamlit's front end ignores a pattern it cannot compile
        if not matches:
            raise InvalidWidgetValue(f"{raw[:50]!r} does not match {pattern!r}")
    return raw


def _editor_scalar(value: Any, what: str) -> None:
    if value is None or isinstance(value, (bool, int, str)):
        return
    if isinstance(value, float) and math.isfinite(value):
        return
    raise InvalidWidgetValue(f"{what} must be a number, text, a bool or None, got {value!r}")


def _data_editor(props: dict[str, Any], value: Any) -> None:
    """An editing state: rows and columns the frame has, plain cell values."""
    if not isinstance(value, dict) or set(value) - {"edited_rows", "added_rows", "deleted_rows"}:
        raise InvalidWidgetValue("an editing state is a dict of edited, added and deleted rows")
    rows = len(props["data"])
    columns = {str(c) for c in props["data"].columns} | {"_index"}
    edited, added = value.get("edited_rows", {}), value.get("added_rows", [])
    deleted = value.get("deleted_rows", [])
    if not isinstance(edited, dict) or not isinstance(added, list) \
            or not isinstance(deleted, list):
        raise InvalidWidgetValue("edited_rows is a dict, added_rows and deleted_rows lists")
    if len(added) > EDITOR_ADDED_LIMIT or (added and props.get("editing_mode") not in
                                           ("dynamic", "add")):
        raise InvalidWidgetValue("rows added to an editor that takes none (or too many)")
    if deleted and props.get("editing_mode") not in ("dynamic", "delete"):
        raise InvalidWidgetValue("rows deleted from an editor that deletes none")
    for row in deleted:
        if isinstance(row, bool) or not isinstance(row, int) or not 0 <= row < rows:
            raise InvalidWidgetValue(f"deleted row {row!r} is not a row of the frame")
    cells = [(row, changes) for row, changes in edited.items()] + [(None, r) for r in added]
    for row, changes in cells:
        if row is not None and (isinstance(row, bool) or not isinstance(row, int)
                                or not 0 <= row < rows):
            raise InvalidWidgetValue(f"edited row {row!r} is not a row of the frame")
        if not isinstance(changes, dict) or set(changes) - columns:
            raise InvalidWidgetValue("a row's changes name columns the frame does not have")
        for cell in changes.values():
            _editor_scalar(cell, "a cell")


CHECKS["data_editor"] = _data_editor


def check_widget_value(element_type: str, props: dict[str, Any], value: Any) -> None:
    """Raise ``InvalidWidgetValue`` unless ``value`` is one the widget allows."""
    if props.get("disabled"):
        raise InvalidWidgetValue("the widget is disabled")
    check = CHECKS.get(element_type)
    if check is not None:
        check(props, value)


__all__ = ["CHECKS", "InvalidWidgetValue", "check_option_labels", "check_widget_value",
           "editor_cell_value",
           "log_rejected"]
