"""``st.dialog``: a decorator whose function opens a dialog when called.

As in Streamlit, calling the decorated function adds a ``dialog`` block to
the app's *event* container (a root of its own, shown at the top of the
cell's app) and runs the function as a fragment inside it: a widget in the
dialog reruns only the dialog, which therefore stays open across those
runs. The dialog is gone after a full run that does not call the function
again, e.g. after ``st.rerun()`` from inside it (Streamlit's idiom to close a
dialog). Only one dialog may be opened per run; dialogs cannot be nested.

``dismissible=True`` gives the dialog a close button (✕). Dismissing it with
``on_dismiss="ignore"`` just hides it (no run, as in Streamlit); with
``"rerun"`` or a callback it also sends a trigger, so the app reruns (after
the callback).

No Jupyter here: the view is in ``render/dialog_views.py``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ..runtime.run_context import RunContext, require_context
from ..runtime.errors import StreamlitInvalidLayoutContextError, StreamlitMissingRequiredParameterError, StreamlitValueError
from ..runtime.page_tree import Block, walk
from .delta_generator import DeltaGenerator
from ..runtime.element_ids import compute_and_register_element_id
from .icons import validate_icon_or_emoji
from .fragment import _decorate

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

F = TypeVar("F", bound=Callable[..., Any])

_MAX_DIALOG_PIXEL_WIDTH = 2**32 - 1


def _check_width(width: Any) -> None:
    if width in ("small", "medium", "large"):
        return
    if isinstance(width, int) and not isinstance(width, bool) \
            and 0 < width <= _MAX_DIALOG_PIXEL_WIDTH:
        return
    raise StreamlitValueError("width", ["'small'", "'medium'", "'large'", "a positive integer"],
                              detail=f"Got {width!r}.")


def _check_position(position: Any) -> None:
    if position not in ("left", "center", "right"):
        raise StreamlitValueError("position", ["'left'", "'center'", "'right'"])


def _check_on_dismiss(on_dismiss: Any) -> None:
    """Streamlit's ``validate_on_change_mode`` for ``on_dismiss``."""
    if callable(on_dismiss) or (isinstance(on_dismiss, str) and on_dismiss in ("rerun", "ignore")):
        return
    raise StreamlitValueError("on_dismiss", ["'rerun'", "'ignore'", "a callback function"])


def _assert_no_nested_dialogs(ctx: RunContext) -> None:
    """Streamlit: the innermost ``with`` container must not be in a dialog."""
    if not ctx.dg_stack:
        return
    innermost = ctx.dg_stack[-1]._block
    if innermost is None:
        return
    for dialog in (e for e in walk(ctx.event) if e.type == "dialog"):
        if any(e is innermost for e in walk(dialog)):
            raise StreamlitInvalidLayoutContextError(
                "Dialogs may not be nested inside other dialogs.")


def _open_dialog(ctx: RunContext, title: str, *, width: Any, position: Any, dismissible: bool,
                 icon: str | None, on_dismiss: Any) -> "DeltaGenerator":
    """Streamlit's ``Dialog._create`` then ``open()``: checks, id, the dismiss
    trigger (when ``on_dismiss`` is not "ignore"), the block."""

    _check_on_dismiss(on_dismiss)
    _check_width(width)
    _check_position(position)
    icon = validate_icon_or_emoji(icon)
    event_dg = DeltaGenerator(root="event", block=ctx.event)
    dialog_id = compute_and_register_element_id(
        ctx, "dialog", user_key=None, key_as_main_identity=False, root="event",
        title=title, dismissible=dismissible, width=width, position=position, icon=icon,
        on_dismiss="callback" if callable(on_dismiss) else str(on_dismiss))
    dismiss_id = ""
    if on_dismiss != "ignore":
        dismiss_id = dialog_id
        event_dg._register_widget_state(
            dialog_id, key=None, deserializer=lambda value: bool(value),
            on_change=on_dismiss if callable(on_dismiss) else None, args=None, kwargs=None,
            value_type="trigger")
    if ctx.dialog_opened:
        raise StreamlitInvalidLayoutContextError(
            "Only one dialog is allowed to be opened at the same time. Please make sure to "
            "not call a dialog-decorated function more than once in a script run.")
    ctx.dialog_opened = True
    block = Block("dialog", {
        "title": title, "width": width, "position": position, "dismissible": bool(dismissible),
        "icon": icon, "dismiss_id": dismiss_id, "is_open": True,
    })
    # A dialog opened in a fragment run replaces the one the last run left in
    # the event container (toasts stay). Added directly, not through
    # `_enqueue`: Streamlit's event container is outside the fragment-write rule.
    ctx.event.items[:] = [item for item in ctx.event.items if item.type != "dialog"]
    block.path, block.page_root = ("event", len(ctx.event.items)), ctx.event.page_root
    ctx.event.items.append(block)
    block.form_id = ""
    if ctx.on_element is not None:
        ctx.on_element(ctx, block)
    return DeltaGenerator(root="event", block=block)


def _dialog_decorator(func: F, title: str, *, width: Any, position: Any, dismissible: bool,
                      icon: str | None, on_dismiss: Any) -> F:

    if title is None or title == "":
        raise StreamlitMissingRequiredParameterError(
            "title", detail='For example: `@st.dialog("Example Title")`.')

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> None:
        ctx = require_context()
        _assert_no_nested_dialogs(ctx)
        dialog_dg = _open_dialog(ctx, title, width=width, position=position,
                                 dismissible=dismissible, icon=icon, on_dismiss=on_dismiss)

        def dialog_content() -> None:
            func(*args, **kwargs)

        # The fragment's identity is the decorated function's, so two dialog
        # functions are two fragments.
        dialog_content.__module__ = func.__module__
        dialog_content.__qualname__ = f"{getattr(func, '__qualname__', 'dialog')}<dialog>"
        with dialog_dg:
            _decorate(dialog_content, None)()
        return None

    return wrap  # type: ignore[return-value]


def dialog(title: Any, *, width: Any = "small", position: Any = "center",
           dismissible: bool = True, icon: str | None = None,
           on_dismiss: Any = "ignore") -> Any:
    """Decorate a function to show its output in a dialog when it is called.

    ``@st.dialog("Title")`` (the title is required; ``@st.dialog`` without it
    raises when the function is decorated, as in Streamlit).
    """
    if isinstance(title, str):
        def decorator(func: F) -> F:
            return _dialog_decorator(func, title, width=width, position=position,
                                     dismissible=dismissible, icon=icon, on_dismiss=on_dismiss)
        return decorator
    return _dialog_decorator(title, "", width=width, position=position,
                             dismissible=dismissible, icon=icon, on_dismiss=on_dismiss)
