"""``streamlit.runtime.scriptrunner``: the run context as apps and component
packages use it, mostly to ask "am I inside a running app?" and to let a
thread they start write to the page.

``get_script_run_ctx()`` returns a ``ScriptRunContext`` view of the run in
progress (truthy), or None outside a run. ``add_script_run_ctx(thread)``
hands the current run to a thread: st.* calls made on that thread then go to
the run, as in Streamlit.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any

from ..runtime.run_context import THREAD_CONTEXT_ATTRIBUTE, RunContext, get_run_context
from ..runtime.script_control import RerunData, RerunException, StopException
from ..runtime.state import SessionState
from . import magic_funcs  # noqa: F401 - `streamlit.runtime.scriptrunner.magic_funcs`

__all__ = ["RerunData", "RerunException", "ScriptRunContext", "StopException", "add_script_run_ctx",
           "get_script_run_ctx"]

class ScriptRunContext:
    """What a script can read about the run in progress, under the names
    Streamlit's ``ScriptRunContext`` uses."""

    def __init__(self, ctx: RunContext) -> None:
        self._ctx = ctx

    @property
    def session_id(self) -> str:
        """A string that stays the same for the session (the kernel's one
        session in a notebook, each AppTest's own)."""
        return _session_id(self._ctx.session)

    @property
    def session_state(self) -> SessionState:
        return self._ctx.session

    @property
    def page_script_hash(self) -> str:
        return ""  # one page: a notebook app has no page hashes

    @property
    def fragment_ids_this_run(self) -> list[str]:
        return list(self._ctx.fragment_ids_this_run)

    @property
    def current_fragment_id(self) -> str | None:
        return self._ctx.fragment_id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ScriptRunContext) and other._ctx is self._ctx

    def __hash__(self) -> int:
        return id(self._ctx)

    def __repr__(self) -> str:
        return f"ScriptRunContext(session_id={self.session_id!r})"


def _session_id(session: SessionState) -> str:
    # Made on first request and kept on the session, so it lives as long as it.
    session_id = getattr(session, "_public_session_id", None)
    if session_id is None:
        session_id = str(uuid.uuid4())
        session._public_session_id = session_id  # type: ignore[attr-defined]
    return session_id


def get_script_run_ctx(suppress_warning: bool = False) -> ScriptRunContext | None:
    """The run in progress on this thread, or None outside a run
    (``suppress_warning`` is accepted: there is no warning to suppress)."""
    ctx = get_run_context()
    return None if ctx is None else ScriptRunContext(ctx)


def add_script_run_ctx(thread: Any = None, ctx: ScriptRunContext | None = None) -> Any:
    """Give ``thread`` (default: the current thread) the run ``ctx`` (default:
    the run in progress), so st.* calls on it go to that run. Returns the thread."""
    if thread is None:
        thread = threading.current_thread()
    if ctx is None:
        ctx = get_script_run_ctx()
    setattr(thread, THREAD_CONTEXT_ATTRIBUTE, ctx._ctx if ctx is not None else None)
    return thread
