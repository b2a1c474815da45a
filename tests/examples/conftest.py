"""Example tier: the team's example apps (``examples/``),
run unmodified in an in-process IPython shell with real ipywidgets, and through
Streamlit's AppTest and ours.

The shell fixtures are the in-process tier's (``tests/support/inprocess_fixtures.py``),
so both tiers drive apps the same way; ``support.ui`` (finding widgets and
text) and ``support.differential`` (AppTest comparisons) are shared too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(autouse=True)
def _every_widget_records_its_comm(recording_comms: None) -> None:
    """As in the in-process tier: widgets get recording comms."""


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
