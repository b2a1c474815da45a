"""The exceptions that steer a run: ``st.stop()`` and ``st.rerun()`` (Streamlit's
``runtime/scriptrunner_utils/exceptions.py``). Callbacks raise them inside the
session state and scripts inside the runner; both handle them, so they live
apart from both."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class ScriptControlException(BaseException):
    """Base of the exceptions that steer a run; BaseException so that a
    script's ``except Exception`` cannot swallow them (as in Streamlit)."""


class StopException(ScriptControlException):
    """``st.stop()``: end this run quietly."""


@dataclass(frozen=True)
class RerunData:
    """What a rerun request carries, with Streamlit's fields (in its order).
    Apps written before ``st.rerun()`` existed rerun with
    ``raise RerunException(RerunData())``; here only ``fragment_id_queue``
    changes the rerun (a notebook app has one page, no URL and no browser)."""

    query_string: str = ""
    widget_states: Any = None
    page_script_hash: str = ""
    page_name: str = ""
    fragment_id: str | None = None
    fragment_id_queue: list[str] = field(default_factory=list)
    is_fragment_scoped_rerun: bool = False
    is_auto_rerun: bool = False
    is_history_navigation: bool = False
    replay_trigger_states: Any = None
    replay_trigger_values: Any = None
    cached_message_hashes: frozenset[str] = field(default_factory=frozenset)
    context_info: Any = None


class RerunException(ScriptControlException):
    """``st.rerun()``: end this run and start the script again (or, with
    ``fragment_ids``, run only those fragments again).

    Also raised by scripts themselves as Streamlit's
    ``RerunException(rerun_data)``: a ``RerunData`` whose
    ``fragment_id_queue`` is set reruns those fragments."""

    def __init__(self, rerun_data: RerunData | None = None, *,
                 fragment_ids: list[str] | None = None) -> None:
        super().__init__()
        self.rerun_data = rerun_data if rerun_data is not None else RerunData()
        if fragment_ids is None and rerun_data is not None:
            fragment_ids = list(rerun_data.fragment_id_queue)
        self.fragment_ids = fragment_ids or None
