"""Fixtures of the tiers that drive apps in process: a real IPython
``InteractiveShell``, real ipywidgets, no kernel (the in-process, reliability
and examples tiers; loaded for every tier by ``tests/conftest.py``).

Interactions are what a front end would cause: setting ``widget.value`` (the
trait observer fires as it does for a ``comm_msg``) or ``button.click()``.
With ``recording_comms`` (a tier's conftest makes it autouse), every widget
gets a :class:`RecordingComm`, so tests can count the comm messages a rerun
sends. Helpers to find widgets and text are in ``support/ui.py``.

Fixtures
--------
recording_comms  widgets get recording comms (and the log is cleared).
shell       the process's InteractiveShell with ``streamlit_cell`` loaded;
            unloaded after the test, session state cleared, new notebook names removed.
comm_log    the messages sent by every widget comm (``comm_open``, ``comm_msg``, ``comm_close``).
run_cell    ``run_cell(source, key="k")`` runs a ``%%streamlit_cell`` cell and returns its app.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator

import comm
import pytest

if TYPE_CHECKING:
    from IPython.core.interactiveshell import InteractiveShell

    from streamlit_cell.notebook.cell_app import CellApp


# ------------------------------------------------------------------ comms
@dataclass
class CommMessage:
    kind: str  # comm_open, comm_msg, comm_close
    comm_id: str
    data: Any

    @property
    def state(self) -> dict[str, Any]:
        """The traits an update message sets."""
        return (self.data or {}).get("state", {})


class CommLog(list):
    """Every message published by widget comms, in order."""

    def updates(self) -> list[CommMessage]:
        return [m for m in self if m.kind == "comm_msg"]

    def closed_ids(self) -> set[str]:
        return {m.comm_id for m in self if m.kind == "comm_close"}


_LOG = CommLog()


class RecordingComm(comm.DummyComm):
    """A comm without a kernel that records what it would send."""

    def publish_msg(self, msg_type: str, data: Any = None, metadata: Any = None,
                    buffers: Any = None, **keys: Any) -> None:
        _LOG.append(CommMessage(msg_type, self.comm_id, data))


@pytest.fixture
def recording_comms(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # ipywidgets opens comms through ``comm.create_comm`` (ipykernel replaces it
    # in a kernel); this is the same seam.
    monkeypatch.setattr(comm, "create_comm", lambda *a, **k: RecordingComm(*a, **k))
    _LOG.clear()
    yield
    _LOG.clear()


@pytest.fixture
def comm_log() -> CommLog:
    return _LOG


# ------------------------------------------------------------------ shell
@pytest.fixture(scope="session")
def ipython() -> InteractiveShell:
    # Imported here: the tiers without a shell (core, kernel...) load this
    # plugin too and should not pay for IPython.
    from IPython.core.interactiveshell import InteractiveShell

    return InteractiveShell.instance()


@pytest.fixture
def shell(ipython: InteractiveShell) -> Iterator[InteractiveShell]:
    from streamlit_cell.runtime.shared_session import kernel_session

    names_before = set(ipython.user_ns)
    ipython.run_line_magic("load_ext", "streamlit_cell")
    try:
        yield ipython
    finally:
        ipython.run_line_magic("unload_ext", "streamlit_cell")
        kernel_session().clear()
        # A new kernel's st.query_params: empty, no widget bound to it.
        from streamlit_cell.runtime import query_params
        query_params._params_of_session.pop(kernel_session(), None)
        for name in set(ipython.user_ns) - names_before:
            del ipython.user_ns[name]


@pytest.fixture
def run_cell(shell: InteractiveShell) -> Callable[..., CellApp]:
    from streamlit_cell.notebook import magics as magic

    def run(source: str, key: str = "cell", options: str = "") -> CellApp:
        line = f"%%streamlit_cell --key {key} {options}".rstrip()
        result = shell.run_cell(f"{line}\n{source}")
        result.raise_error()
        return magic.registry().apps[key]
    return run
