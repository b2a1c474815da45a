"""Read one ``%%streamlit_cell`` app and its setup cells out of a notebook
(nbformat JSON, read with the standard library: no nbformat, no Jupyter)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

_MAGIC = "%%streamlit_cell"


def _cell_source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _app_key(first_line: str) -> str | None:
    """The ``--key``/``-k`` of a ``%%streamlit_cell`` line, else None."""
    try:
        words = shlex.split(first_line[len(_MAGIC):])
    except ValueError:
        words = first_line[len(_MAGIC):].split()
    for index, word in enumerate(words):
        if word in ("--key", "-k") and index + 1 < len(words):
            return words[index + 1]
        if word.startswith("--key="):
            return word[len("--key="):]
    return None


def _setup_code(source: str) -> str:
    """An ordinary cell's Python: IPython magics (``%...``) and shell lines
    (``!...``) are left out, as they need a kernel."""
    if source.lstrip().startswith("%%"):
        return ""  # another cell magic: not Python
    kept = []
    for line in source.splitlines():
        stripped = line.lstrip()
        if stripped.startswith(("%", "!")):
            kept.append(line[: len(line) - len(stripped)] + "pass")  # keeps blocks valid
        else:
            kept.append(line)
    return "\n".join(kept) + "\n"


def notebook_app_source(path: Path, cell: str | int) -> tuple[str, str]:
    """``(setup, app)`` for the streamlit cell ``cell`` (its ``--key``, or its
    index among the notebook's streamlit cells) of the notebook at ``path``."""
    if not path.is_file():
        raise FileNotFoundError(
            f"Notebook not found at {path.resolve()}. Relative paths are resolved against "
            "the file that calls AppTest.from_notebook().")
    with open(path, encoding="utf-8") as f:
        notebook = json.load(f)
    setup: list[str] = []
    apps: list[tuple[str | None, str, list[str]]] = []
    for nb_cell in notebook.get("cells", []):
        if nb_cell.get("cell_type") != "code":
            continue
        source = _cell_source(nb_cell)
        first_line, _, body = source.lstrip().partition("\n")
        if first_line.startswith(_MAGIC) and (len(first_line) == len(_MAGIC)
                                              or first_line[len(_MAGIC)].isspace()):
            apps.append((_app_key(first_line), body, list(setup)))
        else:
            setup.append(_setup_code(source))
    if isinstance(cell, int) and not isinstance(cell, bool):
        if not -len(apps) <= cell < len(apps):
            raise IndexError(
                f"{path.name} has {len(apps)} %%streamlit_cell cells; cell={cell} is out of "
                f"range. Pass an index from 0 to {len(apps) - 1}, or a cell's --key.")
        _key, body, cells_above = apps[cell]
        return "".join(cells_above), body
    for key, body, cells_above in apps:
        if key == cell:
            return "".join(cells_above), body
    keys = [key for key, _body, _above in apps if key is not None]
    raise KeyError(
        f"{path.name} has no %%streamlit_cell cell with --key {cell!r} (keys: {keys}). "
        "Pass the cell's --key, or its index among the notebook's streamlit cells.")
