"""Fuzz tier: Hypothesis-generated Streamlit scripts and tester actions, run
through real Streamlit's AppTest and ours (compared after every step), and
through a notebook. Settings: ``_profiles.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
for path in (HERE, HERE.parent / "core"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

pytest.register_assert_rewrite("_differential")

from _fast_oracle import fast_streamlit_apptest  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fuzz: Hypothesis differential fuzzing against Streamlit")


@pytest.fixture(scope="session", autouse=True)
def _fast_oracle():
    with fast_streamlit_apptest():
        yield
