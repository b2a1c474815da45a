"""Differential testing of the core against real Streamlit.

A script runs through both ``streamlit.testing.v1.AppTest`` (the oracle) and
``streamlit_cell.testing.AppTest`` (ours). After the first run and after every
interaction step, both apps are reduced to a :class:`Snapshot` of what a user
can observe, and the snapshots must be equal:

* ``elements``   -- the page in order (main, then sidebar): containers by
  type, widgets as (type, label, key, value), text-like nodes by their plain
  text, JSON by its parsed value, exceptions by (class name, message);
* ``state``      -- every key the tester sees in ``at.session_state``
  (user keys and keyed widgets), with its value;
* ``step_error`` -- the class name of an exception raised by the step itself
  (e.g. an ``at.session_state`` write the tester rejects), else None.

Steps are small callables taking the AppTest; they stage interactions, and
the helper then calls ``at.run()``. The builders below (:func:`set_value`,
:func:`click`, :func:`set_state`...) cover the usual ones; a step that raises
is recorded in ``step_error`` and the app is not run.

Node types are compared as they are (ours names containers like Streamlit's
AppTest: "flex_container" for ``st.container`` and a ``st.columns`` row,
"tab_container" for ``st.tabs``); Streamlit's internal "event" node is dropped.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import textwrap
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

BACKENDS = ("streamlit", "streamlit_cell")

TEXT_TYPES = frozenset({"title", "header", "subheader", "markdown", "caption", "text", "code"})
ALERT_TYPES = frozenset({"error", "warning", "info", "success"})
#: Streamlit AppTest node types with no counterpart worth comparing.
IGNORED_TYPES = frozenset({"root", "event"})

_MARKUP = re.compile(r"[`*]")


def plain(text: Any) -> str:
    """Displayed text without incidental markdown, whitespace collapsed."""
    return " ".join(_MARKUP.sub("", str(text)).split())


def app_test_class(backend: str) -> Any:
    if backend == "streamlit":
        from streamlit.testing.v1 import AppTest
    else:
        from streamlit_cell.testing import AppTest
    return AppTest


def config_module(backend: str) -> Any:
    if backend == "streamlit":
        from streamlit import config
    else:
        from streamlit_cell import config
    return config


@contextlib.contextmanager
def option(backend: str, name: str, value: Any) -> Iterator[None]:
    """Set a config option of one backend for the duration of a block."""
    config = config_module(backend)
    previous = config.get_option(name)
    config.set_option(name, value)
    try:
        yield
    finally:
        config.set_option(name, previous)


# ----------------------------------------------------------------- snapshots
def exception_type(node: Any) -> str:
    return str(node.proto.type).rsplit(".", 1)[-1]


def _comparable(value: Any) -> Any:
    """A value both backends can be compared on: callables and other objects
    compared by identity (no ``__eq__`` of their own) become a type tag."""
    if (callable(value) and not isinstance(value, type)) or type(value).__eq__ is object.__eq__:
        return f"<{type(value).__name__}>"
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_comparable(v) for v in value)
    return value


def _typed(value: Any) -> Any:
    """``value`` with its type name, so 1 and 1.0 (and list vs tuple) differ."""
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [_typed(v) for v in value])
    return (type(value).__name__, _comparable(value))


def describe_node(node: Any) -> tuple[Any, ...]:
    kind = node.type
    if kind in TEXT_TYPES:
        return (kind, plain(node.value))
    if kind in ALERT_TYPES:
        return (kind, plain(node.value))
    if kind == "json":
        try:
            return (kind, json.loads(node.value))
        except ValueError:  # st.json of a string that is not JSON
            return (kind, node.value)
    if kind == "exception":
        return (kind, exception_type(node), node.message)
    if hasattr(node, "label") and hasattr(node, "set_value"):  # a widget
        return (kind, node.label, node.key, _typed(node.value))
    return (kind,)


@dataclass
class Snapshot:
    elements: list[tuple[Any, ...]]
    state: dict[str, Any]
    step_error: str | None = None

    @property
    def texts(self) -> list[str]:
        return [e[1] for e in self.elements if e[0] in TEXT_TYPES]

    @property
    def exceptions(self) -> list[tuple[str, str]]:
        return [(e[1], e[2]) for e in self.elements if e[0] == "exception"]

    @property
    def exception_types(self) -> list[str]:
        return [e[1] for e in self.elements if e[0] == "exception"]

    def widget_values(self, kind: str) -> list[Any]:
        """Values of the widgets of type ``kind``, in page order (typed, see _typed)."""
        return [e[3] for e in self.elements if e[0] == kind and len(e) == 4]


def nested(block: Any) -> list[Any]:
    """A block's children as the tester lists them, nesting kept (containers
    as (type, children); Streamlit's AppTest lists a dict in delta order)."""
    shown = []
    for child in block.children.values():
        children = getattr(child, "children", None)
        if isinstance(children, dict):
            shown.append((child.type, nested(child)))
        elif child.type == "toast":
            shown.append(("toast", child.value, child.icon))
        else:
            shown.append(describe_node(child))
    return shown


