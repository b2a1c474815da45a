"""The Streamlit names that have no meaning in a notebook, and what to use instead.

``st.<name>`` for a name listed in :data:`NOT_IN_NOTEBOOKS` raises
:class:`NotInNotebookError`, which says why and what to do instead. Names that
Streamlit itself removed (``st.cache``, ``st.experimental_rerun``...) raise
``AttributeError`` with Streamlit's own advice, and a typo gets Streamlit's
"Did you mean" suggestion.

This list is the single source of truth for "not in notebooks": the
compatibility table (``python -m streamlit_cell.compat``) is computed from it
and from what ``streamlit_cell.api`` provides.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Collection, Iterable

from ..runtime.errors import StreamlitNotSupportedInNotebookError


@dataclass(frozen=True)
class NotInNotebook:
    """Why ``st.<name>`` cannot work in a notebook, and what to use instead."""

    feature: str
    instead: str


#: ``st.<name>`` -> why it cannot work in a notebook and what to use instead.
NOT_IN_NOTEBOOKS: dict[str, NotInNotebook] = {}


class NotInNotebookError(StreamlitNotSupportedInNotebookError, AttributeError):
    """``st.<name>`` for a Streamlit feature that cannot work in a notebook.

    Also an ``AttributeError``, as Python expects of a module attribute that is
    not there: ``hasattr(st, "login")`` is False and ``getattr(st, "login", None)``
    is None, so scripts that check for a feature before using it keep working.
    """

    def __init__(self, name: str) -> None:
        reason = NOT_IN_NOTEBOOKS[name]
        super().__init__(reason.feature, reason.instead)
        self.name = name


# Streamlit 1.67's ``streamlit/command_suggestions.py`` (Apache-2.0): names it
# removed, with their successors, so old scripts get Streamlit's own advice.
REMOVED_FROM_STREAMLIT: dict[str, tuple[str, ...]] = {
    "beta_color_picker": ("color_picker",),
    "beta_columns": ("columns",),
    "beta_container": ("container",),
    "beta_expander": ("expander",),
    "beta_secrets": ("secrets",),
    "beta_set_page_config": ("set_page_config",),
    "cache": ("cache_data", "cache_resource"),
    "experimental_audio_input": ("audio_input",),
    "experimental_connection": ("connection",),
    "experimental_data_editor": ("data_editor",),
    "experimental_dialog": ("dialog",),
    "experimental_fragment": ("fragment",),
    "experimental_get_query_params": ("query_params",),
    "experimental_memo": ("cache_data",),
    "experimental_rerun": ("rerun",),
    "experimental_set_query_params": ("query_params",),
    "experimental_show": ("write",),
    "experimental_singleton": ("cache_resource",),
    "experimental_user": ("user",),
}


def missing_attribute_message(name: str, available: Collection[str]) -> str:
    """The ``AttributeError`` message for ``st.<name>`` when there is no such
    name: Streamlit's wording and advice, then a pointer to the compatibility
    table for names Streamlit has that streamlit-cell does not implement yet."""
    prefix = f"module 'streamlit' has no attribute '{name}'"
    if name.startswith("_"):
        return prefix
    successors = REMOVED_FROM_STREAMLIT.get(name)
    if successors is not None:
        return f"{prefix}. st.{name} has been removed. Use {_st_names(successors)} instead."
    if name == "bokeh_chart":
        return (f"{prefix}. st.bokeh_chart has been removed. "
                "Use the streamlit-bokeh component instead.")
    suggestions = _close_matches(name, available)
    if suggestions:
        return f"{prefix}. Did you mean {_st_names(suggestions)}?"
    return (f"{prefix}. If your Streamlit version has `st.{name}`, streamlit-cell does not "
            "implement it yet: `python -m streamlit_cell.compat` lists what is supported.")


def _close_matches(name: str, catalog: Iterable[str]) -> tuple[str, ...]:
    """Streamlit's typo rule: at least 80% similar, length within one character."""
    matches = difflib.get_close_matches(name, list(catalog), n=3, cutoff=0.8)
    return tuple(m for m in matches if abs(len(m) - len(name)) <= 1)


def _st_names(names: Collection[str]) -> str:
    # Streamlit names commands bare (no Markdown), as its AttributeError does.
    labeled = [f"st.{n}" for n in names]
    if len(labeled) <= 2:
        return " or ".join(labeled)
    return f"{', '.join(labeled[:-1])}, or {labeled[-1]}"
