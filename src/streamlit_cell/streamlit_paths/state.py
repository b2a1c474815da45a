"""``streamlit.runtime.state``: the session-state classes apps name in type
hints and ``isinstance`` checks."""

from __future__ import annotations

from ..runtime.query_params import QueryParams, QueryParamsProxy
from ..runtime.state import SessionState, SessionStateProxy

__all__ = ["QueryParams", "QueryParamsProxy", "SessionState", "SessionStateProxy"]
