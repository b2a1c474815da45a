"""Input widgets, with Streamlit's signatures, identity rules and validation.

Each widget: check Streamlit's policies, compute its id, validate its
arguments, register it with the session (which yields its value), append an
element that carries everything a renderer needs, and return the value.

``deserializer(v)`` turns a value sent by a front end into what the script
sees; ``deserializer(None)`` is the widget's default.
"""

from __future__ import annotations

import datetime as dt
import numbers
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..errors import (
    StreamlitAPIException,
    StreamlitDefaultNotInOptionsError,
    StreamlitInvalidColorError,
    StreamlitInvalidLayoutContextError,
    StreamlitInvalidMinMaxError,
    StreamlitMixedNumericTypesError,
    StreamlitSelectionCountExceedsMaxError,
    StreamlitValueAboveMaxError,
    StreamlitValueBelowMinError,
    StreamlitValueError,
    StreamlitNotSupportedInNotebookError,
    FORM_DOCS_INFO,
)

if TYPE_CHECKING:
    from ..delta_generator import DeltaGenerator

_ON_CHANGE_MODES = ("rerun", "ignore")
_LABEL_VISIBILITIES = ("visible", "hidden", "collapsed")
_HEX_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")


def _callback(on_change: Any, param: str = "on_change",
              modes: tuple[str, ...] = _ON_CHANGE_MODES) -> tuple[Callable[..., Any] | None, bool]:
    """Split Streamlit's ``on_change`` (callable, "rerun", "ignore" or None) into
    (callback, ignore_rerun)."""
    if on_change is None or callable(on_change):
        return on_change, False
    if isinstance(on_change, str) and on_change in modes:
        return None, on_change == "ignore"
    raise StreamlitValueError(param, ["a callable", *[f"'{m}'" for m in modes], "None"])


def _label(label: Any, label_visibility: str) -> str:
    if label_visibility not in _LABEL_VISIBILITIES:
        raise StreamlitValueError("label_visibility", ["'visible'", "'hidden'", "'collapsed'"])
    return "" if label is None else str(label)


def _no_bind(bind: Any, persist_state: Any) -> None:
    if bind is not None:
        raise StreamlitNotSupportedInNotebookError(
            f"`bind={bind!r}`", "A notebook has no URL query parameters: leave `bind` unset.")
    if persist_state is not None:
        raise StreamlitNotSupportedInNotebookError(
            f"`persist_state={persist_state!r}`",
            "A notebook has a single page: widget state already persists; leave it unset.")


def _options(options: Any) -> list[Any]:
    """Streamlit's option sequences: lists, tuples, dicts (keys), Series, frames (first column)."""
    if options is None:
        return []
    if hasattr(options, "columns") and hasattr(options, "iloc"):  # a DataFrame
        return list(options.iloc[:, 0])
    if isinstance(options, dict):
        return list(options.keys())
    if isinstance(options, (str, bytes)):
        return list(options)
    try:
        return list(options)
    except TypeError:
        raise StreamlitAPIException(
            f"`options` must be a sequence (list, tuple, dict keys, Series...), "
            f"not {type(options).__name__}."
        ) from None


def _format_options(options: list[Any], format_func: Callable[[Any], Any]) -> list[str]:
    return [str(format_func(option)) for option in options]


def _index_of(options: list[Any], value: Any) -> int:
    for i, option in enumerate(options):
        try:
            if option == value:
                return i
        except Exception:  # e.g. numpy arrays compared elementwise
            continue
    return -1


