"""What ``st.help`` shows about an object, worked out as Streamlit's
``elements/help.py`` does: the name the script wrote for it (read from the
calling line, so a bare ``my_func`` on a line of its own, written by magic, is
called ``my_func``), its type ("class" for classes), its docstring, a value
(a readable repr, or ``module.qualname(signature)`` for callables and
objects without one) and its public members, modules left out, sorted
plain values first, then callables, classes.
"""

from __future__ import annotations

import ast
import inspect
import linecache
import os
import re
import sys
import types
from typing import Any

from ..runtime.element_props import HelpMember

_PACKAGE_DIR = os.path.realpath(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_NEWLINES = re.compile(r"[\n\r]+")
#: A repr that only names an address (``<Thing object at 0x7f...>``).
_MEMORY_ADDRESS = re.compile(r"^<.* at 0x[0-9a-fA-F]+>$")


def help_props(obj: Any) -> dict[str, Any]:
    """The props of a ``help`` element for ``obj``."""
    name = _variable_name()
    docs = _docstring(obj)
    return {
        "name": name or "",
        "type": _type_name(obj),
        "doc_string": docs or "",
        "value": _value(obj, name) or "",
        "members": _members(obj),
        "value_is_signature": _readable(obj) is None,
    }


# ------------------------------------------------------------- the name
def _calling_line() -> str | None:
    """The script's line that called ``st.help`` / ``st.write`` (or magic)."""
    frame = sys._getframe(1)
    while frame is not None:
        filename = frame.f_code.co_filename
        try:
            inside = os.path.realpath(filename).startswith(_PACKAGE_DIR + os.sep)
        except (OSError, ValueError):
            inside = False
        if not inside:
            line = linecache.getline(filename, frame.f_lineno, frame.f_globals)
            return _NEWLINES.sub("", line.strip()) if line else None
        frame = frame.f_back
    return None


def _variable_name() -> str | None:
    code = _calling_line()
    if not code:
        return None
    try:
        tree = ast.parse(code)
    except SyntaxError:  # the line is part of a longer statement
        return None
    if not tree.body or not isinstance(tree.body[0], ast.Expr):
        return None
    call = tree.body[0].value
    is_command = isinstance(call, ast.Call) and (
        getattr(call.func, "id", None) in ("help", "write")
        or getattr(call.func, "attr", None) in ("help", "write"))
    if not is_command:
        return code.removesuffix(",")  # a bare expression: magic
    assert isinstance(call, ast.Call)
    if not call.args:
        return None
    argument = call.args[0]
    if isinstance(argument, ast.NamedExpr):
        return argument.target.id if isinstance(argument.target, ast.Name) else None
    if isinstance(argument, ast.Constant):
        return None
    return code[argument.col_offset:argument.end_col_offset]


# ------------------------------------------------------- type, docs, value
def _type_name(obj: Any) -> str:
    return "class" if inspect.isclass(obj) else type(obj).__name__


def _docstring(obj: Any) -> str | None:
    docs = inspect.getdoc(obj)
    if docs is None:
        kind = type(obj)
        if kind is not type and kind is not types.ModuleType and not inspect.isfunction(obj) \
                and not inspect.ismethod(obj) and not _is_cached_function(obj):
            docs = inspect.getdoc(kind)
    return docs.strip() if docs else None


def _is_cached_function(obj: Any) -> bool:
    return type(obj).__name__ == "CachedFunc" and \
        (type(obj).__module__ or "").startswith(__name__.split(".")[0])


def _readable(value: Any) -> str | None:
    """A repr worth showing; None for classes, modules, callables, secrets
    and reprs that only give an address."""
    if type(value).__name__ == "Secrets" or inspect.isclass(value) or \
            inspect.ismodule(value) or callable(value):
        return None
    text = repr(value)
    if not isinstance(value, str) and _MEMORY_ADDRESS.match(text):
        return None
    text = text.strip()
    return text[:300] + "..." if len(text) > 300 else text


def _signature(obj: Any) -> str | None:
    if not inspect.isclass(obj) and not callable(obj):
        return None
    try:
        return str(inspect.signature(obj))
    except (ValueError, NameError):
        return "(...)"
    except TypeError:
        return None


def _value(obj: Any, variable_name: str | None) -> str | None:
    readable = _readable(obj)
    if readable is not None:
        return readable
    name = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    target = obj
    if not name:
        target = type(obj)
        name = getattr(target, "__qualname__", None) or getattr(target, "__name__", None)
    if not name:
        return None
    module = getattr(target, "__module__", None)
    value = f"{module}.{name}{_signature(target) or ''}" if module else \
        f"{name}{_signature(target) or ''}"
    return None if value == variable_name else value


# ------------------------------------------------------------- members
def _is_property(obj: Any, name: str) -> bool:
    for cls in inspect.getmro(getattr(obj, "__class__", type(None))):
        attribute = getattr(cls, name, None)
        if attribute is None:
            continue
        if isinstance(attribute, property) or inspect.isgetsetdescriptor(attribute):
            return True
    return False


def _weight(value: Any) -> int:
    if inspect.ismodule(value):
        return 3
    if inspect.isclass(value):
        return 2
    return 1 if callable(value) else 0


def _members(obj: Any) -> list[HelpMember]:
    found: list[tuple[int, HelpMember]] = []
    for name in dir(obj):
        if name.startswith("_"):
            continue
        try:
            if _is_property(obj, name):
                member_type, weight = "property", 0
                docs, value = _docstring(getattr(obj.__class__, name)), None
            else:
                attribute = getattr(obj, name)
                weight = _weight(attribute)
                value = _readable(attribute)
                member_type = _type_name(attribute)
                docs = _docstring(attribute) if value is None else None
        except AttributeError:
            continue
        if member_type == "module":
            continue
        found.append((weight, HelpMember(name=name, type=member_type, value=value or "",
                                         doc_string=(docs or "").partition("\n")[0])))
    return [member for _, member in sorted(found, key=lambda item: (item[0], item[1].name))]
