"""The exceptions that steer a run: ``st.stop()`` and ``st.rerun()`` (Streamlit's
``runtime/scriptrunner_utils/exceptions.py``). Callbacks raise them inside the
session state and scripts inside the runner; both handle them, so they live
apart from both."""

from __future__ import annotations


class ScriptControlException(BaseException):
    """Base of the exceptions that steer a run; BaseException so that a
    script's ``except Exception`` cannot swallow them (as in Streamlit)."""


class StopException(ScriptControlException):
    """``st.stop()``: end this run quietly."""


class RerunException(ScriptControlException):
    """``st.rerun()``: end this run and start the script again (or, with
    ``fragment_ids``, run only those fragments again)."""

    def __init__(self, fragment_ids: list[str] | None = None) -> None:
        super().__init__()
        self.fragment_ids = fragment_ids or None
