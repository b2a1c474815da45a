"""What ``node.proto.<field>`` reads in Streamlit's AppTest, made from the
emulation's element props (no protobuf, no Streamlit import).

Streamlit's nodes expose the element's protobuf message as ``proto``; a test
may read its fields (``at.button[0].proto.type``, ``at.selectbox[0].proto.options``,
``at.markdown[0].proto.body``). :func:`proto_fields` gives, per element kind,
those fields under Streamlit's names with the values Streamlit's protobuf
holds: strings are ``""`` when unset, numbers of numeric widgets are floats,
enums are their protobuf numbers, option lists are the displayed labels.
``tests/core/test_apptest_proto.py`` compares them with real Streamlit's.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import Any

#: Streamlit's protobuf enum numbers.
_MARKDOWN_TYPES = {"markdown": 1, "caption": 2, "latex": 4, "divider": 5}
_ALERT_FORMATS = {"error": 1, "warning": 2, "info": 3, "success": 4}
_HEADING_TAGS = {"title": "h1", "header": "h2", "subheader": "h3"}
_METRIC_COLORS = {"red": 0, "green": 1, "gray": 2, "grey": 2, "orange": 3, "yellow": 4,
                  "blue": 5, "violet": 6, "primary": 7}
_METRIC_DIRECTIONS = {"down": 0, "up": 1, "none": 2}
_SLIDER_DATA_TYPES = {"int": 0, "float": 1, "datetime": 2, "date": 3, "time": 4}
_FEEDBACK_TYPES = {"thumbs": 0, "faces": 1, "stars": 2}
_ACCEPT_FILE = {False: 0, None: 0, True: 1, "multiple": 2, "directory": 3}
_STATUS_STATES = {"running": 1, "complete": 2, "error": 3}
_TEXT_INPUT_TYPES = {"default": 0, "password": 1, "email": 2, "url": 3, "phone": 4, "search": 5}
_AVATAR_TYPES = {"image": 0, "emoji": 1, "icon": 2}


def _text(value: Any) -> str:
    """A protobuf string: "" when unset."""
    return "" if value is None or value is False else str(value)


def _float(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def _index_of(labels: Sequence[str], props: dict[str, Any], value: Any) -> int | None:
    """The position of ``value`` among the widget's options (by label)."""
    options = list(props.get("options", []))
    for position, option in enumerate(options):
        try:
            if option == value:
                return position
        except Exception:  # an option whose == is not a bool (an array...)
            continue
    return None


def _indices(labels: Sequence[str], props: dict[str, Any], values: Any) -> list[int]:
    if values is None:
        return []
    if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
        values = [values]
    found = (_index_of(labels, props, v) for v in values)
    return [i for i in found if i is not None]


def _common_widget(element: Any) -> dict[str, Any]:
    props = element.props
    return {"id": element.id, "label": _text(props.get("label")), "help": _text(props.get("help")),
            "form_id": element.form_id or "", "disabled": bool(props.get("disabled"))}


def _set_value_channel(empty: Any) -> dict[str, Any]:
    # Streamlit's widget protos carry a value only when the script set one
    # through session state; a test reads the empty channel.
    return {"value": empty, "set_value": False}


def _markdown(element: Any) -> dict[str, Any]:
    props = element.props
    return {"body": _text(props.get("body")), "allow_html": bool(props.get("unsafe_allow_html")),
            "element_type": _MARKDOWN_TYPES.get(element.type, 1), "help": _text(props.get("help"))}


def _heading(element: Any) -> dict[str, Any]:
    props = element.props
    divider = props.get("divider")
    return {"tag": _HEADING_TAGS[element.type], "anchor": _text(props.get("anchor")),
            "hide_anchor": props.get("anchor") is False, "body": _text(props.get("body")),
            "help": _text(props.get("help")), "icon": _text(props.get("icon")),
            "divider": "auto" if divider is True else _text(divider)}


def _alert(element: Any) -> dict[str, Any]:
    props = element.props
    return {"body": _text(props.get("body")), "format": _ALERT_FORMATS[element.type],
            "icon": _text(props.get("icon")), "title": _text(props.get("title"))}


