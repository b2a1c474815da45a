"""``python -m streamlit_cell export``, checked the way the issue asks: every
demo notebook of ``notebooks/`` is exported; the exported app runs through
REAL Streamlit's AppTest (each page reached with ``switch_page``) and each
notebook app through ours (``AppTest.from_notebook``), with the same steps;
the page, the session state and the errors must agree after every step."""

from __future__ import annotations

import datetime
import sys
import time
from pathlib import Path
from typing import Any, Sequence

import pytest

from support.differential import Snapshot, both, click, rerun, set_value, snapshot, Step
from streamlit_cell.export import export_notebook
from streamlit_cell.export.notebook_code import parse_cells, read_notebook
from streamlit_cell.testing import AppTest

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def _input(key: str, text: str) -> Step:
    def step(at: Any) -> None:
        at.text_input(key=key).input(text)
    step.__name__ = f"input({key!r}, {text!r})"
    return step


def _area(key: str, text: str) -> Step:
    def step(at: Any) -> None:
        at.text_area(key=key).input(text)
    step.__name__ = f"text_area({key!r}, {text!r})"
    return step


#: For each demo notebook, the steps for each of its apps (by index).
STEPS: dict[str, dict[int, list[Step]]] = {
    "00_tour.ipynb": {
        0: [rerun],
        1: [rerun],
        2: [rerun],
        3: [set_value("number_input", "tour_number", 42), _input("tour_text", "Grace"),
            set_value("checkbox", "tour_checkbox", True), set_value("slider", "tour_slider", 7),
            set_value("selectbox", "tour_selectbox", "cherry"),
            set_value("multiselect", "tour_multiselect", ["red", "blue"]),
            set_value("radio", "tour_radio", "dark"), click("tour_button"), rerun],
        4: [set_value("number_input", "tour_left", 3),
            set_value("checkbox", "tour_sidebar_option", True)],
        5: [both(_input("tour_form_name", "Grace"), _area("tour_form_text", "hello"),
                 click(0)),
            both(_area("tour_form_text", "again"), click(0))],
        6: [set_value("number_input", 0, 4), set_value("number_input", 0, 0)],
        7: [set_value("slider", "threshold", 70)],
        8: [rerun],  # reads a key another app owns: the same error on both
    },
    "01_counter_without_state.ipynb": {0: [click(0), click(0)]},
    "02_example1_session_state.ipynb": {0: [click(0), click(0), click(1)]},
    "03_example2_callbacks.ipynb": {0: [click(0), click(0), click(0)]},
    "04_example3_args_kwargs.ipynb": {
        0: [set_value("number_input", 0, 5), click(0), click(0)],
        1: [click(0), click(1), click(0)],
    },
    "05_example4_forms_callbacks.ipynb": {
        0: [both(set_value("number_input", 0, 4), click(0)),
            both(set_value("number_input", 0, 2), click(0))],
    },
}


def _run(at: Any, steps: Sequence[Step]) -> list[Snapshot]:
    at.run()
    snapshots = [snapshot(at)]
    for step in steps:
        step(at)
        at.run()
        snapshots.append(snapshot(at))
    return snapshots