def page(at: Any) -> list[Any]:
    """The whole page, nested: main area, sidebar, event container."""
    return [(node.type, nested(node)) for node in (at.main, at.sidebar)] + [
        ("toasts", [(t.value, t.icon) for t in at.toast])]


def snapshot(at: Any, step_error: str | None = None) -> Snapshot:
    elements = [describe_node(n) for n in at if n.type not in IGNORED_TYPES]
    state = {k: _typed(at.session_state[k]) for k in at.session_state}
    return Snapshot(elements, state, step_error)


# --------------------------------------------------------------------- steps
Step = Callable[[Any], Any]


def _find(at: Any, kind: str, locator: str | int) -> Any:
    widgets = getattr(at, kind)
    return widgets[locator] if isinstance(locator, int) else widgets(key=locator)


def set_value(kind: str, locator: str | int, value: Any) -> Step:
    """Stage ``value`` on the ``kind`` widget found by key (str) or index (int)."""
    def step(at: Any) -> None:
        _find(at, kind, locator).set_value(value)
    step.__name__ = f"set_value({kind}[{locator!r}], {value!r})"
    return step


def click(locator: str | int) -> Step:
    """Click a button (or form submit button) found by key or index."""
    def step(at: Any) -> None:
        _find(at, "button", locator).click()
    step.__name__ = f"click(button[{locator!r}])"
    return step


def set_state(key: str, value: Any) -> Step:
    """Write ``at.session_state[key]`` between runs."""
    def step(at: Any) -> None:
        at.session_state[key] = value
    step.__name__ = f"set_state({key!r}, {value!r})"
    return step


def del_state(key: str) -> Step:
    def step(at: Any) -> None:
        del at.session_state[key]
    step.__name__ = f"del_state({key!r})"
    return step


def rerun(at: Any) -> None:
    """A plain rerun with nothing staged."""


def both(*steps: Step) -> Step:
    """Several stagings sent with the same run."""
    def step(at: Any) -> None:
        for s in steps:
            s(at)
    step.__name__ = " + ".join(s.__name__ for s in steps)
    return step


# -------------------------------------------------------------------- driver
def run_backend(backend: str, script: str, steps: Sequence[Step]) -> list[Snapshot]:
    at = app_test_class(backend).from_string(script)
    at.run()
    snapshots = [snapshot(at)]
    for step in steps:
        step_error = None
        try:
            step(at)
        except Exception as error:  # a step the tester rejects
            step_error = type(error).__name__
        else:
            at.run()
        snapshots.append(snapshot(at, step_error))
    return snapshots


