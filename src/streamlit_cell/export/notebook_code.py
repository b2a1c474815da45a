"""What a notebook's code cells are, for the export: apps (``%%streamlit_cell``
cells and ``%streamlit_cell run FILE`` lines) and ordinary Python, with the
lines that only make sense in a notebook found and taken out.

Pure code over the cells' text: IPython's own input transformer recognises
magics and shell escapes exactly as a kernel would (``%%time`` cells,
``!ls``, ``x = !ls``, ``df?``, backslash-continued magics), and ``ast`` does
the rest. Nothing here needs Jupyter running.
"""

from __future__ import annotations

import argparse
import ast
import builtins
import difflib
import json
import re
import shlex
import symtable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, NoReturn, Sequence

from IPython.core.inputtransformer2 import TransformerManager

from ..runtime.script_file import ScriptFile, ScriptFileError

MAGIC_NAME = "streamlit_cell"

_TRANSFORMER = TransformerManager()
_BUILTINS = frozenset(dir(builtins))


class ExportError(Exception):
    """The notebook cannot be exported as asked; the message says why and what to do."""


@dataclass(frozen=True)
class SourceCell:
    """One code cell as the user wrote it. ``label`` names it in messages and
    comments ("cell 3" of a notebook file, "In [3]" of a session's history)."""

    label: str
    source: str
    #: The text of the Markdown cells since the previous code cell (for page titles).
    markdown_above: str = ""


@dataclass
class CellCode:
    """An ordinary cell's Python without its notebook-only statements."""

    cell: SourceCell
    text: str
    #: The original text of each statement left out, in order.
    dropped: list[str] = field(default_factory=list)
    #: Names the cell binds at module level.
    binds: set[str] = field(default_factory=set)
    #: Names the cell reads anywhere (an over-approximation: also locals).
    reads: set[str] = field(default_factory=set)
    #: Whether every statement kept is an import.
    imports_only: bool = True
    #: ``from x import *`` statements kept (their names are unknown here).
    has_star_import: bool = False
    #: Why the whole cell is left out (a cell magic, invalid Python), else "".
    skipped: str = ""


@dataclass
class CellApp:
    """A ``%%streamlit_cell`` cell: its body is a Streamlit script."""

    cell: SourceCell
    key: str | None
    body: str
    binds: set[str]
    reads: set[str]
    title: str


@dataclass
class ScriptApp:
    """A ``%streamlit_cell run FILE`` line: an app running a Streamlit script file."""

    cell: SourceCell
    key: str | None
    path: Path
    args: tuple[str, ...]
    title: str | None


App = CellApp | ScriptApp


@dataclass
class NotebookParts:
    """A notebook's cells in order: apps and ordinary code."""

    name: str
    items: list[CellApp | ScriptApp | CellCode]

    @property
    def apps(self) -> list[App]:
        return [item for item in self.items if not isinstance(item, CellCode)]


