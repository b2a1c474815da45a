"""Layout: containers, columns, expanders, tabs, placeholders and forms."""

from __future__ import annotations

import numbers
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..runtime.run_context import require_context
from ..runtime.errors import StreamlitAPIException, StreamlitDuplicateElementKey, StreamlitInvalidColumnSpecError, StreamlitInvalidLayoutContextError, StreamlitValueAssignmentNotAllowedError, StreamlitValueError
from ..runtime.page_tree import Block, Element
from ..runtime.errors import StreamlitValueOutOfRangeError
from .sizing import check_height, check_icon, check_width
from ..runtime.errors import StreamlitInvalidParameterTypeError
from .sizing import validate_width
from ..runtime.errors import StreamlitMissingRequiredParameterError
from .mixin import ElementMixin
from .widget_helpers import check_no_bind, check_widget_policies, to_key

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator, ExpanderContainer, TabContainer

_GAP_SIZES = ("xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
_UINT32_MAX = 2**32 - 1


def _check_gap(gap: Any) -> None:
    """Streamlit's gaps: a size name, None, or a non-negative number of pixels."""
    if isinstance(gap, int) and not isinstance(gap, bool) and gap >= 0:
        if gap > _UINT32_MAX:
            raise StreamlitValueOutOfRangeError("gap", gap, 0, _UINT32_MAX)
        return
    if gap is None or (isinstance(gap, str) and gap.lower() in _GAP_SIZES):
        return
    raise StreamlitValueError(
        "gap", [*(f"'{size}'" for size in _GAP_SIZES), "None", "a non-negative integer (pixels)"],
        detail=f"Got {gap!r}.")


def _check_flag(name: str, value: Any) -> None:
    """A protobuf bool (``border``, ``expanded``): Streamlit fails with a
    TypeError for anything but None, a bool or an int."""
    if value is not None and not isinstance(value, numbers.Integral):
        raise TypeError(f"`{name}` must be True or False, not {type(value).__name__} "
                        f"({value!r}).")


def _check_choice(name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise StreamlitValueError(name, [repr(c) for c in choices], detail=f"Got {value!r}.")


_EXPANDER_TYPES = ("default", "compact", "step")


def _stateful_on_change(on_change: Any) -> Callable[..., Any] | None:
    """The ``on_change`` of an expander or tabs: "rerun", "ignore" or a
    callback (None is not allowed, as in Streamlit); returns the callback."""
    if callable(on_change):
        return on_change
    if isinstance(on_change, str) and on_change in ("rerun", "ignore"):
        return None
    raise StreamlitValueError("on_change", ["'rerun'", "'ignore'", "a callback function"])


def _check_bind(bind: Any) -> None:
    """Streamlit's check of ``bind`` first; then ours: a notebook has no URL."""
    if bind is not None and bind != "query-params":
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    check_no_bind(bind, None)


def _check_sizes(width: Any, height: Any = None, *, width_content: bool,
                 icon: Any = None) -> None:

    check_icon(icon)
    check_width(width, content=width_content)
    if height is not None:
        check_height(height)


class LayoutMixin(ElementMixin):
    """``st.container`` ... ``st.form``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS = ("container", "columns", "expander", "tabs", "empty", "form", "form_submit_button",)

    def container(self: "DeltaGenerator", *, border: bool | None = None, key: Any = None,
                  width: Any = "stretch", height: Any = "content", horizontal: bool = False,
                  wrap: bool = True, horizontal_alignment: str = "left",
                  vertical_alignment: str = "top", gap: str | None = "small",
                  autoscroll: bool | None = None) -> "DeltaGenerator":
        _check_flag("border", border)
        _check_sizes(width, height, width_content=True)
        _check_choice("horizontal_alignment", horizontal_alignment,
                      ("left", "center", "right", "distribute"))
        _check_choice("vertical_alignment", vertical_alignment,
                      ("top", "center", "bottom", "distribute"))
        _check_gap(gap)
        return self._add_block(Block("container", {
            "border": border, "height": height, "horizontal": horizontal, "gap": gap,
            "key": None if key is None else str(key),
        }))

    def columns(self: "DeltaGenerator", spec: Any, *, gap: str | None = "small",
                vertical_alignment: str = "top", border: bool = False,
                width: Any = "stretch", wrap: bool = True) -> list["DeltaGenerator"]:
        # Streamlit: an int is that many equal columns (so True is one), anything
        # else a sequence of positive weights.
        if isinstance(spec, numbers.Integral):
            weights: Sequence[Any] = (1,) * int(spec)
        else:
            weights = spec
        try:
            invalid_spec = len(weights) == 0 or any(weight <= 0 for weight in weights)
        except TypeError as error:
            raise StreamlitInvalidParameterTypeError(
                "spec", type(spec).__name__, ["int", "sequence of numbers"]) from error
        if invalid_spec:
            raise StreamlitInvalidColumnSpecError()
        if not isinstance(wrap, bool):
            raise StreamlitValueError("wrap", ["True", "False"])
        if vertical_alignment not in ("top", "center", "bottom"):
            raise StreamlitValueError("vertical_alignment", ["'top'", "'center'", "'bottom'"],
                                      detail=f"Got {vertical_alignment!r}.")
        _check_gap(gap)
        _check_flag("border", border)

        validate_width(width)
        row = self._add_block(Block("columns", {
            "gap": gap, "vertical_alignment": vertical_alignment, "border": border,
        }))
        total = sum(weights)
        return [row._add_block(Block("column", {"weight": w / total, "border": border}))
                for w in weights]

    def expander(self: "DeltaGenerator", label: str, expanded: bool = False, *,
                 key: Any = None, icon: str | None = None, type: str = "default",
                 width: Any = "stretch", on_change: Any = "ignore", args: Any = None,
                 kwargs: Any = None, bind: Any = None) -> "ExpanderContainer":
        """A box that folds away. With ``on_change="rerun"`` or a callback it
        is a widget: whether it is open is kept in session state (``.open``)."""
        # Streamlit's order of checks: the same mistake raises the same error.
        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        callback = _stateful_on_change(on_change)
        if type not in _EXPANDER_TYPES:
            raise StreamlitValueError("type", [repr(name) for name in _EXPANDER_TYPES])
        _check_bind(bind)
        key = to_key(key)
        stateful = on_change != "ignore"
        is_open: Any = expanded
        widget_id = ""
        if stateful:
            check_widget_policies(self, key, callback, default_value=None, writes_allowed=True,
                                  check_callback_rules=callback is not None)
            widget_id = self._widget_id("expander", key, label, dict(
                expanded=expanded, icon=icon, width=width, type=type), False)
            default_expanded = expanded
            is_open, _ = self._register_widget_state(
                widget_id, key=key,
                deserializer=lambda v: default_expanded if v is None else v,
                on_change=callback, args=args, kwargs=kwargs, form_id="")
        elif key is not None:
            self._widget_id("expander", key, label, dict(type=type), False)
        if not isinstance(label, str):  # Streamlit fails in its protobuf code (TypeError)
            raise TypeError(f"`label` must be a str, not {label.__class__.__name__}.")
        _check_flag("expanded", is_open)
        _check_sizes(width, width_content=False, icon=icon)
        block = Block("expander", {
            "label": label, "expanded": bool(is_open), "icon": icon, "stateful": stateful,
        }, id=widget_id, key=key, is_widget=stateful)
        dg = self._add_open_block(block, is_open if stateful else None)
        dg._label = label
        return dg

    def tabs(self: "DeltaGenerator", tabs: Sequence[str], *, width: Any = "stretch",
             height: Any = "content", default: str | None = None, key: Any = None,
             on_change: Any = "ignore", args: Any = None, kwargs: Any = None,
             bind: Any = None) -> tuple["TabContainer", ...]:
        """Tabs, one container each. With ``on_change="rerun"`` or a callback
        they are a widget: the open tab's label is kept in session state and
        each container's ``.open`` says whether it is the open one."""
        if not tabs:
            raise StreamlitMissingRequiredParameterError(
                "tabs", detail="Provide at least one tab label.")
        if default and default not in tabs:
            raise StreamlitValueError("default", ["a tab label from `tabs`"],
                                      detail=f"`{default}` is not in the list of tabs.")
        for tab in tabs:
            if not isinstance(tab, str):
                raise StreamlitInvalidParameterTypeError(
                    "tabs", type(tab).__name__, ["a string for each tab label"])
        callback = _stateful_on_change(on_change)
        _check_bind(bind)
        key = to_key(key)
        labels = list(tabs)
        default_label = labels[labels.index(default) if default else 0]
        stateful = on_change != "ignore"
        open_label = default_label
        widget_id = ""
        if stateful:
            check_widget_policies(self, key, callback, default_value=None, writes_allowed=True,
                                  check_callback_rules=callback is not None)
            widget_id = self._widget_id("tabs", key, "", dict(
                tabs=tuple(labels), width=width, height=height, default=default), False)
            open_label, _ = self._register_widget_state(
                widget_id, key=key,
                deserializer=lambda v: default_label if v is None else v,
                on_change=callback, args=args, kwargs=kwargs, form_id="")
            if open_label not in labels:
                # A label the tabs no longer have (or any other value written
                # to the key): back to the default, in session state too.
                open_label = default_label
                self._reset_widget_value(key, default_label)
        elif key is not None:
            self._widget_id("tabs", key, "", {}, False)
        _check_sizes(width, height, width_content=False)
        group = self._add_block(Block("tabs", {
            "labels": labels, "default": default, "index": labels.index(open_label),
            "stateful": stateful,
        }, id=widget_id, key=key, is_widget=stateful))
        return tuple(group._add_open_block(Block("tab", {"label": label}),
                                           (label == open_label) if stateful else None)
                     for label in labels)

    def empty(self: "DeltaGenerator") -> "DeltaGenerator":
        return self._enqueue(Element("empty", {}))

    # ------------------------------------------------------------------ forms
    def form(self: "DeltaGenerator", key: str, clear_on_submit: bool = False, *,
             enter_to_submit: bool = True, border: bool = True, width: Any = "stretch",
             height: Any = "content") -> "DeltaGenerator":
        if self._in_form():
            raise StreamlitInvalidLayoutContextError("Forms cannot be nested in other forms.")
        if key is None or str(key) == "":
            raise StreamlitAPIException("`st.form` needs a `key`: `with st.form(key=\"my_form\"):`.")
        try:
            hash(key)
        except TypeError:  # Streamlit keeps a form's key as given (its error: TypeError)
            raise TypeError(f"The `key` of st.form must be a str, not {type(key).__name__} "
                            f"({key!r}).") from None
        _check_flag("border", border)
        _check_sizes(width, height, width_content=True)
        form_id = str(key)
        ctx = require_context()
        if ctx.session.is_new_state_value(form_id):
            raise StreamlitValueAssignmentNotAllowedError(key=form_id)
        if form_id in ctx.form_ids_this_run:
            raise StreamlitDuplicateElementKey(form_id)
        ctx.form_ids_this_run.add(form_id)
        block = Block("form", {"form_id": form_id, "clear_on_submit": bool(clear_on_submit),
                               "enter_to_submit": enter_to_submit, "border": border})
        if clear_on_submit:
            ctx.clear_on_submit_forms.append(block)
        return self._add_block(block, form_id=form_id)

    def form_submit_button(self: "DeltaGenerator", label: str = "Submit",
                           help: str | None = None, on_click: Callable[..., Any] | None = None,
                           args: Any = None, kwargs: Any = None, *, key: Any = None,
                           type: str = "secondary", icon: str | None = None,
                           icon_position: str = "left", disabled: bool = False,
                           use_container_width: bool | None = None, width: Any = "content",
                           shortcut: str | None = None, wrap: bool | None = None) -> bool:
        form_id = self._current_form_id
        key = key if key is not None else f"FormSubmitter:{form_id}-{label}"
        if use_container_width is not None:  # Streamlit's deprecated spelling of width
            width = "stretch" if use_container_width else "content"
        return self._button(label, key, help, True, on_click, args, kwargs, type=type,
                            icon=icon, icon_position=icon_position, disabled=disabled,
                            width=width, shortcut=shortcut)
