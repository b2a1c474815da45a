"""``AppTest``: drive a Streamlit script without Jupyter, with the surface of
``streamlit.testing.v1.AppTest`` (1.67), plus ``from_notebook``.

Interaction model (Streamlit's): ``set_value``/``click`` are staged on the
element and sent with the next ``run()``; a click is True for that run only;
a form widget's staged value is sent only when a submit button of its form is
clicked in the same ``run()``; after a ``clear_on_submit`` form is submitted,
its next submit sends the widgets' defaults unless they were set again.
"""

from __future__ import annotations

import copy
import inspect
import json
import os
import sys
import textwrap
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from ..api import ELEMENT_COMMANDS
from ..runtime import config as _config
from ..runtime.page_tree import Block as PageBlock
from ..elements.pages import page_icon_and_name
from ..runtime.pages import calc_hash
from ..runtime.query_params import query_params_of
from ..runtime.run_result import RunResult
from ..runtime.script_control import StopException
from ..runtime.script_imports import make_script_globals
from ..runtime.script_runner import ScriptRunner
from ..runtime.script_source import source_file
from ..runtime.secrets import secrets as _secrets
from ..runtime.user_info import tester_users
from ..runtime.context import checked_tester_context, tester_contexts
from ..runtime.state import WIDGET_DEFAULT, KeysAsAttributes, SessionState
from .nodes import (
    LIST_NAMES,
    AppTestError,
    Block,
    Button,
    ElementTree,
    Json,
    Node,
    Widget,
)
from .notebook_source import notebook_app_source


class TesterSessionState(KeysAsAttributes):
    """``at.session_state``: item and attribute access to the AppTest's session."""

    def __init__(self, session: SessionState) -> None:
        object.__setattr__(self, "_state", session)

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state[key]

    def __contains__(self, key: object) -> bool:
        # As Streamlit's tester state: membership among user keys and keyed widgets.
        return key in self._state.filtered_state

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self._state[key]
        except KeyError:
            return default

    def keys(self) -> Any:
        return self._state.filtered_state.keys()

    def items(self) -> Any:
        return self._state.filtered_state.items()

    def values(self) -> Any:
        return self._state.filtered_state.values()

    def to_dict(self) -> dict[str, Any]:
        return self._state.filtered_state

    def __iter__(self) -> Iterator[str]:
        return iter(self._state.filtered_state)

    def __len__(self) -> int:
        return len(self._state.filtered_state)

    def __repr__(self) -> str:
        return repr(self._state.filtered_state)

    def filtered_state(self) -> dict[str, Any]:
        return self._state.filtered_state


#: Values a shallow copy of ``AppTest.user`` protects (deepcopy costs a click's 10%).
_SCALARS = frozenset({str, int, float, bool, type(None)})


class _Timeout(StopException):
    """Stops a script at its next ``st.*`` call once ``run(timeout=)`` passed
    (Streamlit requests a stop the same way, then raises RuntimeError)."""


