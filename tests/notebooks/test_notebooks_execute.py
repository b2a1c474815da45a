"""Every demo notebook (notebooks/*.ipynb) runs top to bottom in a real kernel.

nbclient executes each notebook as "Run All" would, in a kernel started with
*this* interpreter (a private ``python3`` kernelspec in a temp dir) and with
``src/`` on ``PYTHONPATH``, as in tests/kernel/conftest.py. A notebook passes
when no cell produced an error output and each ``%%streamlit_cell`` cell
displayed its app as a widget view. nbclient also records the widget models'
final state (``store_widget_state``), which a few checks read to see what the
apps show.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

pytestmark = pytest.mark.notebooks

REPO_ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK_DIR = REPO_ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
CELL_TIMEOUT = 60


@pytest.fixture(scope="module")
def kernel_spec_manager(tmp_path_factory: pytest.TempPathFactory) -> KernelSpecManager:
    root = tmp_path_factory.mktemp("kernelspec")
    spec_dir = root / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    pythonpath = os.pathsep.join(
        p for p in (str(REPO_ROOT / "src"), os.environ.get("PYTHONPATH")) if p)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (streamlit-cell tests)",
        "language": "python",
        "env": {
            "PYTHONPATH": pythonpath,
            "IPYTHONDIR": str(root / "ipython"),  # no user profile or startup files
            "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        },
    }))
    return KernelSpecManager(kernel_dirs=[str(root / "kernels")])


def execute(path: Path, ksm: KernelSpecManager) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    km = KernelManager(kernel_name="python3", kernel_spec_manager=ksm, shutdown_wait_time=1.0)
    client = NotebookClient(
        nb, km=km, kernel_name="python3", timeout=CELL_TIMEOUT, allow_errors=True,
        resources={"metadata": {"path": str(NOTEBOOK_DIR)}},
    )
    client.execute()
    return nb


def is_app(cell: nbformat.NotebookNode) -> bool:
    return cell.cell_type == "code" and cell.source.lstrip().startswith("%%streamlit_cell")


def widget_states(nb: nbformat.NotebookNode) -> dict[str, dict]:
    stored = nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    return {model_id: entry.get("state", {}) for model_id, entry in stored.items()}


def shown_exception_types(nb: nbformat.NotebookNode) -> set[str]:
    """The types of the exception elements the apps show."""
    shown: set[str] = set()
    for state in widget_states(nb).values():
        if state.get("_model_name") == "HTMLModel":
            shown.update(html.unescape(name) for name in re.findall(
                r'stc-exception"><strong>([^<]+)</strong>', state.get("value", "")))
    return shown


def html_texts(nb: nbformat.NotebookNode) -> list[str]:
    """Visible text of every HTML widget model's last value."""
    texts = []
    for state in widget_states(nb).values():
        if state.get("_model_name") == "HTMLModel" and "<style" not in state.get("value", ""):
            plain = html.unescape(re.sub(r"<[^>]+>", " ", state.get("value", "")))
            texts.append(" ".join(plain.split()))
    return texts


def text_output(cell: nbformat.NotebookNode) -> str:
    parts = []
    for out in cell.outputs:
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type in ("execute_result", "display_data"):
            parts.append(out.get("data", {}).get("text/plain", ""))
    return "".join(parts)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_without_errors(path: Path, kernel_spec_manager: KernelSpecManager):
    nb = execute(path, kernel_spec_manager)
    errors = [(i, out.get("ename"), out.get("evalue"))
              for i, cell in enumerate(nb.cells) if cell.cell_type == "code"
              for out in cell.outputs if out.output_type == "error"]
    assert errors == []
    stderr = [(i, out.text) for i, cell in enumerate(nb.cells) if cell.cell_type == "code"
              for out in cell.outputs if out.output_type == "stream" and out.name == "stderr"]
    assert stderr == []

    apps = [cell for cell in nb.cells if is_app(cell)]
    assert apps, f"{path.name} has no %%streamlit_cell cell"
    for cell in apps:
        views = [out for out in cell.outputs
                 if out.output_type == "display_data" and WIDGET_VIEW in out.get("data", {})]
        assert len(views) == 1, (cell.source[:80], cell.outputs)
        assert views[0].data[WIDGET_VIEW]["model_id"] in widget_states(nb)
    # Every notebook reads st.session_state (or the cells' names) in an ordinary cell.
    assert any(cell.cell_type == "code" and not is_app(cell) and "st.session_state" in cell.source
               for cell in nb.cells)
    # Exceptions shown inside apps: only the ones the notebook means to show.
    # (By the exception element, not its trace: an exception shown without
    # being raised has no trace, as in Streamlit.)
    shown = shown_exception_types(nb)
    assert shown == SHOWN_EXCEPTIONS.get(path.name, set()), \
        [t for t in html_texts(nb) if any(name in t for name in shown)]
    CHECKS[path.name](nb)


