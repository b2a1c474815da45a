"""Progress and status: ``st.progress``, ``st.spinner``, ``st.status``, ``st.toast``.

These change while a run is still going; the notebook app shows a long run's
elements as they come (``CellApp._on_element`` in ``notebook/cell_app.py``),
so a progress bar moves and a spinner spins during the run, as in Streamlit.
"""

from __future__ import annotations

import contextlib
import math
import time
from typing import TYPE_CHECKING, Any, Iterator

from ..runtime.run_context import require_context
from ..runtime.errors import StreamlitAPIException, StreamlitValueError
from ..runtime.page_tree import TRANSIENT_CLEARED, Block, Element
from ..runtime.errors import StreamlitInvalidParameterTypeError, StreamlitValueOutOfRangeError
from .sizing import check_icon, check_width
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

_STATES = ("running", "complete", "error")


def progress_percent(value: Any) -> int:
    """Streamlit's progress value, a whole percent: an int 0..100 as it is, a
    float 0.0..1.0 (or within 1e-9 of a bound) times 100, truncated."""
    if isinstance(value, bool):
        # Streamlit accepts the int subclass, then its message refuses it.
        raise TypeError("Field Progress.value: Expected an int, got a boolean.")
    if isinstance(value, int):
        if not 0 <= value <= 100:
            raise StreamlitValueOutOfRangeError("value", value, 0, 100)
        return value
    if isinstance(value, float):
        if not (0.0 <= value <= 1.0 or math.isclose(value, 0.0, rel_tol=1e-9, abs_tol=1e-9)
                or math.isclose(value, 1.0, rel_tol=1e-9, abs_tol=1e-9)):
            raise StreamlitValueOutOfRangeError("value", value, 0.0, 1.0)
        return int(value * 100)
    raise StreamlitInvalidParameterTypeError("value", type(value).__name__, ["int", "float"])


def progress_text(text: Any) -> str | None:
    if text is None or isinstance(text, str):
        return text
    raise StreamlitInvalidParameterTypeError("text", type(text).__name__, ["str"])


def _check_width(width: Any, *, content: bool, icon: Any = None) -> None:

    check_icon(icon)
    check_width(width, content=content)


class StatusMixin(ElementMixin):

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS = ("progress", "spinner", "status", "toast",)
    def progress(self: "DeltaGenerator", value: Any, text: str | None = None,
                 width: Any = "stretch") -> "DeltaGenerator":
        percent = progress_percent(value)
        text = progress_text(text)
        _check_width(width, content=False)
        # The fraction of the bar, from the whole percent (all Streamlit sends).
        return self._enqueue(Element("progress", {"value": percent / 100, "text": text}))

    @contextlib.contextmanager
    def spinner(self: "DeltaGenerator", text: str = "In progress...", *, show_time: bool = False,
                _cache: bool = False, width: Any = "content") -> Iterator[None]:
        _check_width(width, content=True)
        # A transient, as in Streamlit: shown while the block runs, then gone
        # without leaving an element (or a slot) in the page.
        slot = self._enqueue(Element("spinner", {
            "text": str(text), "show_time": show_time, "started": time.time()}))
        try:
            yield
        finally:
            slot._enqueue(Element(TRANSIENT_CLEARED, {}))

    def status(self: "DeltaGenerator", label: str, *, expanded: bool = False,
               state: str = "running", type: str = "default",
               width: Any = "stretch") -> "StatusContainer":
        if state not in _STATES:
            raise StreamlitValueError("state", [repr(s) for s in _STATES])
        if not isinstance(label, str):  # Streamlit fails in its protobuf code (TypeError)
            raise TypeError(f"`label` must be a str, not {label.__class__.__name__}.")
        if expanded is not None and not isinstance(expanded, int):
            raise TypeError(f"`expanded` must be True or False, not {expanded.__class__.__name__}.")
        if type not in ("default", "compact", "step"):
            raise StreamlitValueError("type", ["'default'", "'compact'", "'step'"])
        _check_width(width, content=False)
        block = Block("status", {"label": str(label), "expanded": bool(expanded),
                                 "state": state})
        dg = self._add_block(block)
        return StatusContainer(dg, block)

    def toast(self: "DeltaGenerator", body: Any, *, icon: str | None = None,
              duration: Any = "short") -> "DeltaGenerator":
        if body is None or str(body) == "":
            raise StreamlitAPIException("Toast body cannot be blank - please provide a message.")
        if duration not in ("short", "long", "infinite") and not (
                isinstance(duration, int) and not isinstance(duration, bool) and duration > 0):
            raise StreamlitValueError("duration", ["'short'", "'long'", "'infinite'",
                                                   "a positive number of seconds"])
        _check_width("stretch", content=False, icon=icon)
        seconds = {"short": 4, "long": 10, "infinite": 0}.get(duration, duration)
        return self._enqueue(Element("toast", {"body": str(body), "icon": icon,
                                               "seconds": seconds}))


class StatusContainer:
    """What ``st.status`` returns: a container with a label and a state that
    can be updated; ``with`` it to put elements inside."""

    def __init__(self, dg: "DeltaGenerator", block: Block) -> None:
        self._dg = dg
        self._block = block

    def __getattr__(self, name: str) -> Any:
        return getattr(self._dg, name)

    def update(self, *, label: str | None = None, expanded: bool | None = None,
               state: str | None = None) -> None:
        """Change the label, expanded state or state ("running", "complete", "error")."""
        if state is not None and state not in _STATES:
            raise StreamlitValueError("state", [repr(s) for s in _STATES])
        if label is not None:
            self._block.props["label"] = str(label)
        if expanded is not None:
            self._block.props["expanded"] = bool(expanded)
        if state is not None:
            self._block.props["state"] = state
        ctx = require_context()
        if ctx.on_element is not None:
            ctx.on_element(ctx, self._block)

    def __enter__(self) -> "StatusContainer":
        self._dg.__enter__()
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        self._dg.__exit__(exc_type, exc, tb)
        if self._block.props["state"] == "running":
            # Streamlit marks a status complete when its block ends, error when it raised.
            self.update(state="error" if exc_type is not None and
                        not issubclass(exc_type, (GeneratorExit,)) else "complete")
        return False
