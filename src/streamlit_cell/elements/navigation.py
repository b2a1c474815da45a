"""Navigation widgets: ``st.pagination`` and ``st.menu_button``, with
Streamlit 1.67's signatures, validation and identity (policies, id,
validation, registration, in Streamlit's order).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from ..runtime.run_context import require_context
from ..runtime.errors import FORM_DOCS_INFO, StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitInvalidParameterTypeError, StreamlitMissingRequiredParameterError, StreamlitValueError, StreamlitValueOutOfRangeError
from .widget_helpers import (
    check_no_bind,
    check_widget_policies,
    options_list,
    parse_on_change,
    to_key,
)
from .sizing import is_int, validate_width
from .icons import validate_icon_or_emoji
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


# -------------------------------------------------------------------- mixin
class NavigationMixin(ElementMixin):
    """``st.pagination``, ``st.menu_button``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("pagination", "menu_button")

    # -------------------------------------------------------- pagination
    def pagination(self: "DeltaGenerator", num_pages: int, *, default: int = 1,
                   max_visible_pages: int | None = 7, width: Any = "content",
                   key: Any = None, on_change: Any = "rerun", args: Any = None,
                   kwargs: Any = None, disabled: bool = False, bind: Any = None,
                   persist_state: Any = None) -> int:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        if not isinstance(num_pages, int) or isinstance(num_pages, bool) or num_pages < 1:
            raise StreamlitAPIException(
                f"`num_pages` must be an integer of at least 1. Got {num_pages}.",
                error_id="pagination-invalid-num-pages")
        if isinstance(default, bool) or not isinstance(default, int):
            raise StreamlitInvalidParameterTypeError("default", type(default).__name__, ["int"])
        if not 1 <= default <= num_pages:
            raise StreamlitValueOutOfRangeError("default", default, 1, num_pages)
        if max_visible_pages is not None and (
                not isinstance(max_visible_pages, int) or isinstance(max_visible_pages, bool)
                or max_visible_pages < 0):
            raise StreamlitAPIException(
                "`max_visible_pages` must be a non-negative integer or None. "
                f"Got {max_visible_pages}.", error_id="pagination-invalid-max-visible-pages")
        check_widget_policies(self, key, callback, default_value=default)
        check_no_bind(bind, persist_state)
        widget_id = self._widget_id("pagination", key, "", dict(
            num_pages=num_pages, default=default, max_visible_pages=max_visible_pages,
            width=width), True)

        def deserialize(v: Any) -> int:
            if not is_int(v) or not 1 <= v <= num_pages:
                return default
            return int(v)

        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        if not (is_int(current) and 1 <= current <= num_pages):
            # A page set through session state that the pages do not have.
            current = default
            self._reset_widget_value(key, current)
        validate_width(width, allow_content=True)  # where Streamlit checks it
        self._enqueue(self._widget_element("pagination", widget_id, key, {
            "num_pages": num_pages, "default": default,
            "max_visible_pages": max_visible_pages, "disabled": disabled, "value": current,
            "ignore_rerun": ignore,
        }))
        return current

    # ------------------------------------------------------- menu_button
    def menu_button(self: "DeltaGenerator", label: str, options: Any, *, key: Any = None,
                    help: str | None = None, on_click: Callable[..., Any] | None = None,
                    args: Any = None, kwargs: Any = None, type: str = "secondary",
                    icon: str | None = None, disabled: bool = False, width: Any = "content",
                    format_func: Callable[[Any], str] = str, wrap: bool | None = None) -> Any:

        key = to_key(key)
        label = "" if label is None else str(label)
        callback, _ = parse_on_change(on_click, "on_click", modes=())
        check_widget_policies(self, key, callback, default_value=None, writes_allowed=False)
        if self._in_form():
            raise StreamlitInvalidLayoutContextError(
                f"`st.menu_button()` can't be used in an `st.form()`.{FORM_DOCS_INFO}")
        if type not in ("primary", "secondary", "tertiary"):
            raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
        validate_width(width, allow_content=True)
        opt = options_list(options)
        if not opt:
            raise StreamlitMissingRequiredParameterError(
                "options", detail="Provide at least one option.")
        labels = [format_func(option) for option in opt]
        index_of_label = {text: index for index, text in enumerate(labels)}
        if len(index_of_label) != len(labels):
            raise StreamlitAPIException(
                "The `format_func` produced duplicate labels for the menu button options. "
                "Each formatted option label must be unique.",
                error_id="menu-button-duplicate-format-labels")
        widget_id = self._widget_id("menu_button", key, label, dict(
            options=labels, help=help, type=type, icon=icon, width=width), True)
        shown_icon = None if icon is None else validate_icon_or_emoji(icon)

        def deserialize(v: Any) -> Any:
            # The front end sends the chosen option's label, for one run.
            if v is None:
                return None
            index = index_of_label.get(v)
            return opt[index] if index is not None else None

        value, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, value_type="string_trigger_value", disabled=disabled)
        require_context().trigger_values[widget_id] = value
        self._enqueue(self._widget_element("menu_button", widget_id, key, {
            "label": label, "options": labels, "option_values": opt,
            "format_func": format_func, "help": help, "type": type, "icon": shown_icon,
            "disabled": disabled, "wrap": wrap, "value": value,
        }))
        return value


__all__ = ["NavigationMixin"]