# ------------------------------------------------------------------ reading
def read_notebook(path: Path) -> list[SourceCell]:
    """The code cells of the ``.ipynb`` file at ``path`` (nbformat 4 JSON)."""
    try:
        with open(path, encoding="utf-8") as file:
            notebook = json.load(file)
    except FileNotFoundError:
        raise ExportError(f"Notebook not found: {path}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise ExportError(f"{path} is not a notebook (.ipynb JSON): {error}") from None
    if not isinstance(notebook, dict) or not isinstance(notebook.get("cells"), list):
        raise ExportError(f"{path} is not a notebook: it has no list of cells (nbformat 4).")
    cells: list[SourceCell] = []
    markdown: list[str] = []
    for number, cell in enumerate(notebook["cells"]):
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        if cell.get("cell_type") == "markdown":
            markdown.append(text)
        elif cell.get("cell_type") == "code":
            cells.append(SourceCell(f"cell {number}", text, "\n".join(markdown)))
            markdown = []
    return cells


def history_cells(inputs: Sequence[str]) -> list[SourceCell]:
    """The cells of a session's input history (``In [1]`` first), each input
    once: a cell run several times unchanged was the same cell."""
    seen: set[str] = set()
    cells = []
    for number, source in enumerate(inputs, start=1):
        if source.strip() and source not in seen:
            seen.add(source)
            cells.append(SourceCell(f"In [{number}]", source))
    return cells


# ------------------------------------------------------------------ parsing
class _MagicLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise argparse.ArgumentError(None, message)


def _magic_parser(prog: str, *, script: bool) -> argparse.ArgumentParser:
    """The options of our magics that matter to the export (the magics' own
    parsers live with IPython in ``notebook/``; these mirror their options)."""
    parser = _MagicLineParser(prog=prog, add_help=False, exit_on_error=False)
    if script:
        parser.add_argument("command")
        parser.add_argument("script", nargs="?")
    parser.add_argument("--key", "-k", default=None)
    parser.add_argument("--no-publish", action="store_true")
    return parser


def _parse_magic_line(prog: str, line: str, cell: SourceCell, *,
                      script: bool) -> argparse.Namespace | None:
    try:
        argv = shlex.split(line)
        script_args: list[str] = []
        if script and "--" in argv:
            split = argv.index("--")
            argv, script_args = argv[:split], argv[split + 1:]
        args = _magic_parser(prog, script=script).parse_args(argv)
        args.script_args = tuple(script_args)
        return args
    except (ValueError, argparse.ArgumentError) as error:
        raise ExportError(f"{cell.label}: cannot read `{prog} {line}`: {error}") from None


def _ipython_call(node: ast.AST) -> tuple[str, list[ast.expr]] | None:
    """``("run_line_magic", args)`` for ``get_ipython().run_line_magic(...)``."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Call)
            and isinstance(node.func.value.func, ast.Name)
            and node.func.value.func.id == "get_ipython"):
        return node.func.attr, node.args
    return None


def _constant_strings(args: Iterable[ast.expr]) -> list[str] | None:
    values = [a.value for a in args if isinstance(a, ast.Constant)]
    return values if all(isinstance(v, str) for v in values) else None


def _uses_ipython(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
               and n.func.id == "get_ipython" for n in ast.walk(node))


def _is_display_call(node: ast.AST) -> bool:
    if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
        return False
    func = node.value.func
    return (isinstance(func, ast.Name) and func.id == "display") or (
        isinstance(func, ast.Attribute) and func.attr == "display"
        and "IPython" in ast.unparse(func.value))


def module_bindings(tree: ast.Module) -> set[str]:
    """The names ``tree`` binds at module level (not inside functions,
    classes, lambdas or comprehensions)."""
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            for decorator in node.decorator_list:
                visit(decorator)
            return
        if isinstance(node, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp,
                             ast.GeneratorExp)):
            return
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                if alias.name != "*":
                    names.add(alias.asname or alias.name.split(".")[0])
            return
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.NamedExpr) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return names


def names_read(source: str) -> set[str]:
    """The module-level names ``source`` reads (at the top, or as globals of
    its functions and classes: a function's parameters and locals are not),
    builtins left out. Python's own ``symtable`` resolves the scopes."""
    found: set[str] = set()

    def visit(table: symtable.SymbolTable, top: bool) -> None:
        for symbol in table.get_symbols():
            if symbol.is_referenced() and (top or symbol.is_global()):
                found.add(symbol.get_name())
        for child in table.get_children():
            visit(child, False)

    visit(symtable.symtable(source, "<cell>", "exec"), True)
    return found - _BUILTINS


def first_title(tree: ast.AST) -> str | None:
    """The text of the first ``st.title("...")`` of a script, if a literal."""
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "title" and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "st" and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str) and node.args[0].value.strip()):
            return node.args[0].value.strip()
    return None


