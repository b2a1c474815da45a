"""``%streamlit_cell run path/to/app.py [-- args]``: a Streamlit script file
run as an app in the notebook, with what ``streamlit run`` gives the script
(``sys.argv``, its folder on ``sys.path``, ``__file__``, its folder's
``.streamlit/secrets.toml``) during every run, and nothing changed after."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path
from typing import Any

import ipywidgets as w
import pytest
from IPython.core.error import UsageError

from support.ui import Slider, button, find, front_end_sets, is_closed, session_state, text, texts
from streamlit_cell.notebook import magics as magic
from streamlit_cell.notebook.cell_app import CellApp

USAGE = "Usage: %streamlit_cell run path/to/app.py [--key KEY] [--no-publish] [-- script args...]"


def write(path: Path, source: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(source).lstrip())
    return path


@pytest.fixture
def run_magic(shell):
    """``run_magic("run app.py")`` runs the line magic; returns the app of the
    key (default: the resolved script path)."""
    def run(line: str, key: str | None = None) -> CellApp:
        shell.run_line_magic("streamlit_cell", line)
        apps = magic.registry().apps
        return apps[key] if key is not None else list(apps.values())[-1]
    return run


@pytest.fixture
def app_py(tmp_path: Path) -> Path:
    return write(tmp_path / "proj" / "app.py", """
        import streamlit as st
        st.title("File app")
        n = st.slider("n", 0, 10, 3)
        st.write(f"n is {n}")
        """)


def test_runs_a_script_file_as_a_live_app(run_magic, app_py):
    app = run_magic(f"run {app_py}")
    assert magic.registry().apps[str(app_py)] is app  # identity: the absolute path
    assert "File app" in text(app) and "n is 3" in text(app)
    front_end_sets(find(app, Slider), value=7)
    assert "n is 7" in text(app)


def test_a_relative_path_is_taken_from_the_working_folder(run_magic, app_py, monkeypatch):
    monkeypatch.chdir(app_py.parent.parent)
    app = run_magic("run proj/app.py")
    assert app.cell_id == str(app_py)


def test_a_folder_means_its_streamlit_app_py(run_magic, tmp_path):
    script = write(tmp_path / "site" / "streamlit_app.py", "st.text('the folder app')")
    app = run_magic(f"run {tmp_path / 'site'}")
    assert app.cell_id == str(script)
    assert texts(app) == ["the folder app"]


def test_sys_argv_is_the_script_and_its_args_in_every_run(run_magic, tmp_path):
    script = write(tmp_path / "args.py", """
        import sys
        import streamlit as st

        def remember():
            st.session_state.argv_in_callback = list(sys.argv)

        st.button("Go", on_click=remember)
        st.text(repr(sys.argv))
        """)
    argv_before = list(sys.argv)
    app = run_magic(f"run {script} -- --flag 'two words' 3")
    expected = [str(script), "--flag", "two words", "3"]
    assert texts(app) == [repr(expected)]
    assert sys.argv == argv_before
    button(app, "Go").click()  # a widget event reruns: callback first, then the body
    assert session_state()["argv_in_callback"] == expected
    assert texts(app) == [repr(expected)]
    assert sys.argv == argv_before


def test_args_without_the_separator_are_the_scripts_too(run_magic, tmp_path):
    script = write(tmp_path / "args.py", "import sys\nst.text(repr(sys.argv[1:]))")
    assert texts(run_magic(f"run {script} a b")) == [repr(["a", "b"])]


def test_the_scripts_folder_is_first_on_sys_path_during_runs(run_magic, tmp_path):
    folder = tmp_path / "withhelper"
    write(folder / "stc_run_magic_helper.py", "GREETING = 'hello from the helper'")
    script = write(folder / "app.py", """
        import sys
        import stc_run_magic_helper
        st.text(stc_run_magic_helper.GREETING)
        st.text(str(sys.path[0] == __import__("os").path.dirname(__file__)))
        if st.button("Again"):
            st.text("rerun")
        """)
    path_before = list(sys.path)
    try:
        app = run_magic(f"run {script}")
        assert texts(app) == ["hello from the helper", "True"]
        assert sys.path == path_before
        button(app, "Again").click()
        assert texts(app) == ["hello from the helper", "True", "rerun"]
        assert sys.path == path_before
    finally:
        sys.modules.pop("stc_run_magic_helper", None)


def test_the_script_sees_its_file_name(run_magic, app_py):
    write(app_py, "st.text(__file__)\nst.text(__name__)")
    assert texts(run_magic(f"run {app_py}")) == [str(app_py), "__main__"]


def test_notebook_names_stay_reachable(shell, run_magic, app_py):
    shell.user_ns["threshold"] = 42
    write(app_py, "st.text(str(threshold))")
    assert texts(run_magic(f"run {app_py}")) == ["42"]


def test_running_the_file_again_replaces_its_app(run_magic, app_py):
    first = run_magic(f"run {app_py}")
    second = run_magic(f"run {app_py}")
    assert second is not first
    assert is_closed(first.root) and not is_closed(second.root)
    assert list(magic.registry().apps) == [str(app_py)]


def test_key_gives_the_app_its_identity(run_magic, app_py):
    app = run_magic(f"run {app_py} --key explorer", key="explorer")
    assert app.cell_id == "explorer"
    other = run_magic(f"run {app_py} --key 'second view'", key="second view")
    assert not is_closed(app.root) and not is_closed(other.root)


def test_the_script_reads_its_folders_secrets(run_magic, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "secretive"
    write(folder / ".streamlit" / "secrets.toml", 'token = "s3cr3t"\n')
    script = write(folder / "app.py", "st.text(st.secrets.token)")
    try:
        assert texts(run_magic(f"run {script}")) == ["s3cr3t"]
        from streamlit_cell import api

        assert not api.secrets.load_if_toml_exists()  # only the script's runs see them
    finally:
        os.environ.pop("token", None)


def test_publishes_the_scripts_names_unless_told_not_to(shell, run_magic, app_py):
    write(app_py, "answer = 41 + 1\nst.text('x')")
    run_magic(f"run {app_py}")
    assert shell.user_ns["answer"] == 42
    del shell.user_ns["answer"]
    run_magic(f"run {app_py} --no-publish")
    assert "answer" not in shell.user_ns


def test_an_error_in_the_script_names_the_file_and_line(run_magic, tmp_path):
    script = write(tmp_path / "broken.py", """
        st.text("before")
        ratio = 1 / 0
        """)
    app = run_magic(f"run {script}")
    assert texts(app)[0] == "before"
    trace = "\n".join(app.result.main.items[-1].props["stack_trace"])
    assert f'File "{script}", line 2, in <module>' in trace
    assert "ratio = 1 / 0" in trace


@pytest.mark.parametrize("line, message", [
    ("", "%streamlit_cell needs a command. " + USAGE),
    ("   ", "%streamlit_cell needs a command. " + USAGE),
    ("go app.py", "%streamlit_cell: unknown command 'go'. " + USAGE),
    ("run", "%streamlit_cell run: which script? " + USAGE),
    ("run app.py --bogus", "unrecognized arguments: --bogus"),
    ("run 'app.py", "No closing quotation"),
    ("run app.py --key ''", "%streamlit_cell run: --key needs a non-empty name."),
])
def test_bad_usage_says_how_to_use_it(shell, line, message):
    with pytest.raises(UsageError) as raised:
        shell.run_line_magic("streamlit_cell", line)
    assert message in str(raised.value)
    assert USAGE in str(raised.value) or "--key" in message


def test_a_missing_file_is_named(shell, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(UsageError) as raised:
        shell.run_line_magic("streamlit_cell", "run nowhere/app.py")
    assert str(raised.value) == (
        f"%streamlit_cell run: File does not exist: {tmp_path / 'nowhere' / 'app.py'}")
    assert magic.registry().apps == {}


def test_only_python_files_run(shell, tmp_path):
    notes = write(tmp_path / "notes.txt", "hello")
    with pytest.raises(UsageError, match=r"Streamlit runs Python \(\.py\) files, not \.txt"):
        shell.run_line_magic("streamlit_cell", f"run {notes}")


def test_a_syntax_error_names_the_file_and_keeps_the_old_app(shell, run_magic, app_py):
    app = run_magic(f"run {app_py}")
    write(app_py, "st.text('oops'\n")
    with pytest.raises(UsageError) as raised:
        shell.run_line_magic("streamlit_cell", f"run {app_py}")
    assert f"%streamlit_cell run: {app_py} is not valid Python" in str(raised.value)
    assert magic.registry().apps[str(app_py)] is app and not is_closed(app.root)


def test_the_line_and_the_cell_magic_share_the_name(shell, run_cell, run_magic, app_py):
    cell_app = run_cell("st.text('from a cell')", key="cell")
    file_app = run_magic(f"run {app_py}")
    assert texts(cell_app) == ["from a cell"] and "File app" in text(file_app)
    shell.run_line_magic("unload_ext", "streamlit_cell")
    try:
        magics: dict[str, Any] = shell.magics_manager.magics
        assert "streamlit_cell" not in magics["line"]
        assert "streamlit_cell" not in magics["cell"]
    finally:
        shell.run_line_magic("load_ext", "streamlit_cell")


def test_tracebacks_show_the_lines_that_ran_after_an_edit(run_magic, tmp_path):
    script = write(tmp_path / "edited.py", "st.text('v1')\nfirst_version = 1 / 0\n")
    app = run_magic(f"run {script}")
    assert "first_version = 1 / 0" in "\n".join(app.result.main.items[-1].props["stack_trace"])
    write(script, "st.text('v2')\nst.text('more')\nsecond_version = 1 / 0\n")
    app = run_magic(f"run {script}")
    trace = "\n".join(app.result.main.items[-1].props["stack_trace"])
    assert f'File "{script}", line 3' in trace and "second_version = 1 / 0" in trace
