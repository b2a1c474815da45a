"""``st.App``: Streamlit 1.67's ASGI application, which serves a script as a
web app under any ASGI server (``uvicorn module:app``).

Serving a web app is Streamlit's own server at work, not something a notebook
emulates: ``st.App(...)`` therefore builds real Streamlit's ``App`` (same
arguments) when Streamlit is installed, so a module written for Streamlit
that a notebook imports or runs keeps working, and says to install Streamlit
otherwise. The script it serves runs under real Streamlit, in the browser,
not as a notebook cell (for that: ``%streamlit_cell run app.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from .errors import StreamlitAPIException

_NEEDS_STREAMLIT = (
    "`st.App` serves a script with Streamlit's own web server, so it needs Streamlit: "
    "`pip install streamlit`. To run the script in the notebook instead, use "
    "`%streamlit_cell run {script}`.")


class App:
    """``st.App(script_path, *, secrets=None, lifespan=None, routes=None,
    middleware=None, on_script_error=None, exception_handlers=None, debug=False)``:
    real Streamlit's ASGI app for ``script_path`` (see the module docstring)."""

    def __new__(cls, script_path: str | Path, *, secrets: Mapping[str, Any] | None = None,
                lifespan: Callable[..., Any] | None = None,
                routes: Sequence[Any] | None = None, middleware: Sequence[Any] | None = None,
                on_script_error: Callable[..., Any] | None = None,
                exception_handlers: Mapping[Any, Any] | None = None,
                debug: bool = False) -> Any:
        try:
            from streamlit.starlette import App as StreamlitApp
        except ImportError as error:
            raise StreamlitAPIException(_NEEDS_STREAMLIT.format(script=script_path)) from error
        return StreamlitApp(script_path, secrets=secrets, lifespan=lifespan, routes=routes,
                            middleware=middleware, on_script_error=on_script_error,
                            exception_handlers=exception_handlers, debug=debug)
