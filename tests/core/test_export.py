"""What ``python -m streamlit_cell export`` writes: which cells become setup,
which lines are left out (and said so), page files and titles, the setup
module, ``requirements.txt``, ``--cell``, and the command line. The apps
written are run through real Streamlit's AppTest and compared with ours."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from support.differential import click, rerun, snapshot
from streamlit_cell.__main__ import main as cli_main
from streamlit_cell.export import ExportError, export_history, export_notebook
from streamlit_cell.testing import AppTest

ROOT = Path(__file__).resolve().parents[2]


def write_notebook(path: Path, cells: list[str | tuple[str, str]]) -> Path:
    """A notebook of code cells; ``("markdown", text)`` makes a Markdown cell."""
    def cell(entry: str | tuple[str, str]) -> dict:
        kind, source = entry if isinstance(entry, tuple) else ("code", entry)
        extra = {"outputs": [], "execution_count": None} if kind == "code" else {}
        return {"cell_type": kind, "metadata": {}, "source": source.splitlines(True), **extra}
    path.write_text(json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {},
                                "cells": [cell(c) for c in cells]}), encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _fresh_setup_modules():
    yield
    for name in [n for n in sys.modules if n.endswith("_setup")]:
        module_file = getattr(sys.modules[name], "__file__", "") or ""
        if "pytest" in module_file or "/tmp" in module_file:
            del sys.modules[name]


GREETER = [
    "%load_ext streamlit_cell\n!pip install nothing\nimport math",
    "CALLS = []\ndef greet(name):\n    CALLS.append(name)\n    return f'hi {name}'\n"
    "%matplotlib inline\ndisplay(CALLS)\nCALLS",
    "unused = 42",
    "%%time\nthis is not python",
    "%%streamlit_cell --key first\nst.text(greet('first'))\nresult = 3",
    "print(result)\nresult",
    ("markdown", "## The second *app*"),
    "%%streamlit_cell\nst.text(greet('second'))\nst.text(str(len(CALLS)))\n"
    "st.text(f'{math.pi:.3f}')\nst.button('Again')",
]


def test_setup_cells_become_a_module_the_pages_import(tmp_path):
    notebook = write_notebook(tmp_path / "greeter.ipynb", GREETER)
    export = export_notebook(notebook, tmp_path / "app")
    export.write()
    folder = tmp_path / "app"
    setup = (folder / "streamlit_app_setup.py").read_text()
    # Kept: what the apps use; left out with a comment: the notebook-only lines.
    assert "def greet(name):" in setup and "import math" in setup
    for line in ("%load_ext streamlit_cell", "!pip install nothing", "%matplotlib inline",
                 "display(CALLS)", "CALLS"):
        assert f"# (notebook only) {line}\n" in setup
    assert "unused" not in setup and "this is not python" not in setup
    assert "print(result)" not in setup
    main = (folder / "streamlit_app.py").read_text()
    assert "# cell 2 left out: no app uses what it defines (unused)." in main
    assert "# cell 3 left out: a %%time cell." in main
    assert "# cell 5 left out: it reads result, which an app defines" in main
    assert "st.Page('streamlit_app_pages/first.py', title='first')" in main
    assert "st.Page('streamlit_app_pages/the_second_app.py', title='The second app')" in main
    second = (folder / "streamlit_app_pages" / "the_second_app.py").read_text()
    assert "from streamlit_app_setup import CALLS, greet, math\n" in second
    assert export.pages == 2


def test_the_exported_pages_agree_with_the_notebook_apps(tmp_path):
    """Real Streamlit runs the exported setup once per process, as the kernel
    ran the setup cells once: CALLS keeps growing on both."""
    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    # (Without display() and the cell reading an app's result: from_notebook
    # runs every cell above the app, as a kernel that ran them all.)
    cells = [c if isinstance(c, tuple) else c.replace("display(CALLS)\n", "")
             for c in GREETER if "print(" not in c]
    notebook = write_notebook(tmp_path / "greeter.ipynb", cells)
    export = export_notebook(notebook, tmp_path / "app")
    export.write()
    real = StreamlitAppTest.from_file(str(export.main), default_timeout=30)
    real.switch_page("streamlit_app_pages/the_second_app.py")
    ours = AppTest.from_notebook(notebook, cell=1, default_timeout=30)
    steps = [click(0), rerun]
    for at in (real, ours):
        at.run()
    assert snapshot(real) == snapshot(ours)
    for step in steps:
        step(real), step(ours)
        real.run(), ours.run()
        assert snapshot(real) == snapshot(ours)
    assert [t.value for t in ours.text][:2] == ["hi second", "3"]


def test_imports_only_setup_is_written_in_the_script(tmp_path):
    notebook = write_notebook(tmp_path / "nb.ipynb", [
        "import math\nimport json as j\nimport os",
        "%%streamlit_cell\n'''A docstring stays first.'''\nst.write(math.floor(2.5), j.dumps(1))"])
    export = export_notebook(notebook, tmp_path / "app.py")
    export.write()
    assert [f.path.name for f in export.files] == ["app.py"]  # no module, no pages
    text = (tmp_path / "app.py").read_text()
    body = text.split("\n\n", 1)[1]
    assert body.startswith("'''A docstring stays first.'''\n"
                           "import streamlit as st\nimport math\nimport json as j\n\n")
    assert "import os" not in body


def test_a_streamlit_cell_run_line_becomes_a_page_running_that_file(tmp_path):
    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    (tmp_path / "other.py").write_text("import streamlit as st\nst.title('Other')\n"
                                       "st.button('Go', key='go')\n")
    notebook = write_notebook(tmp_path / "nb.ipynb", [
        "%load_ext streamlit_cell",
        "%%streamlit_cell --key first\nst.title('First')",
        "%streamlit_cell run other.py"])
    export = export_notebook(notebook, tmp_path / "out" / "app.py")
    export.write()
    main = export.main.read_text()
    assert "st.Page('../other.py', title='Other')" in main
    assert "cell 2" not in main  # the run line became a page: not reported as dropped
    real = StreamlitAppTest.from_file(str(export.main)).run()
    assert [t.value for t in real.title] == ["First"]
    real.switch_page("../other.py").run()
    assert [t.value for t in real.title] == ["Other"] and real.button[0].key == "go"
    # --cell by the script's name: a one-page app running that file.
    alone = export_notebook(notebook, tmp_path / "alone.py", cell="other.py")
    assert alone.pages == 1 and "st.Page('other.py', title='Other')" in alone.files[0].text


def test_cell_selects_by_key_or_index_and_names_the_choices(tmp_path):
    notebook = write_notebook(tmp_path / "nb.ipynb", [
        "%%streamlit_cell --key one\nst.text('1')", "%%streamlit_cell\nst.text('2')"])
    by_key = export_notebook(notebook, tmp_path / "a.py", cell="one")
    by_index = export_notebook(notebook, tmp_path / "b.py", cell="1")
    assert by_key.pages == by_index.pages == 1
    assert "st.text('1')" in by_key.files[0].text and "st.text('2')" in by_index.files[0].text
    assert "st.text('2')" in export_notebook(notebook, tmp_path / "c.py", cell=-1).files[0].text
    with pytest.raises(ExportError, match=r"no app 'two'.*\['one'\].*2 %%streamlit_cell cells"):
        export_notebook(notebook, tmp_path / "d.py", cell="two")
    with pytest.raises(ExportError, match="no %%streamlit_cell cell"):
        export_notebook(write_notebook(tmp_path / "e.ipynb", ["x = 1"]), tmp_path / "e.py")
    with pytest.raises(ExportError, match="not valid Python"):
        export_notebook(write_notebook(tmp_path / "f.ipynb", ["%%streamlit_cell\nif:"]),
                        tmp_path / "f.py")


def test_page_titles_and_file_names(tmp_path):
    notebook = write_notebook(tmp_path / "nb.ipynb", [
        "%%streamlit_cell --key 'My key'\nst.title('Ignored')",
        "%%streamlit_cell\nst.write('x')\nst.title('Sales')",
        ("markdown", "Some text\n\n### `Heading` with a [link](https://x.org)"),
        "%%streamlit_cell\nst.write('y')",
        "%%streamlit_cell\nst.title('Sales')",
        "%%streamlit_cell\nst.write('z')"])
    export = export_notebook(notebook, tmp_path / "app.py")
    pages = [line.strip() for line in export.files[0].text.splitlines()
             if line.strip().startswith("st.Page(")]
    assert pages == [
        "st.Page('app_pages/my_key.py', title='My key'),",
        "st.Page('app_pages/sales.py', title='Sales'),",
        "st.Page('app_pages/heading_with_a_link.py', title='Heading with a link'),",
        "st.Page('app_pages/sales_2.py', title='Sales'),",
        "st.Page('app_pages/app_5.py', title='App 5'),"]


def test_requirements_pin_the_installed_distributions(tmp_path):
    (tmp_path / "helpers.py").write_text("X = 1\n")
    notebook = write_notebook(tmp_path / "nb.ipynb", [
        "import pandas as pd\nimport yaml\nfrom helpers import X\nimport os.path",
        "%%streamlit_cell\nimport numpy\nst.write(pd.DataFrame({'x': [X]}), yaml, numpy)"])
    text = export_notebook(notebook, tmp_path / "app").files[-1].text
    lines = text.splitlines()
    assert lines[0].startswith("#") and lines[1] == f"streamlit>={version('streamlit')}"
    assert f"pandas>={version('pandas')}" in lines
    assert f"PyYAML>={version('PyYAML')}" in lines  # the import name is yaml
    assert f"numpy>={version('numpy')}" in lines
    assert not any(line.startswith(("os", "helpers")) for line in lines)
    assert lines[-1].endswith(": helpers")  # a module of the user's own, named


def test_a_file_the_export_did_not_write_is_kept(tmp_path):
    notebook = write_notebook(tmp_path / "nb.ipynb", ["%%streamlit_cell\nst.text('x')"])
    (tmp_path / "app.py").write_text("mine\n")
    with pytest.raises(ExportError, match="app.py exists and was not written"):
        export_notebook(notebook, tmp_path / "app.py").write()
    assert (tmp_path / "app.py").read_text() == "mine\n"
    export_notebook(notebook, tmp_path / "app.py").write(force=True)
    export_notebook(notebook, tmp_path / "app.py").write()  # ours now: replaced freely
    assert "st.text('x')" in (tmp_path / "app.py").read_text()


def test_history_export_keeps_the_last_version_of_a_keyed_app(tmp_path):
    export = export_history([
        "%load_ext streamlit_cell", "N = 2", "N = 2",
        "%%streamlit_cell --key a\nst.text('old')",
        "%%streamlit_cell --key a\nst.text(str(N))",
        "%streamlit_cell export out.py"], tmp_path / "out.py", folder=tmp_path)
    text = export.files[0].text
    assert export.pages == 1 and "st.text(str(N))" in text and "old" not in text
    assert (tmp_path / "out_setup.py").exists() is False
    assert export.files[1].text.count("N = 2") == 1  # the same input run twice is one cell


def test_python_m_streamlit_cell_lists_its_commands():
    env_path = str(ROOT / "src")
    result = subprocess.run([sys.executable, "-m", "streamlit_cell"], capture_output=True,
                            text=True, env={"PYTHONPATH": env_path}, check=True)
    assert "export" in result.stdout and "compat" in result.stdout


def test_the_command_line_exports_and_reports(tmp_path, capsys):
    notebook = ROOT / "notebooks" / "02_example1_session_state.ipynb"
    assert cli_main(["export", str(notebook), "-o", str(tmp_path / "app.py")]) == 0
    out = capsys.readouterr().out
    assert "(a plain script)" in out and "streamlit run" in out
    assert "st.session_state.count += 1" in (tmp_path / "app.py").read_text()
    assert cli_main(["export", str(notebook), "-o", str(tmp_path / "b.py"), "--cell", "3"]) == 1
    assert "has no app '3'" in capsys.readouterr().err
    assert cli_main(["export", str(tmp_path / "missing.ipynb")]) == 1
    assert "Notebook not found" in capsys.readouterr().err


def test_names_the_export_cannot_give_a_page_are_noted(tmp_path):
    notebook = write_notebook(tmp_path / "nb.ipynb", [
        "%%streamlit_cell --key a\nshared = 1",
        "%%streamlit_cell --key b\nst.write(shared)",
        "%%streamlit_cell --key c\ndisplay('x')",
        "%%streamlit_cell --key d\nst.write(nowhere, later)",
        "later = 2",
        "st.session_state.setdefault('n', 0)",
        "%%streamlit_cell --key e\nst.write(st.session_state.n)"])
    export = export_notebook(notebook, tmp_path / "app.py")
    pages = {f.path.stem: f.text for f in export.files}
    assert "# Note: cell 1 reads shared, which another app defined" in pages["b"]
    assert "# Note: cell 2 uses display, which only IPython has; in Streamlit use st.write" \
        in pages["c"]
    assert "# Note: cell 3 reads nowhere, which no exported cell defines" in pages["d"]
    # A setup cell below an app is still setup: every page imports the one module.
    assert "from app_setup import later\n" in pages["d"]
    assert "Note" not in pages["a"] and "Note" not in pages["e"]
    assert any(note.startswith("cell 5 uses st.* in the setup") for note in export.notes)


def test_notebook_only_lines_inside_blocks_and_shared_lines(tmp_path):
    notebook = write_notebook(tmp_path / "nb.ipynb", [
        "VALUES = []\nfor n in range(2):\n    %time VALUES.append(n)\n"
        "label = 'é'; display(label)\nif VALUES:\n    files = !ls\n"
        "%timeit \\\n  sum(VALUES)\nVALUES",
        "%%streamlit_cell\nst.write(VALUES, label)"])
    export = export_notebook(notebook, tmp_path / "app.py")
    setup = next(f.text for f in export.files if f.path.name == "app_setup.py")
    body = setup.split("# --- cell 0\n", 1)[1]
    assert body == (
        "VALUES = []\nfor n in range(2):\n    # (notebook only) %time VALUES.append(n)\n"
        "    pass\nlabel = 'é'; pass\nif VALUES:\n    # (notebook only) files = !ls\n    pass\n"
        "# (notebook only) %timeit \\\n# (notebook only)   sum(VALUES)\n"
        "# (notebook only) VALUES\n")
    namespace: dict = {}
    exec(setup, namespace)  # what is left is valid Python that runs
    assert namespace["VALUES"] == [] and namespace["label"] == "é"


def test_which_notebook_a_kernel_runs(tmp_path):
    from streamlit_cell.export.running import running_notebook

    notebook = write_notebook(tmp_path / "nb.ipynb", ["x = 1"])
    cwd = tmp_path
    # Jupyter Server's session path (absolute, or relative to the server root:
    # the kernel runs in the notebook's folder, so its name alone is tried).
    assert running_notebook({}, {"JPY_SESSION_NAME": str(notebook)}, cwd) == notebook
    assert running_notebook({"__session__": "some/root/nb.ipynb"}, {}, cwd) == notebook
    assert running_notebook({"__vsc_ipynb_file__": str(notebook)}, {}, Path("/")) == notebook
    # A session id rather than a path, a missing file, nothing at all: unknown.
    assert running_notebook({"__session__": "3f2a-41c9"}, {}, cwd) is None
    assert running_notebook({}, {"JPY_SESSION_NAME": str(tmp_path / "gone.ipynb")},
                            Path("/")) is None
    assert running_notebook({}, {}, cwd) is None


def test_a_magic_line_the_kernel_would_reject_is_named(tmp_path):
    notebook = write_notebook(tmp_path / "nb.ipynb", ["%%streamlit_cell --bogus\nst.text('x')"])
    with pytest.raises(ExportError, match=r"cell 0: cannot read `%%streamlit_cell --bogus`"):
        export_notebook(notebook, tmp_path / "a.py")
    notebook = write_notebook(tmp_path / "nb.ipynb", ["%streamlit_cell run missing.py"])
    with pytest.raises(ExportError, match="cell 0: %streamlit_cell run: File does not exist"):
        export_notebook(notebook, tmp_path / "a.py")


def test_exporting_again_removes_the_pages_of_apps_since_removed(tmp_path):
    two = write_notebook(tmp_path / "nb.ipynb", [
        "DATA = [1]", "%%streamlit_cell --key a\nst.write(DATA)",
        "%%streamlit_cell --key b\nst.text('b')"])
    export_notebook(two, tmp_path / "app.py").write()
    assert sorted(p.name for p in (tmp_path / "app_pages").iterdir()) == ["a.py", "b.py"]
    (tmp_path / "app_pages" / "mine.py").write_text("# a page of my own\n")
    one = write_notebook(tmp_path / "nb.ipynb", ["%%streamlit_cell --key b\nst.text('b')"])
    export_notebook(one, tmp_path / "app.py").write()
    assert sorted(p.name for p in (tmp_path / "app_pages").iterdir()) == ["mine.py"]
    assert not (tmp_path / "app_setup.py").exists()
