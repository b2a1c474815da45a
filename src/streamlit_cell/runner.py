"""``ScriptRunner``: one run of one script against a session, as Streamlit's
script runner does it.

Order of a run: the front end's widget values are recorded and the callbacks
of changed widgets run, then the body runs top to bottom, then (if the run
completed) triggers are reset and stale widgets dropped, then the session is
checked for unpicklable values when that option is on.

``st.stop()`` and uncaught exceptions end the run early; as in Streamlit, an
early end skips the stale-widget clean-up. ``st.rerun()`` starts the body
again at once with state kept.
"""

from __future__ import annotations

import os

import types
from dataclasses import dataclass, field
from typing import Any, Callable

from . import config
from .context import RunContext, run_context
from .elements.text import exception_props
from .errors import StreamlitAPIException
from .imports import make_script_globals
from .state import SessionState
from .tree import Block, Element, assign_ids


class ScriptControlException(BaseException):
    """Base of the exceptions that steer a run; BaseException so that a
    script's ``except Exception`` cannot swallow them (as in Streamlit)."""


class StopException(ScriptControlException):
    """``st.stop()``: end this run quietly."""


class RerunException(ScriptControlException):
    """``st.rerun()``: end this run and start the script again."""


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


@dataclass
class RunResult:
    """What one run (including any ``st.rerun`` restarts) produced."""

    main: Block
    sidebar: Block
    exception: BaseException | None = None
    read_keys: set[str] = field(default_factory=set)
    written_keys: set[str] = field(default_factory=set)
    widget_ids: set[str] = field(default_factory=set)
    trigger_values: dict[str, Any] = field(default_factory=dict)
    globals: dict[str, Any] = field(default_factory=dict)
    reruns: int = 0
    #: True when the body ran to its end (no exception, no st.stop()).
    completed: bool = False


def new_roots() -> tuple[Block, Block]:
    return Block("main", id="main"), Block("sidebar", id="sidebar")


class ScriptRunner:
    """Runs a script (a string or code object) against a ``SessionState``."""

    def __init__(
        self,
        source: str,
        session: SessionState,
        *,
        cell_id: str = "",
        filename: str = "<streamlit_cell>",
        fallback_namespace: Callable[[], dict[str, Any]] | None = None,
        hidden_names: Callable[[], set[str]] | None = None,
    ) -> None:
        self.source = source
        self.session = session
        self.cell_id = cell_id
        self.filename = filename
        self._code: types.CodeType | None = None
        self._fallback_namespace = fallback_namespace
        self._hidden_names = hidden_names

    def _compiled(self) -> types.CodeType:
        if self._code is None:
            self._code = compile(self.source, self.filename, "exec")
        return self._code

    def run(self, widget_values: dict[str, Any] | None = None,
            on_element: Callable[[RunContext, Element], None] | None = None) -> RunResult:
        """Run the script once (plus any ``st.rerun()`` restarts)."""
        max_reruns = config.get_option("runner.maxConsecutiveReruns")
        values = widget_values
        apply_values = True
        reruns = 0
        read: set[str] = set()
        written: set[str] = set()
        while True:
            main, sidebar = new_roots()
            ctx = RunContext(session=self.session, cell_id=self.cell_id, main=main,
                             sidebar=sidebar, on_element=on_element)
            result = RunResult(main=main, sidebar=sidebar, reruns=reruns)
            with run_context(ctx):
                outcome = self._run_once(ctx, values if apply_values else None,
                                         apply_values, result)
            read |= ctx.read_keys
            written |= ctx.written_keys
            if outcome == "rerun":
                reruns += 1
                apply_values = False  # st.rerun() sends no widget values
                if reruns > max_reruns:
                    error = StreamlitAPIException(
                        f"`st.rerun()` was called {reruns} times in a row without a user "
                        "interaction, so streamlit-cell stopped the app. Guard the "
                        "`st.rerun()` call with a condition that becomes false (for "
                        "example a flag in `st.session_state`), or raise the limit with "
                        "`streamlit_cell.config.set_option('runner.maxConsecutiveReruns', n)`."
                    )
                    main, sidebar = new_roots()
                    main.items.append(Element("exception", exception_props(error, uncaught=True)))
                    assign_ids(main)
                    assign_ids(sidebar)
                    return RunResult(main=main, sidebar=sidebar, exception=error,
                                     read_keys=read, written_keys=written, reruns=reruns)
                continue
            result.read_keys = read
            result.written_keys = written
            result.widget_ids = set(ctx.widget_ids_this_run)
            result.trigger_values = dict(ctx.trigger_values)
            assign_ids(main)
            assign_ids(sidebar)
            return result

    def _run_once(self, ctx: RunContext, values: dict[str, Any] | None,
                  apply_values: bool, result: RunResult) -> str:
        """One pass; returns "done", "stopped", "error" or "rerun"."""
        session = self.session
        script_globals = make_script_globals(self._fallback_namespace, self._hidden_names)
        result.globals = script_globals
        try:
            if apply_values:
                ctx.in_callback = True
                try:
                    session.on_script_will_rerun(values)
                finally:
                    ctx.in_callback = False
            exec(self._compiled(), script_globals)
            session.maybe_check_serializable()
        except RerunException:
            session.on_script_finished(ctx.widget_ids_this_run, self.cell_id,
                                       remove_stale_widgets=False)
            return "rerun"
        except StopException:
            return "stopped"
        except Exception as error:  # shown in place, as Streamlit does
            _strip_internal_frames(error)
            result.exception = error
            ctx.main.items.append(Element("exception", exception_props(error, uncaught=True)))
            return "error"
        session.on_script_finished(ctx.widget_ids_this_run, self.cell_id)
        result.completed = True
        return "done"


def _strip_internal_frames(error: BaseException) -> None:
    """Keep the user's frames in the traceback; drop streamlit_cell's own
    (Streamlit does the same for its package)."""
    tb = error.__traceback__
    frames = []
    while tb is not None:
        if not os.path.abspath(tb.tb_frame.f_code.co_filename).startswith(_PACKAGE_DIR):
            frames.append(tb)
        tb = tb.tb_next
    if not frames:
        return
    # Rebuild the chain from the kept frames.
    new_tb = None
    for frame_tb in reversed(frames):
        new_tb = types.TracebackType(new_tb, frame_tb.tb_frame, frame_tb.tb_lasti, frame_tb.tb_lineno)
    error.__traceback__ = new_tb

