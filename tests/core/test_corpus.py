"""The differential corpus: apps written by the team in the style of the
Streamlit apps people write (``tests/core/corpus/``), each run step by step
through Streamlit's AppTest and ours, with the page (element kinds and values
in order, widgets with labels, keys and values), ``session_state`` and
errors compared after the first run and after every step.

Each script says what a user does with it in a comment block at its top::

    # Steps:
    #   click(0)
    #   set_value("slider", "hour", 3)

one step a line, written with the step builders of
``tests/support/differential.py`` (``click``, ``set_value``, ``set_state``,
``del_state``, ``rerun``, ``both``, ``chat``, ``set_query``,
``switch_page``). A folder with an ``app.py`` is a multipage app run from
that file. Scripts are run with ``AppTest.from_file``, so ``__file__`` and
the script's folder are as ``streamlit run`` sets them.

``DIVERGENCES`` lists the scripts on which streamlit-cell still differs from
Streamlit, with the exact difference: each is an expected failure (strict,
so it fails once fixed and the entry must go).
"""

from __future__ import annotations

import ast
import datetime
import re
from pathlib import Path

import pytest

from support import differential
from support.differential import assert_same_snapshots, run_file
from support.fast_oracle import fast_streamlit_apptest

pytest.importorskip("streamlit")

CORPUS = Path(__file__).resolve().parent / "corpus"
STEP_BUILDERS = {name: getattr(differential, name) for name in (
    "click", "set_value", "set_state", "del_state", "both", "chat", "set_query",
    "switch_page", "set_enum", "select_index")}
STEP_BUILDERS["rerun"] = differential.rerun
STEP_BUILDERS["datetime"] = datetime  # dates and times in steps
_STEPS_HEADER = re.compile(r"^#\s*Steps:\s*$")

#: script (path under corpus/) -> how streamlit-cell still differs there.
DIVERGENCES: dict[str, str] = {}


def corpus_scripts() -> list[Path]:
    scripts = [p for p in sorted(CORPUS.glob("*.py"))]
    scripts += sorted(CORPUS.glob("*/app.py"))
    return scripts


def read_steps(path: Path) -> list[differential.Step]:
    """The steps of the script's ``# Steps:`` comment block (none without one)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    steps: list[differential.Step] = []
    for number, line in enumerate(lines):
        if _STEPS_HEADER.match(line):
            for step_line in lines[number + 1:]:
                body = step_line.lstrip("#").strip()
                if not step_line.startswith("#") or not body:
                    break
                call = ast.parse(body, mode="eval")  # a syntax error names the line
                steps.append(eval(compile(call, f"{path.name} steps", "eval"),
                                  {"__builtins__": {}}, STEP_BUILDERS))
            break
    return steps


def _param(path: Path) -> pytest.param:
    name = path.relative_to(CORPUS).as_posix()
    marks = []
    if name in DIVERGENCES:
        marks.append(pytest.mark.xfail(strict=True, reason=DIVERGENCES[name]))
    return pytest.param(path, id=name, marks=marks)


@pytest.fixture(scope="module", autouse=True)
def _cheap_oracle():
    # The first chart of the session imports Altair: seconds on a loaded
    # machine, which would count against one script's run timeout.
    import altair  # noqa: F401
    with fast_streamlit_apptest():
        yield


@pytest.mark.parametrize("path", [_param(p) for p in corpus_scripts()])
def test_corpus_script_behaves_as_in_streamlit(path: Path) -> None:
    steps = read_steps(path)
    oracle = run_file("streamlit", path, steps)
    ours = run_file("streamlit_cell", path, steps)
    names = ["first run", *(getattr(s, "__name__", repr(s)) for s in steps)]
    assert_same_snapshots(oracle, ours, names)


def test_the_corpus_is_large_and_every_divergence_is_a_script():
    scripts = {p.relative_to(CORPUS).as_posix() for p in corpus_scripts()}
    assert len(scripts) >= 100
    assert set(DIVERGENCES) <= scripts
