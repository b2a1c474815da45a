"""``streamlit.logger``: ``get_logger``, which Streamlit's own demo apps and
many scripts copy (``LOGGER = get_logger(__name__)``)."""

from __future__ import annotations

import logging

__all__ = ["get_logger"]


def get_logger(name: str) -> logging.Logger:
    """The standard library's logger ``name`` (the notebook's logging
    configuration applies; Streamlit's own log format is a server's)."""
    return logging.getLogger(name)