def _query_string_values(params: dict[str, Any]) -> dict[str, Any]:
    """What a URL carries: str values, lists of str for repeated keys."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, (list, tuple)):
            out[str(key)] = [str(v) for v in value]
        else:
            out[str(key)] = str(value)
    return out


def _as_tester_query_params(params: dict[str, Any]) -> dict[str, Any]:
    # Streamlit's AppTest: one value reads back as str, repeated keys as list[str].
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, list):
            out[key] = value[0] if len(value) == 1 else list(value)
        else:
            out[key] = value
    return out


#: Options real Streamlit shares with the emulation (checked only when the
#: test already imported ``streamlit.config``; it is never imported here).
_SHARED_OPTIONS = _config.RUNTIME_OPTIONS


def _streamlit_config_overrides() -> dict[str, Any]:
    """Options a test set through real ``streamlit.config.set_option`` (or
    Streamlit's ``patch_config_options``) that differ from the defaults: a
    test written for Streamlit configures our AppTest too."""
    st_config = sys.modules.get("streamlit.config")
    if st_config is None:
        return {}
    get_option = st_config.get_option
    overrides = {}
    if getattr(get_option, "__name__", "") == "get_option":
        # Not patched: read the options' values directly (no lock, no parse:
        # this runs on every click).
        known = getattr(st_config, "_config_options", None)
        if not known:
            return {}
        for name in _SHARED_OPTIONS:
            option = known.get(name)
            # is_default is kept by Streamlit's set_value: a plain attribute,
            # where .value calls a closure.
            if option is not None and not getattr(option, "is_default", False) \
                    and option.value != option.default_val:
                overrides[name] = option.value
    else:
        # Patched by a test helper (patch_config_options): ask the patch.
        for name in _SHARED_OPTIONS:
            try:
                value = get_option(name)
            except Exception:  # an option real Streamlit does not have
                continue
            if value != _config._DEFAULTS[name]:
                overrides[name] = value
    return {name: value for name, value in overrides.items()
            if isinstance(value, type(_config._DEFAULTS[name]))}


class AppTest:
    """Run a Streamlit script and inspect/drive its elements, like
    ``streamlit.testing.v1.AppTest``; create one with ``from_string``,
    ``from_function``, ``from_file`` or ``from_notebook``.

    ``secrets``, ``query_params``, ``session_state`` are what the script's
    ``st.secrets``, ``st.query_params`` and ``st.session_state`` read."""

    def __init__(self, script_path: str | Path, *, default_timeout: float,
                 args: tuple[Any, ...] | None = None,
                 kwargs: dict[str, Any] | None = None) -> None:
        path = os.fspath(script_path)
        with open(path, encoding="utf-8") as f:
            source = f.read()
        self._setup(source, path, default_timeout, args, kwargs)

    def _setup(self, source: str, filename: str | None, default_timeout: float,
               args: tuple[Any, ...] | None, kwargs: dict[str, Any] | None) -> None:
        self._source = source
        self._script_path = filename
        self.default_timeout = default_timeout
        self.args = args
        self.kwargs = kwargs
        self.secrets: dict[str, Any] = {}
        self.query_params: dict[str, Any] = {}
        #: What the script reads as ``st.user`` (Streamlit's AppTest default).
        self.user: dict[str, Any] = {"email": "test@example.com"}
        #: What the script reads as ``st.context`` (Streamlit's AppTest keys:
        #: timezone, timezone_offset, locale, url, is_embedded, theme).
        self.context: dict[str, Any] = {}
        self._seeded_user: dict[str, Any] | None = None
        self._session = SessionState()
        self.session_state = TesterSessionState(self._session)
        #: Names the script reads when it does not define them: from_function's
        #: arguments, from_notebook's setup cells.
        self._runner_globals: dict[str, Any] = {}
        if args is not None or kwargs is not None:
            self._runner_globals.update(__args=tuple(args or ()), __kwargs=dict(kwargs or {}))
        # The script's file, or (from a string or function) a file holding
        # it: what Streamlit's AppTest runs, so `__file__` and tracebacks name it.
        path = filename if filename is not None else source_file(source)
        self._runner = ScriptRunner(source, self._session, filename=path, script_path=path,
                                    fallback_namespace=lambda: self._runner_globals)
        self._result: RunResult | None = None
        self._tree_cache: ElementTree | None = None
        self._trigger_values: dict[str, Any] = {}
        self._cleared_form_ids: set[str] = set()
        #: The page ``switch_page`` asked for: every later run asks for it
        #: again, as in Streamlit's AppTest ("" keeps the page the app is on).
        self._page_hash = ""
        #: Made by ``from_notebook``: one cell of a notebook, not a script file.
        self._notebook_app = False
        #: The pages the last run registered (what ``switch_page`` resolves).
        self._registered_pages: dict[str, Any] = {}

    @classmethod
    def _from_source(cls, source: str, *, filename: str | None = None,
                     default_timeout: float = 3, args: tuple[Any, ...] | None = None,
                     kwargs: dict[str, Any] | None = None) -> "AppTest":
        at = cls.__new__(cls)
        at._setup(source, filename, default_timeout, args, kwargs)
        return at

    # ------------------------------------------------------------ creation
    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> "AppTest":
        """An app whose script is ``script`` (dedented)."""
        return cls._from_source(textwrap.dedent(script), default_timeout=default_timeout)

    @classmethod
    def from_function(cls, script: Callable[..., Any], *, default_timeout: float = 3,
                      args: tuple[Any, ...] | None = None,
                      kwargs: dict[str, Any] | None = None) -> "AppTest":
        """An app whose script is the body of ``script``, called with
        ``args``/``kwargs`` (like Streamlit: its source is run, so the
        function must import what it uses)."""
        source = textwrap.dedent(inspect.getsource(script))
        name = getattr(script, "__name__", "script")
        call = f"\n{name}(*__args, **__kwargs)\n"
        return cls._from_source(source + call, default_timeout=default_timeout,
                                args=tuple(args or ()), kwargs=dict(kwargs or {}))

    @classmethod
    def from_file(cls, script_path: str | Path, *, default_timeout: float = 3) -> "AppTest":
        """An app running the file ``script_path``; a relative path is
        relative to the file of the test that calls ``from_file``."""
        path = Path(script_path)
        if not path.is_absolute():
            stack = traceback.extract_stack(limit=2)
            path = Path(stack[0].filename).parent / path
        if not path.is_file():
            raise FileNotFoundError(
                f"AppTest script not found at {path.resolve()}. Relative paths are resolved "
                "against the file that calls AppTest.from_file().")
        return cls(path, default_timeout=default_timeout)

    @classmethod
    def from_notebook(cls, path: str | Path, cell: str | int = 0, *,
                      default_timeout: float = 3) -> "AppTest":
        """An app running one ``%%streamlit_cell`` cell of the notebook at
        ``path``: ``cell`` is the cell's ``--key`` or its index among the
        notebook's streamlit cells (0 is the first). The ordinary code cells
        above it run first, once per run, as its setup (what the kernel had
        defined); their IPython magics and shell lines (``%...``, ``!...``)
        and cells run by other cell magics are skipped. A relative ``path``
        is relative to the calling test file, as ``from_file``'s."""
        nb_path = Path(path)
        if not nb_path.is_absolute():
            stack = traceback.extract_stack(limit=2)
            nb_path = Path(stack[0].filename).parent / nb_path
        setup, source = notebook_app_source(nb_path, cell)
        at = cls._from_source(source, filename=f"{nb_path}[{cell}]",
                              default_timeout=default_timeout)
        # The setup cells run once, as in the kernel; the app reads the names
        # they defined the way a cell reads the kernel's globals.
        namespace = make_script_globals(at._runner._builtins, at._runner.script_path)
        exec(compile(setup, f"{nb_path} (setup cells)", "exec"), namespace)
        at._runner_globals.update(namespace)
        at._notebook_app = True
        at._runner.pages.uses_pages_directory = False
        return at

    # ----------------------------------------------------------------- run
    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Run the script with the staged widget values; return self. A run
        longer than ``timeout`` (default ``default_timeout``) seconds is
        stopped at its next ``st.*`` call and raises RuntimeError, as
        Streamlit's does."""
        if timeout is None:
            timeout = self.default_timeout
        values, submitted, clears = self._widget_values()
        deadline = time.perf_counter() + timeout
        timed_out = False

        def check_deadline(_ctx: Any, _element: Any) -> None:
            nonlocal timed_out
            if time.perf_counter() > deadline:
                timed_out = True
                raise _Timeout()

        params = query_params_of(self._session)
        overrides = _streamlit_config_overrides()
        if overrides:
            previous_options = dict(_config._options)
            _config._options.update(overrides)
        if self.query_params or params._query_params:
            params._query_params = _query_string_values(self.query_params)
        params.dropped_silently.clear()
        if not isinstance(self.user, dict):
            raise AppTestError(f"AppTest.user must be a dict, not {type(self.user).__name__}.")
        # What the script reads as st.context (Streamlit's checks, before the run).
        tester_contexts[self._session] = checked_tester_context(self.context, AppTestError)
        # A copy per run, as Streamlit's: the script cannot change the test's dict.
        user = self.user
        if user != self._seeded_user:  # (unchanged: the run's copy is intact, st.user is read-only)
            flat = all(type(v) in _SCALARS for v in user.values())
            self._seeded_user = dict(user) if flat else copy.deepcopy(user)
            tester_users[self._session] = self._seeded_user
        if self.secrets:
            # The script's st.secrets reads the tester's dict for this run.
            object.__setattr__(_secrets, "_parse", lambda: self.secrets)
        pages = self._runner.pages
        # Streamlit's AppTest makes a new pages manager for every run: the
        # pages are those this run registers, and a `pages/` folder next to
        # the script makes it a v1 app again (even after `st.navigation`).
        pages.pages = None
        if not self._notebook_app:  # a notebook's cell is never a v1 app
            pages.uses_pages_directory = pages.has_pages_folder()
        if self._page_hash:
            pages.request_page(self._page_hash)
        try:
            self._result = self._runner.run(values, on_element=check_deadline)
        finally:
            if self.secrets:
                object.__delattr__(_secrets, "_parse")
            if self.query_params or params._query_params or params.dropped_silently:
                # What the test's (absent) front end keeps: the URL the
                # backend sent, with what it dropped without telling it.
                self.query_params = _as_tester_query_params(
                    {**params.dropped_silently, **params._query_params})
            if overrides:
                _config._options.clear()
                _config._options.update(previous_options)
        if self._seeded_user is not None and self._seeded_user != self.user:
            # st.logout() cleared the run's copy: later runs read it, as in Streamlit.
            self.user = dict(self._seeded_user)
        self._trigger_values = self._result.trigger_values
        if self._result.navigation is not None or self._result.exception is None:
            self._registered_pages = pages.get_pages()
        for form_id in submitted:
            if clears.get(form_id):
                self._cleared_form_ids.add(form_id)
            else:
                self._cleared_form_ids.discard(form_id)
        self._tree_cache = None
        if isinstance(self._result.exception, KeyboardInterrupt):
            raise self._result.exception  # Ctrl-C stops the test session
        if timed_out or time.perf_counter() > deadline:
            raise RuntimeError(f"AppTest script run timed out after {timeout}(s)")
        return self

    def _widget_values(self) -> tuple[dict[str, Any] | None, set[str], dict[str, bool]]:
        if self._result is None:
            return None, set(), {}
        nodes = list(self._root())
        widgets = [n for n in nodes if isinstance(n, Widget)]
        submitted = {w.form_id for w in widgets
                     if isinstance(w, Button) and w._element.props.get("is_form_submitter")
                     and w._value}
        clears = {n._element.props["form_id"]: bool(n._element.props.get("clear_on_submit"))
                  for n in nodes if n.type == "form"}
        values: dict[str, Any] = {}
        for widget in widgets:
            form_id = widget.form_id
            if (form_id and form_id in submitted and form_id in self._cleared_form_ids
                    and clears.get(form_id) and not isinstance(widget, Button)
                    and not widget.has_pending_value):
                values[widget.id] = WIDGET_DEFAULT
                continue
            if form_id and form_id not in submitted:
                # Unsubmitted form: the front end holds staged values back.
                values[widget.id] = False if isinstance(widget, Button) \
                    else self._session[widget.id]
                continue
            values[widget.id] = widget._state_value()
        return values, submitted, clears

    def switch_page(self, page_path: str) -> "AppTest":
        """Show the page file ``page_path`` (relative to the main script's
        folder) from the next ``run()`` on, as Streamlit's AppTest: call
        ``run()`` afterwards to see it. After a run, the file must be one of
        the pages ``st.navigation`` (or a ``pages/`` folder) registered."""
        main_dir = Path(self._runner.script_path).parent
        full_page_path = main_dir / page_path
        if not full_page_path.is_file():
            raise ValueError(
                f"Could not find page {page_path!r} relative to the main script "
                f"{self._runner.script_path!r}. Resolved page path: "
                f"{str(full_page_path.resolve())!r}.")
        self._page_hash = self._resolve_page_hash(str(full_page_path.resolve()))
        return self

    def _resolve_page_hash(self, page_path: str) -> str:
        """The hash of the registered page whose file is ``page_path`` (the
        one whose url path is the file's name first); before any run, the
        hash a page of that file name would have."""
        _, page_name = page_icon_and_name(Path(page_path))
        target = Path(page_path).resolve()
        matches = [page_hash for page_hash, info in self._registered_pages.items()
                   if info.get("script_path") and Path(str(info["script_path"])).resolve() == target]
        if matches:
            return next((page_hash for page_hash in matches
                         if self._registered_pages[page_hash].get("url_pathname") == page_name),
                        matches[0])
        if any("url_pathname" in info for info in self._registered_pages.values()):
            known = [str(info["script_path"]) if info.get("script_path")
                     else str(info.get("url_pathname") or info.get("page_name") or page_hash)
                     for page_hash, info in self._registered_pages.items()]
            raise ValueError(
                f"Could not find a navigation page for {page_path!r}. "
                "AppTest.switch_page() matches registered script paths. "
                "If page registration depends on Session State, call "
                "AppTest.run() after updating the state and before switching. "
                f"Known pages: {known}.")
        return calc_hash(page_name)

    # ---------------------------------------------------------------- tree
    def _root(self) -> ElementTree:
        if self._result is None:
            raise AppTestError("Call `run()` before inspecting the app's elements.")
        if self._tree_cache is None:
            # Streamlit's tree always has the main area, the sidebar and the
            # event block (toasts, an open dialog); the bottom block once used.
            result = self._result
            roots = [root for root in result.roots
                     if root.items or root is not result.bottom]
            self._tree_cache = ElementTree(PageBlock("root", id="root", items=roots), self)
        return self._tree_cache

    @property
    def _tree(self) -> ElementTree:
        """The run's element tree, under the name Streamlit's AppTest keeps it
        (tests reach ``at._tree.get_widget_states()`` through it)."""
        return self._root()

    def __iter__(self) -> Iterator[Node]:
        return iter(self._root())

    def __len__(self) -> int:
        return len(self._root())

    def __getitem__(self, idx: int) -> Node:
        return self._root()[idx]

    @property
    def main(self) -> Block:
        """The main area."""
        return self._root().main

    @property
    def sidebar(self) -> Block:
        """The sidebar."""
        return self._root().sidebar

    def get(self, element_type: str) -> Sequence[Node]:
        """Every node of ``element_type`` (``"button"``, ``"columns"``...)."""
        return self._root().get(element_type)

    def get_by_key(self, key: str) -> Node:
        """The one element, widget or block with ``key``; KeyError if none."""
        return self._root().get_by_key(key)

    def __getattr__(self, name: str) -> Any:
        # Beyond Streamlit's lists: every other st.* element command has its
        # list too (at.plotly_chart, at.audio...).
        types = _element_types(name)
        if types is None:
            raise AttributeError(f"'AppTest' object has no attribute '{name}'")
        return self._root()._nodes_of(*types)

    def __repr__(self) -> str:
        return f"AppTest(ran={self._result is not None})"


def _tree_list(name: str) -> property:
    def nodes(self: AppTest) -> Any:
        return getattr(self._root(), name)
    nodes.__name__ = name
    nodes.__doc__ = f"Every ``st.{name}`` node of the app."
    return property(nodes)


for _name in LIST_NAMES:
    setattr(AppTest, _name, _tree_list(_name))


#: ``at.<name>`` lists whose node type differs from the command's name.
_LIST_TYPES: dict[str, tuple[str, ...]] = {"help": ("help_info",)}


def _element_types(name: str) -> tuple[str, ...] | None:
    if name in _LIST_TYPES:
        return _LIST_TYPES[name]
    return (name,) if name in ELEMENT_COMMANDS else None


def json_value(node: Json) -> Any:
    """Parsed value of a JSON node."""
    return json.loads(node.value)