# ------------------------------------------------- what particular apps show
#: st.exception(ValueError(...)) and the cell that divides by zero.
SHOWN_EXCEPTIONS = {"00_tour.ipynb": {"ValueError", "ZeroDivisionError"}}


def _check_tour(nb: nbformat.NotebookNode) -> None:
    texts = html_texts(nb)
    assert any("ZeroDivisionError" in t for t in texts), "the error cell shows its exception"
    assert any("This line runs before the error." in t for t in texts)
    # The ordinary cell set threshold = 70; the reader app reran.
    assert "Values above 70: [80, 90, 100]" in texts, [t for t in texts if "above" in t]
    assert "'threshold'" in text_output(nb.cells[-1])


def _check_counter_without_state(nb: nbformat.NotebookNode) -> None:
    assert any("Count = 0" in t for t in html_texts(nb))
    out = text_output(nb.cells[-1])
    assert "clicks = 0" in out
    assert "stored in st.session_state: False" in out


def _check_count_zero(nb: nbformat.NotebookNode) -> None:
    assert any(re.search(r"Count = 0\b", t) for t in html_texts(nb))
    assert re.search(r"\b0\b", text_output(nb.cells[-1]))


def _check_charts(nb: nbformat.NotebookNode) -> None:
    states = list(widget_states(nb).values())
    drawn: dict[str, int] = {}
    for state in states:
        for out in state.get("outputs", []) if state.get("_model_name") == "OutputModel" else ():
            for mime in out.get("data", {}):
                drawn[mime] = drawn.get(mime, 0) + 1
    # Four built-in charts, Altair, Vega-Lite, and three in the tab and expander.
    assert drawn.get("application/vnd.vegalite.v5+json") == 9, drawn
    assert drawn.get("application/vnd.plotly.v1+json") == 1, drawn
    assert [s["_model_name"] for s in states].count("ImageModel") == 1  # st.pyplot
    svg = [s["value"] for s in states if s.get("_model_name") == "HTMLModel"
           and "<svg" in s.get("value", "")]
    assert len(svg) == 1 and "callback" in svg[0]  # Graphviz, drawn by `dot`
    # The ordinary cell's `st.session_state.chart_days = 45` reran the first app.
    days = [s for s in states if s.get("_model_name") == "AnyModel" and "labels" in s]  # sliders
    assert [(s["description"], s["value"]) for s in days] == [("Days", 45)]


CHECKS = {
    "00_tour.ipynb": _check_tour,
    "01_counter_without_state.ipynb": _check_counter_without_state,
    "02_example1_session_state.ipynb": _check_count_zero,
    "03_example2_callbacks.ipynb": _check_count_zero,
    "04_example3_args_kwargs.ipynb": _check_count_zero,
    "05_example4_forms_callbacks.ipynb": _check_count_zero,
    "06_charts.ipynb": _check_charts,
}


def test_every_notebook_is_checked_and_fresh():
    """The folder holds exactly the notebooks _build.py makes, up to date, with no outputs."""
    assert sorted(p.name for p in NOTEBOOKS) == sorted(CHECKS)
    check = subprocess.run([sys.executable, "-B", str(NOTEBOOK_DIR / "_build.py"), "--check"],
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        assert nb.metadata.kernelspec.name == "python3"
        assert all(c.get("id") for c in nb.cells)
        assert all(not c.get("outputs") and c.get("execution_count") is None
                   for c in nb.cells if c.cell_type == "code")