def _assert_agree(oracle: list[Snapshot], ours: list[Snapshot], steps: Sequence[Step],
                  where: str) -> None:
    names = ["first run", *(getattr(s, "__name__", repr(s)) for s in steps)]
    for name, expected, actual in zip(names, oracle, ours, strict=True):
        for part in ("elements", "state"):
            assert getattr(actual, part) == getattr(expected, part), (
                f"{where}: exported app and notebook disagree on {part} after {name}:\n"
                f"  streamlit (exported): {getattr(expected, part)}\n"
                f"  streamlit_cell:       {getattr(actual, part)}")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every demo notebook exported to a folder of its own: name -> main script."""
    root = tmp_path_factory.mktemp("exported")
    mains = {}
    for notebook in sorted(NOTEBOOKS.glob("*.ipynb")):
        export = export_notebook(notebook, root / notebook.stem)
        export.write()
        mains[notebook.name] = export.main
    return mains


def test_every_demo_notebook_and_app_has_steps():
    for notebook in sorted(NOTEBOOKS.glob("*.ipynb")):
        apps = parse_cells(notebook.name, read_notebook(notebook), NOTEBOOKS).apps
        assert notebook.name in STEPS, f"{notebook.name} is not exported by these tests"
        assert sorted(STEPS[notebook.name]) == list(range(len(apps))), notebook.name


CASES = [(name, index) for name, apps in STEPS.items() for index in apps]


def _wait_for_a_fresh_minute() -> None:
    # The forms notebook's time_input defaults to now(), kept to the minute:
    # both backends must run within the same minute.
    if datetime.datetime.now().second >= 55:
        time.sleep(61 - datetime.datetime.now().second)


@pytest.mark.parametrize(("name", "index"), CASES, ids=[f"{n[:2]}-app{i}" for n, i in CASES])
def test_exported_app_behaves_as_the_notebook(exported, name, index):
    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    steps = STEPS[name][index]
    main = exported[name]
    pages = sorted((main.parent / f"{main.stem}_pages").glob("*.py"))
    real = StreamlitAppTest.from_file(str(main), default_timeout=60)
    if pages:
        # Multipage: the page of app `index`, as st.navigation lists them.
        entries = [line.split("'")[1] for line in main.read_text().splitlines()
                   if line.strip().startswith("st.Page(")]
        real.switch_page(entries[index])
    ours = AppTest.from_notebook(NOTEBOOKS / name, cell=index, default_timeout=60)
    _wait_for_a_fresh_minute()
    _assert_agree(_run(real, steps), _run(ours, steps), steps, f"{name} app {index}")


def test_the_multipage_tour_shares_state_between_pages(exported):
    """Pages share one session state, as the notebook's cells share the
    kernel's: the reader page sees the slider page's value."""
    from streamlit.testing.v1 import AppTest as StreamlitAppTest

    main = exported["00_tour.ipynb"]
    entries = [line.split("'")[1] for line in main.read_text().splitlines()
               if line.strip().startswith("st.Page(")]
    real = StreamlitAppTest.from_file(str(main), default_timeout=60)
    real.switch_page(entries[7]).run()
    real.slider(key="threshold").set_value(70).run()
    real.switch_page(entries[8]).run()
    assert [m.value for m in real.markdown] == ["Values above 70: [80, 90, 100]"]
    # Ours: the reader cell with the state the slider cell left.
    ours = AppTest.from_notebook(NOTEBOOKS / "00_tour.ipynb", cell=8)
    ours.session_state["threshold"] = 70
    assert [m.value for m in ours.run().markdown] == ["Values above 70: [80, 90, 100]"]


def test_the_single_app_notebooks_become_plain_scripts(exported):
    for name in ("01_counter_without_state.ipynb", "02_example1_session_state.ipynb",
                 "03_example2_callbacks.ipynb", "05_example4_forms_callbacks.ipynb"):
        main = exported[name]
        assert not (main.parent / f"{main.stem}_pages").exists()
        text = main.read_text()
        assert "st.navigation" not in text and "%load_ext" not in text.replace(
            "# cell 1 left out: only notebook lines (%load_ext streamlit_cell).", "")
        assert (main.parent / "requirements.txt").read_text().splitlines()[1] == \
            f"streamlit>={_streamlit_version()}"


def _streamlit_version() -> str:
    from importlib.metadata import version
    return version("streamlit")


@pytest.fixture(autouse=True)
def _forget_setup_modules():
    """Exported apps import their setup module by a fixed name: each test
    imports its own."""
    yield
    for name in [n for n in sys.modules if n.endswith("_setup") and n.startswith(
            ("streamlit_app", "app"))]:
        del sys.modules[name]