def assert_same(script: str, steps: Sequence[Step] = ()) -> list[Snapshot]:
    """Run ``script`` and ``steps`` on both backends; assert every snapshot agrees.

    Returns the snapshots (identical on both backends), the first one taken
    after the first run, then one per step, for further plain assertions.
    """
    oracle = run_backend("streamlit", script, steps)
    ours = run_backend("streamlit_cell", script, steps)
    names = ["first run", *(getattr(s, "__name__", repr(s)) for s in steps)]
    for name, expected, actual in zip(names, oracle, ours):
        for part in ("step_error", "elements", "state"):
            assert getattr(actual, part) == getattr(expected, part), (
                f"backends disagree on {part} after {name}:\n"
                f"  streamlit:      {getattr(expected, part)}\n"
                f"  streamlit_cell: {getattr(actual, part)}"
            )
    return oracle


# ------------------------------------------------------------------ batching
# Streamlit's AppTest costs ~0.1 s per run, ours next to nothing. Many small
# cases therefore run as ONE script per backend: each case is preceded by a
# marker text and wrapped in try/except (an error shows as a text line
# "!ClassName: message"), and each case is then compared on its own slice of
# the page.

CASE_MARKER = "#case "


def batch_script(cases: Sequence[str], prelude: str = "") -> str:
    """One script running ``cases`` (code snippets) one after the other."""
    parts = ["import collections\nimport datetime\nimport streamlit as st\n",
             textwrap.dedent(prelude)]
    for number, case in enumerate(cases):
        body = textwrap.indent(textwrap.dedent(case).strip() + "\n", "    ")
        parts.append(
            f"st.text({CASE_MARKER + str(number)!r})\n"
            f"try:\n{body}"
            "except Exception as error:\n"
            "    st.text('!' + type(error).__name__ + ': ' + str(error))\n"
        )
    return "".join(parts)


def case_slices(snap: Snapshot) -> dict[int, list[tuple[Any, ...]]]:
    """The elements each case of a batch script produced, by case number."""
    slices: dict[int, list[tuple[Any, ...]]] = {}
    current: list[tuple[Any, ...]] | None = None
    for element in snap.elements:
        if element[0] == "text" and element[1].startswith(CASE_MARKER):
            current = slices.setdefault(int(element[1][len(CASE_MARKER):]), [])
        elif element == ("sidebar",):
            current = None  # the sidebar is compared with the whole page only
        elif current is not None:
            current.append(element)
    return slices


class Batch:
    """Cases run together (see ``batch_script``), with the same steps.

    ``batch.case(backend, n)`` is case n's elements after every run; a test
    per case compares it between the backends, and ``batch.assert_same()``
    compares the whole pages and states once.
    """

    def __init__(self, cases: Sequence[str], prelude: str = "",
                 steps: Sequence[Step] = ()) -> None:
        self.cases = list(cases)
        self.script = batch_script(self.cases, prelude)
        self.steps = list(steps)
        # A script that does not compile shows no case on either backend, and
        # every case would "agree": fail here instead.
        compile(self.script, "<differential batch>", "exec")

    @functools.cache
    def snapshots(self, backend: str) -> list[Snapshot]:
        return run_backend(backend, self.script, self.steps)

    def case(self, backend: str, number: int) -> list[list[tuple[Any, ...]]]:
        slices = [case_slices(snap) for snap in self.snapshots(backend)]
        missing = [run for run, found in enumerate(slices) if number not in found]
        assert not missing, (
            f"case {self.cases[number]!r} never ran on {backend} (runs {missing}): "
            "an earlier case stopped the batch script")
        return [found[number] for found in slices]

    def assert_case_same(self, number: int) -> list[list[tuple[Any, ...]]]:
        """Assert case ``number`` looks the same on both backends after every run."""
        expected = self.case("streamlit", number)
        actual = self.case("streamlit_cell", number)
        assert actual == expected, (
            f"backends disagree on case {self.cases[number]!r}:\n"
            f"  streamlit:      {expected}\n"
            f"  streamlit_cell: {actual}"
        )
        return expected

    def assert_same(self) -> None:
        for expected, actual in zip(self.snapshots("streamlit"), self.snapshots("streamlit_cell")):
            assert actual == expected
