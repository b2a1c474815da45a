"""The files a notebook's apps become: one script, or a multipage app with
one page file per app; the setup cells in a module the pages import; and a
``requirements.txt`` when the output is a folder."""

from __future__ import annotations

import ast
import os
import re
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Sequence

from .notebook_code import (App, CellApp, CellCode, ExportError, NotebookParts, ScriptApp,
                            SourceCell, history_cells, module_bindings, parse_cells,
                            read_notebook)

#: Every file the export writes says so on its first line; a file without it is
#: the user's, and is never overwritten without ``--force``.
MARKER = "by `python -m streamlit_cell export`"
#: The main script's name when the output is a folder (what `streamlit run FOLDER/`
#: conventions and `%streamlit_cell run FOLDER` look for).
FOLDER_MAIN = "streamlit_app.py"


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    text: str


@dataclass
class Export:
    """What an export writes (nothing is written until :meth:`write`)."""

    main: Path
    files: list[ExportedFile]
    #: What the user should know: cells and lines left out, names that will be missing.
    notes: list[str] = field(default_factory=list)
    pages: int = 1
    #: Files an earlier export wrote beside this one that this one does not
    #: write (pages of apps since removed): deleted by :meth:`write`.
    stale: list[Path] = field(default_factory=list)

    def write(self, *, force: bool = False) -> None:
        """Write the files; refuse to replace a file the export did not write."""
        if not force:
            for file in self.files:
                if file.path.exists() and not _is_ours(file.path):
                    raise ExportError(
                        f"{file.path} exists and was not written by the export; move it "
                        "away, choose another output with -o, or pass --force.")
        for file in self.files:
            file.path.parent.mkdir(parents=True, exist_ok=True)
            file.path.write_text(file.text, encoding="utf-8")
        for path in self.stale:
            if _is_ours(path):
                path.unlink()

    def summary(self) -> str:
        what = "a plain script" if self.pages == 1 else f"a multipage app ({self.pages} pages)"
        lines = [f"Wrote {self.main} ({what}); run it with: streamlit run {self.main}"]
        lines += [f"  also {file.path}" for file in self.files if file.path != self.main]
        lines += [f"  note: {note}" for note in self.notes]
        return "\n".join(lines)


