"""Button groups: ``st.pills``, ``st.segmented_control`` and ``st.feedback``.

Each follows Streamlit 1.67's steps in Streamlit's order (policies, id,
validation, registration), so the same mistake raises the same error first.

What a front end sends for each widget (``deserializer(v)``; ``None`` always
means "no interaction yet: the default"):

* pills / segmented_control: a list of chosen options (``[]`` once cleared),
  as Streamlit's string array, so a cleared single selection differs from
  "no interaction";
* feedback: the chosen index, or ``""`` once cleared (Streamlit's wire form).
"""

from __future__ import annotations

import numbers
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..runtime.errors import StreamlitAPIException, StreamlitDefaultNotInOptionsError, StreamlitIncompatibleParametersError, StreamlitValueError, StreamlitValueOutOfRangeError
from .widget_helpers import (
    maybe_coerce_enum,
    maybe_coerce_enum_sequence,
    check_no_bind,
    check_no_persist_state,
    check_widget_policies,
    checked_label,
    format_options,
    options_list,
    parse_on_change,
    to_key,
)
from ..runtime.state import UrlCodec
from ..runtime.widget_binding import sanitize_labels
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


# ============================================================ button groups
_FEEDBACK_OPTIONS = {"thumbs": 2, "faces": 5, "stars": 5}


def _label_index(labels: list[str]) -> dict[str, int]:
    """Label -> option index; with repeated labels the last one wins, as in Streamlit."""
    return {label: i for i, label in enumerate(labels)}


def _chosen(options: list[Any], by_label: dict[str, int],
            format_func: Callable[[Any], Any], value: Any) -> Any:
    """The option of this run that ``value`` (sent or kept) stands for, by
    label; ``_MISSING`` when no option has its label."""
    try:
        index = by_label.get(format_func(value))
    except Exception:  # format_func cannot handle a stale value
        return _MISSING
    return _MISSING if index is None else options[index]


class _NoOption:
    """A URL label no option has."""


_NO_OPTION = _NoOption()


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


_MISSING: Any = _Missing()


