"""``streamlit_cell.config``: the public home of ``get_option`` / ``set_option``
(the conformance suite and users import them from here; the options live in
``runtime.config``). Inside a script, ``streamlit.config`` is this module."""

from .runtime.config import get_option, set_option

__all__ = ["get_option", "set_option"]
