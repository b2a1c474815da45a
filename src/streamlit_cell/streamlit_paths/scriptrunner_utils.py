"""``streamlit.runtime.scriptrunner_utils``: where Streamlit 1.67 keeps the run
context, the run-control exceptions and the rerun request
(``script_run_context``, ``exceptions``, ``script_requests``); code written
against it imports from there."""

from __future__ import annotations

from ..runtime import script_control as exceptions
from ..runtime import script_control as script_requests
from . import scriptrunner as script_run_context

__all__ = ["exceptions", "script_requests", "script_run_context"]
