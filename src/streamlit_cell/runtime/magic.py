"""Streamlit's "magic": a value on a line of its own is written to the app.

The script's syntax tree is rewritten before it is compiled, as Streamlit
does it: each bare expression statement ``x`` in a place Streamlit looks at
becomes ``__streamlitmagic__.transparent_write(x)``, and the module gets an
import that binds ``__streamlitmagic__`` (resolved by the script's own
``__import__``, see ``script_imports``). Where Streamlit looks and what it
leaves alone, in its terms:

* statements at module level and in the bodies of ``if``/``elif``/``else``,
  ``for``/``while`` (and their ``else``), ``with``, ``try`` (``except``,
  ``else``, ``finally``), ``match`` cases, functions and the *methods* of a
  class, async forms included; not the class body itself, nor a ``lambda``
  or comprehension (they hold no statements);
* a call is not written (its value is usually ``None``), except the last
  statement of the module when ``magic.displayLastExprIfNoSemicolon`` is on
  and that line does not end with ``;``;
* a docstring (first statement of the module or of a function, if a string)
  is not written, except the module's when ``magic.displayRootDocString``;
* ``yield``, ``yield from`` and ``await`` are not written;
* a tuple ``a, b`` is written as ``st.write(a, b)`` (so ``x,`` writes ``x``
  and ``()`` writes nothing).

Only positions the compiler would compute itself are added
(``ast.fix_missing_locations``): every user statement keeps its line, so
tracebacks point at the script's lines.
"""

from __future__ import annotations

import ast
from typing import Any, Final

from . import config

#: The name the rewritten script binds the write helper's module to (Streamlit's).
MAGIC_MODULE_NAME: Final = "__streamlitmagic__"
#: The module a rewritten script imports for ``transparent_write``, spelled as
#: in Streamlit so that a script reading its own globals sees the same thing.
MAGIC_FUNCS_MODULE: Final = "streamlit.runtime.scriptrunner.magic_funcs"

#: The options that change what the rewrite produces (a compiled script is
#: kept only as long as these keep their values).
MAGIC_OPTIONS: Final = ("runner.magicEnabled", "magic.displayRootDocString",
                        "magic.displayLastExprIfNoSemicolon")

_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
_TRY_NODES = tuple(node for node in (ast.Try, getattr(ast, "TryStar", None)) if node is not None)


def magic_options() -> tuple[Any, ...]:
    """The current values of ``MAGIC_OPTIONS``."""
    get = config.get_option
    return tuple(get(name) for name in MAGIC_OPTIONS)


def compile_script(source: str, filename: str) -> Any:
    """The code object of ``source``, rewritten for magic when
    ``runner.magicEnabled`` is on.

    ``dont_inherit``: the script must not compile under this module's own
    ``from __future__`` imports (Streamlit compiles with the same flags)."""
    if not config.get_option("runner.magicEnabled"):
        return compile(source, filename, "exec", flags=0, dont_inherit=True)
    tree = ast.parse(source, filename, "exec")
    add_magic(tree, source)
    return compile(tree, filename, "exec", flags=0, dont_inherit=True)


def add_magic(tree: ast.Module, source: str) -> ast.Module:
    """Rewrite ``tree`` (parsed from ``source``) in place; returns it."""
    show_last = bool(config.get_option("magic.displayLastExprIfNoSemicolon")) \
        and not _ends_with_semicolon(tree, source)
    show_docstring = bool(config.get_option("magic.displayRootDocString"))
    _Rewriter(show_last, show_docstring).body(tree, "body", is_root=True)
    _insert_import(tree)
    ast.fix_missing_locations(tree)
    return tree


def _ends_with_semicolon(tree: ast.Module, source: str) -> bool:
    """Whether the line the module's last statement ends on ends with ``;``
    (the notebook convention for "do not show this")."""
    if not tree.body:
        return False
    last_line = getattr(tree.body[-1], "end_lineno", None)
    if last_line is None:
        return False
    return source.split("\n")[last_line - 1].strip(" ").endswith(";")


class _Rewriter:
    """Walks statement bodies where Streamlit's magic applies."""

    def __init__(self, show_last: bool, show_docstring: bool) -> None:
        self.show_last = show_last
        self.show_docstring = show_docstring

    def body(self, parent: Any, attribute: str = "body", is_root: bool = False) -> None:
        statements = getattr(parent, attribute)
        last = len(statements) - 1
        for index, node in enumerate(statements):
            if isinstance(node, (*_FUNCTIONS, ast.With, ast.AsyncWith)):
                self.body(node)
            elif isinstance(node, (ast.For, ast.AsyncFor, ast.While, ast.If)):
                self.body(node)
                self.body(node, "orelse")
            elif isinstance(node, ast.ClassDef):
                # The class body's own statements are left alone; its methods are not.
                for member in node.body:
                    if isinstance(member, _FUNCTIONS):
                        self.body(member)
            elif isinstance(node, _TRY_NODES):
                self.body(node)
                self.body(node, "finalbody")
                self.body(node, "orelse")
                for handler in node.handlers:
                    self.body(handler)
            elif isinstance(node, ast.Match):
                for case in node.cases:
                    self.body(case)
            elif type(node) is ast.Expr:
                call = self._write_call(node.value, index == 0 and isinstance(
                    parent, (*_FUNCTIONS, ast.Module)), is_root, is_root and index == last)
                if call is not None:
                    node.value = call

    def _write_call(self, value: ast.expr, first_of_docstring_holder: bool,
                    is_root: bool, is_last_of_root: bool) -> ast.Call | None:
        """The ``transparent_write(...)`` call replacing ``value``, or None
        where Streamlit leaves the statement as it is."""
        if type(value) is ast.Call and not (is_last_of_root and self.show_last):
            return None
        is_docstring = first_of_docstring_holder and isinstance(value, ast.Constant) \
            and isinstance(value.value, str)
        if is_docstring and not (is_root and self.show_docstring):
            return None
        if isinstance(value, (ast.Yield, ast.YieldFrom, ast.Await)):
            return None
        arguments = list(value.elts) if type(value) is ast.Tuple else [value]
        helper = ast.Attribute(value=ast.Name(id=MAGIC_MODULE_NAME, ctx=ast.Load()),
                               attr="transparent_write", ctx=ast.Load())
        return ast.copy_location(ast.Call(func=helper, args=arguments, keywords=[]), value)


def _insert_import(tree: ast.Module) -> None:
    """``import streamlit.runtime.scriptrunner.magic_funcs as __streamlitmagic__``
    near the top, after a leading import (or docstring and import) so that a
    ``from __future__`` import stays first, as Streamlit places it."""
    statement = ast.Import(names=[ast.alias(name=MAGIC_FUNCS_MODULE, asname=MAGIC_MODULE_NAME)])
    body = tree.body
    if body and isinstance(body[0], (ast.Import, ast.ImportFrom)):
        position = 1
    elif (len(body) > 1 and type(body[0]) is ast.Expr and isinstance(body[0].value, ast.Constant)
          and isinstance(body[0].value.value, str)
          and isinstance(body[1], (ast.Import, ast.ImportFrom))):
        position = 2
    else:
        position = 0
    body.insert(position, statement)
