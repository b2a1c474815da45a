"""``streamlit.runtime.scriptrunner.magic_funcs``: what a script rewritten for
magic (``runtime.magic``) calls for each bare value."""

from __future__ import annotations

from typing import Any

from ..elements.delta_generator import main_dg


def transparent_write(*args: Any) -> Any:
    """``st.write(*args)``, returning what was written (the one value, or the
    tuple), as Streamlit's helper does, so the expression keeps its value."""
    main_dg.write(*args)
    if len(args) == 1:
        return args[0]
    return args
