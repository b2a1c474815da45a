"""Chat: st.chat_input and st.chat_message."""

from __future__ import annotations


class ChatMixin:
    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ()