def _metric(element: Any) -> dict[str, Any]:
    props = element.props
    return {"label": _text(props.get("label")), "body": _text(props.get("body")),
            "delta": _text(props.get("delta")),
            "direction": _METRIC_DIRECTIONS.get(str(props.get("direction")).lower(), 2),
            "color": _METRIC_COLORS.get(str(props.get("color")).lower(), 2),
            "help": _text(props.get("help")), "show_border": bool(props.get("border")),
            "icon": _text(props.get("icon"))}


def _progress(element: Any) -> dict[str, Any]:
    raw = element.props.get("value", 0)
    value = int(round(raw * 100)) if isinstance(raw, float) else int(raw)
    return {"value": value, "text": _text(element.props.get("text"))}


def _exception(element: Any) -> dict[str, Any]:
    props = element.props
    return {"type": _text(props.get("type")), "message": _text(props.get("message")),
            "message_is_markdown": bool(props.get("message_is_markdown")),
            "stack_trace": list(props.get("stack_trace") or []),
            "is_warning": bool(props.get("is_warning"))}


def _button(element: Any) -> dict[str, Any]:
    props = element.props
    fields = _common_widget(element)
    fields.update(default=False, type=_text(props.get("type")) or "secondary",
                  icon=_text(props.get("icon")))
    if element.type == "button":
        fields["is_form_submitter"] = bool(props.get("is_form_submitter"))
    return fields


def _link_button(element: Any) -> dict[str, Any]:
    props = element.props
    return {"id": "", "label": _text(props.get("label")), "help": _text(props.get("help")),
            "url": _text(props.get("url")), "disabled": bool(props.get("disabled")),
            "type": _text(props.get("type")) or "secondary", "icon": _text(props.get("icon"))}


def _checkbox(element: Any) -> dict[str, Any]:
    fields = _common_widget(element)
    fields.update(default=bool(element.props.get("value")),
                  type=1 if element.type == "toggle" else 0, **_set_value_channel(False))
    return fields


def _color_picker(element: Any) -> dict[str, Any]:
    fields = _common_widget(element)
    fields.update(default=_text(element.props.get("value")), **_set_value_channel(""))
    return fields


def _number_input(element: Any) -> dict[str, Any]:
    props = element.props
    fields = _common_widget(element)
    low, high = props.get("min_value"), props.get("max_value")
    fields.update(
        format=_text(props.get("format")), has_min=low is not None, has_max=high is not None,
        data_type=0 if props.get("is_int") else 1, default=_float(props.get("value")),
        step=_float(props.get("step")),
        min=_float(low) if low is not None else -sys.float_info.max,
        max=_float(high) if high is not None else sys.float_info.max,
        placeholder=_text(props.get("placeholder")), **_set_value_channel(0.0))
    return fields


def _text_widget(element: Any) -> dict[str, Any]:
    props = element.props
    fields = _common_widget(element)
    fields.update(default=_text(props.get("value")), max_chars=int(props.get("max_chars") or 0),
                  placeholder=_text(props.get("placeholder")), **_set_value_channel(""))
    if element.type == "text_input":
        fields.update(type=_TEXT_INPUT_TYPES.get(props.get("type"), 0),
                      icon=_text(props.get("icon")),
                      autocomplete=_text(props.get("autocomplete")))
    return fields


def _slider(element: Any) -> dict[str, Any]:
    props = element.props
    fields = _common_widget(element)
    fields.update(format=_text(props.get("format")), type=1, options=[],
                  **_set_value_channel([]))
    data_type = _SLIDER_DATA_TYPES.get(props.get("data_type"), 0)
    fields["data_type"] = data_type
    if data_type <= 1:  # numbers (dates and times are microseconds in Streamlit's)
        value = props.get("value")
        values = list(value) if isinstance(value, (list, tuple)) else [value]
        fields.update(default=[_float(v) for v in values], min=_float(props.get("min_value")),
                      max=_float(props.get("max_value")), step=_float(props.get("step")))
    return fields


