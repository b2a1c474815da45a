"""``st.set_page_config`` for an app that lives in a notebook cell.

Streamlit 1.67 allows any number of calls anywhere in a run; each call
overrides only the settings it is given. Arguments are validated with
Streamlit's errors, then recorded on the run (``RunContext.page_config``); the
cell's app applies them after the run:

* ``layout``: ``"centered"`` (the default) keeps the main area to Streamlit's
  centered content width, ``"wide"`` lets it fill the cell's output width.
* ``initial_sidebar_state`` as a number of pixels sets the sidebar's width.
  The other states are kept but change nothing: the sidebar is shown, next to
  the main area, whenever the app writes to it (a notebook app has no
  collapse control).
* ``page_title``, ``page_icon`` and ``menu_items`` label the browser tab and
  the app's menu in Streamlit. In a notebook the tab belongs to the notebook
  and an app has no menu, so they are kept (``CellApp.page_config``) but not
  shown.

Outside a run (an ordinary cell) the call only validates, as Streamlit's does
without a running app.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

from ..runtime.run_context import get_run_context
from ..runtime.errors import StreamlitInvalidURLError, StreamlitValueError

LAYOUTS = ("centered", "wide")
SIDEBAR_STATES = ("auto", "expanded", "collapsed", "locked")
_SIDEBAR_STATE_CHOICES = ["'auto'", "'expanded'", "'collapsed'", "'locked'",
                          "a positive integer (width in pixels)"]
MENU_ITEM_KEYS = ("get help", "report a bug", "about")
_MENU_URL_PROTOCOLS = ("http", "https", "mailto")

#: Streamlit's content width in the centered layout (its block container).
CENTERED_WIDTH = "46rem"


def set_page_config(
    page_title: str | None = None,
    page_icon: Any = None,
    layout: str | None = None,
    initial_sidebar_state: str | int | None = None,
    menu_items: Mapping[str, str | None] | None = None,
) -> None:
    """Configure the app's page; each call overrides only what it is given.

    In a notebook ``layout="wide"`` makes the app fill the cell's output
    width and an integer ``initial_sidebar_state`` sets the sidebar width;
    the title, icon and menu items are accepted but not shown (see module doc).
    """
    changes: dict[str, Any] = {}
    if page_title is not None:
        changes["page_title"] = page_title
    if page_icon is not None:
        changes["page_icon"] = page_icon
    if layout is not None:
        if layout not in LAYOUTS:
            raise StreamlitValueError("layout", ["'centered'", "'wide'"])
        changes["layout"] = layout
    if initial_sidebar_state is not None:
        changes["initial_sidebar_state"] = _checked_sidebar_state(initial_sidebar_state)
    if menu_items is not None:
        changes["menu_items"] = _checked_menu_items(menu_items)
    ctx = get_run_context()
    if ctx is None:
        return
    previous_menu = ctx.page_config.get("menu_items", {})
    ctx.page_config.update(changes)
    if "menu_items" in changes:
        # Menu items are additive too: None removes an item set before.
        ctx.page_config["menu_items"] = {**previous_menu, **changes["menu_items"]}


def _checked_sidebar_state(state: Any) -> str | int:
    if isinstance(state, str):
        if state in SIDEBAR_STATES:
            return state
    elif isinstance(state, int):
        # An int is a width in pixels (bool is an int to Streamlit too).
        if state <= 0:
            raise StreamlitValueError("initial_sidebar_state", _SIDEBAR_STATE_CHOICES,
                                      detail=f"Got {state}.")
        return state
    raise StreamlitValueError("initial_sidebar_state", _SIDEBAR_STATE_CHOICES,
                              detail=f"Got {state!r}.")


def _checked_menu_items(menu_items: Mapping[str, str | None]) -> dict[str, str | None]:
    items = {str(key).lower().strip(): value for key, value in menu_items.items()}
    for key, value in items.items():
        if key not in MENU_ITEM_KEYS:
            raise StreamlitValueError(
                "menu_items", ["'Get help'", "'Report a bug'", "'About'"],
                detail=f"`{key}` is not a supported menu item key.")
        if value is not None and key != "about" and not _is_url(value):
            raise StreamlitInvalidURLError(value, _MENU_URL_PROTOCOLS)
    return items


def _is_url(url: str) -> bool:
    """Streamlit's ``url_util.is_url`` for http, https and mailto."""
    try:
        parsed = urlparse(str(url))
    except ValueError:
        return False
    if parsed.scheme in ("http", "https"):
        return bool(parsed.netloc)
    if parsed.scheme == "mailto":
        return bool(parsed.path)
    return False


def main_area_max_width(page_config: Mapping[str, Any]) -> str | None:
    """The CSS max-width of an app's main area for its page config."""
    return None if page_config.get("layout") == "wide" else CENTERED_WIDTH


def sidebar_width(page_config: Mapping[str, Any]) -> str | None:
    """The sidebar's CSS width, when the page config sets one in pixels."""
    state = page_config.get("initial_sidebar_state")
    return f"{state}px" if isinstance(state, int) and not isinstance(state, bool) else None
