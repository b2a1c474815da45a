"""``AppTest``: drive a Streamlit script without Jupyter, with the surface of
``streamlit.testing.v1.AppTest``.

Interaction model (Streamlit's): ``set_value``/``click`` are staged on the
element and sent with the next ``run()``; a click is True for that run only;
a form widget's staged value is sent only when a submit button of its form is
clicked in the same ``run()``; after a ``clear_on_submit`` form is submitted,
its next submit sends the widgets' defaults unless they were set again.
"""

from __future__ import annotations

import inspect
import json
import os
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

from ..api import ELEMENT_COMMANDS
from ..runtime.run_result import RunResult
from ..runtime.script_runner import ScriptRunner
from ..runtime.script_source import source_file
from ..runtime.state import WIDGET_DEFAULT, KeysAsAttributes, SessionState
from ..runtime.page_tree import Block, Element
from .nodes import (
    _NODE_CLASSES,
    _WIDGET_CLASSES,
    AppTestError,
    BlockNode,
    Button,
    ExceptionNode,
    Json,
    Node,
    Text,
    Widget,
)

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


class AppTest:
    """Run a Streamlit script and inspect/drive its elements, like
    ``streamlit.testing.v1.AppTest``."""

    def __init__(self, source: str, *, default_timeout: float = 3,
                 filename: str | None = None) -> None:
        self._source = source
        self.default_timeout = default_timeout
        self._session = SessionState()
        # The script's file, or (from a string or function) a file holding
        # it: what Streamlit's AppTest runs, so `__file__` and tracebacks name it.
        path = filename if filename is not None else source_file(source)
        self._runner = ScriptRunner(source, self._session, filename=path, script_path=path)
        self._result: RunResult | None = None
        self._tree: BlockNode | None = None
        self._trigger_values: dict[str, Any] = {}
        self._cleared_form_ids: set[str] = set()

    # ------------------------------------------------------------ creation
    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> "AppTest":
        return cls(textwrap.dedent(script), default_timeout=default_timeout)

    @classmethod
    def from_file(cls, script_path: str | os.PathLike[str], *,
                  default_timeout: float = 3) -> "AppTest":
        path = os.fspath(script_path)
        if not os.path.isabs(path):
            caller = inspect.stack()[1].filename
            path = os.path.join(os.path.dirname(os.path.abspath(caller)), path)
        with open(path, encoding="utf-8") as f:
            return cls(f.read(), default_timeout=default_timeout, filename=path)

    @classmethod
    def from_function(cls, script: Callable[..., Any], *, default_timeout: float = 3,
                      args: Any = None, kwargs: Any = None) -> "AppTest":
        source = textwrap.dedent(inspect.getsource(script))
        call = f"\n{script.__name__}(*{tuple(args or ())!r}, **{dict(kwargs or {})!r})\n"
        return cls(source + call, default_timeout=default_timeout)

    # ----------------------------------------------------------------- run
    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Run the script with the staged widget values; return self."""
        values, submitted, clears = self._widget_values()
        self._result = self._runner.run(values)
        self._trigger_values = self._result.trigger_values
        for form_id in submitted:
            if clears.get(form_id):
                self._cleared_form_ids.add(form_id)
            else:
                self._cleared_form_ids.discard(form_id)
        self._tree = None
        if isinstance(self._result.exception, KeyboardInterrupt):
            raise self._result.exception  # Ctrl-C stops the test session
        return self

    def _widget_values(self) -> tuple[dict[str, Any] | None, set[str], dict[str, bool]]:
        if self._result is None:
            return None, set(), {}
        widgets = [n for n in self._root() if isinstance(n, Widget)]
        submitted = {w.form_id for w in widgets
                     if isinstance(w, Button) and w._element.props.get("is_form_submitter")
                     and w._value}
        clears = {n._element.props["form_id"]: bool(n._element.props.get("clear_on_submit"))
                  for n in self._root() if n.type == "form"}
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

    # ---------------------------------------------------------------- tree
    def _wrap(self, element: Element) -> Node:
        if isinstance(element, Block):
            return BlockNode(element, self)
        if element.type in _NODE_CLASSES:
            return _NODE_CLASSES[element.type](element, self)
        if element.is_widget:
            return _WIDGET_CLASSES.get(element.type, Widget)(element, self)
        if element.type == "exception":
            return ExceptionNode(element, self)
        if element.type == "json":
            return Json(element, self)
        if "body" in element.props:
            return Text(element, self)
        return Node(element, self)

    def _root(self) -> BlockNode:
        if self._result is None:
            raise AppTestError("Call `run()` before inspecting the app's elements.")
        if self._tree is None:
            # Streamlit's tree always has the main area and the sidebar; the
            # event block (an open dialog) and the bottom block once used.
            main, sidebar = self._result.main, self._result.sidebar
            roots = [root for root in self._result.roots
                     if root.items or root is main or root is sidebar]
            root = Block("root", id="root", items=roots)
            self._tree = BlockNode(root, self)
        return self._tree

    def __iter__(self) -> Iterator[Node]:
        return iter(self._root())

    def __len__(self) -> int:
        return len(self._root())

    def __getitem__(self, index: int) -> Node:
        return self._root()[index]

    @property
    def main(self) -> BlockNode:
        return self._root().children[0]  # type: ignore[return-value]

    @property
    def sidebar(self) -> BlockNode:
        return self._root().children[1]  # type: ignore[return-value]

    @property
    def session_state(self) -> TesterSessionState:
        return TesterSessionState(self._session)

    def __getattr__(self, name: str) -> Any:
        types = _element_types(name)
        if types is None:
            raise AttributeError(f"'AppTest' object has no attribute '{name}'")
        return self._root()._nodes_of(*types)

    def __repr__(self) -> str:
        return f"AppTest(ran={self._result is not None})"


#: ``at.<name>`` lists whose node type differs from the command's name.
_LIST_TYPES: dict[str, tuple[str, ...]] = {
    "columns": ("column",), "tabs": ("tab",), "help": ("help_info",),
    "button_group": ("pills", "segmented_control"),
}


def _element_types(name: str) -> tuple[str, ...] | None:
    """Node types listed by ``at.<name>``: every ``st.*`` element command has
    its list (``at.button``, ``at.progress``...), as in Streamlit's AppTest."""
    if name in _LIST_TYPES:
        return _LIST_TYPES[name]
    return (name,) if name in ELEMENT_COMMANDS else None


def json_value(node: Json) -> Any:
    """Parsed value of a JSON node."""
    return json.loads(node.value)
