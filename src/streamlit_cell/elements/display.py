"""Display elements: ``st.metric``, ``st.badge``, ``st.divider``, ``st.latex``,
``st.html``, ``st.space``, ``st.popover``, ``st.echo`` and ``st.write_stream``
(with what ``st.write`` hands to them, see ``write_handler``).

Values are formatted and validated as Streamlit does; ``AppTest`` sees the
same values (a badge is Markdown ``:blue-badge[...]``, a formula ``$$...$$``).
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import contextvars
import dataclasses
import inspect
import linecache
import numbers
import re
import selectors
import sys
import textwrap
import threading
import time
import types
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..runtime.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitMissingRequiredParameterError, StreamlitValueError
from ..runtime.page_tree import Block, Element
from .icons import validate_icon_or_emoji
from .widget_helpers import (
    check_widget_policies,
    checked_label,
    options_list,
    parse_on_change,
    to_key,
)
from .sizing import validate_height, validate_width
from .data import is_dataframe_like
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

_DELTA_COLORS = ("normal", "inverse", "off", "red", "orange", "yellow", "green", "blue",
                 "violet", "gray", "grey", "primary")
_DELTA_ARROWS = ("auto", "up", "down", "off")
_SPACE_SIZES = ("stretch", "xxsmall", "xsmall", "small", "medium", "large", "xlarge", "xxlarge")
_BUTTON_TYPES = ("primary", "secondary", "tertiary")
#: Chunk types of OpenAI's streaming APIs (Streamlit's patterns), and the
#: Responses API events that carry text.
_OPENAI_CHUNK = re.compile(r"^openai\..+\.ChatCompletionChunk$")
_OPENAI_RESPONSE_EVENT = re.compile(r"^openai\..+\.Response.+Event$")
_OPENAI_TEXT_EVENTS = frozenset({"response.output_text.delta", "response.refusal.delta"})
_LANGCHAIN_CHUNK = "langchain_core.messages.ai.AIMessageChunk"


class StreamingOutput(list):  # type: ignore[type-arg]
    """What ``st.write_stream`` returns when the stream held more than text;
    ``st.write`` of it writes the same elements again (Streamlit's class)."""


def _full_type_name(obj: Any) -> str:
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__}"


def _clean_text(body: Any) -> str:
    return textwrap.dedent(str(body)).strip()


# ------------------------------------------------------------------ metric
def _metric_number(value: Any, parameter: str) -> str:
    """Streamlit's ``from_number``: numbers (NumPy scalars too) as ``str``."""
    if isinstance(value, numbers.Number):
        return str(value)
    item = getattr(value, "item", None)
    if callable(item):
        try:
            scalar = item()
        except Exception:
            scalar = None
        if isinstance(scalar, (int, float)):
            return str(scalar)
    raise StreamlitInvalidParameterTypeError(
        parameter, type(value).__name__, ["int", "float", "Decimal", "NumPy number"],
        detail="Convert the value to a number type.")


