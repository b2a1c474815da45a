"""AppTest: run a Streamlit script without Jupyter, with the surface of
``streamlit.testing.v1``.

``streamlit_cell.testing.AppTest`` is the public entry point; inside a script,
``streamlit.testing`` is this package and ``streamlit.testing.v1`` its ``v1``
module (which holds the same names). Nothing here imports Jupyter.
"""

from . import v1
from .v1 import *  # noqa: F403 - the names of streamlit.testing.v1
from .v1 import __all__ as _v1_names

__all__ = ["v1", *_v1_names]
