"""The contract of ``streamlit_cell.testing`` with ``streamlit.testing.v1``
(1.67): every public class of ``streamlit.testing.v1`` and of its
``element_tree`` module exists in ours under the same name, with every public
method (same parameter names, kinds and defaults), property and annotated
attribute. Enumerated with ``inspect`` from the installed oracle, so a new
Streamlit release shows up here as a list of what is missing."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

st_v1 = pytest.importorskip("streamlit.testing.v1")
st_tree = pytest.importorskip("streamlit.testing.v1.element_tree")

from streamlit_cell.testing import v1 as our_v1  # noqa: E402

#: Dunders that are part of how a test uses a node or list.
_DUNDERS = {"__call__", "__getitem__", "__iter__", "__len__"}
#: Members that are not part of the testing surface: constructors take
#: Streamlit's protobufs (``get_widget_states`` returns a protobuf-like
#: ``WidgetStates``, compared in tests/core/test_apptest_v1.py).
_SKIPPED = {"__init__"}


def _oracle_classes() -> dict[str, type]:
    classes: dict[str, type] = {}
    for module in (st_v1, st_tree):
        for name, obj in vars(module).items():
            if (not name.startswith("_") and inspect.isclass(obj)
                    and obj.__module__.startswith("streamlit.testing.v1")):
                classes[name] = obj
    return classes


def _public_members(cls: type) -> dict[str, Any]:
    members: dict[str, Any] = {}
    for klass in reversed(cls.__mro__):
        if klass is object or not klass.__module__.startswith(("streamlit.testing.v1",
                                                               "streamlit_cell.testing")):
            continue
        for name, value in vars(klass).items():
            if name in _SKIPPED or (name.startswith("_") and name not in _DUNDERS):
                continue
            members[name] = value
        for name in getattr(klass, "__annotations__", {}):
            if not name.startswith("_"):
                members.setdefault(name, "attribute")
    return members


def _params(func: Any) -> list[tuple[str, Any, Any]]:
    func = func.__func__ if isinstance(func, (classmethod, staticmethod)) else func
    signature = inspect.signature(func)
    return [(p.name, p.kind, p.default) for p in signature.parameters.values()]


def _kind(value: Any) -> str:
    if isinstance(value, property):
        return "property"
    if isinstance(value, (classmethod, staticmethod)) or inspect.isfunction(value):
        return "method"
    return "attribute"


def _contract() -> list[tuple[str, str, str, Any]]:
    """(class, member, kind, oracle value) for every member of the oracle."""
    rows = []
    for class_name, cls in sorted(_oracle_classes().items()):
        rows.append((class_name, "", "class", cls))
        for name, value in sorted(_public_members(cls).items()):
            rows.append((class_name, name, _kind(value), value))
    return rows


CONTRACT = _contract()


def _missing(row: tuple[str, str, str, Any]) -> str | None:
    """Why ours does not match this row of the contract, or None."""
    class_name, name, kind, value = row
    ours = getattr(our_v1, class_name, None)
    if ours is None or not inspect.isclass(ours):
        return f"no class {class_name}"
    if kind == "class":
        return None
    members = _public_members(ours)
    if name not in members and not hasattr(ours, name):
        return f"{class_name}.{name} missing"
    if kind == "method":
        mine = members.get(name, getattr(ours, name, None))
        if _kind(mine) != "method":
            return f"{class_name}.{name} is not a method"
        if _params(mine) != _params(value):
            return f"{class_name}.{name}{_params(mine)} != oracle {_params(value)}"
    if kind == "property" and _kind(members.get(name)) not in ("property", "attribute"):
        return f"{class_name}.{name} is not a property or attribute"
    return None


def test_every_oracle_member_exists_with_the_same_signature() -> None:
    problems = [problem for problem in map(_missing, CONTRACT) if problem]
    assert not problems, f"{len(problems)} of {len(CONTRACT)} missing:\n" + "\n".join(problems)


def test_contract_is_the_whole_surface() -> None:
    # The oracle's surface is large; a collapse of the enumeration would
    # make the test above pass vacuously.
    classes = [row for row in CONTRACT if row[2] == "class"]
    assert len(classes) >= 70 and len(CONTRACT) >= 600, (len(classes), len(CONTRACT))


def test_nodes_are_the_classes_streamlit_uses() -> None:
    # Same names, and the same family tree where tests use isinstance().
    assert issubclass(our_v1.Title, our_v1.HeadingBase)
    assert issubclass(our_v1.Caption, our_v1.Markdown)
    assert issubclass(our_v1.Error, our_v1.AlertBase)
    assert issubclass(our_v1.WidgetList, our_v1.ElementList)
    for block in ("Column", "Tab", "Expander", "Status", "ChatMessage", "Grid",
                  "SpecialBlock", "ElementTree"):
        assert issubclass(getattr(our_v1, block), our_v1.Block), block
    assert issubclass(our_v1.Button, our_v1.Widget) and issubclass(our_v1.Widget,
                                                                   our_v1.Element)


def test_apptest_instances_have_streamlits_attributes() -> None:
    # secrets, query_params, session_state, user, context... are set in
    # AppTest.__init__, so the class enumeration above cannot see them.
    def public(at: Any) -> set[str]:
        return {name for name in vars(at) if not name.startswith("_")}

    theirs = public(st_v1.AppTest.from_string("x = 1"))
    ours = public(our_v1.AppTest.from_string("x = 1"))
    assert theirs <= ours, sorted(theirs - ours)
