"""``streamlit.testing`` as seen from a script: only ``v1`` exists."""

from . import testing as v1  # noqa: F401