def _select_slider(element: Any) -> dict[str, Any]:
    props = element.props
    labels = list(props.get("option_labels", []))
    value = props.get("value")
    chosen = list(value) if props.get("is_range") and isinstance(value, (list, tuple)) else [value]
    fields = _common_widget(element)
    fields.update(format="%s", type=2, data_type=0, options=labels, min=0.0,
                  max=float(max(len(labels) - 1, 0)), step=1.0,
                  default=[float(i) for i in _indices(labels, props, chosen)],
                  **_set_value_channel([]))
    return fields


def _single_choice(element: Any) -> dict[str, Any]:
    props = element.props
    labels = list(props.get("option_labels", []))
    fields = _common_widget(element)
    index = props.get("index")
    # An unset optional index reads 0, as a protobuf's (index=None is -1 here).
    fields.update(options=labels, default=0 if index is None or index < 0 else int(index),
                  raw_value="", set_value=False)
    if element.type == "selectbox":
        fields.update(placeholder=_text(props.get("placeholder")),
                      accept_new_options=bool(props.get("accept_new_options")))
    else:
        fields.update(horizontal=bool(props.get("horizontal")),
                      captions=[_text(c) for c in props.get("captions") or []])
    return fields


def _multiselect(element: Any) -> dict[str, Any]:
    props = element.props
    labels = list(props.get("option_labels", []))
    fields = _common_widget(element)
    fields.update(options=labels, default=_indices(labels, props, props.get("value")),
                  max_selections=int(props.get("max_selections") or 0),
                  accept_new_options=bool(props.get("accept_new_options")),
                  raw_values=[], set_value=False)
    return fields


def _iso_date(value: Any) -> str:
    return value.strftime("%Y-%m-%d") if isinstance(value, dt.date) else _text(value)


def _date_input(element: Any) -> dict[str, Any]:
    props = element.props
    value = props.get("value")
    values = [] if value is None else list(value) if isinstance(value, (list, tuple)) else [value]
    fields = _common_widget(element)
    fields.update(default=[_iso_date(v) for v in values], min=_iso_date(props.get("min_value")),
                  max=_iso_date(props.get("max_value")), is_range=bool(props.get("is_range")),
                  format=_text(props.get("format")), **_set_value_channel([]))
    return fields


def _time_input(element: Any) -> dict[str, Any]:
    props = element.props
    step = props.get("step", 900)
    step = int(step.total_seconds()) if isinstance(step, dt.timedelta) else int(step)
    value = props.get("value")
    wire = "%H:%M:%S" if step % 60 else "%H:%M"
    fields = _common_widget(element)
    fields.update(default=value.strftime(wire) if isinstance(value, (dt.time, dt.datetime))
                  else "", step=step, format=_text(props.get("format")),
                  **_set_value_channel(""))
    return fields


def _button_group(element: Any) -> dict[str, Any]:
    props = element.props
    labels = list(props.get("option_labels", []))
    fields = _common_widget(element)
    fields.update(options=[SimpleNamespace(content=label) for label in labels],
                  default=_indices(labels, props, props.get("value")),
                  click_mode=1 if props.get("multi") else 0,
                  style=1 if element.type == "pills" else 0, raw_values=[], set_value=False)
    return fields


def _feedback(element: Any) -> dict[str, Any]:
    props = element.props
    return {"id": element.id, "type": _FEEDBACK_TYPES.get(props.get("options"), 0),
            "disabled": bool(props.get("disabled")), "form_id": element.form_id or "",
            "set_value": False}


def _file_uploader(element: Any) -> dict[str, Any]:
    props = element.props
    fields = _common_widget(element)
    fields.update(type=list(props.get("types") or []),
                  max_upload_size_mb=int(props.get("max_upload_size_mb") or 0),
                  multiple_files=bool(props.get("multiple")),
                  accept_directory=bool(props.get("accept_directory")))
    return fields


