"""Tier-3 fixtures: a real ipykernel driven like a browser front end.

Fixtures
--------
kernel          module-scoped :class:`KernelSession` (fast: one kernel per test module).
fresh_kernel    function-scoped session, for tests that need a pristine kernel.
kernel_factory  function-scoped factory ``kernel_factory(env={...}, ...)`` for
                sessions with custom env/arguments; all closed at teardown.

Kernels run with the current interpreter, cwd = repo root and ``src/``
prepended to ``PYTHONPATH`` so ``import streamlit_cell`` works in the kernel
even without an install.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from support.kernel_client import KernelSession

REPO_ROOT = Path(__file__).resolve().parents[2]


def _kernel_env() -> dict[str, str]:
    src = REPO_ROOT / "src"
    paths = [str(src)] if src.is_dir() else []
    if os.environ.get("PYTHONPATH"):
        paths.append(os.environ["PYTHONPATH"])
    return {"PYTHONPATH": os.pathsep.join(paths)} if paths else {}


def _new_session(env: dict[str, str] | None = None, **kwargs) -> KernelSession:
    merged = _kernel_env()
    merged.update(env or {})
    kwargs.setdefault("startup_timeout", 60.0)
    return KernelSession(cwd=REPO_ROOT, env=merged, **kwargs)


@pytest.fixture(scope="module")
def kernel():
    session = _new_session()
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def fresh_kernel():
    session = _new_session()
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def kernel_factory():
    sessions: list[KernelSession] = []

    def make(env: dict[str, str] | None = None, **kwargs) -> KernelSession:
        session = _new_session(env, **kwargs)
        sessions.append(session)
        return session

    try:
        yield make
    finally:
        for session in sessions:
            session.close()
