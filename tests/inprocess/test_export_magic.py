"""``%streamlit_cell export app.py`` exports the running notebook, and the way
back: ``%streamlit_cell run`` of an exported script gives the same app as the
notebook's cell (same widgets, same texts after the same clicks)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
from IPython.core.error import UsageError

from support.ui import app_view, button, front_end_clicks, texts, walk
from streamlit_cell.export import export_notebook
from streamlit_cell.export.notebook_code import parse_cells, read_notebook
from streamlit_cell.notebook import magics as magic
from streamlit_cell.runtime.shared_session import kernel_session

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"

SETUP_NOTEBOOK = [
    "%load_ext streamlit_cell\nimport math",
    "CALLS = []\ndef greet(name):\n    CALLS.append(name)\n    return f'hi {name}'\nCALLS",
    "%%streamlit_cell --key greeter\n"
    "st.text(greet('ada'))\n"
    "if st.button('Again'):\n    st.text(greet('again'))\n"
    "st.text(f'{len(CALLS)} greetings, pi is {math.pi:.2f}')",
]


def _write_notebook(path: Path, cells: list[str]) -> Path:
    notebook = {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
        {"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None,
         "source": source} for source in cells]}
    path.write_text(json.dumps(notebook), encoding="utf-8")
    return path


def _look(app: Any) -> tuple[list[str], list[str]]:
    """What a user sees: the widget classes of the app's view and its texts."""
    return [type(widget).__name__ for widget in walk(app_view(app))], texts(app)


def _drive(app: Any, clicks: list[str]) -> list[tuple[list[str], list[str]]]:
    looks = [_look(app)]
    for label in clicks:
        front_end_clicks(button(app, label))
        looks.append(_look(app))
    return looks


def _notebook_app(shell: Any, notebook: Path, cell: int) -> Any:
    """Run the notebook's cells up to its app number ``cell``, as a user would."""
    parts = parse_cells(notebook.name, read_notebook(notebook), notebook.parent)
    target = [item for item in parts.apps][cell]
    for item in parts.items:
        if item is target:
            break
        if not hasattr(item, "body") and not hasattr(item, "path"):
            shell.run_cell(item.cell.source).raise_error()
    shell.run_cell(f"%%streamlit_cell --key notebook\n{target.body}").raise_error()
    return magic.registry().apps["notebook"]


@pytest.mark.parametrize(("notebook", "cell", "clicks"), [
    (NOTEBOOKS / "02_example1_session_state.ipynb", 0, ["Increment", "Increment", "Decrement"]),
    (NOTEBOOKS / "03_example2_callbacks.ipynb", 0, ["Increment", "Increment"]),
    (NOTEBOOKS / "04_example3_args_kwargs.ipynb", 1, ["Increment", "Decrement"]),
    (None, 0, ["Again", "Again"]),  # a setup module the exported script imports
], ids=["02", "03", "04-kwargs", "setup"])
def test_run_of_the_exported_script_is_the_notebook_app(shell, tmp_path, notebook, cell,
                                                         clicks):
    if notebook is None:
        notebook = _write_notebook(tmp_path / "greeter.ipynb", SETUP_NOTEBOOK)
    export = export_notebook(notebook, tmp_path / "out" / "app.py", cell=cell)
    export.write()
    assert export.pages == 1
    from_notebook = _drive(_notebook_app(shell, notebook, cell), clicks)
    magic.registry().close_all()
    kernel_session().clear()
    shell.run_line_magic("streamlit_cell", f"run {export.main} --key exported")
    from_script = _drive(magic.registry().apps["exported"], clicks)
    assert from_script == from_notebook
    assert any("Count" in text or "greetings" in text for text in from_script[-1][1])
    sys.modules.pop("app_setup", None)


@pytest.fixture
def history(shell) -> Callable[[str], None]:
    """Run a cell as a front end does: stored in the session's input history."""
    shell.history_manager.reset()

    def run(source: str) -> None:
        shell.run_cell(source, store_history=True).raise_error()
    return run


def test_the_line_magic_exports_the_session_when_the_notebook_is_unknown(
        shell, history, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    for source in SETUP_NOTEBOOK[1:]:
        history(source)
    history("%streamlit_cell export exported/app.py --cell greeter")
    out = capsys.readouterr().out
    assert "notebook file is unknown" in out and "input history" in out
    page = (tmp_path / "exported" / "app.py").read_text()
    assert "st.text(greet('ada'))" in page and "from app_setup import CALLS, greet" in page
    setup = (tmp_path / "exported" / "app_setup.py").read_text()
    assert "def greet(name):" in setup and "# (notebook only) CALLS" in setup
    assert "%streamlit_cell export" not in setup


def test_the_line_magic_exports_the_notebook_file_the_front_end_names(
        shell, tmp_path, monkeypatch, capsys):
    notebook = _write_notebook(tmp_path / "nb.ipynb", SETUP_NOTEBOOK)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JPY_SESSION_NAME", str(notebook))
    shell.run_line_magic("streamlit_cell", "export folder")
    assert "exported the saved nb.ipynb" in capsys.readouterr().out
    assert (tmp_path / "folder" / "streamlit_app.py").is_file()
    assert (tmp_path / "folder" / "requirements.txt").read_text().splitlines()[1].startswith(
        "streamlit>=")
    sys.modules.pop("streamlit_app_setup", None)


def test_the_line_magic_names_what_is_wrong(shell, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError, match="the following arguments are required: output"):
        shell.run_line_magic("streamlit_cell", "export")
    notebook = _write_notebook(tmp_path / "nb.ipynb", SETUP_NOTEBOOK)
    with pytest.raises(UsageError, match="has no app 'nope'.*greeter"):
        shell.run_line_magic("streamlit_cell", f"export app.py --notebook {notebook} --cell nope")
    (tmp_path / "mine.py").write_text("print('my own file')\n")
    with pytest.raises(UsageError, match="mine.py exists and was not written by the export"):
        shell.run_line_magic("streamlit_cell", f"export mine.py --notebook {notebook}")
    assert (tmp_path / "mine.py").read_text() == "print('my own file')\n"
