"""The context of the script run in progress: which session, which cell, which
widgets and keys this run has registered, and the element tree being built.

Streamlit keeps this in a thread-local ``ScriptRunContext``; a context variable
does the same here and also follows ``asyncio`` tasks correctly.
"""

from __future__ import annotations

import threading
from contextvars import ContextVar
from dataclasses import dataclass, field
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from .errors import NoSessionContext
from .late_writes import LateWrites
from .script_control import StopException
from .page_tree import PAGE_ROOTS, Block, new_root

if TYPE_CHECKING:
    from ..elements.delta_generator import DeltaGenerator
    from .fragments import FragmentStorage
    from .state import SessionState


@dataclass
class RunContext:
    """Everything one script run needs to know about itself."""

    session: "SessionState"
    cell_id: str
    main: "Block"
    sidebar: "Block"
    widget_ids_this_run: set[str] = field(default_factory=set)
    widget_user_keys_this_run: set[str] = field(default_factory=set)
    form_ids_this_run: set[str] = field(default_factory=set)
    #: This run's ``st.form(clear_on_submit=True)`` blocks: the run's result
    #: says what their widgets show once cleared.
    clear_on_submit_forms: list["Block"] = field(default_factory=list)
    # The `with` stack: st.* calls on the main DeltaGenerator go to its top.
    dg_stack: list["DeltaGenerator"] = field(default_factory=list)
    # Session keys the run read and wrote (cross-cell reactivity).
    read_keys: set[str] = field(default_factory=set)
    written_keys: set[str] = field(default_factory=set)
    in_callback: bool = False
    # Values of buttons for AppTest's `Button.value` (Streamlit's TESTING_KEY).
    trigger_values: dict[str, Any] = field(default_factory=dict)
    #: Called as ``on_element(ctx, element)`` for each element added or changed,
    #: so a front end can show a long run's progress live.
    on_element: Any = None
    #: Streamlit's bottom container: a chat input written at the top level of
    #: the main area is shown below the app.
    bottom: Block = field(default_factory=lambda: new_root("bottom"))
    #: Streamlit's event container: holds the open `st.dialog` (see elements/dialog.py).
    event: Block = field(default_factory=lambda: new_root("event"))
    #: Whether this run opened a dialog (Streamlit allows one per run).
    dialog_opened: bool = False
    #: The script's ``@st.fragment`` functions, kept across runs.
    fragments: "FragmentStorage | None" = None
    #: The fragment whose body is executing (innermost), None outside any.
    fragment_id: str | None = None
    #: The fragments a fragment run reruns; empty in a full run.
    fragment_ids_this_run: list[str] = field(default_factory=list)
    #: What this run's ``st.set_page_config`` calls set (see ``page_config``).
    page_config: dict[str, Any] = field(default_factory=dict)
    #: The DeltaGenerators ``st.*`` and ``st.sidebar.*`` write through, made
    #: once per run: every element call resolves them several times.
    root_dgs: dict[str, "DeltaGenerator"] = field(default_factory=dict)
    #: ``st.stop()`` was called: as Streamlit's stop request, it stays, so
    #: the next ``st.*`` call or ``st.session_state`` access stops the run
    #: again even if the script caught the first StopException.
    stop_requested: bool = False
    #: Writes into containers of an earlier run (made on the first one).
    late_writes: LateWrites | None = None

    def late_writes_of(self) -> LateWrites:
        if self.late_writes is None:
            self.late_writes = LateWrites(dict(zip(PAGE_ROOTS, self.roots)))
        return self.late_writes

    @property
    def roots(self) -> tuple[Block, ...]:
        """The page's root containers, in ``PAGE_ROOTS`` order."""
        return _roots_of(self)  # type: ignore[no-any-return]


_roots_of = attrgetter(*PAGE_ROOTS)


_current: ContextVar[RunContext | None] = ContextVar("streamlit_cell_run", default=None)

#: The attribute ``add_script_run_ctx(thread)`` sets on a thread a script
#: starts: that thread's st.* calls go to the run it names, as in Streamlit
#: (a context variable does not follow a new thread on its own).
THREAD_CONTEXT_ATTRIBUTE = "streamlit_script_run_ctx"

#: Runs under way, on any thread: Streamlit's runtime exists for the whole
#: process, so a thread a script starts sees it even without the run's context.
_runs_in_progress = 0


def yield_point(ctx: RunContext) -> None:
    """Where Streamlit checks for a stop request (an element written, a widget
    registered, a session state item used): raise ``StopException`` once
    ``st.stop()`` was called in this run."""
    if ctx.stop_requested:
        raise StopException()


def get_run_context() -> RunContext | None:
    """The run in progress on this thread/task, or None outside a run."""
    ctx = _current.get()
    if ctx is None:
        return getattr(threading.current_thread(), THREAD_CONTEXT_ATTRIBUTE, None)
    return ctx


def require_context() -> RunContext:
    """The run in progress; outside a run, Streamlit's NoSessionContext."""
    ctx = get_run_context()
    if ctx is None:
        raise NoSessionContext(
            "This Streamlit command needs a running app. Run it inside a "
            "`%%streamlit_cell` cell (after `%load_ext streamlit_cell`), or in "
            "`streamlit_cell.testing.AppTest`."
        )
    return ctx


class run_context:
    """``with run_context(ctx):`` makes ``ctx`` the run in progress.

    A class, not a generator ``contextmanager``: it is entered on every rerun,
    and contextlib's machinery costs more than the two calls it wraps."""

    __slots__ = ("_ctx", "_token")

    def __init__(self, ctx: RunContext) -> None:
        self._ctx = ctx

    def __enter__(self) -> RunContext:
        global _runs_in_progress
        self._token = _current.set(self._ctx)
        _runs_in_progress += 1
        return self._ctx

    def __exit__(self, *exc: object) -> None:
        global _runs_in_progress
        _runs_in_progress -= 1
        _current.reset(self._token)


def runs_in_progress() -> int:
    """How many script runs are under way in the kernel (on any thread)."""
    return _runs_in_progress
