"""In-process tier: a real IPython ``InteractiveShell``, real ipywidgets, no kernel.

The fixtures (``shell``, ``run_cell``, ``comm_log``...) are in
``tests/support/inprocess_fixtures.py``; helpers to find widgets and text in
``tests/support/ui.py``.
"""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _every_widget_records_its_comm(recording_comms: None) -> None:
    """Every test here counts what widgets send."""
