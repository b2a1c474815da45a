"""``ScriptRunner``: one run of one script against a session, as Streamlit's
script runner does it.

Order of a run: the front end's widget values are recorded and the callbacks
of changed widgets run, then the body runs top to bottom, then (if the run
completed) triggers are reset and stale widgets dropped, then the session is
checked for unpicklable values when that option is on.

``st.stop()`` and uncaught exceptions end the run early; as in Streamlit, an
early end skips the stale-widget clean-up. ``st.rerun()`` starts the body
again at once with state kept.

A *fragment run* (``run(..., fragment_ids=[...])``, see ``fragments.py``) runs
the callbacks, then only the bodies of those fragments, patching the last
run's element tree in place; clean-up then only touches their widgets.
"""

from __future__ import annotations

import linecache
import os
import types
from urllib.parse import parse_qs
from typing import Any, Callable, Collection

from . import config
from .run_context import RunContext, run_context
from .exception_element import exception_props
from .magic import compile_script, magic_options
from .plotly_theme import streamlit_plotly_default
from .errors import StreamlitAPIException
from .fragments import FragmentHandledException, FragmentStorage, run_fragments
from .script_imports import make_script_builtins, make_script_globals
from .script_source import source_file
from .script_control import RerunException, StopException
from .state import SessionState
from .page_tree import Block, Element, assign_ids, new_root, walk
from .run_result import RunResult
from .pages import PagesManager, run_v1_app
from .query_params import query_params_of
from .widget_binding import remove_stale_bindings


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def new_roots() -> tuple[Block, Block]:
    return new_root("main"), new_root("sidebar")


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
        script_path: str | None = None,
    ) -> None:
        self.source = source
        self.session = session
        self.cell_id = cell_id
        self.filename = filename
        #: The script's ``__file__``: its file, or for code that has none (a
        #: cell), a file holding the code, as Streamlit's AppTest.from_string.
        self.script_path = script_path if script_path is not None else source_file(source)
        self._code: types.CodeType | None = None
        self._code_options: tuple[Any, ...] = ()
        self._code_generation = -1
        self._linecache_entry: tuple[int, None, list[str], str] | None = None
        self._fallback_namespace = fallback_namespace
        self._hidden_names = hidden_names
        self._builtins = make_script_builtins(fallback_namespace, hidden_names)
        #: The script's ``@st.fragment`` calls, kept across runs.
        self.fragments = FragmentStorage()
        #: The last run's result: the tree a fragment run patches.
        self.last_result: RunResult | None = None
        #: The app's pages and the page it is on (multipage apps): kept for
        #: the runner's life, as a browser session keeps its page.
        self.pages = PagesManager(self.script_path, is_cell=script_path is None)
        #: The globals of the run in progress of a v1 multipage app's main page.
        self._v1_globals: dict[str, Any] = {}

    def _compiled(self) -> types.CodeType:
        # Compiled once per runner; again only if a magic option changed since
        # (Streamlit's AppTest compiles afresh on each run, so it sees the
        # change too). The options are read only after some option was set.
        if self._code is None or config.generation != self._code_generation:
            self._code_generation = config.generation
            options = magic_options()
            if self._code is None or options != self._code_options:
                self._code = compile_script(self.source, self.filename)
                self._code_options = options
                self._linecache_entry = (len(self.source), None,
                                         self.source.splitlines(keepends=True), self.filename)
        # So that tracebacks and `st.echo` show this script's lines (scripts
        # of several AppTests may share a file name): set at each run.
        linecache.cache[self.filename] = self._linecache_entry
        return self._code

    def run(self, widget_values: dict[str, Any] | None = None,
            on_element: Callable[[RunContext, Element], None] | None = None,
            fragment_ids: list[str] | None = None, *,
            changed_widgets: Collection[str] | None = None) -> RunResult:
        """Run the script once (plus any ``st.rerun()`` restarts); with
        ``fragment_ids``, run only those fragments of the last run.

        ``changed_widgets`` are the widgets a person changed (a front end's
        event): when every one lives in an ``@st.fragment``, only those
        fragments rerun (the ids Streamlit's front end sends), and their user
        keys are reported in ``RunResult.input_keys``."""
        if changed_widgets and fragment_ids is None:
            fragment_ids = self._fragments_of(changed_widgets)
        # Figures the script builds get Streamlit's Plotly template, as under
        # `streamlit run` (only while it runs: ordinary cells keep Plotly's).
        with streamlit_plotly_default():
            result = self._run(widget_values, on_element, fragment_ids)
        if changed_widgets:
            # Read after the run: a widget the run dropped as stale wrote nothing.
            metadata_of = self.session.widget_metadata
            result.input_keys = {metadata.user_key for metadata in map(metadata_of, changed_widgets)
                                 if metadata is not None and metadata.user_key is not None}
        return result

    def _fragments_of(self, widget_ids: Collection[str]) -> list[str] | None:
        """The fragments to rerun for a person's input: those the changed
        widgets live in, if every one lives in a fragment; else None, the
        whole script."""
        fragment_ids = []
        for widget_id in widget_ids:
            metadata = self.session.widget_metadata(widget_id)
            if metadata is None or metadata.fragment_id is None:
                return None
            fragment_ids.append(metadata.fragment_id)
        return list(dict.fromkeys(fragment_ids))

    def _run(self, widget_values: dict[str, Any] | None,
             on_element: Callable[[RunContext, Element], None] | None,
             fragment_ids: list[str] | None) -> RunResult:
        max_reruns = config.get_option("runner.maxConsecutiveReruns")
        values = widget_values
        apply_values = True
        reruns = 0
        read: set[str] = set()
        written: set[str] = set()
        carried_toasts: list[tuple[int, Element]] = []
        while True:
            fragments_to_run = self.fragments.order(fragment_ids) \
                if fragment_ids and self.last_result is not None else []
            if fragments_to_run:
                ctx, result = self._fragment_run_context(fragments_to_run, on_element, reruns)
            else:
                main, sidebar = new_roots()
                ctx = RunContext(session=self.session, cell_id=self.cell_id, main=main,
                                 sidebar=sidebar, on_element=on_element,
                                 fragments=self.fragments, pages=self.pages,
                                 run_page_file=self._run_page_file)
                result = RunResult(main=main, sidebar=sidebar, bottom=ctx.bottom,
                                   event=ctx.event, reruns=reruns)
                self.pages.begin_run()
            if carried_toasts:
                late_writes = ctx.late_writes_of()
                for index, toast in carried_toasts:
                    late_writes.seed(ctx.event, index, toast)
                carried_toasts = []
            self.fragments.begin_run()
            with run_context(ctx):
                outcome, fragment_ids = self._run_once(
                    ctx, values if apply_values else None, apply_values, result)
            read |= ctx.read_keys
            written |= ctx.written_keys
            if ctx.late_writes is not None:
                ctx.late_writes.finish()
            if outcome == "rerun":
                # A toast shown before `st.rerun()` stays (Streamlit keeps toast
                # deltas when a run is cut short), unless the next pass writes
                # its place in the event container.
                carried_toasts = [(index, element) for index, element
                                  in enumerate(ctx.event.items) if element.type == "toast"]
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
                    # The last pass's page stays, with the error below it: its
                    # widgets (a checkbox that set the loop going) can stop it.
                    result.exception = error
                    result.main.items.append(
                        Element("exception", exception_props(error, uncaught=True)))
                    result.reruns = reruns
                    result.read_keys, result.written_keys = read, written
                    result.widget_ids = set(ctx.widget_ids_this_run)
                    result.trigger_values = dict(ctx.trigger_values)
                    result.fragment_ids = list(ctx.fragment_ids_this_run)
                    for root in result.roots:
                        assign_ids(root)
                    result.widget_defaults = self._form_defaults(ctx)
                    self.last_result = result
                    return result
                continue
            result.read_keys = read
            result.written_keys = written
            result.page_config = dict(ctx.page_config)
            if not ctx.fragment_ids_this_run:
                result.navigation = ctx.navigation
                result.page_not_found = ctx.page_not_found
            result.fragment_ids = list(ctx.fragment_ids_this_run)
            result.widget_defaults = self._form_defaults(ctx)
            if ctx.fragment_ids_this_run:
                previous = self.last_result
                assert previous is not None
                # The rest of the page is the last run's: so are its keys and widgets.
                result.read_keys = read | previous.read_keys
                result.widget_ids = previous.widget_ids | ctx.widget_ids_this_run
                result.trigger_values = {**dict.fromkeys(previous.trigger_values, False),
                                         **ctx.trigger_values}
                if previous.widget_defaults:
                    result.widget_defaults = {**previous.widget_defaults,
                                              **result.widget_defaults}
            else:
                result.widget_ids = set(ctx.widget_ids_this_run)
                result.trigger_values = dict(ctx.trigger_values)
                self.fragments.end_full_run()
            for root in result.roots:
                if root.items:  # the sidebar, bottom and dialog are mostly empty
                    assign_ids(root)
            self.last_result = result
            return result

    def request_page(self, page_script_hash: str, query_string: str = "") -> None:
        """A person chose a page of the app (its menu, a page link): the next
        run shows it. As a browser's new URL, the link's query string (or
        none) replaces the query parameters."""
        self.pages.request_page(page_script_hash)
        params = query_params_of(self.session)
        params.clear()
        if query_string:
            params.from_dict(parse_qs(query_string, keep_blank_values=True))

    def _run_page_file(self, path: str) -> None:
        """Run a page file of a multipage app (``Page.run()``) as Streamlit
        does: in a fresh ``__main__`` module whose ``__file__`` is the page;
        the main script itself (the first page of a v1 app) runs as usual."""
        if self.pages.uses_pages_directory and os.path.samefile(path, self.script_path):
            exec(self._compiled(), self._v1_globals)
            return
        code = self.pages.page_code(path, compile_script)
        exec(code, make_script_globals(self._builtins, path))

    def _form_defaults(self, ctx: RunContext) -> dict[str, Any]:
        """What the widgets of this run's ``clear_on_submit`` forms show once
        the form is cleared: each one's default (buttons have none)."""
        if not ctx.clear_on_submit_forms:
            return {}
        metadata_of = self.session.widget_metadata
        defaults: dict[str, Any] = {}
        for form in ctx.clear_on_submit_forms:
            for element in walk(form):
                if element.is_widget and element.type != "button":
                    metadata = metadata_of(element.id)
                    defaults[element.id] = metadata.deserializer(None) \
                        if metadata is not None else None
        return defaults

    def _fragment_run_context(self, fragment_ids: list[str], on_element: Any,
                              reruns: int) -> tuple[RunContext, RunResult]:
        """A run that patches the last run's tree: only the fragments run."""
        previous = self.last_result
        assert previous is not None
        ctx = RunContext(session=self.session, cell_id=self.cell_id, main=previous.main,
                         sidebar=previous.sidebar, bottom=previous.bottom,
                         event=previous.event, on_element=on_element, fragments=self.fragments,
                         fragment_ids_this_run=list(fragment_ids), pages=self.pages,
                         run_page_file=self._run_page_file)
        result = RunResult(main=previous.main, sidebar=previous.sidebar,
                           bottom=previous.bottom, event=previous.event, reruns=reruns,
                           globals=previous.globals, navigation=previous.navigation)
        return ctx, result

    def _run_once(self, ctx: RunContext, values: dict[str, Any] | None,
                  apply_values: bool, result: RunResult) -> tuple[str, list[str] | None]:
        """One pass; returns ("done" | "stopped" | "error" | "rerun", the
        fragments a rerun asks for, or None for the whole script)."""
        session = self.session
        fragment_ids = ctx.fragment_ids_this_run
        if not fragment_ids:
            result.globals = make_script_globals(self._builtins, self.script_path)
        try:
            if apply_values:
                ctx.in_callback = True
                try:
                    session.on_script_will_rerun(values)
                finally:
                    ctx.in_callback = False
            if fragment_ids:
                error = run_fragments(ctx, fragment_ids)
                if error is not None:
                    result.exception = error
                    return "error", None
            elif self.pages.uses_pages_directory:
                # A `pages/` folder next to the script: Streamlit's v1
                # multipage app, the script being the first page.
                self._v1_globals = result.globals
                run_v1_app()
            else:
                exec(self._compiled(), result.globals)
            session.maybe_check_serializable()
            if ctx.stop_requested:  # caught by the script: Streamlit's last check
                raise StopException()
        except RerunException as rerun:
            session.on_script_finished(ctx.widget_ids_this_run, self.cell_id,
                                       remove_stale_widgets=False)
            return "rerun", rerun.fragment_ids
        except StopException:
            return "stopped", None
        except SystemExit:
            # `sys.exit()` (argparse, a library giving up) ends the run quietly,
            # as it ends the script's thread in Streamlit; it must not reach the
            # kernel, whose event loop would stop.
            return "stopped", None
        except FragmentHandledException as handled:  # shown in the fragment
            result.exception = handled.error
            return "error", None
        except BaseException as error:  # shown in place, as Streamlit does
            # Also a KeyboardInterrupt (the kernel was interrupted during the
            # run): the page shows where it stopped; `is_interrupt(result)`
            # tells the caller to pass the interrupt on.
            strip_internal_frames(error)
            result.exception = error
            ctx.main.items.append(Element("exception", exception_props(error, uncaught=True)))
            return "error", None
        session.on_script_finished(ctx.widget_ids_this_run, self.cell_id,
                                   fragment_ids_this_run=fragment_ids or None)
        remove_stale_bindings(session)
        result.completed = True
        return "done", None


def strip_internal_frames(error: BaseException) -> None:
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