def _chat_input(element: Any) -> dict[str, Any]:
    props = element.props
    staged = props.get("set_value")
    return {"id": element.id, "placeholder": _text(props.get("placeholder")),
            "max_chars": int(props.get("max_chars") or 0),
            "disabled": bool(props.get("disabled")), "default": "",
            "value": _text(staged), "set_value": staged is not None,
            "accept_file": _ACCEPT_FILE.get(props.get("accept_file"), 0),
            "file_type": list(props.get("file_types") or []),
            "max_upload_size_mb": int(props.get("max_upload_size_mb") or 0)}


def _expandable(element: Any) -> dict[str, Any]:
    props = element.props
    fields = {"label": _text(props.get("label")), "expanded": bool(props.get("expanded")),
              "icon": _text(props.get("icon")), "state": 0,
              # Streamlit sets the id of an expander that is a widget.
              "id": element.id if props.get("stateful") else ""}
    if element.type == "status":
        state = props.get("state") or "running"
        fields["state"] = _STATUS_STATES.get(state, 1)
        fields["icon"] = fields["icon"] or {"complete": ":material/check:",
                                            "error": ":material/error:",
                                            "running": "spinner"}.get(state, "")
    return fields


def _form(element: Any) -> dict[str, Any]:
    props = element.props
    return {"form": SimpleNamespace(
        form_id=_text(props.get("form_id")), clear_on_submit=bool(props.get("clear_on_submit")),
        border=bool(props.get("border")), enter_to_submit=bool(props.get("enter_to_submit")))}


def _simple(**renames: str) -> Callable[[Any], dict[str, Any]]:
    """Fields read from props: Streamlit's name -> our prop name (strings)."""
    def fields(element: Any) -> dict[str, Any]:
        return {name: _text(element.props.get(prop)) for name, prop in renames.items()}
    return fields


_BUILDERS: dict[str, Callable[[Any], dict[str, Any]]] = {
    **{kind: _markdown for kind in _MARKDOWN_TYPES},
    **{kind: _heading for kind in _HEADING_TAGS},
    **{kind: _alert for kind in _ALERT_FORMATS},
    "text": lambda e: {"body": _text(e.props.get("body")), "help": _text(e.props.get("help"))},
    "code": lambda e: {"code_text": _text(e.props.get("body")),
                       "language": _text(e.props.get("language")),
                       "show_line_numbers": bool(e.props.get("line_numbers")),
                       "wrap_lines": bool(e.props.get("wrap_lines"))},
    "json": lambda e: {"body": _text(e.props.get("body"))},
    "html": lambda e: {"body": _text(e.props.get("body")),
                       "unsafe_allow_javascript": bool(e.props.get("unsafe_allow_javascript"))},
    "toast": lambda e: {"body": _text(e.props.get("body")), "icon": _text(e.props.get("icon"))},
    "metric": _metric, "progress": _progress, "exception": _exception,
    "button": _button, "download_button": _button, "link_button": _link_button,
    "checkbox": _checkbox, "toggle": _checkbox, "color_picker": _color_picker,
    "number_input": _number_input, "text_input": _text_widget, "text_area": _text_widget,
    "slider": _slider, "select_slider": _select_slider, "selectbox": _single_choice,
    "radio": _single_choice, "multiselect": _multiselect, "date_input": _date_input,
    "time_input": _time_input, "pills": _button_group, "segmented_control": _button_group,
    "feedback": _feedback, "file_uploader": _file_uploader, "chat_input": _chat_input,
    "column": lambda e: {"weight": float(e.props.get("weight", 1.0)),
                         "show_border": bool(e.props.get("border"))},
    "tab": _simple(label="label"), "expander": _expandable, "status": _expandable,
    "chat_message": lambda e: {"name": _text(e.props.get("name")),
                               "avatar": _text(e.props.get("avatar")),
                               "avatar_type": _AVATAR_TYPES.get(e.props.get("avatar_type"), 0)},
    "form": _form,
}

#: Element kinds whose Streamlit protobuf fields are mapped.
MAPPED_KINDS = frozenset(_BUILDERS)


def proto_fields(element: Any) -> dict[str, Any]:
    """Streamlit's protobuf fields of ``element`` (an empty dict for a kind
    with no mapping: its props are the view)."""
    builder = _BUILDERS.get(element.type)
    return builder(element) if builder is not None else {}
