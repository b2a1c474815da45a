"""``streamlit.components.v1``: ``html``, ``iframe`` and ``declare_component``.

``html`` shows the user's own HTML (and JavaScript) in a sandboxed iframe, as
Streamlit does: the page runs its scripts but gets an opaque origin, so it
cannot reach the notebook page, its kernel or its cookies. ``iframe`` embeds
a URL the same way. Custom components (``declare_component``) need
Streamlit's component server and front-end bridge, which a notebook lacks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...runtime.errors import StreamlitNotSupportedInNotebookError
from ..media import deprecation_warning
from ..delta_generator import main_dg

__all__ = ["html", "iframe", "declare_component"]

_IFRAME_DEPRECATION = ("`st.components.v1.iframe` will be removed after 2026-06-01. "
                       "Use `st.iframe` instead.")


def html(html: str, width: int | None = None, height: int | None = None,
         scrolling: bool = False, *, tab_index: int | None = None) -> Any:
    """Show ``html`` in an iframe (150 pixels high unless ``height`` is given)."""

    return main_dg._components_frame(srcdoc=html, width=width, height=height,
                                     scrolling=scrolling, tab_index=tab_index)


def iframe(src: str, width: int | None = None, height: int | None = None,
           scrolling: bool = False, *, tab_index: int | None = None) -> Any:
    """Embed the page at ``src`` (deprecated in Streamlit: use ``st.iframe``)."""

    deprecation_warning(_IFRAME_DEPRECATION, show_in_browser=False)
    return main_dg._components_frame(src=src, width=width, height=height,
                                     scrolling=scrolling, tab_index=tab_index)


def declare_component(name: str, path: str | Path | None = None,
                      url: str | None = None) -> Any:
    raise StreamlitNotSupportedInNotebookError(
        f"`declare_component({name!r})` (Streamlit custom components)",
        "A notebook has no Streamlit component server or front-end bridge. Build the "
        "interactive part as an anywidget (https://anywidget.dev) and show it with "
        "`display(widget)` in an ordinary cell, or show static HTML with "
        "`st.components.v1.html(...)`.")
