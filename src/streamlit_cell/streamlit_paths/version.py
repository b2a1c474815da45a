"""``streamlit.version``: the Streamlit version this package emulates."""

from __future__ import annotations

#: ``st.__version__``: scripts compare it to enable features (``packaging.version``).
STREAMLIT_VERSION_STRING = "1.67.0"

__all__ = ["STREAMLIT_VERSION_STRING"]