def _markdown_heading(markdown: str) -> str | None:
    for line in markdown.splitlines():
        if line.startswith("#"):
            # The heading's text, without Markdown's inline marks (`code`, *em*).
            heading = re.sub(r"[`*]|\[|\]\([^)]*\)", "", line.lstrip("#")).strip()
            if heading:
                return heading
    return None


def _line_map(original: list[str], transformed: list[str]) -> list[tuple[int, int]]:
    """For each transformed line, the original lines it came from (a range):
    IPython's transformer rewrites magic lines in place but joins continued ones."""
    mapping: list[tuple[int, int]] = [(0, 0)] * len(transformed)
    matcher = difflib.SequenceMatcher(None, original, transformed, autojunk=False)
    for _tag, o1, o2, t1, t2 in matcher.get_opcodes():
        line = o1
        for t in range(t1, t2):
            start = line
            # A magic continued with backslashes became one line.
            while line < o2 - 1 and original[line].rstrip().endswith("\\") and \
                    o2 - o1 > t2 - t1:
                line += 1
            line += 1
            mapping[t] = (start, min(max(line, start + 1), max(o2, o1 + 1)))
        if t2 > t1 and line < o2:  # lines left over belong to the block's last line
            mapping[t2 - 1] = (mapping[t2 - 1][0], o2)
    return mapping


def clean_cell(cell: SourceCell, source: str | None = None) -> CellCode:
    """``cell``'s Python with its notebook-only statements left out:
    magics and shell escapes (anywhere), ``display(...)`` calls, and bare
    expressions at the top of the cell (a cell shows them as its output; a
    Streamlit script would write them on the page)."""
    source = cell.source if source is None else source
    transformed = _TRANSFORMER.transform_cell(source)
    try:
        tree = ast.parse(transformed)
    except SyntaxError as error:
        return CellCode(cell, "", skipped=f"not valid Python ({error.msg}, line {error.lineno})")
    original_lines = source.splitlines()
    lines = transformed.splitlines()
    mapping = _line_map(original_lines, lines)
    replacements: list[tuple[ast.stmt, bool]] = []  # (statement, nested)

    def scan(body: list[ast.stmt], top: bool) -> None:
        for stmt in body:
            compound = [getattr(stmt, name) for name in ("body", "orelse", "finalbody")
                        if isinstance(getattr(stmt, name, None), list)]
            handlers = getattr(stmt, "handlers", None) or []
            cases = getattr(stmt, "cases", None) or []
            if compound or handlers or cases:
                for block in compound:
                    scan(block, False)
                for handler in [*handlers, *cases]:
                    scan(handler.body, False)
                continue
            bare = (top and isinstance(stmt, ast.Expr)
                    and not isinstance(stmt.value, (ast.Call, ast.Await, ast.Yield,
                                                    ast.YieldFrom)))
            if _uses_ipython(stmt) or _is_display_call(stmt) or bare:
                replacements.append((stmt, not top))

    scan(tree.body, True)
    dropped: list[str] = []
    # Replace from the bottom up so earlier line numbers stay valid.
    for stmt, nested in sorted(replacements, key=lambda r: (r[0].lineno, r[0].col_offset),
                               reverse=True):
        first, last = stmt.lineno - 1, (stmt.end_lineno or stmt.lineno) - 1
        start, end = mapping[first][0], mapping[last][1]
        # ast's column offsets count UTF-8 bytes.
        before = lines[first].encode()[:stmt.col_offset].decode()
        after = lines[last].encode()[stmt.end_col_offset or 0:].decode()
        if before.strip() or after.strip():
            # `a = 1; display(a)`: keep the rest of the line, without the call.
            if first == last:
                dropped.insert(0, ast.unparse(stmt))
                lines[first] = before + "pass" + after
            continue
        what = "\n".join(original_lines[start:end]).strip() or ast.unparse(stmt)
        dropped.insert(0, what)
        indent = lines[first][:len(lines[first]) - len(lines[first].lstrip())]
        comment = [f"{indent}# (notebook only) {line}" for line in what.splitlines()]
        lines[first:last + 1] = comment + ([f"{indent}pass"] if nested else [])
    text = "\n".join(lines).rstrip() + "\n"
    kept = ast.parse(text)
    statements = kept.body
    return CellCode(
        cell, text, dropped, binds=module_bindings(kept), reads=names_read(text),
        imports_only=all(isinstance(s, (ast.Import, ast.ImportFrom)) for s in statements),
        has_star_import=any(isinstance(s, ast.ImportFrom) and s.names[0].name == "*"
                            for s in statements))


