"""Reliability tier: faults, bad input and hostile content must not break the
kernel, the session state or the other apps -- the next interaction works.

In process (a real ``InteractiveShell`` and ipywidgets with recording comms):
the fixtures ``shell``, ``run_cell`` and ``comm_log`` are the in-process
tier's (tests/support/inprocess_fixtures.py); its helpers (``support.ui``) too.
Differential checks use tests/support/differential.py.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _every_widget_records_its_comm(recording_comms: None) -> None:
    """As in the in-process tier: widgets get recording comms."""


@pytest.fixture(scope="session")
def fast_oracle():
    """Real Streamlit's AppTest without its per-instance component scan."""
    from support.fast_oracle import fast_streamlit_apptest

    with fast_streamlit_apptest():
        yield
