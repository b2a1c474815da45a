"""``streamlit.runtime.scriptrunner_utils``: where Streamlit 1.67 keeps the run
context and the run-control exceptions (``script_run_context``,
``exceptions``); code written against it imports from there."""

from __future__ import annotations

from ..runtime import script_control as exceptions
from . import scriptrunner as script_run_context

__all__ = ["exceptions", "script_run_context"]
