"""Input widgets, with Streamlit's signatures, identity rules and validation.

Each widget: check Streamlit's policies, compute its id, validate its
arguments, register it with the session (which yields its value), append an
element that carries everything a renderer needs, and return the value.

``deserializer(v)`` turns a value sent by a front end into what the script
sees; ``deserializer(None)`` is the widget's default.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..runtime.run_context import require_context
from ..runtime.errors import FORM_DOCS_INFO, StreamlitIncompatibleParametersError, StreamlitAPIException, StreamlitDefaultNotInOptionsError, StreamlitInvalidLayoutContextError, StreamlitInvalidMinMaxError, StreamlitInvalidNumberFormatError, StreamlitInvalidParameterTypeError, StreamlitMissingRequiredParameterError, StreamlitMixedNumericTypesError, StreamlitSelectionCountExceedsMaxError, StreamlitValueAboveMaxError, StreamlitValueBelowMinError, StreamlitValueError, StreamlitValueOutOfRangeError
from ..runtime.state import NO_VALUE, UrlCodec
from ..runtime.widget_binding import sanitize_labels
from .widget_helpers import (
    maybe_coerce_enum,
    maybe_coerce_enum_sequence,
    HEX_COLOR,
    parse_on_change,
    check_filter_mode,
    check_max_chars,
    check_widget_sizes,
    check_state_type,
    format_options,
    index_of,
    index_or_raise,
    is_among_options,
    checked_label,
    check_no_bind,
    check_no_persist_state,
    options_list,
    check_widget_policies,
    to_key,
)
from .slider_values import DateSpec, SliderSpec, check_float_bounds, check_int_bounds, date_identity, validate_date_format
from .sizing import check_height
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

#: The browser autocomplete hint of each ``st.text_input`` type when the
#: script gives none (Streamlit's defaults).
_TYPE_AUTOCOMPLETE = {"default": "", "password": "new-password", "email": "email",
                      "url": "url", "phone": "tel", "search": "off"}

_TYPE_PLACEHOLDER = {"email": "you@example.com", "url": "https://example.com",
                     "phone": "+1 234 567 8900", "search": "Search"}
_TYPE_ICON = {"email": ":material/mail:", "url": ":material/link:", "phone": ":material/call:",
              "search": ":material/search:"}


class _NotAnOption:
    """A URL label no option has: the select slider's default takes its place."""


_NOT_AN_OPTION = _NotAnOption()


def _same(value: Any) -> Any:
    return value


def _as_number_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, (list, tuple)) else [value]


#: How checkboxes, text widgets and numeric sliders keep their value in a
#: query parameter (``bind="query-params"``): "true"/"false", the text, the
#: number(s) (a range slider's as a repeated parameter).
_BOOL_URL_CODEC = UrlCodec("bool_value", clearable=False, to_front_end=_same, serialize=_same)
_TEXT_URL_CODEC = UrlCodec("string_value", clearable=True, to_front_end=_same, serialize=_same)
_COLOR_URL_CODEC = UrlCodec("string_value", clearable=False, to_front_end=_same,
                            serialize=str)
_NUMBER_LIST_URL_CODEC = UrlCodec("double_array_value", clearable=False,
                                  to_front_end=_same, serialize=_as_number_list)


