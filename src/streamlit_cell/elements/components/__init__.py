"""``st.components`` / ``streamlit.components``: ``v1`` is Streamlit's
legacy components API (``html``, ``iframe``; custom components cannot load
in a notebook and say what to use instead)."""

from . import v1

__all__ = ["v1"]