def _metric_value(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else _metric_number(value, "value")


def _metric_delta(delta: Any) -> str:
    if delta is None or (isinstance(delta, str) and delta == ""):
        return ""
    return textwrap.dedent(delta) if isinstance(delta, str) else _metric_number(delta, "delta")


def _delta_color_and_direction(delta_color: str, delta: Any) -> tuple[str, str]:
    """Streamlit's ``_determine_delta_color_and_direction``."""
    if delta_color not in _DELTA_COLORS:
        raise StreamlitValueError("delta_color", [f"'{c}'" for c in _DELTA_COLORS])
    if delta is None or (isinstance(delta, str) and delta == ""):
        return "gray", "none"
    if (textwrap.dedent(delta) == "0") if isinstance(delta, str) else bool(delta == 0):
        direction = "none"
    elif textwrap.dedent(str(delta)).startswith("-"):
        direction = "down"
    else:
        direction = "up"
    if delta_color not in ("normal", "inverse", "off"):
        return ("gray" if delta_color == "grey" else delta_color), direction
    if direction == "none" or delta_color == "off":
        return "gray", direction
    good = (direction == "up") == (delta_color == "normal")
    return ("green" if good else "red"), direction


def _chart_values(chart_data: Any) -> list[float]:

    values = []
    for value in options_list(chart_data):
        try:
            values.append(float(value))
        except Exception as error:
            raise StreamlitAPIException(
                "Only numeric values are supported for chart data sequence. The value "
                f"'{value}' is of type {type(value)} and cannot be converted to float.",
                error_id="metric-chart-data-not-numeric") from error
    return values


# ------------------------------------------------------------------- html
def _html_body(body: Any) -> str:
    """Streamlit's ``st.html`` body: an object's ``_repr_html_()``, a file's
    content (CSS wrapped in <style>), or the text."""
    repr_html = getattr(body, "_repr_html_", None)
    if callable(repr_html):
        return str(repr_html())
    if isinstance(body, Path):
        content = body.read_text(encoding="utf-8")
        return f"<style>{content}</style>" if body.suffix.lower() == ".css" else content
    if isinstance(body, str) and len(body) <= 4096 and "<" not in body:
        try:
            if Path(body).is_file():
                return _clean_text(Path(body).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    return _clean_text(body)


# ------------------------------------------------------------------ streams
def _iterate_async(agen: Any) -> Iterator[Any]:
    """Items of an async generator, for a loop that is not async."""
    if sys.platform == "emscripten":  # Pyodide (JupyterLite): no threads
        return _iterate_async_on_this_thread(agen)
    return _iterate_async_on_a_thread(agen)


class _NoDescriptorSelector(selectors.BaseSelector):
    """A selector with nothing to watch: waiting is sleeping."""

    def register(self, fileobj: Any, events: int, data: Any = None) -> selectors.SelectorKey:
        raise OSError("a stream's event loop under Pyodide watches no file descriptor")

    def unregister(self, fileobj: Any) -> selectors.SelectorKey:
        raise KeyError(fileobj)

    def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
        # Not time.sleep: Pyodide's hands the wait to the running event loop
        # (this one, stepped by hand here), which never gets it back. A worker
        # without threads blocks while it waits either way.
        if timeout:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                pass
        return []

    def get_map(self) -> dict:
        return {}


class _ThreadlessLoop(asyncio.SelectorEventLoop):
    """An event loop for timers and coroutines only. Pyodide cannot make the
    socket pair a selector loop wakes itself with, and nothing here needs it:
    no other thread exists to wake the loop."""

    def __init__(self) -> None:
        super().__init__(selector=_NoDescriptorSelector())

    def _make_self_pipe(self) -> None:
        pass

    def _close_self_pipe(self) -> None:
        pass

    def _write_to_self(self) -> None:
        pass


def _iterate_async_on_this_thread(agen: Any) -> Iterator[Any]:
    """Each item awaited on a private event loop on this thread, stepped by
    hand. The kernel's loop and its task (the cell's execution) are set aside
    meanwhile: asyncio refuses to enter a task while another is running on the
    thread, and Pyodide's ``run_until_complete`` does not block."""
    loop = _ThreadlessLoop()
    context = contextvars.copy_context()

    def step(awaitable_factory: Callable[[], Any]) -> Any:
        running = asyncio.events._get_running_loop()
        kernel_task = asyncio.current_task(running) if running is not None else None
        if kernel_task is not None:
            asyncio.tasks._leave_task(running, kernel_task)
        asyncio.events._set_running_loop(loop)
        try:
            task = loop.create_task(awaitable_factory(), context=context)
            while not task.done():
                loop._run_once()
            return task.result()
        finally:
            asyncio.events._set_running_loop(running)
            if kernel_task is not None:
                asyncio.tasks._enter_task(running, kernel_task)

    async def next_item() -> Any:
        return await agen.__anext__()

    async def close() -> None:
        await agen.aclose()

    def items() -> Iterator[Any]:
        try:
            while True:
                try:
                    yield step(next_item)
                except StopAsyncIteration:
                    return
        finally:
            with contextlib.suppress(Exception):
                step(close)
            loop.close()

    return items()


def _iterate_async_on_a_thread(agen: Any) -> Iterator[Any]:
    """Items of an async generator, for a loop that is not async. The
    kernel's own event loop is already running on this thread, so the
    generator runs on a loop of its own in a helper thread, in this run's
    context (so ``st.*`` calls inside it reach the run)."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="st.write_stream", daemon=True)
    thread.start()
    context = contextvars.copy_context()

    def step() -> Any:
        async def next_item() -> Any:
            return await agen.__anext__()
        done: Any = asyncio.run_coroutine_threadsafe(_in_context(next_item, context), loop)
        return done.result()

    try:
        while True:
            try:
                yield step()
            except StopAsyncIteration:
                return
    finally:
        with contextlib.suppress(Exception):
            asyncio.run_coroutine_threadsafe(agen.aclose(), loop).result(timeout=5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        loop.close()


async def _in_context(factory: Callable[[], Any], context: contextvars.Context) -> Any:
    task = asyncio.get_running_loop().create_task(factory(), context=context)
    return await task


def _chunk_text(chunk: Any) -> Any:
    """The text in an OpenAI or LangChain chunk (Streamlit's rules), or the
    chunk itself."""
    type_name = _full_type_name(chunk)
    if _OPENAI_CHUNK.match(type_name):
        try:
            if len(chunk.choices) == 0 or chunk.choices[0].delta is None:
                return ""
            return chunk.choices[0].delta.content or ""
        except AttributeError as error:
            raise StreamlitAPIException(
                "Failed to parse the OpenAI ChatCompletionChunk. The most likely cause is a "
                "change of the chunk object structure due to a recent OpenAI update.",
                error_id="write-stream-openai-chat-parse-failed") from error
    if _OPENAI_RESPONSE_EVENT.match(type_name):
        try:
            return (chunk.delta or "") if chunk.type in _OPENAI_TEXT_EVENTS else ""
        except AttributeError as error:
            raise StreamlitAPIException(
                "Failed to parse the OpenAI Response stream event. The most likely cause is "
                "a change of the event object structure due to a recent OpenAI update.",
                error_id="write-stream-openai-response-parse-failed") from error
    if type_name == _LANGCHAIN_CHUNK:
        return chunk.content or ""
    return chunk



# -------------------------------------------------------------- st.write
def write_handler(dg: "DeltaGenerator", arg: Any,
                  unsafe_allow_html: bool) -> Callable[..., None] | None:
    """What ``st.write`` does with ``arg`` for the kinds this module knows
    (Streamlit's order: after exceptions and data frames, before dicts and
    lists); None when it is not one of them. Figures go to the chart
    commands when streamlit-cell has them."""

    if isinstance(arg, StreamingOutput):
        def replay(dg: "DeltaGenerator", output: StreamingOutput, html: bool) -> None:
            for item in output:
                if callable(item):
                    item()
                else:
                    dg.write(item, unsafe_allow_html=html)
        return replay
    if dg._is_delta_generator(arg):
        return lambda dg, a, _: dg.help(a)
    command = _figure_command(dg, arg)
    if command is not None:
        return lambda dg, a, _: getattr(dg, command)(a)
    if inspect.isgenerator(arg) or inspect.isgeneratorfunction(arg) or \
            inspect.isasyncgenfunction(arg) or inspect.isasyncgen(arg) or \
            _full_type_name(arg).startswith("openai.") and type(arg).__name__ == "Stream":
        return lambda dg, a, _: dg.write_stream(a)
    if inspect.isclass(arg) or isinstance(arg, (types.BuiltinFunctionType, types.FunctionType,
                                                types.MethodType, types.ModuleType)) \
            or dataclasses.is_dataclass(arg) or isinstance(arg, (dict, list, tuple)):
        return None  # help and JSON, as text.py does
    if unsafe_allow_html and callable(getattr(arg, "_repr_html_", None)):
        return lambda dg, a, _: dg.html(a._repr_html_())
    if callable(getattr(arg, "to_pandas", None)) or callable(getattr(arg, "__dataframe__", None)):
        return lambda dg, a, _: dg.dataframe(a)
    return None


def _figure_command(dg: "DeltaGenerator", arg: Any) -> str | None:
    """The chart command Streamlit's ``st.write`` uses for a figure object."""
    type_name = _full_type_name(arg)
    module = type(arg).__module__ or ""
    if module.startswith("altair") and hasattr(arg, "to_dict") and \
            type(arg).__name__.endswith("Chart"):
        command = "altair_chart"
    elif type_name == "matplotlib.figure.Figure":
        command = "pyplot"
    elif module.startswith("plotly.graph_objs") and type(arg).__name__ == "Figure":
        command = "plotly_chart"
    elif type_name in ("graphviz.graphs.Graph", "graphviz.graphs.Digraph",
                       "graphviz.sources.Source", "pydot.core.Dot", "pydot.Dot"):
        command = "graphviz_chart"
    elif module.startswith("sympy") and hasattr(arg, "free_symbols"):
        command = "latex"
    elif module.startswith("PIL.") and hasattr(arg, "getbands"):
        command = "image"
    elif type_name == "pydeck.bindings.deck.Deck":
        command = "pydeck_chart"
    else:
        return None

    return command if hasattr(dg, command) else None


# ----------------------------------------------------------------- mixin
class DisplayMixin(ElementMixin):
    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("metric", "badge", "divider", "latex", "html", "space",
                                 "popover", "echo", "write_stream")

    def metric(self: "DeltaGenerator", label: str, value: Any, delta: Any = None,
               delta_color: str = "normal", *, help: str | None = None,
               icon: str | None = None, label_visibility: str = "visible",
               border: bool = False, width: Any = "stretch", height: Any = "content",
               chart_data: Any = None, chart_type: str = "line", delta_arrow: str = "auto",
               format: Any = None, delta_description: str | None = None) -> "DeltaGenerator":

        label = checked_label(label, label_visibility)
        body = _metric_value(value)
        delta_text = _metric_delta(delta)
        icon = validate_icon_or_emoji(icon)
        color, direction = _delta_color_and_direction(_clean_text(delta_color), delta)
        arrow = _clean_text(delta_arrow)
        if arrow not in _DELTA_ARROWS:
            raise StreamlitValueError("delta_arrow", [f"'{a}'" for a in _DELTA_ARROWS])
        if arrow != "auto":
            direction = {"off": "none", "up": "up", "down": "down"}[arrow]
        chart = _chart_values(chart_data) if chart_data is not None else []
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        return self._enqueue(Element("metric", {
            "body": body, "label": label, "delta": delta_text, "color": color,
            "direction": direction, "help": None if help is None else textwrap.dedent(str(help)),
            "icon": icon, "label_visibility": label_visibility, "border": bool(border),
            "chart_data": chart, "chart_type": chart_type if chart_type in ("bar", "area")
            else "line", "format": format, "delta_description": delta_description,
        }))

    def badge(self: "DeltaGenerator", label: str, *, icon: str | None = None,
              color: str = "blue", width: Any = "content",
              help: str | None = None) -> "DeltaGenerator":
        icon = validate_icon_or_emoji(icon)
        escaped = label.replace("[", "\\[").replace("]", "\\]")
        validate_width(width, allow_content=True)
        return self._enqueue(Element("badge", {
            "body": f":{color}-badge[{icon + ' ' if icon else ''}{escaped}]",
            "text": label, "icon": icon, "color": color,
            "help": None if help is None else textwrap.dedent(str(help)),
        }))

    def divider(self: "DeltaGenerator", *, width: Any = "stretch") -> "DeltaGenerator":
        validate_width(width)
        return self._enqueue(Element("divider", {"body": "---"}))

    def latex(self: "DeltaGenerator", body: Any, *, help: str | None = None,
              width: Any = "stretch") -> "DeltaGenerator":
        if (type(body).__module__ or "").startswith("sympy"):
            import sympy

            body = sympy.latex(body)
        validate_width(width, allow_content=True)
        return self._enqueue(Element("latex", {
            "body": f"$$\n{_clean_text(body)}\n$$",
            "help": textwrap.dedent(str(help)) if help else None,
        }))

    def html(self: "DeltaGenerator", body: Any, *, width: Any = "stretch",
             unsafe_allow_javascript: bool = False) -> "DeltaGenerator":
        """HTML shown as is, sanitised (no scripts, no event handlers) unless
        ``unsafe_allow_javascript=True``, as Streamlit does."""
        content = _html_body(body)
        if content == "":
            raise StreamlitMissingRequiredParameterError("body")
        validate_width(width, allow_content=True)
        if _only_style_tags(content):
            # Streamlit sends style-only HTML to the event container, so it
            # takes no room in the page (and its JavaScript flag is not set).
            return self._event_root()._enqueue(Element("html", {
                "body": content, "unsafe_allow_javascript": False}))
        return self._enqueue(Element("html", {
            "body": content, "unsafe_allow_javascript": bool(unsafe_allow_javascript)}))

    def space(self: "DeltaGenerator", size: Any = "small") -> "DeltaGenerator":
        if not ((isinstance(size, str) and size in _SPACE_SIZES)
                or (isinstance(size, int) and size > 0)):
            raise StreamlitValueError(
                "size", [*(f"'{s}'" for s in _SPACE_SIZES), "a positive integer"],
                detail=f"Got {size!r}.")
        return self._enqueue(Element("space", {"value": size}))

    def popover(self: "DeltaGenerator", label: str, *, type: str = "secondary",
                help: str | None = None, icon: str | None = None, disabled: bool = False,
                use_container_width: bool | None = None, width: Any = "content",
                wrap: bool | None = None, key: Any = None, on_change: Any = "ignore",
                args: Any = None, kwargs: Any = None) -> "PopoverContainer":
        """A button that shows a box of elements. With ``on_change="rerun"``
        or a callback, its open state is a widget value (``.open``)."""

        if label is None:
            raise StreamlitMissingRequiredParameterError("label")
        if use_container_width is not None:
            width = "stretch" if use_container_width else "content"
        if type not in _BUTTON_TYPES:
            raise StreamlitValueError("type", [f"'{t}'" for t in _BUTTON_TYPES])
        if on_change is None:
            raise StreamlitValueError("on_change", ["'rerun'", "'ignore'", "a callback function"])
        callback, _ = parse_on_change(on_change, "on_change", modes=("rerun", "ignore"))
        key = to_key(key)
        label = str(label)
        stateful = on_change != "ignore"
        is_open: bool | None = None
        widget_id = ""
        if stateful:
            check_widget_policies(self, key, callback, default_value=None, writes_allowed=True,
                                  check_callback_rules=callback is not None)
            widget_id = self._widget_id("popover", key, label, dict(
                type=type, help=help, icon=icon, disabled=disabled, width=width), False)
            is_open, _ = self._register_widget_state(
                widget_id, key=key, deserializer=lambda v: bool(v) if v is not None else False,
                on_change=callback, args=args, kwargs=kwargs, disabled=disabled)
        elif key is not None:
            self._widget_id("popover", key, label, {}, False)
        icon_text = validate_icon_or_emoji(icon) if icon is not None else ""
        validate_width(width, allow_content=True)
        block = Block("popover", {
            "label": label, "type": type, "help": help, "icon": icon_text,
            "disabled": bool(disabled), "open": bool(is_open), "stateful": stateful,
        }, id=widget_id, key=key, is_widget=stateful)
        dg = self._add_block(block)
        return PopoverContainer(dg, is_open)

    @contextlib.contextmanager
    def echo(self: "DeltaGenerator", code_location: str = "above") -> Iterator[None]:
        """Show the code of the ``with`` block, then run it (Streamlit's rules:
        the block's statements, dedented; "above" or "below" its output)."""
        if code_location == "below":
            show_code, show_warning = self.code, self.warning
        else:
            placeholder = self.empty()
            show_code, show_warning = placeholder.code, placeholder.warning
        code_text, error = _with_block_source(inspect.currentframe())
        yield
        if code_text is not None:
            show_code(code_text, "python")
        elif error is not None:
            show_warning(error)

    def write_stream(self: "DeltaGenerator", stream: Any, *,
                     cursor: str | None = None) -> list[Any] | str:
        """Write a stream's text as it comes (one Markdown element per run of
        text), other chunks with ``st.write``; return the text, or a list of
        what was written when the stream held more than text."""
        if isinstance(stream, str) or is_dataframe_like(stream):
            raise StreamlitInvalidParameterTypeError(
                "stream", type(stream).__name__, ["generator", "stream-like object"],
                detail="Please use `st.write` instead for this data type.")
        if inspect.isgeneratorfunction(stream) or inspect.isasyncgenfunction(stream):
            stream = stream()
        if inspect.isasyncgen(stream):
            stream = _iterate_async(stream)
        try:
            iter(stream)
        except TypeError as error:
            raise StreamlitAPIException(
                f"The provided input (type: {type(stream)}) cannot be iterated. Please make "
                "sure that it is a generator, generator function or iterable.",
                error_id="write-stream-not-iterable") from error
        written: list[Any] = StreamingOutput()
        slot: DeltaGenerator | None = None
        text = ""

        def flush() -> None:
            nonlocal slot, text
            if text and slot is not None:
                slot._enqueue(Element("write_stream", {"body": text, "streaming": False}))
                written.append(text)
            slot, text = None, ""

        for chunk in stream:
            chunk = _chunk_text(chunk)
            if isinstance(chunk, str):
                if not chunk:
                    continue
                first = slot is None
                if slot is None:
                    slot = self.empty()
                text += chunk
                slot._enqueue(Element("write_stream", {
                    "body": text + ("" if first else cursor or ""), "streaming": True}))
            elif callable(chunk):
                flush()
                chunk()
            else:
                flush()
                self.write(chunk)
                written.append(chunk)
        flush()
        if not written:
            return ""
        if len(written) == 1 and isinstance(written[0], str):
            return written[0]
        return written


def _with_block_source(frame: types.FrameType | None) -> tuple[str | None, str | None]:
    """The source of the ``with st.echo():`` block that called us: the block's
    statements, dedented (Streamlit's AST-based rule). Returns (code, error)."""
    caller = frame
    # Up to the script's frame: past echo, contextlib's __enter__.
    while caller is not None and (caller.f_code.co_filename == __file__
                                  or caller.f_code.co_filename == contextlib.__file__):
        caller = caller.f_back
    if caller is None:
        return None, "Unable to display code. The calling code was not found."
    filename, start_line = caller.f_code.co_filename, caller.f_lineno
    lines = linecache.getlines(filename, caller.f_globals)
    if not lines:
        return None, f"Unable to display code. The source of {filename!r} is not available."
    by_line: dict[int, Any] = {}

    def collect(node: ast.AST) -> None:
        if not hasattr(node, "body"):
            return
        for child in ast.iter_child_nodes(node):
            if hasattr(child, "lineno"):
                by_line[child.lineno] = child
                collect(child)

    collect(ast.parse("".join(lines)))
    block = by_line.get(start_line)
    if block is None or not getattr(block, "body", None):
        return None, "Unable to display code. `st.echo` must be used in a `with` statement."
    first = block.body[0]
    first_line = min([first.lineno] + [d.lineno for d in getattr(first, "decorator_list", [])])
    return textwrap.dedent("".join(lines[first_line - 1:block.end_lineno])), None


class PopoverContainer:
    """What ``st.popover`` returns: a container (``with`` it, or call its
    methods) whose ``open`` is the popover's state when it is tracked
    (``on_change`` set), else None."""

    def __init__(self, dg: "DeltaGenerator", is_open: bool | None) -> None:
        self._dg = dg
        self.open = is_open

    def __getattr__(self, name: str) -> Any:
        return getattr(self._dg, name)

    def __enter__(self) -> "PopoverContainer":
        self._dg.__enter__()
        return self

    def __exit__(self, *exc: Any) -> bool:
        return self._dg.__exit__(*exc)

    def __repr__(self) -> str:
        return f"PopoverContainer(open={self.open!r})"


__all__ = ["DisplayMixin", "PopoverContainer", "StreamingOutput", "write_handler"]


_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_STYLE_ELEMENT = re.compile(r"<style[^>]*>.*?</style>", re.DOTALL | re.IGNORECASE)


def _only_style_tags(content: str) -> bool:
    """Whether the HTML is nothing but ``<style>`` elements and comments
    (Streamlit's rule for what goes to the event container)."""
    return _STYLE_ELEMENT.sub("", _HTML_COMMENT.sub("", content)).strip() == ""