# ==================================================================== mixin
class ButtonGroupsMixin(ElementMixin):
    """``st.pills``, ``st.segmented_control``, ``st.feedback``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("pills", "segmented_control", "feedback")

    # ------------------------------------------------- pills / segmented_control
    def pills(self, label: str, options: Any, *, selection_mode: str = "single",
              default: Any = None, required: bool = False,
              format_func: Callable[[Any], Any] | None = None, key: Any = None,
              help: str | None = None, on_change: Any = "rerun", args: Any = None,
              kwargs: Any = None, disabled: bool = False, label_visibility: str = "visible",
              width: Any = "content", wrap: bool | None = None, bind: Any = None,
              persist_state: Any = None) -> Any:
        """A row of pill buttons; single or multi selection (see ``segmented_control``)."""
        return self._button_group("pills", label, options, selection_mode, default, required,
                                  format_func, key, help, on_change, args, kwargs, disabled,
                                  label_visibility, width, bind, persist_state)

    def segmented_control(self, label: str, options: Any, *, selection_mode: str = "single",
                          default: Any = None, required: bool = False,
                          format_func: Callable[[Any], Any] | None = None, key: Any = None,
                          help: str | None = None, on_change: Any = "rerun", args: Any = None,
                          kwargs: Any = None, disabled: bool = False,
                          label_visibility: str = "visible", width: Any = "content",
                          wrap: bool | None = None, bind: Any = None,
                          persist_state: Any = None) -> Any:
        """A segmented control. ``selection_mode="single"`` returns the chosen
        option or None (clicking the chosen option again clears it unless
        ``required=True``); ``"multi"`` returns a list."""
        return self._button_group("segmented_control", label, options, selection_mode, default,
                                  required, format_func, key, help, on_change, args, kwargs,
                                  disabled, label_visibility, width, bind, persist_state)

    def _button_group(self: "DeltaGenerator", style: str, label: Any, options: Any,
                      selection_mode: Any, default: Any, required: bool,
                      format_func: Callable[[Any], Any] | None, key: Any,
                      help: str | None, on_change: Any, args: Any, kwargs: Any,
                      disabled: bool, label_visibility: str, width: Any, bind: Any,
                      persist_state: Any) -> Any:
        label = checked_label(label, label_visibility)
        if required and selection_mode == "multi":
            raise StreamlitIncompatibleParametersError(
                "required=True", "selection_mode='multi'",
                explanation="`required` is only supported for single-select mode.")
        format_func = format_func or str
        opts = options_list(options)
        default_indices: list[int] = []
        if default is not None:
            for item in options_list(default):
                if item not in opts:
                    raise StreamlitDefaultNotInOptionsError(item)
                default_indices.append(opts.index(item))
        labels = format_options(opts, format_func)
        if selection_mode not in ("single", "multi"):
            raise StreamlitValueError("selection_mode", ["'single'", "'multi'"])
        multi = selection_mode == "multi"
        if not multi and default is not None and len(default_indices) > 1:
            raise StreamlitAPIException(
                f"The default argument to `st.{style}` must be a single value when "
                "`selection_mode='single'`.",
                error_id="button-group-single-select-multiple-defaults")
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_no_persist_state(persist_state)
        check_widget_policies(self, key, callback, default_value=default_indices or None)
        widget_id = self._widget_id(style, key, label, dict(
            options=labels, default=default_indices, click_mode=selection_mode, style=style,
            width=width, help=help), {"click_mode"})
        by_label = _label_index(labels)
        defaults = [opts[i] for i in default_indices]

        def deserialize(value: Any) -> Any:
            if value is None:
                return list(defaults) if multi else (defaults[0] if defaults else None)
            sent = value if isinstance(value, list) else [value]
            chosen = [c for c in (_chosen(opts, by_label, format_func, v) for v in sent)
                      if c is not _MISSING]
            if multi:
                # Streamlit drops what is no longer offered; all gone -> defaults.
                return list(defaults) if not chosen and sent and defaults else chosen
            if not sent:
                return None  # cleared by a person
            if chosen:
                return chosen[0]
            return defaults[0] if defaults else None

        def options_of_labels(url_labels: list[str]) -> list[Any]:
            # An unknown label stands for no option (the deserializer drops
            # it); a single selection reads the first label only, as Streamlit's.
            return [opts[by_label[label]] if label in by_label else _NO_OPTION
                    for label in (url_labels if multi else url_labels[:1])]

        def labels_of(value: Any) -> list[str]:
            chosen = value if multi else ([] if value is None else [value])
            return [str(format_func(v)) for v in chosen]

        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled, bind=bind,
            url_codec=UrlCodec(
                "string_array_value", clearable=True, to_front_end=options_of_labels,
                serialize=labels_of,
                sanitize=lambda url_labels: sanitize_labels(
                    url_labels, valid=labels, max_length=None if multi else 1)))
        # A value kept from an earlier run (or set through session state) must
        # still be an option: Streamlit resets or filters it.
        if multi:
            kept = [v for v in current if _chosen(opts, by_label, format_func, v) is not _MISSING]
            if len(kept) != len(current):
                current = kept
                self._reset_widget_value(key, current)
        elif current is not None and _chosen(opts, by_label, format_func, current) is _MISSING:
            current = defaults[0] if defaults else None
            self._reset_widget_value(key, current)
        current = maybe_coerce_enum_sequence(current, options, opts) if multi \
            else maybe_coerce_enum(current, options, opts)
        self._enqueue(self._widget_element(style, widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "options": opts, "option_labels": labels, "multi": multi, "required": required,
            "format_func": format_func, "label_visibility": label_visibility,
            "ignore_rerun": ignore,
        }))
        return current

    # --------------------------------------------------------------- feedback
    def feedback(self: "DeltaGenerator", options: str = "thumbs", *, key: Any = None,
                 default: int | None = None, disabled: bool = False,
                 on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
                 width: Any = "content", bind: Any = None,
                 persist_state: Any = None) -> int | None:
        """Thumbs (2), faces (5) or stars (5): the chosen option's index, or
        None. Choosing the chosen option again clears it."""
        if options not in _FEEDBACK_OPTIONS:
            raise StreamlitValueError("options", ["'thumbs'", "'faces'", "'stars'"])
        count = _FEEDBACK_OPTIONS[options]
        if default is not None and not 0 <= default < count:
            raise StreamlitValueOutOfRangeError("default", default, 0, count - 1)
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_no_bind(bind, persist_state)
        check_widget_policies(self, key, callback, default_value=default)
        widget_id = self._widget_id("feedback", key, "", dict(
            options=options, default=default, width=width), {"options"})
        if isinstance(default, bool):
            # Streamlit fails here, in its protobuf message; same class and words.
            raise TypeError("Field Feedback.default: Expected an int, got a boolean.")

        def deserialize(value: Any) -> int | None:
            if value is None:
                return default
            if value == "":
                return None  # cleared by a person
            try:
                index = int(value)
            except (TypeError, ValueError):
                return default
            return index if 0 <= index < count else default

        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        if current is not None and (isinstance(current, bool)
                                    or not isinstance(current, numbers.Integral)
                                    or not 0 <= int(current) < count):
            # Set through session state to something that is not an option.
            current = default
            self._reset_widget_value(key, current)
        self._enqueue(self._widget_element("feedback", widget_id, key, {
            "options": options, "count": count, "disabled": disabled, "value": current,
            "ignore_rerun": ignore,
        }))
        return current


__all__ = ["ButtonGroupsMixin"]
