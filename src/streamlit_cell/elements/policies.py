"""Streamlit's checks before a widget is created, and its key normalisation
(``streamlit/elements/lib/policies.py`` and ``utils.to_key``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from ..runtime.run_context import require_context
from ..runtime.errors import StreamlitInvalidFormCallbackError, StreamlitValueAssignmentNotAllowedError
from ..runtime.state import require_valid_user_key

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


def check_widget_policies(
    dg: DeltaGenerator,
    key: str | None,
    on_change: Callable[..., Any] | None,
    *,
    default_value: Any = None,
    writes_allowed: bool = True,
    check_callback_rules: bool = True,
) -> None:
    """Streamlit's checks before a widget is created."""
    if check_callback_rules and dg._in_form() and on_change is not None:
        raise StreamlitInvalidFormCallbackError()
    if key is not None:
        require_valid_user_key(key)
        ctx = require_context()
        if ctx.session.is_new_state_value(key) and not writes_allowed:
            raise StreamlitValueAssignmentNotAllowedError(key=key)


def to_key(key: Any) -> str | None:
    """Streamlit's key normalisation: None stays None, anything else is ``str()``."""
    return None if key is None else str(key)