def _app_title(key: str | None, tree: ast.AST, cell: SourceCell) -> str | None:
    return key or first_title(tree) or _markdown_heading(cell.markdown_above)


def parse_cells(name: str, cells: Sequence[SourceCell], folder: Path) -> NotebookParts:
    """Sort ``cells`` into apps and ordinary code. ``folder`` is where the
    notebook ran (relative paths of ``%streamlit_cell run`` are taken from it)."""
    items: list[CellApp | ScriptApp | CellCode] = []
    for cell in cells:
        transformed = _TRANSFORMER.transform_cell(cell.source)
        try:
            tree = ast.parse(transformed)
        except SyntaxError:
            items.append(clean_cell(cell))  # reports the cell as invalid Python
            continue
        call = _ipython_call(tree.body[0].value) if (
            len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr)) else None
        if call and call[0] == "run_cell_magic":
            magic = _constant_strings(call[1]) or ["?", "", ""]
            magic_name, line, body = (magic + ["", ""])[:3]
            if magic_name != MAGIC_NAME:
                items.append(CellCode(cell, "", skipped=f"a %%{magic_name} cell"))
                continue
            args = _parse_magic_line("%%streamlit_cell", line, cell, script=False)
            try:
                body_tree = ast.parse(body)
            except SyntaxError as error:
                raise ExportError(
                    f"{cell.label}: the %%streamlit_cell cell is not valid Python "
                    f"({error.msg}, line {error.lineno} of its body); fix it, or export "
                    "another cell with --cell.") from None
            items.append(CellApp(cell, args.key, body, module_bindings(body_tree),
                                 names_read(body), _app_title(args.key, body_tree, cell)
                                 or ""))
            continue
        items.extend(_script_apps(cell, tree, folder))
        items.append(clean_cell(cell))
    apps = [item for item in items if isinstance(item, CellApp)]
    for number, app in enumerate(apps, start=1):
        app.title = app.title or f"App {number}"
    return NotebookParts(name, items)


def _script_apps(cell: SourceCell, tree: ast.Module, folder: Path) -> list[ScriptApp]:
    """The ``%streamlit_cell run FILE`` lines of an ordinary cell."""
    found = []
    for node in ast.walk(tree):
        call = _ipython_call(node)
        if not call or call[0] != "run_line_magic":
            continue
        magic = _constant_strings(call[1])
        if not magic or magic[0] != MAGIC_NAME:
            continue
        line = magic[1] if len(magic) > 1 else ""
        args = _parse_magic_line("%streamlit_cell", line, cell, script=True)
        if args.command != "run":
            continue  # `%streamlit_cell export` and the like: notebook-only
        if not args.script:
            raise ExportError(f"{cell.label}: `%streamlit_cell run` names no script.")
        try:
            script = ScriptFile.resolve(args.script, args.script_args, cwd=str(folder))
            script_tree = ast.parse(script.read())
        except ScriptFileError as error:
            raise ExportError(f"{cell.label}: %streamlit_cell run: {error}") from None
        except SyntaxError as error:
            raise ExportError(f"{cell.label}: {args.script} is not valid Python: {error}") \
                from None
        found.append(ScriptApp(cell, args.key, Path(script.path), script.args,
                               args.key or first_title(script_tree)))
    return found
