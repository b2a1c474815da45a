"""Views of the chat elements (see ``elements/chat.py``)."""

from __future__ import annotations
