"""Fuzz tier: Hypothesis-generated Streamlit scripts and tester actions, run
through real Streamlit's AppTest and ours (compared after every step), and
through a notebook. Settings: ``_profiles.py``.
"""

from __future__ import annotations

import pytest

from support.fast_oracle import fast_streamlit_apptest


@pytest.fixture(scope="session", autouse=True)
def _fast_oracle():
    with fast_streamlit_apptest():
        yield