def _is_ours(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8") as file:
            return MARKER in file.readline()
    except (OSError, UnicodeDecodeError):
        return False


# --------------------------------------------------------------- selection
def select_apps(apps: Sequence[App], cell: str | int | None, name: str) -> list[App]:
    """Every app, or the one ``cell`` names: a ``--key``, the script of a
    ``%streamlit_cell run`` line, or an index among the notebook's
    ``%%streamlit_cell`` cells (0 is the first), as ``AppTest.from_notebook``'s."""
    if not apps:
        raise ExportError(f"{name} has no %%streamlit_cell cell and no `%streamlit_cell run` "
                          "line: there is no app to export.")
    if cell is None:
        return list(apps)
    for app in apps:
        if isinstance(cell, str) and (app.key == cell or (
                isinstance(app, ScriptApp) and cell in (app.path.name, str(app.path)))):
            return [app]
    cells = [app for app in apps if isinstance(app, CellApp)]
    index: int | None = cell if isinstance(cell, int) else None
    if isinstance(cell, str) and re.fullmatch(r"-?\d+", cell.strip()):
        index = int(cell)
    if index is not None and -len(cells) <= index < len(cells):
        return [cells[index]]
    keys = [app.key for app in apps if app.key]
    raise ExportError(
        f"{name} has no app {cell!r}: --cell takes an app's --key (keys: {keys}), a "
        "`%streamlit_cell run` script's name, or an index among the notebook's "
        f"{len(cells)} %%streamlit_cell cells (0 is the first).")


def _setup_cells(parts: NotebookParts, selected: Sequence[App],
                 notes: list[str]) -> list[CellCode]:
    """The ordinary cells above the last selected app that the apps depend on.

    Read bottom-up: a cell is kept if it defines a name an app (or a kept cell
    below it) reads, or defines nothing (a side effect such as a config call).
    A cell that reads a name only an app defines looks at an app's results: it
    is left out, as is a cell whose definitions nothing uses."""
    last = max(parts.items.index(app) for app in selected)
    needed = set().union(*(app.reads for app in selected if isinstance(app, CellApp)))
    above = parts.items[:last]
    kept: list[CellCode] = []
    notes_by_cell: list[list[str]] = []
    for position in range(len(above) - 1, -1, -1):
        code = above[position]
        if not isinstance(code, CellCode):
            continue
        cell_notes: list[str] = []
        notes_by_cell.insert(0, cell_notes)
        label = code.cell.label
        if code.skipped:
            cell_notes.append(f"{label} left out: {code.skipped}")
            continue
        if not ast.parse(code.text).body:
            if _reported(code.dropped):
                cell_notes.append(f"{label} left out: only notebook lines "
                                  f"({_short(_reported(code.dropped))})")
            continue
        earlier = above[:position]
        from_apps = set().union(*(i.binds for i in earlier if isinstance(i, CellApp)))
        from_code = set().union(*(i.binds for i in earlier if isinstance(i, CellCode)))
        app_results = (code.reads - code.binds) & (from_apps - from_code)
        if app_results:
            cell_notes.append(f"{label} left out: it reads {_names(app_results)}, which an app "
                              "defines (a look at an app's results)")
        elif code.binds and not code.binds & needed:
            cell_notes.append(f"{label} left out: no app uses what it defines "
                              f"({_names(code.binds)})")
        else:
            kept.insert(0, code)
            needed |= code.reads
            if "st" in code.reads:
                cell_notes.append(
                    f"{label} uses st.* in the setup, which runs once per server process "
                    "(in the first session only): initialise session state in the pages "
                    "instead (`if 'key' not in st.session_state: ...`)")
            if _reported(code.dropped):
                cell_notes.append(f"{label}: notebook-only lines left out "
                                  f"({_short(_reported(code.dropped))})")
    notes.extend(note for cell_notes in notes_by_cell for note in cell_notes)
    return kept


def _reported(dropped: Sequence[str]) -> list[str]:
    """The dropped lines worth a note: `%streamlit_cell run` lines became pages."""
    return [line for line in dropped if not line.startswith("%streamlit_cell run")]


def _names(names: set[str]) -> str:
    return ", ".join(sorted(names))


def _short(dropped: Sequence[str]) -> str:
    first_lines = [d.splitlines()[0] + (" ..." if "\n" in d else "") for d in dropped]
    return "; ".join(first_lines)


# ------------------------------------------------------------------- files
def _identifier(text: str) -> str:
    slug = re.sub(r"\W+", "_", text).strip("_").lower() or "app"
    return f"nb_{slug}" if slug[0].isdigit() else slug


def _slug(title: str, used: set[str]) -> str:
    base = re.sub(r"[^0-9a-zA-Z]+", "_", title).strip("_").lower() or "page"
    if base[0].isdigit():
        base = "page_" + base  # a leading number would be cut from Streamlit's url path
    slug, number = base, 2
    while slug in used:
        slug, number = f"{base}_{number}", number + 1
    used.add(slug)
    return slug


def _comment(text: str) -> list[str]:
    return [f"# {line}".rstrip() for line in text.splitlines()]


def _with_prelude(body: str, prelude: Sequence[str]) -> str:
    """``body`` with ``prelude`` lines before its first statement (after a
    leading docstring, which Streamlit's magic leaves off the page)."""
    if not prelude:
        return body
    lines = body.splitlines()
    tree = ast.parse(body)
    at = 0
    if tree.body and isinstance(tree.body[0], ast.Expr) and \
            isinstance(tree.body[0].value, ast.Constant) and \
            isinstance(tree.body[0].value.value, str):
        at = tree.body[0].end_lineno or 0
    return "\n".join([*lines[:at], *prelude, *([""] if lines[at:] else []), *lines[at:]]) + "\n"


@dataclass
class _Setup:
    """How pages get the setup: ``module`` (its name) or the import lines."""

    cells: list[CellCode]
    module: str | None
    binds: set[str]
    star: bool
    imports: list[tuple[str, set[str]]]  # inline mode: (statement, names it binds)

    def prelude(self, app: CellApp) -> list[str]:
        lines: list[str] = []
        if self.module:
            names = sorted(app.reads & self.binds)
            if names:
                lines.append(f"from {self.module} import {', '.join(names)}")
            if self.star:
                lines.append(f"from {self.module} import *  # noqa: F403 (the notebook's "
                             "star imports)")
            if not lines:
                lines.append(f"import {self.module}  # noqa: F401 (the notebook's setup)")
        else:
            lines = [text for text, binds in self.imports if not binds or binds & app.reads]
        provided = self.binds if self.module else set().union(
            *(binds for text, binds in self.imports if text in lines))
        if "st" in app.reads and "st" not in app.binds and "st" not in provided:
            lines.insert(0, "import streamlit as st")
        return lines


def _make_setup(cells: list[CellCode], module: str) -> _Setup:
    binds = set().union(*(cell.binds for cell in cells))
    star = any(cell.has_star_import for cell in cells)
    if all(cell.imports_only for cell in cells):
        imports = []
        for cell in cells:
            tree = ast.parse(cell.text)
            for stmt in tree.body:
                text = ast.get_source_segment(cell.text, stmt) or ast.unparse(stmt)
                imports.append((text, module_bindings(ast.Module([stmt], []))))
        return _Setup(cells, None, binds, star, imports)
    return _Setup(cells, module, binds, star, [])


def _setup_module_text(setup: _Setup, source_name: str) -> str:
    reads = set().union(*(cell.reads for cell in setup.cells))
    lines = [f"# The setup cells of {source_name}, exported {MARKER}.",
             "# The pages import this module: Python runs it once per server process, so",
             "# what it defines is made once and shared, as the notebook's kernel did.", ""]
    if "st" in reads and "st" not in setup.binds:
        lines += ["import streamlit as st", ""]
    for cell in setup.cells:
        lines += [f"# --- {cell.cell.label}", cell.text.rstrip(), ""]
    return "\n".join(lines).rstrip() + "\n"


#: Names IPython gives a cell that a Streamlit script does not have, and what to use.
_IPYTHON_BUILTINS = {
    "display": "st.write", "get_ipython": "nothing (no IPython shell)",
    "In": "nothing (no input history)", "Out": "nothing (no output history)",
}


def _foreign_names(app: CellApp, apps: Sequence[App], setup: _Setup) -> set[str]:
    """Names ``app`` reads that only another app of the notebook defined: in
    the kernel the other cell had published them; a Streamlit page has no such names."""
    others = set().union(*(a.binds for a in apps if isinstance(a, CellApp) and a is not app))
    return (app.reads - app.binds - setup.binds - {"st"}) & others


def _page_text(app: CellApp, setup: _Setup, apps: Sequence[App], source_name: str,
               heading: str) -> tuple[str, str | None]:
    lines = [f"# {heading}, exported {MARKER}."]
    note = None
    foreign = _foreign_names(app, apps, setup)
    unknown = set() if setup.star else \
        app.reads - app.binds - setup.binds - foreign - {"st"} - _IPYTHON_BUILTINS.keys()
    ipython = sorted((app.reads - app.binds - setup.binds) & _IPYTHON_BUILTINS.keys())
    if foreign:
        note = (f"{app.cell.label} reads {_names(foreign)}, which another app defined in the "
                "notebook; the exported app does not have it")
    elif ipython:
        note = (f"{app.cell.label} uses {', '.join(ipython)}, which only IPython has; "
                f"in Streamlit use {', '.join(_IPYTHON_BUILTINS[n] for n in ipython)}")
    elif unknown:
        note = (f"{app.cell.label} reads {_names(unknown)}, which no exported cell defines "
                "(in the notebook it came from the kernel: a cell below, or one run and "
                "then deleted)")
    if note:
        lines += _comment(f"Note: {note}.")
    body = _with_prelude(app.body, setup.prelude(app))
    return "\n".join(lines) + "\n" + body, note


def _relative(path: Path, folder: Path) -> str:
    return Path(os.path.relpath(path, folder)).as_posix()


def export_parts(parts: NotebookParts, output: Path, *, cell: str | int | None = None,
                 source_name: str, notebook_folder: Path) -> Export:
    """The files exporting ``parts`` to ``output``: a ``.py`` file, or a folder
    (holding ``streamlit_app.py`` and ``requirements.txt``)."""
    selected = select_apps(parts.apps, cell, source_name)
    folder_mode = output.is_dir() or output.suffix != ".py"
    main = output / FOLDER_MAIN if folder_mode else output
    main_dir = main.parent
    notes: list[str] = []
    setup = _make_setup(_setup_cells(parts, selected, notes),
                        _identifier(main.stem) + "_setup")
    files: list[ExportedFile] = []
    if setup.module:
        files.append(ExportedFile(main_dir / f"{setup.module}.py",
                                  _setup_module_text(setup, source_name)))
    header = [f"# Exported from {source_name} {MARKER}.",
              f"# Run it with: streamlit run {main.name}"]
    if setup.module:
        header.append(f"# The notebook's setup cells are in {setup.module}.py, which the "
                      "app imports: it runs once per server process.")
    header += [f"# {note}." for note in notes]

    pages = 1
    if len(selected) == 1 and isinstance(selected[0], CellApp):
        app = selected[0]
        page, note = _page_text(app, setup, parts.apps, source_name,
                                f"The app of {app.cell.label} of {source_name}")
        notes += [note] if note else []
        body = page.split("\n", 1)[1]
        files.insert(0, ExportedFile(main, "\n".join(header) + "\n\n" + body))
    else:
        pages_dir = main_dir / f"{main.stem}_pages"
        used: set[str] = {script.path.stem.lower() for script in selected
                          if isinstance(script, ScriptApp)}
        entries: list[str] = []
        seen_scripts: set[Path] = set()
        for app in selected:
            if isinstance(app, ScriptApp):
                if app.path in seen_scripts:
                    notes.append(f"{app.cell.label}: {app.path.name} is already a page")
                    continue
                seen_scripts.add(app.path)
                if app.args:
                    notes.append(f"{app.cell.label} ran {app.path.name} with arguments "
                                 f"{list(app.args)}; give them to `streamlit run "
                                 f"{main.name} -- ...`")
                title = f", title={app.title!r}" if app.title else ""
                entries.append(f"    st.Page({_relative(app.path, main_dir)!r}{title}),")
                continue
            path = pages_dir / f"{_slug(app.title, used)}.py"
            page, note = _page_text(app, setup, parts.apps, source_name,
                                    f"Page {app.title!r}: the app of {app.cell.label} of "
                                    f"{source_name}")
            notes += [note] if note else []
            files.append(ExportedFile(path, page))
            entries.append(f"    st.Page({_relative(path, main_dir)!r}, "
                           f"title={app.title!r}),")
        pages = len(entries)
        main_text = "\n".join([
            *header, "#",
            "# One page per app of the notebook, in its order. Pages share one",
            "# st.session_state, as the notebook's cells did.",
            "import streamlit as st", "",
            "pages = [", *entries, "]", "st.navigation(pages).run()", ""])
        files.insert(0, ExportedFile(main, main_text))
    if folder_mode:
        files.append(ExportedFile(main_dir / "requirements.txt",
                                  requirements(selected, setup.cells, notebook_folder)))
    written = {file.path for file in files}
    candidates = [main_dir / f"{_identifier(main.stem)}_setup.py",
                  *sorted((main_dir / f"{main.stem}_pages").glob("*.py"))]
    stale = [path for path in candidates if path not in written and _is_ours(path)]
    return Export(main, files, notes, pages, stale)


# ------------------------------------------------------------ requirements
def _imported_modules(trees: Sequence[ast.AST]) -> list[str]:
    found: list[str] = []
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top not in found:
                    found.append(top)
    return found


def _installed_version(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def requirements(apps: Sequence[App], setup: Sequence[CellCode], folder: Path) -> str:
    """``requirements.txt`` for what the exported code imports: each
    distribution at least at its installed version; Streamlit always."""
    trees: list[ast.AST] = [ast.parse(cell.text) for cell in setup]
    for app in apps:
        if isinstance(app, CellApp):
            trees.append(ast.parse(app.body))
        else:
            trees.append(ast.parse(app.path.read_text(encoding="utf-8")))
    distributions = metadata.packages_distributions()
    lines = [f"# What the app imports, exported {MARKER}."]
    pinned: list[str] = []
    local: list[str] = []
    for module in ["streamlit", *_imported_modules(trees)]:
        if module in sys.stdlib_module_names or module == "__future__":
            continue
        names = distributions.get(module)
        if module == "streamlit":
            names = ["streamlit"]
        if not names:
            local.append(module)
            continue
        distribution = sorted(names)[0]
        version = _installed_version(distribution)
        line = f"{distribution}>={version}" if version else distribution
        if line not in pinned:
            pinned.append(line)
    lines += pinned
    if local:
        lines.append(f"# Not installed as a package (modules of your own? keep them beside "
                     f"the app): {', '.join(local)}")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ entries
def export_notebook(notebook: str | Path, output: str | Path | None = None, *,
                    cell: str | int | None = None) -> Export:
    """Export the ``.ipynb`` file ``notebook``: ``output`` is a ``.py`` file
    or a folder (default: the notebook's name with ``.py``, beside it)."""
    path = Path(notebook)
    if path.suffix != ".ipynb":
        raise ExportError(f"{path} is not a notebook: give the .ipynb file to export.")
    cells = read_notebook(path)
    parts = parse_cells(path.name, cells, path.parent.resolve())
    target = Path(output) if output is not None else path.with_suffix(".py")
    return export_parts(parts, target, cell=cell, source_name=path.name,
                        notebook_folder=path.parent.resolve())


def export_history(inputs: Sequence[str], output: str | Path, *, cell: str | int | None = None,
                   name: str = "this session", folder: Path | None = None) -> Export:
    """Export what a session ran (its input history), for a kernel whose notebook
    file is unknown."""
    cells: list[SourceCell] = history_cells(inputs)
    where = (folder or Path.cwd()).resolve()
    parts = parse_cells(name, cells, where)
    # An app run again with the same --key replaced the earlier one in the kernel.
    last_of_key = {item.key: item for item in parts.items if isinstance(item, CellApp) and item.key}
    parts.items = [item for item in parts.items if not isinstance(item, CellApp)
                   or not item.key or last_of_key[item.key] is item]
    return export_parts(parts, Path(output), cell=cell, source_name=name,
                        notebook_folder=where)