class WidgetsMixin:
    """``st.button`` ... ``st.color_picker``."""

    # ------------------------------------------------------------- buttons
    def button(self, label: str, key: Any = None, help: str | None = None,
               on_click: Callable[..., Any] | None = None, args: Any = None,
               kwargs: Any = None, *, type: str = "secondary", icon: str | None = None,
               icon_position: str = "left", disabled: bool = False,
               use_container_width: bool | None = None, width: Any = "content",
               shortcut: str | None = None, wrap: bool | None = None) -> bool:
        return self._button(label, key, help, False, on_click, args, kwargs, type=type,
                            icon=icon, icon_position=icon_position, disabled=disabled,
                            width=width, shortcut=shortcut)

    def _button(self: "DeltaGenerator", label: Any, key: Any, help: str | None,
                is_form_submitter: bool, on_click: Any, args: Any, kwargs: Any, *,
                type: str, icon: str | None, icon_position: str, disabled: bool,
                width: Any, shortcut: str | None) -> bool:
        from ..delta_generator import require_context, to_key

        key = to_key(key)
        label = "" if label is None else str(label)
        if on_click is not None and not callable(on_click):
            raise StreamlitValueError("on_click", ["a callable", "None"])
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
        form_id = self._current_form_id if is_form_submitter else ""
        in_form = self._in_form()

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
            "value": value,
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
                              disabled, label_visibility, bind, persist_state)

    def toggle(self, label: str, value: bool = False, key: Any = None,
               help: str | None = None, on_change: Any = "rerun", args: Any = None,
               kwargs: Any = None, *, disabled: bool = False,
               label_visibility: str = "visible", width: Any = "content",
               wrap: bool | None = None, bind: Any = None,
               persist_state: Any = None) -> bool:
        return self._checkbox("toggle", label, value, key, help, on_change, args, kwargs,
                              disabled, label_visibility, bind, persist_state)

    def _checkbox(self: "DeltaGenerator", kind: str, label: Any, value: Any, key: Any,
                  help: str | None, on_change: Any, args: Any, kwargs: Any,
                  disabled: bool, label_visibility: str, bind: Any,
                  persist_state: Any) -> bool:
        from ..delta_generator import to_key

        key = to_key(key)
        callback, ignore = _callback(on_change)
        _no_bind(bind, persist_state)
        label = _label(label, label_visibility)
        default = bool(value)
        widget_id, current, _ = self._register_widget(
            kind, key=key, label=label,
            id_kwargs=dict(value=default, help=help),
            key_as_main_identity=True,
            deserializer=lambda v: default if v is None else bool(v),
            on_change=callback, args=args, kwargs=kwargs,
            default_value=None if value is False else value, disabled=disabled,
        )
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
        from ..delta_generator import require_context, to_key

        key = to_key(key)
        callback, ignore = _callback(on_change)
        _no_bind(bind, persist_state)
        label = _label(label, label_visibility)
        numeric = [min_value, max_value, value, step]
        for name, arg in zip(("min_value", "max_value", "value", "step"), numeric):
            if arg is not None and not (isinstance(arg, numbers.Number) and not isinstance(arg, bool)) \
                    and not (name == "value" and arg == "min"):
                raise StreamlitAPIException(
                    f"`st.number_input` `{name}` must be a number (int or float), "
                    f"not {type(arg).__name__} ({arg!r})."
                )
        widget_id, current, _ = None, None, None
        all_int = all(isinstance(a, (numbers.Integral, type(None), str)) for a in numeric)
        all_float = all(isinstance(a, (float, type(None), str)) for a in numeric)

        ctx = require_context()
        default: Any = value
        if key is not None and key in ctx.session.filtered_state \
                and ctx.session.filtered_state[key] is None:
            default = None
        if default == "min":
            if min_value is not None:
                default = min_value
            elif all_int and all_float:
                default = 0.0
            elif all_int:
                default = 0
            else:
                default = 0.0
        is_int = isinstance(default, numbers.Integral) or (default is None and all_int and not all_float)
        number_format = ("%d" if is_int else "%0.2f") if format is None else format
        if step is None:
            step = 1 if is_int else 0.01
        use_int = is_int and all_int

        def validate() -> None:
            if not all_int and not all_float:
                raise StreamlitMixedNumericTypesError(value, min_value, max_value, step)
            try:
                float(number_format % 2)
            except (TypeError, ValueError):
                from ..errors import LocalizableStreamlitException
                raise LocalizableStreamlitException(
                    "Format string for `st.number_input` contains invalid characters: {format}",
                    format=number_format) from None
            if min_value is not None and max_value is not None and min_value > max_value:
                raise StreamlitInvalidMinMaxError(min_value, max_value)
            if min_value is not None and default is not None and min_value > default:
                raise StreamlitValueBelowMinError(value=default, min_value=min_value)
            if max_value is not None and default is not None and max_value < default:
                raise StreamlitValueAboveMaxError(value=default, max_value=max_value)

        def deserialize(v: Any) -> Any:
            if v is None:
                return default
            return int(v) if use_int else float(v)

        widget_id, current, _ = self._register_widget(
            "number_input", key=key, label=label,
            id_kwargs=dict(min_value=min_value, max_value=max_value, value=value, step=step,
                           format=format, help=help, placeholder=placeholder, icon=icon,
                           required=required),
            key_as_main_identity=True, deserializer=deserialize,
            on_change=callback, args=args, kwargs=kwargs,
            default_value=value if value != "min" else None, disabled=disabled,
            validate=validate,
        )
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
        return self._text_widget("text_input", label, value, max_chars, key, help, on_change,
                                 args, kwargs, placeholder, disabled, label_visibility,
                                 bind, persist_state, {"type": type, "icon": icon})

    def text_area(self, label: str, value: Any = "", height: Any = None,
                  max_chars: int | None = None, key: Any = None, help: str | None = None,
                  on_change: Any = "rerun", args: Any = None, kwargs: Any = None, *,
                  placeholder: str | None = None, disabled: bool = False,
                  required: bool = False, label_visibility: str = "visible",
                  width: Any = "stretch", bind: Any = None,
                  persist_state: Any = None) -> str | None:
        return self._text_widget("text_area", label, value, max_chars, key, help, on_change,
                                 args, kwargs, placeholder, disabled, label_visibility,
                                 bind, persist_state, {"height": height})

    def _text_widget(self: "DeltaGenerator", kind: str, label: Any, value: Any,
                     max_chars: Any, key: Any, help: str | None, on_change: Any,
                     args: Any, kwargs: Any, placeholder: Any, disabled: bool,
                     label_visibility: str, bind: Any, persist_state: Any,
                     extra: dict[str, Any]) -> str | None:
        from ..delta_generator import to_key

        key = to_key(key)
        callback, ignore = _callback(on_change)
        _no_bind(bind, persist_state)
        label = _label(label, label_visibility)
        default = None if value is None else str(value)
        if max_chars is not None and (not isinstance(max_chars, int) or max_chars <= 0):
            raise StreamlitAPIException(
                f"`max_chars` must be a positive integer or None, not {max_chars!r}.")

        def validate() -> None:
            if max_chars is not None and default is not None and len(default) > max_chars:
                raise StreamlitAPIException(
                    f"`value` ({default!r}) has more than {max_chars} characters "
                    f"(`max_chars`). Shorten the default value or raise `max_chars`.")

        widget_id, current, _ = self._register_widget(
            kind, key=key, label=label,
            id_kwargs=dict(value=default, max_chars=max_chars, help=help,
                           placeholder=placeholder, **{k: v for k, v in extra.items() if k != "height"}),
            key_as_main_identity={"max_chars"}, on_change=callback, args=args, kwargs=kwargs,
            deserializer=lambda v: default if v is None else str(v),
            default_value=None if value == "" else value, disabled=disabled,
            validate=validate,
        )
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
        from ..delta_generator import to_key
        from .slider_values import SliderSpec

        key = to_key(key)
        callback, ignore = _callback(on_change)
        _no_bind(bind, persist_state)
        label = _label(label, label_visibility)
        spec = SliderSpec.build(min_value, max_value, value, step, format)
        widget_id, current, _ = self._register_widget(
            "slider", key=key, label=label,
            id_kwargs=dict(min_value=min_value, max_value=max_value, value=value, step=step,
                           format=format, help=help),
            key_as_main_identity={"min_value", "max_value", "step"},
            deserializer=spec.deserialize, on_change=callback, args=args, kwargs=kwargs,
            default_value=value, disabled=disabled, validate=spec.validate,
        )
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
        from ..delta_generator import to_key

        key = to_key(key)
        callback, ignore = _callback(on_change)
        _no_bind(bind, persist_state)
        label = _label(label, label_visibility)
        opts = _options(options)
        if not opts:
            raise StreamlitAPIException("The `options` argument needs to be non-empty")
        is_range = isinstance(value, (list, tuple))
        if is_range:
            if len(value) not in (1, 2):
                raise StreamlitAPIException(
                    "Invalid value for `value`. A range of two options is required "
                    f"(a tuple or list of length 2), got {len(value)}.")
            indices = [_index_of(opts, v) for v in value]
            if -1 in indices:
                raise StreamlitAPIException(f"Every selection of `value` ({value!r}) must be one of the options.")
            if len(indices) == 1:
                indices = [indices[0], indices[0]]
            default: Any = (opts[min(indices)], opts[max(indices)])
        elif value is None:
            default = opts[0]
        else:
            if _index_of(opts, value) == -1:
                raise StreamlitAPIException(f"`value` ({value!r}) must be one of the options.")
            default = value

        def deserialize(v: Any) -> Any:
            if v is None:
                return default
            if is_range:
                first, last = list(v)
                return (first, last)
            return v

        labels = _format_options(opts, format_func)
        widget_id, current, _ = self._register_widget(
            "select_slider", key=key, label=label,
            id_kwargs=dict(options=[str(o) for o in labels], value=value, help=help),
            key_as_main_identity=True, deserializer=deserialize,
            on_change=callback, args=args, kwargs=kwargs, default_value=value,
            disabled=disabled,
        )
        self._enqueue(self._widget_element("select_slider", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "options": opts, "option_labels": labels, "is_range": is_range,
            "label_visibility": label_visibility, "ignore_rerun": ignore,
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
        return self._single_choice("selectbox", label, options, index, format_func, key,
                                   help, on_change, args, kwargs, disabled, label_visibility,
                                   bind, persist_state, {"placeholder": placeholder,
                                                         "accept_new_options": accept_new_options})

    def radio(self, label: str, options: Any, index: int | None = 0,
              format_func: Callable[[Any], Any] = str, key: Any = None,
              help: str | None = None, on_change: Any = "rerun", args: Any = None,
              kwargs: Any = None, *, disabled: bool = False, horizontal: bool = False,
              captions: Sequence[str] | None = None, label_visibility: str = "visible",
              width: Any = "content", bind: Any = None, persist_state: Any = None) -> Any:
        return self._single_choice("radio", label, options, index, format_func, key, help,
                                   on_change, args, kwargs, disabled, label_visibility, bind,
                                   persist_state, {"horizontal": horizontal,
                                                   "captions": list(captions or [])})

    def _single_choice(self: "DeltaGenerator", kind: str, label: Any, options: Any,
                       index: Any, format_func: Callable[[Any], Any], key: Any,
                       help: str | None, on_change: Any, args: Any, kwargs: Any,
                       disabled: bool, label_visibility: str, bind: Any,
                       persist_state: Any, extra: dict[str, Any]) -> Any:
        from ..delta_generator import to_key

        key = to_key(key)
        callback, ignore = _callback(on_change)
        _no_bind(bind, persist_state)
        label = _label(label, label_visibility)
        opts = _options(options)
        if index is not None and (not isinstance(index, int) or isinstance(index, bool)):
            raise StreamlitAPIException(
                f"`index` must be an integer or None, not {type(index).__name__} ({index!r}).")
        if index is not None and opts and not 0 <= index < len(opts):
            raise StreamlitAPIException(
                "Selectbox index must be greater than or equal to 0 and less than the length of options."
                if kind == "selectbox" else
                "Radio index must be between 0 and length of options")
        default = opts[index] if (opts and index is not None) else None
        labels = _format_options(opts, format_func)
        widget_id, current, _ = self._register_widget(
            kind, key=key, label=label,
            id_kwargs=dict(options=labels, index=index, help=help,
                           **{k: v for k, v in extra.items() if k != "captions"}),
            key_as_main_identity=True if kind == "radio" else {"accept_new_options"},
            deserializer=lambda v: default if v is None else v,
            on_change=callback, args=args, kwargs=kwargs,
            default_value=None if index == 0 else index, disabled=disabled,
        )
        self._enqueue(self._widget_element(kind, widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "options": opts, "option_labels": labels, "index": _index_of(opts, current),
            "label_visibility": label_visibility, "ignore_rerun": ignore, **extra,
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
        from ..delta_generator import to_key

        key = to_key(key)
        callback, ignore = _callback(on_change)
        _no_bind(bind, persist_state)
        label = _label(label, label_visibility)
        opts = _options(options)
        if default is None:
            defaults: list[Any] = []
        elif isinstance(default, (list, tuple, set)) or (
                hasattr(default, "__iter__") and not isinstance(default, (str, bytes))):
            defaults = list(default)
        else:
            defaults = [default]
        for item in defaults:
            if _index_of(opts, item) == -1:
                raise StreamlitDefaultNotInOptionsError(item)
        if max_selections is not None and len(defaults) > max_selections:
            raise StreamlitSelectionCountExceedsMaxError(len(defaults), max_selections)
        labels = _format_options(opts, format_func)

        def deserialize(v: Any) -> list[Any]:
            return list(defaults) if v is None else list(v)

        widget_id, current, _ = self._register_widget(
            "multiselect", key=key, label=label,
            id_kwargs=dict(options=labels, default=[str(d) for d in defaults], help=help,
                           max_selections=max_selections, placeholder=placeholder,
                           accept_new_options=accept_new_options),
            key_as_main_identity={"max_selections", "accept_new_options"},
            deserializer=deserialize, on_change=callback, args=args, kwargs=kwargs,
            default_value=default, disabled=disabled,
        )
        if max_selections is not None and len(current) > max_selections:
            raise StreamlitSelectionCountExceedsMaxError(len(current), max_selections)
        self._enqueue(self._widget_element("multiselect", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "options": opts, "option_labels": labels, "max_selections": max_selections,
            "placeholder": placeholder, "label_visibility": label_visibility,
            "ignore_rerun": ignore,
        }))
        return current

    # ---------------------------------------------------------- date & time
    def date_input(self: "DeltaGenerator", label: str, value: Any = "today",
                   min_value: Any = None, max_value: Any = None, key: Any = None,
                   help: str | None = None, on_change: Any = "rerun", args: Any = None,
                   kwargs: Any = None, *, format: str = "YYYY/MM/DD", disabled: bool = False,
                   required: bool = False, label_visibility: str = "visible",
                   width: Any = "stretch", bind: Any = None, persist_state: Any = None) -> Any:
        from ..delta_generator import to_key
        from .slider_values import DateSpec

        key = to_key(key)
        callback, ignore = _callback(on_change)
        _no_bind(bind, persist_state)
        label = _label(label, label_visibility)
        if format not in ("YYYY/MM/DD", "DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD",
                          "DD-MM-YYYY", "MM-DD-YYYY", "YYYY.MM.DD", "DD.MM.YYYY", "MM.DD.YYYY"):
            raise StreamlitAPIException(
                f"The provided format (`{format}`) is not valid. DateInput format should be "
                "one of `YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a "
                "period (.) or hyphen (-) as separators.")
        spec = DateSpec.build(value, min_value, max_value)
        widget_id, current, _ = self._register_widget(
            "date_input", key=key, label=label,
            id_kwargs=dict(value=value, min_value=min_value, max_value=max_value, help=help,
                           format=format),
            key_as_main_identity={"format"}, deserializer=spec.deserialize,
            on_change=callback, args=args, kwargs=kwargs,
            default_value=value if value != "today" else None, disabled=disabled,
            validate=spec.validate,
        )
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
        from ..delta_generator import to_key

        key = to_key(key)
        callback, ignore = _callback(on_change)
        _no_bind(bind, persist_state)
        label = _label(label, label_visibility)
        if format not in ("12h", "24h", "localized"):
            raise StreamlitValueError("format", ["'12h'", "'24h'", "'localized'"])
        default = _parse_time(value)
        seconds = step.total_seconds() if isinstance(step, dt.timedelta) else step
        if not isinstance(seconds, (int, float)) or isinstance(seconds, bool):
            raise StreamlitAPIException(
                f"`step` can only be `int` or `timedelta` but {type(step)} is provided.")
        if seconds < 60 or seconds > 86400:
            raise StreamlitAPIException(
                f"`step` must be between 60 seconds and 23 hours but is currently set to {int(seconds)} seconds.")

        def deserialize(v: Any) -> dt.time | None:
            if v is None:
                return default
            return _parse_time(v)

        widget_id, current, _ = self._register_widget(
            "time_input", key=key, label=label,
            id_kwargs=dict(value=value if isinstance(value, str) else default, help=help,
                           step=seconds),
            key_as_main_identity={"step"}, deserializer=deserialize,
            on_change=callback, args=args, kwargs=kwargs,
            default_value=value if value != "now" else None, disabled=disabled,
        )
        self._enqueue(self._widget_element("time_input", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "step": int(seconds), "format": format,
            "label_visibility": label_visibility, "ignore_rerun": ignore,
        }))
        return current

    # ----------------------------------------------------------------- color
    def color_picker(self: "DeltaGenerator", label: str, value: str | None = None,
                     key: Any = None, help: str | None = None, on_change: Any = "rerun",
                     args: Any = None, kwargs: Any = None, *, disabled: bool = False,
                     label_visibility: str = "visible", width: Any = "content",
                     bind: Any = None, persist_state: Any = None) -> str:
        from ..delta_generator import to_key

        key = to_key(key)
        callback, ignore = _callback(on_change)
        _no_bind(bind, persist_state)
        label = _label(label, label_visibility)
        default = "#000000" if value is None else value
        if not isinstance(default, str):
            raise StreamlitAPIException(
                f'Color Picker Value has invalid type: {type(default).__name__}. '
                'Expects a hex string like "#00FFAA" or "#000".')
        if not _HEX_COLOR.match(default):
            raise StreamlitAPIException(
                f'"{default}" is not a valid hex code for colors. Valid ones are like "#00FFAA" or "#000".')

        def deserialize(v: Any) -> str:
            if v is None:
                return default
            if not isinstance(v, str) or not _HEX_COLOR.match(v):
                raise StreamlitInvalidColorError(v)
            return v

        widget_id, current, _ = self._register_widget(
            "color_picker", key=key, label=label,
            id_kwargs=dict(value=default, help=help),
            key_as_main_identity=True, deserializer=deserialize,
            on_change=callback, args=args, kwargs=kwargs, default_value=value,
            disabled=disabled,
        )
        self._enqueue(self._widget_element("color_picker", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "label_visibility": label_visibility, "ignore_rerun": ignore,
        }))
        return current


def _parse_time(value: Any) -> dt.time | None:
    """Streamlit's time_input values: "now", time, datetime, ISO string, None."""
    if value is None:
        return None
    if isinstance(value, str) and value == "now":
        return dt.datetime.now().time().replace(second=0, microsecond=0)
    if isinstance(value, dt.datetime):
        return value.time().replace(tzinfo=None)
    if isinstance(value, dt.time):
        return value
    if isinstance(value, str):
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(value).time()
        except ValueError:
            pass
    raise StreamlitAPIException(
        "The type of value should be one of datetime, time, ISO string or None, "
        f"not {type(value).__name__} ({value!r}).")
