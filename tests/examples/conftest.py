"""Example tier: real Streamlit apps from Streamlit's docs (``examples/``),
run unmodified in an in-process IPython shell with real ipywidgets, and through
Streamlit's AppTest and ours.

The shell fixtures are the in-process tier's (``tests/inprocess/conftest.py``),
loaded from there so both tiers drive apps the same way; ``_ui`` (finding
widgets and text) and ``_differential`` (AppTest comparisons) come from the
in-process and core tiers.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
EXAMPLES = TESTS.parent / "examples"
sys.path[:0] = [str(TESTS / "inprocess"), str(TESTS / "core")]
pytest.register_assert_rewrite("_differential")


def _inprocess_fixtures():
    spec = importlib.util.spec_from_file_location(
        "streamlit_cell_inprocess_fixtures", TESTS / "inprocess" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


_fixtures = _inprocess_fixtures()
recording_comms = _fixtures.recording_comms
comm_log = _fixtures.comm_log
ipython = _fixtures.ipython
shell = _fixtures.shell
run_cell = _fixtures.run_cell


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
