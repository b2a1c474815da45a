"""The ``streamlit`` module as a script under streamlit-cell sees it.

``import streamlit as st`` inside a ``%%streamlit_cell`` cell (or an AppTest
script) resolves here. Element functions are bound methods of the main
DeltaGenerator, as in Streamlit.
"""

from __future__ import annotations

from typing import Any, NoReturn

from . import caching, config, errors  # noqa: F401 - `st.errors`, `st.config` as in Streamlit
from .delta_generator import DeltaGenerator, main_dg, require_context, sidebar_dg
from .runner import RerunException, StopException
from .session import session_state

sidebar: DeltaGenerator = sidebar_dg

# Element commands are bound methods of the main DeltaGenerator, as in
# Streamlit: `st.button(...)` goes to the innermost `with` container.
ELEMENT_COMMANDS: tuple[str, ...] = tuple(dict.fromkeys(
    name for mixin in DeltaGenerator.__mro__ for name in getattr(mixin, "COMMANDS", ())))
globals().update({name: getattr(main_dg, name) for name in ELEMENT_COMMANDS})

cache_data = caching.cache_data
cache_resource = caching.cache_resource

__all__ = ["sidebar", "session_state", "rerun", "stop", "cache_data", "cache_resource",
           *ELEMENT_COMMANDS]


def rerun(scope: Any = "app") -> NoReturn:
    """Stop this run and run the script again from the top, state kept.

    ``scope`` is validated as Streamlit does; there are no fragments here, so
    only ``"app"`` can succeed, with Streamlit's error for the other scopes.
    """
    ctx = require_context()
    fragment_keys = _rerun_fragment_keys(scope)
    if scope == "fragment":
        raise errors.StreamlitInvalidLayoutContextError(
            'scope="fragment" can only be specified from `@st.fragment`-decorated '
            "functions during fragment reruns.")
    if fragment_keys:
        if not ctx.in_callback:
            raise errors.StreamlitAPIException(
                "Passing a fragment key to `st.rerun()` is only allowed from a "
                "widget callback (e.g. `on_change` / `on_click`). Calling it "
                "from the main script body or a fragment body would abort the "
                "current run. If you meant to rerun the whole app or the "
                "current fragment, use `scope='app'` or `scope='fragment'`.",
                error_id="rerun-keyed-outside-callback")
        raise errors.StreamlitAPIException(
            f"No fragment found for target '{fragment_keys[0]}'. Pass the same "
            "`key` you set on `@st.fragment(key=...)`, and make sure "
            "that fragment has rendered at least once.",
            error_id="rerun-unknown-fragment-key")
    raise RerunException()


def _rerun_fragment_keys(scope: Any) -> list[str]:
    """The fragment keys named by ``st.rerun(scope)`` ([] for "app" and
    "fragment"), after Streamlit's checks of the argument."""
    expected = ["str", "int", "list[str | int]"]
    choices = ["'app'", "'fragment'", "a fragment key", "a list of keys"]
    if isinstance(scope, bool) or not isinstance(scope, (str, int, list, tuple)):
        raise errors.StreamlitInvalidParameterTypeError("scope", type(scope).__name__, expected)
    if isinstance(scope, int):
        return [str(scope)]
    if isinstance(scope, str):
        if scope == "":
            raise errors.StreamlitValueError("scope", choices, detail="Got an empty string.")
        return [] if scope in ("app", "fragment") else [scope]
    if not scope:
        raise errors.StreamlitValueError("scope", choices, detail="Got an empty list.")
    keys = []
    for name in scope:
        if isinstance(name, int) and not isinstance(name, bool):
            name = str(name)
        elif not isinstance(name, str):
            raise errors.StreamlitInvalidParameterTypeError(
                "scope list items", type(name).__name__, ["str", "int"])
        elif name == "":
            raise errors.StreamlitValueError("scope list items", ["non-empty strings or ints"],
                                             detail="Found an empty string in the list.")
        if name in ("app", "fragment"):
            raise errors.StreamlitValueError(
                "scope", ["fragment keys"],
                detail=f"'{name}' is a reserved scope name and cannot appear inside a list. "
                       f"Pass '{name}' directly as a string.")
        keys.append(name)
    return keys


def stop() -> NoReturn:
    """End this run quietly: nothing below the call runs."""
    require_context()
    raise StopException()


def __getattr__(name: str) -> Any:
    raise AttributeError(
        f"module 'streamlit' has no attribute '{name}' in streamlit-cell: `st.{name}` "
        "is not implemented by the emulation yet. See `python -m streamlit_cell.compat` "
        "for what is supported."
    )
