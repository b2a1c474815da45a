"""Reliability tier: faults, bad input and hostile content must not break the
kernel, the session state or the other apps -- the next interaction works.

In process (a real ``InteractiveShell`` and ipywidgets with recording comms):
the fixtures ``shell``, ``run_cell`` and ``comm_log`` are the in-process
tier's (tests/inprocess/conftest.py), reused here; its helpers (``_ui``) too.
Differential checks use tests/core/_differential.py.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[1]
for path in (TESTS / "reliability", TESTS / "inprocess", TESTS / "core", TESTS / "fuzz"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

pytest.register_assert_rewrite("_differential")


def _load_inprocess_conftest():
    spec = importlib.util.spec_from_file_location("_inprocess_conftest",
                                                  TESTS / "inprocess" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


_inprocess = _load_inprocess_conftest()
recording_comms = _inprocess.recording_comms
comm_log = _inprocess.comm_log
ipython = _inprocess.ipython
shell = _inprocess.shell
run_cell = _inprocess.run_cell


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "reliability: faults, bad input, hostile content")


@pytest.fixture(scope="session")
def fast_oracle():
    """Real Streamlit's AppTest without its per-instance component scan."""
    from _fast_oracle import fast_streamlit_apptest

    with fast_streamlit_apptest():
        yield
