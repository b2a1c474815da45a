"""The props of an exception element: what the runner shows for an uncaught
exception, a fragment for its own, and ``st.exception`` for a given one.

An uncaught exception is shown as ``client.showErrorDetails`` says, as in
Streamlit: ``full`` (type, message, trace), ``stacktrace`` (type and trace,
a generic message, no message of a chained exception either), ``type``
(type and the generic message), ``none`` (the generic message only), and
the legacy booleans (True is ``full``, False is ``stacktrace``). Whatever is
withheld from the page is written to the kernel process's own stderr (the
server's log), never to the cell. ``st.exception`` shows everything, as
Streamlit's does."""

from __future__ import annotations

import os
import sys
import traceback
from typing import Any, NamedTuple

from .config import get_option
from .errors import MarkdownFormattedException

#: Streamlit's text in place of a redacted message.
GENERIC_UNCAUGHT_EXCEPTION_TEXT = (
    "This app has encountered an error. The original error message is redacted "
    "to prevent data leaks. Full error details have been recorded in the logs "
    "(if you're on Streamlit Cloud, click on 'Manage app' in the lower right of your app)."
)

#: Frames in this package are the runner's, not the script's: dropped from a
#: trace (unless nothing else is left), as Streamlit drops its own.
_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep

_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


class ErrorDetails(NamedTuple):
    show_message: bool
    show_trace: bool
    show_type: bool


def error_details() -> ErrorDetails:
    """What ``client.showErrorDetails`` lets an uncaught exception show."""
    value = get_option("client.showErrorDetails")
    show_message = value == "full" or value in ("true", "True", True)
    show_trace = show_message or value == "stacktrace" or value in ("false", "False", False)
    show_type = show_trace or value == "type"
    return ErrorDetails(show_message, show_trace, show_type)


def _own_frames_dropped(te: traceback.TracebackException) -> bool:
    """Drop the package's frames from every stack of the chain; whether any
    frame is left anywhere."""
    left = False
    seen: set[int] = set()
    current: traceback.TracebackException | None = te
    stack = [te]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        kept = [frame for frame in current.stack
                if not os.path.abspath(frame.filename).startswith(_PACKAGE_DIR)]
        if kept:
            left = True
        current.stack = traceback.StackSummary.from_list(kept)
        stack.extend(child for child in (current.__cause__, current.__context__) if child)
    return left


def _exception_only_rows(te: traceback.TracebackException, include_message: bool) -> list[str]:
    if include_message:
        return [line.rstrip("\n") for line in te.format_exception_only() if line.strip()]
    return [te.exc_type.__name__ if te.exc_type is not None else ""]


def _trace_rows(te: traceback.TracebackException, *, exception_line: bool,
                include_message: bool) -> list[str]:
    """Streamlit's rows: the chained exceptions first (with their own
    ``Type: message`` line), then this exception's frames; the outermost
    exception's own line is the element's header, not a row."""
    prefix: list[str] = []
    separator = None
    if te.__cause__ is not None:
        prefix = _trace_rows(te.__cause__, exception_line=True, include_message=include_message)
        separator = _CAUSE
    elif te.__context__ is not None and not te.__suppress_context__:
        prefix = _trace_rows(te.__context__, exception_line=True,
                             include_message=include_message)
        separator = _CONTEXT
    own = [item.strip() for item in te.stack.format()]
    if exception_line:
        own += _exception_only_rows(te, include_message)
    rows = list(prefix)
    if prefix and own and separator is not None:
        rows.append(separator)
    return rows + own


def stack_trace_rows(exception: BaseException, *, include_message: bool = True) -> list[str]:
    """The rows of an exception's trace as Streamlit shows them."""
    try:
        te = traceback.TracebackException.from_exception(exception)
        if not _own_frames_dropped(te):
            te = traceback.TracebackException.from_exception(exception)
        return _trace_rows(te, exception_line=False, include_message=include_message)
    except Exception:  # showing an error must not hide it
        return []


def _log_withheld(exception: BaseException) -> None:
    stream = sys.__stderr__
    if stream is None:
        return
    try:
        stream.write("streamlit-cell: uncaught app exception (details withheld from the page "
                     "by client.showErrorDetails)\n")
        stream.write("".join(traceback.format_exception(exception)))
        stream.flush()
    except (OSError, ValueError):
        pass


def exception_props(exception: BaseException, *, uncaught: bool = False) -> dict[str, Any]:
    """What an exception element shows: Streamlit's type, message and trace."""
    details = error_details() if uncaught else ErrorDetails(True, True, True)
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
    stack = (stack_trace_rows(exception, include_message=details.show_message)
             if isinstance(exception, BaseException) and details.show_trace else [])
    if not details.show_message:
        _log_withheld(exception)
        message = GENERIC_UNCAUGHT_EXCEPTION_TEXT
    return {
        "type": type_name if details.show_type else "",
        "message": message,
        "message_is_markdown": isinstance(exception, MarkdownFormattedException),
        "stack_trace": stack,
        "is_warning": isinstance(exception, Warning),
    }
