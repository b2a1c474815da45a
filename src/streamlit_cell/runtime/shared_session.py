"""The kernel's one SessionState, and ``st.session_state`` bound to it.

Inside a run, ``st.session_state`` is the running session's state (AppTest
gives each test its own); outside a run (an ordinary notebook cell) it is the
kernel's.
"""

from __future__ import annotations

from .state import SessionState, SessionStateProxy

_kernel_session = SessionState()


def kernel_session() -> SessionState:
    """The SessionState shared by every streamlit cell of this kernel."""
    return _kernel_session


session_state = SessionStateProxy(kernel_session)