class BasicWidgetsMixin(ElementMixin):
    """``st.button`` ... ``st.color_picker``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS = ("button", "checkbox", "toggle", "number_input", "text_input", "text_area", "slider", "select_slider", "selectbox", "radio", "multiselect", "date_input", "time_input", "color_picker",)

    # ------------------------------------------------------------- buttons
    def button(self, label: str, key: Any = None, help: str | None = None,
               on_click: Callable[..., Any] | None = None, args: Any = None,
               kwargs: Any = None, *, type: str = "secondary", icon: str | None = None,
               icon_position: str = "left", disabled: bool = False,
               use_container_width: bool | None = None, width: Any = "content",
               shortcut: str | None = None, wrap: bool | None = None) -> bool:
        if use_container_width is not None:  # Streamlit's deprecated spelling of width
            width = "stretch" if use_container_width else "content"
        return self._button(label, key, help, False, on_click, args, kwargs, type=type,
                            icon=icon, icon_position=icon_position, disabled=disabled,
                            width=width, shortcut=shortcut)

    def _button(self: "DeltaGenerator", label: Any, key: Any, help: str | None,
                is_form_submitter: bool, on_click: Any, args: Any, kwargs: Any, *,
                type: str, icon: str | None, icon_position: str, disabled: bool,
                width: Any, shortcut: str | None) -> bool:
        key = to_key(key)
        label = "" if label is None else str(label)
        on_click, _ = parse_on_change(on_click, "on_click", modes=())
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
        check_widget_sizes(width, content=True, icon=icon)
        current_form_id = self._current_form_id
        form_id = current_form_id if is_form_submitter else ""
        in_form = bool(current_form_id)

        def validate() -> None:
            if in_form and not is_form_submitter:
                raise StreamlitInvalidLayoutContextError(
                    "`st.button()` can't be used in an `st.form()`. Use "
                    "`st.form_submit_button()` instead to submit the form." + FORM_DOCS_INFO)
            if not in_form and is_form_submitter:
                raise StreamlitInvalidLayoutContextError(
                    "`st.form_submit_button()` must be used inside an `st.form()`."
                    + FORM_DOCS_INFO)

        kind = "form_submit_button" if is_form_submitter else "button"
        widget_id, value, _ = self._register_widget(
            kind, key=key, label=label,
            id_kwargs=dict(icon=icon, help=help, is_form_submitter=is_form_submitter,
                           type=type, width=width, icon_position=icon_position,
                           shortcut=shortcut),
            key_as_main_identity=True,
            deserializer=lambda v: False if v is None else bool(v),
            on_change=on_click, args=args, kwargs=kwargs, value_type="trigger",
            writes_allowed=False, check_callback_rules=not is_form_submitter,
            disabled=disabled, form_id=form_id, validate=validate,
        )
        require_context().trigger_values[widget_id] = value
        self._enqueue(self._widget_element("button", widget_id, key, {
            "label": label, "help": help, "type": type, "icon": icon,
            "disabled": disabled, "is_form_submitter": is_form_submitter,
            "value": value, "width": width,
        }, form_id=form_id))
        return bool(value)

    # ---------------------------------------------------------- checkboxes
    def checkbox(self, label: str, value: bool = False, key: Any = None,
                 help: str | None = None, on_change: Any = "rerun", args: Any = None,
                 kwargs: Any = None, *, disabled: bool = False,
                 label_visibility: str = "visible", width: Any = "content",
                 wrap: bool | None = None, bind: Any = None,
                 persist_state: Any = None) -> bool:
        return self._checkbox("checkbox", label, value, key, help, on_change, args, kwargs,
                              disabled, label_visibility, width, bind, persist_state)

    def toggle(self, label: str, value: bool = False, key: Any = None,
               help: str | None = None, on_change: Any = "rerun", args: Any = None,
               kwargs: Any = None, *, disabled: bool = False,
               label_visibility: str = "visible", width: Any = "content",
               wrap: bool | None = None, bind: Any = None,
               persist_state: Any = None) -> bool:
        return self._checkbox("toggle", label, value, key, help, on_change, args, kwargs,
                              disabled, label_visibility, width, bind, persist_state)

    def _checkbox(self: "DeltaGenerator", kind: str, label: Any, value: Any, key: Any,
                  help: str | None, on_change: Any, args: Any, kwargs: Any,
                  disabled: bool, label_visibility: str, width: Any, bind: Any,
                  persist_state: Any) -> bool:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_no_persist_state(persist_state)
        label = checked_label(label, label_visibility)
        check_widget_sizes(width, content=True)
        default = bool(value)
        widget_id, current, from_state = self._register_widget(
            kind, key=key, label=label,
            id_kwargs=dict(value=default, help=help, width=width),
            key_as_main_identity=True,
            deserializer=lambda v: default if v is None else bool(v),
            on_change=callback, args=args, kwargs=kwargs,
            default_value=None if value is False else value, disabled=disabled,
            bind=bind, url_codec=_BOOL_URL_CODEC,
        )
        check_state_type(kind, key, current, from_state,
                          isinstance(current, numbers.Integral), TypeError, "a bool")
        self._enqueue(self._widget_element(kind, widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "label_visibility": label_visibility, "ignore_rerun": ignore,
        }))
        return current

    # -------------------------------------------------------- number_input
    def number_input(self: "DeltaGenerator", label: str, min_value: Any = None,
                     max_value: Any = None, value: Any = "min", step: Any = None,
                     format: str | None = None, key: Any = None, help: str | None = None,
                     on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
                     placeholder: str | None = None, disabled: bool = False,
                     required: bool = False, label_visibility: str = "visible",
                     icon: str | None = None, width: Any = "stretch", bind: Any = None,
                     persist_state: Any = None) -> Any:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_widget_policies(self, key, callback,
                              default_value=value if value != "min" else None)
        check_no_persist_state(persist_state)
        label = checked_label(label, label_visibility)
        check_widget_sizes(width, content=False, icon=icon)
        widget_id = self._widget_id("number_input", key, label, dict(
            min_value=min_value, max_value=max_value, value=value, step=step, format=format,
            help=help, placeholder=None if placeholder is None else str(placeholder),
            icon=icon, width=width, required=required), True)

        # Streamlit's type inference: all given numbers ints -> int widget.
        numeric = [min_value, max_value, value, step]
        all_int = all(isinstance(a, (numbers.Integral, type(None), str)) for a in numeric)
        all_float = all(isinstance(a, (float, type(None), str)) for a in numeric)
        if not all_int and not all_float:
            raise StreamlitMixedNumericTypesError(value, min_value, max_value, step)
        if require_context().session.key_value(key) is None:
            value = None  # a keyed widget cleared through session state stays empty
        if value == "min":
            if min_value is not None:
                value = min_value
            elif all_int and all_float:
                value = 0.0  # no number given at all: a float widget
            elif all_int:
                value = 0
            else:
                value = 0.0
        is_int = isinstance(value, numbers.Integral) or (
            value is None and all_int and not all_float)
        number_format = ("%d" if is_int else "%0.2f") if format is None else format
        if step is None:
            step = 1 if is_int else 0.01
        try:
            float(number_format % 2)
        except (TypeError, ValueError):
            raise StreamlitInvalidNumberFormatError(number_format) from None
        use_int = is_int and all_int
        if min_value is not None and max_value is not None and min_value > max_value:
            raise StreamlitInvalidMinMaxError(min_value, max_value)
        if min_value is not None and value is not None and min_value > value:
            raise StreamlitValueBelowMinError(value=value, min_value=min_value)
        if max_value is not None and value is not None and max_value < value:
            raise StreamlitValueAboveMaxError(value=value, max_value=max_value)
        check_bounds = check_int_bounds if use_int else check_float_bounds
        for name, number in (("`min_value`", min_value), ("`max_value`", max_value),
                             ("`step`", step), ("`value`", value)):
            if number is not None:
                check_bounds(int(number) if use_int else number, name)
        default = value

        def out_of_bounds(v: Any) -> bool:
            return ((min_value is not None and v < min_value)
                    or (max_value is not None and v > max_value))

        def deserialize(v: Any) -> Any:
            if v is None:
                return default
            v = int(v) if use_int else float(v)
            # Streamlit answers a value outside the bounds with the default.
            if (not use_int and not math.isfinite(v)) or out_of_bounds(v):
                return default
            return v

        current, from_state = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled, bind=bind,
            url_codec=UrlCodec("double_value", clearable=value is None, to_front_end=_same,
                               serialize=_same))
        check_state_type("number_input", key, current, from_state,
                          isinstance(current, numbers.Real), TypeError, "a number")
        if current is not None and out_of_bounds(current):
            # A keyed widget keeps its value across runs, but not past new bounds.
            current = default
            self._reset_widget_value(key, current)
        self._enqueue(self._widget_element("number_input", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "min_value": min_value, "max_value": max_value, "step": step,
            "format": number_format, "is_int": use_int, "placeholder": placeholder,
            "label_visibility": label_visibility, "ignore_rerun": ignore,
        }))
        return current

    # ---------------------------------------------------------- text inputs
    def text_input(self, label: str, value: Any = "", max_chars: int | None = None,
                   key: Any = None, type: str = "default", help: str | None = None,
                   autocomplete: str | None = None, on_change: Any = "rerun",
                   args: Any = None, kwargs: Any = None, *, placeholder: str | None = None,
                   disabled: bool = False, required: bool = False,
                   label_visibility: str = "visible", icon: str | None = None,
                   validate: Any = None, live: Any = False, width: Any = "stretch",
                   bind: Any = None, persist_state: Any = None) -> str | None:
        if type not in ("default", "password", "email", "url", "phone", "search"):
            raise StreamlitValueError(
                "type", ["'default'", "'password'", "'email'", "'url'", "'phone'", "'search'"])
        check_widget_sizes(width, content=False, icon=icon)
        identity = dict(type=type, help=help, autocomplete=autocomplete,
                        placeholder=str(placeholder), icon=icon, width=width, live=live,
                        validate=validate, required=required)
        # The type's own placeholder and icon unless the script gives them
        # (Streamlit's; they are not part of the widget's identity).
        shown_placeholder = _TYPE_PLACEHOLDER.get(type) if placeholder is None else placeholder
        shown_icon = _TYPE_ICON.get(type) if icon is None else icon
        return self._text_widget("text_input", label, value, max_chars, key, help, on_change,
                                 args, kwargs, shown_placeholder, disabled, label_visibility,
                                 bind, persist_state,
                                 {"type": type, "icon": shown_icon, "autocomplete": (
                                     _TYPE_AUTOCOMPLETE[type] if autocomplete is None
                                     else autocomplete)}, identity,
                                 {"max_chars", "validate"})

    def text_area(self, label: str, value: Any = "", height: Any = None,
                  max_chars: int | None = None, key: Any = None, help: str | None = None,
                  on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
                  placeholder: str | None = None, disabled: bool = False,
                  required: bool = False, label_visibility: str = "visible",
                  width: Any = "stretch", bind: Any = None,
                  persist_state: Any = None) -> str | None:
        if height is not None:
            check_height(height)
        check_widget_sizes(width, content=False)
        identity = dict(height=height, help=help, placeholder=str(placeholder), width=width,
                        required=required)
        return self._text_widget("text_area", label, value, max_chars, key, help, on_change,
                                 args, kwargs, placeholder, disabled, label_visibility,
                                 bind, persist_state, {"height": height}, identity,
                                 {"max_chars"})

    def _text_widget(self: "DeltaGenerator", kind: str, label: Any, value: Any,
                     max_chars: Any, key: Any, help: str | None, on_change: Any,
                     args: Any, kwargs: Any, placeholder: Any, disabled: bool,
                     label_visibility: str, bind: Any, persist_state: Any,
                     extra: dict[str, Any], identity: dict[str, Any],
                     keyed_identity: set[str]) -> str | None:
        """text_input and text_area. ``identity``: the arguments that make an
        unkeyed widget a new one (besides label, value, max_chars);
        ``keyed_identity``: those that do so for a keyed one."""
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_widget_policies(self, key, callback, default_value=None if value == "" else value)
        check_no_persist_state(persist_state)
        label = checked_label(label, label_visibility)
        check_max_chars(max_chars)
        default = None if value is None else str(value)
        widget_id = self._widget_id(kind, key, label, dict(
            value=default, max_chars=max_chars, **identity), keyed_identity)
        if bind == "query-params" and extra.get("type") == "password":
            raise StreamlitIncompatibleParametersError(
                "bind='query-params'", "type='password'",
                explanation="Password values must not appear in URLs.")
        if require_context().session.key_value(key) is None:
            default = None  # a keyed widget cleared through session state stays empty

        def deserialize(v: Any) -> str | None:
            # Streamlit cuts a default or typed text at max_chars (no error).
            text = default if v is None else str(v)
            if text is not None and max_chars is not None:
                text = text[:max_chars]
            return text

        current, from_state = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled, bind=bind, url_codec=_TEXT_URL_CODEC)
        check_state_type(kind, key, current, from_state, isinstance(current, str), TypeError,
                          "a str")
        self._enqueue(self._widget_element(kind, widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "max_chars": max_chars, "placeholder": placeholder,
            "label_visibility": label_visibility, "ignore_rerun": ignore, **extra,
        }))
        return current

    # -------------------------------------------------------------- sliders
    def slider(self: "DeltaGenerator", label: str, min_value: Any = None,
               max_value: Any = None, value: Any = None, step: Any = None,
               format: str | None = None, key: Any = None, help: str | None = None,
               on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
               disabled: bool = False, label_visibility: str = "visible",
               width: Any = "stretch", bind: Any = None, persist_state: Any = None) -> Any:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_no_persist_state(persist_state)
        label = checked_label(label, label_visibility)
        check_widget_sizes(width, content=False)
        check_widget_policies(self, key, callback, default_value=value)
        widget_id = self._widget_id("slider", key, label, dict(
            min_value=min_value, max_value=max_value, value=value, step=step, format=format,
            help=help, width=width), {"min_value", "max_value", "step"})
        state_value = require_context().session.key_value(key)
        has_state_value = state_value is not NO_VALUE
        spec = SliderSpec.build(min_value, max_value, value, step, format,
                                state_value=state_value if has_state_value else None,
                                has_state_value=has_state_value)
        current, set_through_state = self._register_widget_state(
            widget_id, key=key, deserializer=spec.deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled, bind=bind,
            # Date and time sliders are not bound here (their URL form is ISO text).
            url_codec=_NUMBER_LIST_URL_CODEC if spec.data_type in ("int", "float") else None)
        if set_through_state:
            spec.check_state_value(current)
        self._enqueue(self._widget_element("slider", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "min_value": spec.min_value, "max_value": spec.max_value, "step": spec.step,
            "format": spec.format, "data_type": spec.data_type, "is_range": spec.is_range,
            "label_visibility": label_visibility, "ignore_rerun": ignore,
        }))
        return current

    def select_slider(self: "DeltaGenerator", label: str, options: Any = (), value: Any = None,
                      format_func: Callable[[Any], Any] = str, key: Any = None,
                      help: str | None = None, on_change: Any = "rerun", args: Any = None,
                      kwargs: Any = None, *, disabled: bool = False,
                      label_visibility: str = "visible", width: Any = "stretch",
                      bind: Any = None, persist_state: Any = None) -> Any:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_no_persist_state(persist_state)
        label = checked_label(label, label_visibility)
        check_widget_sizes(width, content=False)
        opts = options_list(options)
        if not opts:
            raise StreamlitMissingRequiredParameterError(
                "options", detail="Provide at least one option.")
        is_range = isinstance(value, (list, tuple))
        # Streamlit's default indices: a value not among the options is a
        # ValueError (from its `index_`), as is a range that is not a pair.
        if is_range:
            start_index, end_index = [index_or_raise(opts, v) for v in value]
            default_indices = sorted([start_index, end_index])
        elif value is None:
            default_indices = [0]
        else:
            default_indices = [index_or_raise(opts, value)]
        default: Any = (tuple(opts[i] for i in default_indices) if is_range
                        else opts[default_indices[0]])
        labels = format_options(opts, format_func)

        def among_options(v: Any) -> bool:
            return is_among_options(v, labels, format_func)

        def deserialize(v: Any) -> Any:
            if v is None:
                return default
            if is_range:
                if not isinstance(v, (list, tuple)) or len(v) != 2:
                    return default
                first, last = (item if among_options(item) else default[i]
                               for i, item in enumerate(v))
                # Streamlit returns a range in ascending order.
                if index_of(opts, first) > index_of(opts, last):
                    first, last = last, first
                return (first, last)
            return v if among_options(v) else default

        def options_of_labels(url_labels: list[str]) -> Any:
            # An unknown label, or a wrong count, gives the default (position by
            # position for a range), as Streamlit's select slider does.
            picked = [opts[labels.index(label)] if label in labels else _NOT_AN_OPTION
                      for label in url_labels]
            if is_range:
                return picked
            return picked[0] if len(picked) == 1 else _NOT_AN_OPTION

        def labels_of(v: Any) -> list[str]:
            chosen = list(v) if is_range else [v]
            return [labels[index_of(opts, item)] for item in chosen]

        widget_id, current, _ = self._register_widget(
            "select_slider", key=key, label=label,
            id_kwargs=dict(options=labels, value=default_indices, help=help, width=width),
            key_as_main_identity=True, deserializer=deserialize,
            on_change=callback, args=args, kwargs=kwargs, default_value=value,
            disabled=disabled, bind=bind,
            url_codec=UrlCodec(
                "string_array_value", clearable=False, to_front_end=options_of_labels,
                # (Streamlit does not sanitise a select slider's labels: the
                # deserializer puts the default in place of an unknown one.)
                serialize=labels_of),
        )
        # A keyed widget keeps its value when the options change, unless the
        # value is no longer among them.
        if isinstance(current, tuple):
            if not all(among_options(v) for v in current):
                end = default_indices[1] if len(default_indices) > 1 else len(opts) - 1
                current = (opts[default_indices[0]], opts[end])
                self._reset_widget_value(key, current)
        elif not among_options(current):
            current = opts[default_indices[0]]
            self._reset_widget_value(key, current)
        current = maybe_coerce_enum_sequence(current, options, opts) \
            if isinstance(current, tuple) else maybe_coerce_enum(current, options, opts)
        self._enqueue(self._widget_element("select_slider", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "options": opts, "option_labels": labels, "is_range": is_range,
            "label_visibility": label_visibility, "ignore_rerun": ignore,
            "format_func": format_func,
        }))
        return current

    # ------------------------------------------------------------ selection
    def selectbox(self, label: str, options: Any, index: int | None = 0,
                  format_func: Callable[[Any], Any] = str, key: Any = None,
                  help: str | None = None, on_change: Any = "rerun", args: Any = None,
                  kwargs: Any = None, *, placeholder: str | None = None,
                  disabled: bool = False, required: bool = False,
                  label_visibility: str = "visible", icon: str | None = None,
                  accept_new_options: bool = False, filter_mode: Any = "fuzzy",
                  width: Any = "stretch", bind: Any = None,
                  persist_state: Any = None) -> Any:
        check_widget_sizes(width, content=False, icon=icon)
        check_filter_mode(filter_mode)
        if placeholder == "":
            placeholder = " "  # Streamlit's encoding of an explicitly empty placeholder
        identity = dict(help=help, placeholder=placeholder,
                        accept_new_options=accept_new_options, filter_mode=filter_mode,
                        width=width, required=required, icon=icon)
        return self._single_choice("selectbox", label, options, index, format_func, key,
                                   on_change, args, kwargs, disabled, label_visibility,
                                   bind, persist_state, identity, {"accept_new_options"},
                                   {"help": help, "placeholder": placeholder,
                                    "accept_new_options": accept_new_options})

    def radio(self, label: str, options: Any, index: int | None = 0,
              format_func: Callable[[Any], Any] = str, key: Any = None,
              help: str | None = None, on_change: Any = "rerun", args: Any = None,
              kwargs: Any = None, *, disabled: bool = False, horizontal: bool = False,
              captions: Sequence[str] | None = None, label_visibility: str = "visible",
              width: Any = "content", bind: Any = None, persist_state: Any = None) -> Any:
        def check_captions() -> None:
            for caption in captions or []:
                if caption is not None and not isinstance(caption, str):
                    raise StreamlitInvalidParameterTypeError(
                        "captions", type(caption).__name__, ["str", "None"])

        check_widget_sizes(width, content=True)
        identity = dict(help=help, horizontal=horizontal, captions=captions, width=width)
        return self._single_choice("radio", label, options, index, format_func, key,
                                   on_change, args, kwargs, disabled, label_visibility, bind,
                                   persist_state, identity, True,
                                   {"help": help, "horizontal": horizontal,
                                    "captions": [c or "" for c in captions or []]},
                                   validate=check_captions)

    def _single_choice(self: "DeltaGenerator", kind: str, label: Any, options: Any,
                       index: Any, format_func: Callable[[Any], Any], key: Any,
                       on_change: Any, args: Any, kwargs: Any, disabled: bool,
                       label_visibility: str, bind: Any, persist_state: Any,
                       identity: dict[str, Any], keyed_identity: bool | set[str],
                       extra: dict[str, Any],
                       validate: Callable[[], None] | None = None) -> Any:
        """selectbox and radio: one option out of ``options`` (or None)."""
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_widget_policies(self, key, callback, default_value=None if index == 0 else index)
        check_no_persist_state(persist_state)
        label = checked_label(label, label_visibility)
        opts = options_list(options)
        labels = format_options(opts, format_func)
        accepts_new_options = bool(extra.get("accept_new_options"))

        def check_index() -> None:
            if index is not None and not isinstance(index, int):
                raise StreamlitInvalidParameterTypeError(
                    "index", type(index).__name__, ["int", "None"])
            if isinstance(index, bool):
                # Streamlit accepts the int subclass here, then fails (TypeError)
                # storing it in the widget's message.
                raise TypeError(f"`index` must be an int or None, not bool ({index}).")
            if index is not None and opts and not 0 <= index < len(opts):
                raise StreamlitValueOutOfRangeError("index", index, 0, len(opts) - 1)

        # Streamlit checks a selectbox's index before computing its id, a radio's after.
        if kind == "selectbox":
            check_index()
        widget_id = self._widget_id(kind, key, label, dict(options=labels, index=index, **identity),
                                    keyed_identity)
        if kind == "radio":
            check_index()
        if validate is not None:
            validate()
        # A keyed widget whose state was set to None has no selection.
        if require_context().session.key_value(key) is None:
            index = None
        default = opts[index] if (opts and index is not None) else None

        def among_options(v: Any) -> bool:
            return is_among_options(v, labels, format_func)

        def deserialize(v: Any) -> Any:
            if kind == "radio" and not opts:
                return None
            return default if v is None else v

        def option_of_label(label: Any) -> Any:
            # The URL names an option by its label (Streamlit's option strings).
            if label in labels:
                return opts[labels.index(label)]
            if accepts_new_options:
                return label
            raise ValueError(f"{label!r} is not an option")

        def label_of(option: Any) -> Any:
            index = index_of(opts, option)
            return labels[index] if index != -1 else str(option)

        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled, bind=bind,
            url_codec=UrlCodec("string_value", clearable=index is None,
                               to_front_end=option_of_label, serialize=label_of),
        )
        if current is not None and not accepts_new_options and not among_options(current):
            # The options changed and no longer hold the kept value.
            current = default
            self._reset_widget_value(key, current)
        current = maybe_coerce_enum(current, options, opts)
        self._enqueue(self._widget_element(kind, widget_id, key, {
            "label": label, "disabled": disabled, "value": current,
            "options": opts, "option_labels": labels, "index": index_of(opts, current),
            "label_visibility": label_visibility, "ignore_rerun": ignore,
            "format_func": format_func, **extra,
        }))
        return current

    def multiselect(self: "DeltaGenerator", label: str, options: Any, default: Any = None,
                    format_func: Callable[[Any], Any] = str, key: Any = None,
                    help: str | None = None, on_change: Any = "rerun", args: Any = None,
                    kwargs: Any = None, *, max_selections: int | None = None,
                    placeholder: str | None = None, disabled: bool = False,
                    label_visibility: str = "visible", accept_new_options: bool = False,
                    filter_mode: Any = "fuzzy", select_all: Any = 1000,
                    width: Any = "stretch", wrap: bool | None = None, bind: Any = None,
                    persist_state: Any = None) -> list[Any]:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_no_persist_state(persist_state)
        label = checked_label(label, label_visibility)
        check_widget_sizes(width, content=False)
        check_filter_mode(filter_mode)
        if max_selections is not None and (
                isinstance(max_selections, bool) or not isinstance(max_selections, numbers.Integral)
                or max_selections < 1):
            raise StreamlitValueError(
                "max_selections", ["a positive integer"],
                detail="To disable `st.multiselect`, use `disabled=True`."
                if max_selections == 0 and not isinstance(max_selections, bool) else None)
        opts = options_list(options)
        if default is None:
            defaults: list[Any] = []
        elif isinstance(default, (list, tuple, set)) or (
                hasattr(default, "__iter__") and not isinstance(default, (str, bytes))):
            defaults = list(default)
        else:
            defaults = [default]
        for item in defaults:
            if index_of(opts, item) == -1:
                raise StreamlitDefaultNotInOptionsError(item)
        default_indices = [index_of(opts, item) for item in defaults]
        labels = format_options(opts, format_func)
        if placeholder == "":
            placeholder = " "  # Streamlit's encoding of an explicitly empty placeholder

        def among_options(v: Any) -> bool:
            return is_among_options(v, labels, format_func)

        def deserialize(v: Any) -> list[Any]:
            # The defaults as the options they name (Streamlit keeps indices):
            # `default=[np.int64(1)]` among `np.array([1, 2])` gives `[1]`.
            return [opts[i] for i in default_indices] if v is None else list(v)

        def options_of_labels(url_labels: list[str]) -> list[Any]:
            return [opts[labels.index(label)] if label in labels else label
                    for label in url_labels]

        def sanitize(url_labels: list[str]) -> list[str]:
            return sanitize_labels(url_labels, valid=None if accept_new_options else labels,
                                   max_length=max_selections)

        def labels_of(selected: list[Any]) -> list[str]:
            return [labels[index_of(opts, v)] if index_of(opts, v) != -1 else str(v)
                    for v in selected]

        widget_id, current, _ = self._register_widget(
            "multiselect", key=key, label=label,
            id_kwargs=dict(options=labels, default=default_indices, help=help,
                           max_selections=max_selections, placeholder=placeholder,
                           accept_new_options=accept_new_options, filter_mode=filter_mode,
                           select_all=select_all, width=width),
            key_as_main_identity={"max_selections", "accept_new_options"},
            deserializer=deserialize, on_change=callback, args=args, kwargs=kwargs,
            default_value=default, disabled=disabled, bind=bind,
            url_codec=UrlCodec("string_array_value", clearable=True,
                               to_front_end=options_of_labels, serialize=labels_of,
                               sanitize=sanitize),
        )
        # Checked on the registered value (the defaults on a first run), as Streamlit does.
        if max_selections is not None and len(current) > max_selections:
            raise StreamlitSelectionCountExceedsMaxError(len(current), max_selections)
        if not accept_new_options and not all(among_options(v) for v in current):
            # The options changed: keep the selections that are still offered.
            current = [v for v in current if among_options(v)]
            self._reset_widget_value(key, current)
        current = maybe_coerce_enum_sequence(current, options, opts)
        self._enqueue(self._widget_element("multiselect", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "options": opts, "option_labels": labels, "max_selections": max_selections,
            "placeholder": placeholder, "label_visibility": label_visibility,
            "ignore_rerun": ignore, "format_func": format_func,
            "accept_new_options": accept_new_options,
        }))
        return current

    # ---------------------------------------------------------- date & time
    def date_input(self: "DeltaGenerator", label: str, value: Any = "today",
                   min_value: Any = None, max_value: Any = None, key: Any = None,
                   help: str | None = None, on_change: Any = "rerun", args: Any = None,
                   kwargs: Any = None, *, format: str = "YYYY/MM/DD", disabled: bool = False,
                   required: bool = False, label_visibility: str = "visible",
                   width: Any = "stretch", bind: Any = None, persist_state: Any = None) -> Any:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_widget_policies(self, key, callback,
                              default_value=value if value != "today" else None)
        check_no_bind(bind, persist_state)
        label = checked_label(label, label_visibility)
        check_widget_sizes(width, content=False)
        widget_id = self._widget_id("date_input", key, label, dict(
            value=date_identity(value), min_value=date_identity(min_value),
            max_value=date_identity(max_value), help=help, format=format, width=width,
            required=required), {"format"})
        validate_date_format(format)
        spec = DateSpec.build(value, min_value, max_value)
        state_value = require_context().session.key_value(key)
        if isinstance(value, str) and value == "today" and state_value is not NO_VALUE:
            # The default follows a value set through session state (single or range).
            spec = DateSpec.build(state_value, min_value, max_value)
        current, from_state = self._register_widget_state(
            widget_id, key=key, deserializer=spec.deserialize, on_change=callback,
            args=args, kwargs=kwargs, disabled=disabled)
        has_explicit_bounds = min_value is not None or max_value is not None
        if has_explicit_bounds and spec.out_of_bounds(current):
            current = spec.default
            self._reset_widget_value(key, current)
        check_state_type("date_input", key, current, from_state,
                          isinstance(current, (dt.date, list, tuple)), AttributeError,
                          "a date or a (start, end) tuple of dates")
        self._enqueue(self._widget_element("date_input", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "min_value": spec.min_value, "max_value": spec.max_value,
            "is_range": spec.is_range, "format": format,
            "label_visibility": label_visibility, "ignore_rerun": ignore,
        }))
        return current

    def time_input(self: "DeltaGenerator", label: str, value: Any = "now", key: Any = None,
                   help: str | None = None, on_change: Any = "rerun", args: Any = None,
                   kwargs: Any = None, *, disabled: bool = False, required: bool = False,
                   label_visibility: str = "visible",
                   step: Any = dt.timedelta(seconds=900), format: str = "24h",
                   width: Any = "stretch", bind: Any = None,
                   persist_state: Any = None) -> dt.time | None:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_widget_policies(self, key, callback, default_value=value if value != "now" else None)
        check_no_bind(bind, persist_state)
        label = checked_label(label, label_visibility)
        check_widget_sizes(width, content=False)
        default = None if value is None else _parse_time(value)
        step_seconds = (int(step.total_seconds()) if isinstance(step, dt.timedelta)
                        else step if isinstance(step, int) else 0)
        whole_minutes = step_seconds > 0 and step_seconds % 60 == 0
        if default is not None and whole_minutes:
            default = default.replace(second=0, microsecond=0)
        widget_id = self._widget_id("time_input", key, label, dict(
            value=default if isinstance(value, (dt.datetime, dt.time)) else value,
            help=help, step=step, width=width, required=required), {"step"})
        if require_context().session.key_value(key) is None:
            default = None
        if isinstance(step, bool) or not isinstance(step, (int, dt.timedelta)):
            raise StreamlitInvalidParameterTypeError("step", type(step).__name__,
                                                     ["int", "timedelta"])
        if not 1 <= step_seconds <= 23 * 3600:
            raise StreamlitValueOutOfRangeError("step", f"{step_seconds} seconds",
                                                "1 second", "23 hours")
        if format not in ("12h", "24h", "localized"):
            raise StreamlitValueError("format", ["'12h'", "'24h'", "'localized'"])

        def deserialize(v: Any) -> dt.time | None:
            if v is None:
                return default
            try:
                parsed = _parse_time(v)
            except StreamlitAPIException:
                return default
            # The front end edits whole minutes when the step is whole minutes.
            return parsed.replace(second=0, microsecond=0) if whole_minutes else parsed

        current, from_state = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        check_state_type("time_input", key, current, from_state,
                          isinstance(current, (dt.time, dt.datetime)), TypeError,
                          "a datetime.time")
        self._enqueue(self._widget_element("time_input", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "step": step_seconds, "format": format,
            "label_visibility": label_visibility, "ignore_rerun": ignore,
        }))
        return current

    # ----------------------------------------------------------------- color
    def color_picker(self: "DeltaGenerator", label: str, value: str | None = None,
                     key: Any = None, help: str | None = None, on_change: Any = "rerun",
                     args: Any = None, kwargs: Any = None, *, disabled: bool = False,
                     label_visibility: str = "visible", width: Any = "content",
                     bind: Any = None, persist_state: Any = None) -> str:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_no_persist_state(persist_state)
        label = checked_label(label, label_visibility)
        if isinstance(width, str):  # Streamlit lets a color picker's negative width pass
            check_widget_sizes(width, content=True)
        default = "#000000" if value is None else value

        def validate() -> None:
            if not isinstance(default, str):
                raise StreamlitInvalidParameterTypeError(
                    "value", type(default).__name__, ["str"],
                    detail="Pass a hex string like `'#00FFAA'` or `'#000'`.")
            if not HEX_COLOR.match(default):
                raise StreamlitAPIException(
                    f"'{default}' is not a valid hex code for colors. Valid ones are like "
                    "'#00FFAA' or '#000'.", error_id="color-picker-invalid-hex")

        def deserialize(v: Any) -> str:
            # Streamlit falls back to the default for anything but a hex color.
            if v is None or v == "" or not isinstance(v, str):
                return default
            normalized = v if v.startswith("#") else f"#{v}"
            return normalized if HEX_COLOR.match(normalized) else default

        widget_id, current, from_state = self._register_widget(
            "color_picker", key=key, label=label,
            id_kwargs=dict(value=str(value), help=help, width=width),
            key_as_main_identity=True, deserializer=deserialize,
            on_change=callback, args=args, kwargs=kwargs, default_value=value,
            disabled=disabled, validate=validate, bind=bind, url_codec=_COLOR_URL_CODEC,
        )
        check_state_type("color_picker", key, current, from_state, isinstance(current, str),
                          TypeError, "a hex color string like '#00FFAA'")
        self._enqueue(self._widget_element("color_picker", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "label_visibility": label_visibility, "ignore_rerun": ignore,
        }))
        return current


def _parse_time(value: Any) -> dt.time:
    """Streamlit's time_input values: "now", time, datetime, ISO string."""
    if isinstance(value, str) and value == "now":
        return dt.datetime.now().time().replace(microsecond=0)
    if isinstance(value, str):
        try:
            return dt.time.fromisoformat(value).replace(microsecond=0)
        except ValueError:
            try:
                return dt.datetime.fromisoformat(value).time().replace(microsecond=0)
            except ValueError:
                pass
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0, tzinfo=None)
    if isinstance(value, dt.time):
        return value
    raise StreamlitInvalidParameterTypeError(
        "value", type(value).__name__, ["datetime", "time", "ISO string"])
