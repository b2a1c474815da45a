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

import sys
import traceback
from pathlib import Path
from typing import Any, NamedTuple

from .config import get_option
from .errors import MarkdownFormattedException

#: Streamlit's text in place of a redacted message.
GENERIC_UNCAUGHT_EXCEPTION_TEXT = (
    "This app has encountered an error. The original error message is redacted "
    "to prevent data leaks. Full error details have been recorded in the logs "
    "(if you're on Streamlit Cloud, click on 'Manage app' in the lower right of your app)."
)

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


#: The package's own folder: its frames are not the user's.
_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _is_ours(filename: str) -> bool:
    try:
        return Path(filename).resolve().is_relative_to(_PACKAGE_DIR)
    except (OSError, ValueError, RuntimeError):  # keep a frame we cannot place
        return False


def _drop_our_frames(tbe: traceback.TracebackException) -> None:
    tbe.stack[:] = [frame for frame in tbe.stack if not _is_ours(frame.filename)]
    for chained in (tbe.__cause__, tbe.__context__, *(getattr(tbe, "exceptions", None) or ())):
        if chained is not None:
            _drop_our_frames(chained)


def _has_frames(tbe: traceback.TracebackException) -> bool:
    if tbe.stack:
        return True
    chained = tbe.__cause__ if tbe.__cause__ is not None else (
        tbe.__context__ if not tbe.__suppress_context__ else None)
    return (chained is not None and _has_frames(chained)) or any(
        _has_frames(child) for child in getattr(tbe, "exceptions", None) or ())


def _user_facing(exception: BaseException) -> traceback.TracebackException:
    """The exception's trace without the frames of this package (an ``st.*``
    error ends at the script's line), as Streamlit drops its own; all of
    them when nothing else would remain."""
    filtered = traceback.TracebackException.from_exception(exception)
    _drop_our_frames(filtered)
    return filtered if _has_frames(filtered) else \
        traceback.TracebackException.from_exception(exception)


#: How much of an exception group Streamlit shows (nesting, children per group).
_GROUP_MAX_DEPTH = 10
_GROUP_MAX_WIDTH = 15


def stack_trace_rows(tbe: traceback.TracebackException, *, exception_line: bool = False,
                     include_message: bool = True,
                     depth: int = _GROUP_MAX_DEPTH) -> list[str]:
    """The rows of an exception element's trace, as Streamlit makes them: one
    row per frame (``File "...", line N, in f`` and its code, stripped); the
    header above the trace shows the outermost type and message, so only the
    exceptions it chains to (causes, contexts) and a group's children get a
    ``Type: message`` row; chained parts are joined by Python's sentence. An
    exception never raised has no frames: no rows. Without ``include_message``
    (``client.showErrorDetails`` withholding messages) those rows name the type
    only."""
    rows: list[str] = []
    chained: list[str] = []
    separator = ""
    if tbe.__cause__ is not None:
        chained = stack_trace_rows(tbe.__cause__, exception_line=True,
                                   include_message=include_message, depth=depth)
        separator = "The above exception was the direct cause of the following exception:"
    elif tbe.__context__ is not None and not tbe.__suppress_context__:
        chained = stack_trace_rows(tbe.__context__, exception_line=True,
                                   include_message=include_message, depth=depth)
        separator = "During handling of the above exception, another exception occurred:"
    own = [item.strip() for item in tbe.stack.format()]
    if exception_line and include_message:
        own.extend(line.rstrip("\n") for line in tbe.format_exception_only() if line.strip())
    elif exception_line:
        own.append(tbe.exc_type.__name__ if tbe.exc_type is not None else "")
    rows.extend(chained)
    if chained and own:
        rows.append(separator)
    rows.extend(own)
    children = getattr(tbe, "exceptions", None)  # an ExceptionGroup's
    if children:
        if depth <= 0:
            rows.append(f"... ({len(children)} nested exceptions not shown)")
        else:
            shown = children[:_GROUP_MAX_WIDTH]
            for position, child in enumerate(shown, start=1):
                rows.append(f"+---------------- {position} ----------------")
                rows.extend(stack_trace_rows(child, exception_line=True,
                                             include_message=include_message, depth=depth - 1))
            if len(children) > len(shown):
                rows.append(f"... and {len(children) - len(shown)} more exceptions")
    return rows


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
    try:
        stack = (stack_trace_rows(_user_facing(exception), include_message=details.show_message)
                 if isinstance(exception, BaseException) and details.show_trace else [])
    except Exception:  # formatting must not hide the error being shown
        stack = []
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
