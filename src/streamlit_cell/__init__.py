"""streamlit-cell: Streamlit's programming model inside Jupyter.

``%load_ext streamlit_cell`` registers the ``%%streamlit_cell`` cell magic.
The package imports nothing of Jupyter until the extension is loaded, so the
Streamlit core (``streamlit_cell.testing.AppTest``) stays cheap to import.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def load_ipython_extension(ipython: Any) -> None:
    from .notebook.magics import load_ipython_extension as load

    load(ipython)


def unload_ipython_extension(ipython: Any) -> None:
    from .notebook.magics import unload_ipython_extension as unload

    unload(ipython)
