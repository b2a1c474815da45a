"""The props of an exception element: what the runner shows for an uncaught
exception, a fragment for its own, and ``st.exception`` for a given one."""

from __future__ import annotations

import traceback
from typing import Any

from .errors import MarkdownFormattedException


def exception_props(exception: BaseException, *, uncaught: bool = False) -> dict[str, Any]:
    """What an exception element shows: Streamlit's type, message and trace."""
    if uncaught:
        type_name = str(type(exception)).replace("<class '", "").replace("'>", "")
    else:
        type_name = type(exception).__name__
    try:
        if isinstance(exception, SyntaxError):
            message = "".join(traceback.format_exception_only(type(exception), exception)).strip()
        else:
            message = str(exception).strip()
    except Exception:  # a broken __str__ must not break the app
        message = ""
    # st.exception shows whatever it is given; only exceptions have a trace.
    stack = (traceback.format_exception(type(exception), exception, exception.__traceback__)
             if isinstance(exception, BaseException) else [])
    return {
        "type": type_name,
        "message": message,
        "message_is_markdown": isinstance(exception, MarkdownFormattedException),
        "stack_trace": [line.rstrip("\n") for line in stack],
        "is_warning": isinstance(exception, Warning),
    }
