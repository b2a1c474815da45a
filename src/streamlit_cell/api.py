"""The ``streamlit`` module as a script under streamlit-cell sees it.

``import streamlit as st`` inside a ``%%streamlit_cell`` cell (or an AppTest
script) resolves here. Element functions are bound methods of the main
DeltaGenerator, as in Streamlit.
"""

from __future__ import annotations

import sys
from typing import Any, NoReturn

from .runtime import caching, config, errors  # noqa: F401 - `st.errors`, `st.config` as in Streamlit
from .runtime.run_context import require_context
from .elements.delta_generator import DeltaGenerator, event_dg, main_dg, sidebar_dg
from .elements.dialog import dialog
from .elements.fragment import fragment
from .runtime.script_control import RerunException, StopException
from .runtime.shared_session import session_state

sidebar: DeltaGenerator = sidebar_dg

# Element commands are bound methods of the main DeltaGenerator, as in
# Streamlit: `st.button(...)` goes to the innermost `with` container.
ELEMENT_COMMANDS: tuple[str, ...] = tuple(dict.fromkeys(
    name for mixin in DeltaGenerator.__mro__ for name in getattr(mixin, "COMMANDS", ())))
globals().update({name: getattr(main_dg, name) for name in ELEMENT_COMMANDS})
toast = event_dg.toast  # Streamlit's event container, whatever `with` block is open

cache_data = caching.cache_data
cache_resource = caching.cache_resource
# A cached function's spinner is `st.spinner` (the runtime cannot import it).
caching.show_spinners_with(main_dg.spinner)

__all__ = ["sidebar", "session_state", "rerun", "stop", "cache_data", "cache_resource",
           "fragment", "dialog", *ELEMENT_COMMANDS]

# Streamlit's page-level commands and runtime objects, as a notebook has them
# (what each one means here is in its module's docstring). Names a notebook
# cannot have at all are in `elements.not_in_notebooks` and raise from `__getattr__`.
from .elements.not_in_notebooks import NOT_IN_NOTEBOOKS, NotInNotebookError, missing_attribute_message  # noqa: E402
from .elements.page_config import set_page_config  # noqa: E402
from .runtime.query_params import query_params  # noqa: E402
from .runtime.secrets import secrets  # noqa: E402
from .runtime.user_info import login, logout, user  # noqa: E402
from .runtime import connections  # noqa: E402 - `st.connections.SQLConnection` as in Streamlit
from .runtime.connections import connection_factory as connection  # noqa: E402
from .runtime.context import context  # noqa: E402
from .runtime.asgi_app import App  # noqa: E402
# Multipage apps: the page a person is on is kept by the app (no URL).
from .elements.pages import Page, navigation, switch_page  # noqa: E402

get_option = config.get_option
set_option = config.set_user_option  # only the options Streamlit lets a script set

__all__ += ["set_page_config", "secrets", "query_params", "user", "get_option", "set_option",
            "connection", "context", "login", "logout", "App",
            "Page", "navigation", "switch_page"]

# The page around the app (logo, bottom container) and Streamlit's public
# namespaces `st.column_config`, `st.components` and `st.typing`.
from .elements import column_config, components  # noqa: E402
from .elements import st_typing as typing  # noqa: E402
from .elements.logo_and_bottom import bottom, logo  # noqa: E402
from .elements.logo_and_bottom import deprecated_bottom as _bottom  # noqa: E402
# Streamlit's private module-level DeltaGenerators, which component
# libraries and older apps use (`st._main.html(...)`, `position=st._main`).
_main: DeltaGenerator = main_dg
_event: DeltaGenerator = event_dg

__all__ += ["logo", "bottom", "column_config", "components", "typing"]

# Submodules real Streamlit has as attributes of `streamlit` once imported:
# `import streamlit.runtime.scriptrunner as sr` (and the import a script
# rewritten for magic makes) reaches them through these attributes.
from .streamlit_paths import runtime  # noqa: E402
from .elements import delta_generator  # noqa: E402,F401
# The Streamlit release whose behaviour and signatures this package emulates.
from .streamlit_paths.version import STREAMLIT_VERSION_STRING as __version__  # noqa: E402


def rerun(scope: Any = "app") -> NoReturn:
    """Stop this run and run the script again from the top, state kept.

    ``scope="fragment"`` in a fragment during a fragment run reruns that
    fragment; fragment keys (from a widget callback) rerun the fragments
    declared with those keys. Errors are Streamlit's.
    """
    ctx = require_context()
    fragment_keys = _rerun_fragment_keys(scope)
    if scope == "fragment":
        queue = ctx.fragment_ids_this_run
        if not queue or ctx.fragment_id is None:
            raise errors.StreamlitInvalidLayoutContextError(
                'scope="fragment" can only be specified from `@st.fragment`-decorated '
                "functions during fragment reruns.")
        # Streamlit: this fragment and the ones queued after it.
        rest = queue[queue.index(ctx.fragment_id):] if ctx.fragment_id in queue \
            else [ctx.fragment_id]
        raise RerunException(fragment_ids=rest)
    if fragment_keys:
        if not ctx.in_callback:
            raise errors.StreamlitAPIException(
                "Passing a fragment key to `st.rerun()` is only allowed from a "
                "widget callback (e.g. `on_change` / `on_click`). Calling it "
                "from the main script body or a fragment body would abort the "
                "current run. If you meant to rerun the whole app or the "
                "current fragment, use `scope='app'` or `scope='fragment'`.",
                error_id="rerun-keyed-outside-callback")
        storage = ctx.fragments
        missing = [key for key in fragment_keys if storage is None or not storage.ids_for_key(key)]
        if missing:
            raise errors.StreamlitAPIException(
                f"No fragment found for target '{missing[0]}'. Pass the same "
                "`key` you set on `@st.fragment(key=...)`, and make sure "
                "that fragment has rendered at least once.",
                error_id="rerun-unknown-fragment-key")
        assert storage is not None
        targets = [fragment_id for key in fragment_keys for fragment_id in storage.ids_for_key(key)]
        raise RerunException(fragment_ids=list(dict.fromkeys(targets)))
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
    """End this run quietly: nothing below the call runs. As in Streamlit the
    stop is a request: a script that catches the StopException is stopped
    again at its next ``st.*`` call (or at the end of the run)."""
    require_context().stop_requested = True
    raise StopException()


def _check_from_import(names: Any) -> None:
    """``from streamlit import login`` in a script: raise ``NotInNotebookError``
    for a name a notebook cannot have (called by the script's import, since
    Python would turn the error of ``__getattr__`` into a bare ImportError)."""
    for name in names:
        if name in NOT_IN_NOTEBOOKS and name not in globals():
            raise NotInNotebookError(name)


def __getattr__(name: str) -> Any:
    """``st.<name>`` for a name this module does not have. A Streamlit feature
    that cannot work in a notebook raises ``NotInNotebookError`` (a
    ``StreamlitNotSupportedInNotebookError`` that says what to use instead);
    anything else raises ``AttributeError`` with Streamlit's advice (removed
    names, typos). Both are ``AttributeError``s, so ``hasattr`` stays False."""
    if name in NOT_IN_NOTEBOOKS:
        raise NotInNotebookError(name)
    raise AttributeError(missing_attribute_message(name, __all__), name=name,
                         obj=sys.modules[__name__])
