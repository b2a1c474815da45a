"""``streamlit.runtime``: ``exists()``, the check apps and libraries make
before calling st.* ("is this running as an app, or as plain Python?"), and
the submodules reached through it.

There is no server here: the runtime "exists" while a script runs (a
``%%streamlit_cell`` cell, ``%streamlit_cell run``, an AppTest run, its
callbacks, any thread while the run lasts, as Streamlit's AppTest installs
its runtime for the length of a run). In an ordinary notebook cell it does
not, as in a plain ``python app.py``.
"""

from __future__ import annotations

from ..runtime import caching
from ..runtime.run_context import get_run_context, runs_in_progress
from . import scriptrunner, state, uploaded_file_manager

__all__ = ["exists", "caching", "scriptrunner", "state", "uploaded_file_manager"]


def exists() -> bool:
    """Whether a Streamlit script is running: on this thread, or on another
    (a thread the script started sees the runtime, as in Streamlit, whose
    runtime is the whole process's)."""
    return runs_in_progress() > 0 or get_run_context() is not None
