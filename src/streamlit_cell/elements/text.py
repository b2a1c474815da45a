"""Text elements: headings, markdown, code, JSON, alerts, exceptions, ``st.write``."""

from __future__ import annotations

import array
import collections
import dataclasses
import enum
import inspect
import json
import re
import textwrap
import types
from collections import ChainMap, UserDict, UserList
from collections.abc import ItemsView, KeysView, Mapping, ValuesView
from io import StringIO
from typing import TYPE_CHECKING, Any

from ..runtime.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitValueError
from ..runtime.user_info import UserInfoProxy
from ..runtime.page_tree import Element
from .display import write_handler
from .help_info import help_props
from ..runtime.exception_element import exception_props
from .data import is_dataframe_like
from .icons import extract_leading_icon
from .sizing import check_height, check_icon, check_text_alignment, check_width
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

#: ``st.help()`` with no argument documents the ``streamlit`` module itself.
_STREAMLIT_MODULE: Any = object()

_MEMORY_ADDRESS = re.compile(r"^<.* at 0x[0-9a-fA-F]+>$")


_DIVIDER_COLORS = ("red", "orange", "yellow", "blue", "green", "violet", "gray", "grey",
                   "rainbow")


def _check_heading(anchor: Any, icon: Any, divider: Any, width: Any,
                   text_alignment: Any) -> None:
    if anchor is not None and anchor is not False and not isinstance(anchor, str):
        raise StreamlitInvalidParameterTypeError(
            "anchor", type(anchor).__name__, ["str", "None", "False"])
    check_icon(icon)
    if divider not in (None, False, True) and divider not in _DIVIDER_COLORS:
        raise StreamlitValueError("divider", ["True", *(repr(c) for c in _DIVIDER_COLORS)])
    check_width(width, content=True)
    check_text_alignment(text_alignment)


def _clean_text(body: Any) -> str:
    """Streamlit's ``clean_text``: ``str()`` (so None shows "None"), dedented and
    stripped, so an indented triple-quoted string is not a Markdown code block."""
    text = str(body)
    # One line has nothing to dedent that strip() would not remove anyway.
    return (textwrap.dedent(text) if "\n" in text else text).strip()


def _json_default(value: Any) -> Any:
    """Streamlit's fallback for values JSON cannot encode: sets as lists,
    everything else as its repr."""
    return list(value) if isinstance(value, set) else repr(value)


def _is_namedtuple(value: Any) -> bool:
    return isinstance(value, tuple) and hasattr(value, "_asdict") and hasattr(value, "_fields")


_LIST_LIKE = (list, set, tuple, frozenset, range, map, enumerate, KeysView, ValuesView,
              ItemsView, UserList, collections.deque, enum.EnumMeta, array.array)


def is_custom_dict(obj: object) -> bool:
    """One of Streamlit's own mappings (``st.session_state``, ``st.user``,
    ``st.query_params``, ``st.secrets``, ``st.context.headers``/``cookies``):
    ``st.write`` shows them and ``st.json`` their ``to_dict()`` as JSON.
    Streamlit's test (``type_util.is_custom_dict``) is by module prefix:
    "streamlit" matches this package's classes too, as intended."""
    return (isinstance(obj, Mapping) and type(obj).__module__.startswith("streamlit")
            and callable(getattr(obj, "to_dict", None)))


def to_json_string(body: Any, *, skipkeys: bool = False) -> str:
    """Streamlit's ``st.json`` body: strings as given (JSON or not), other
    objects converted the way it converts them, then ``json.dumps``."""
    if _is_namedtuple(body):
        body = body._asdict()
    if isinstance(body, (ChainMap, types.MappingProxyType, UserDict)):
        body = dict(body)
    if isinstance(body, _LIST_LIKE) and not isinstance(body, str):
        body = list(body)
    if isinstance(body, str):
        return body
    return json.dumps(body, skipkeys=skipkeys, default=_json_default)


class TextMixin(ElementMixin):
    """``st.title`` ... ``st.write``: elements that show text."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS = ("title", "header", "subheader", "markdown", "caption", "text", "code", "write", "json", "exception", "error", "warning", "info", "success", "help",)

    def _enqueue(self, element: Element) -> "DeltaGenerator":  # provided by DeltaGenerator
        raise NotImplementedError

    def _heading(self, kind: str, body: Any, anchor: Any, help: str | None,
                 icon: str | None, divider: Any) -> "DeltaGenerator":
        return self._enqueue(Element(kind, {
            "body": _clean_text(body), "anchor": anchor, "help": help, "icon": icon,
            "divider": divider,
        }))

    def title(self, body: Any, anchor: Any = None, *, help: str | None = None,
              icon: str | None = None, width: Any = "stretch",
              text_alignment: str = "left", wrap: bool = True) -> "DeltaGenerator":
        _check_heading(anchor, icon, False, width, text_alignment)
        return self._heading("title", body, anchor, help, icon, False)

    def header(self, body: Any, anchor: Any = None, *, help: str | None = None,
               icon: str | None = None, divider: Any = False, width: Any = "stretch",
               text_alignment: str = "left", wrap: bool = True) -> "DeltaGenerator":
        _check_heading(anchor, icon, divider, width, text_alignment)
        return self._heading("header", body, anchor, help, icon, divider)

    def subheader(self, body: Any, anchor: Any = None, *, help: str | None = None,
                  icon: str | None = None, divider: Any = False, width: Any = "stretch",
                  text_alignment: str = "left", wrap: bool = True) -> "DeltaGenerator":
        _check_heading(anchor, icon, divider, width, text_alignment)
        return self._heading("subheader", body, anchor, help, icon, divider)

    def markdown(self, body: Any, unsafe_allow_html: bool = False, *,
                 help: str | None = None, width: Any = "auto",
                 text_alignment: str = "left", anchors: bool = True,
                 wrap: bool = True) -> "DeltaGenerator":
        check_width(width, content=True, extra=("auto",))
        check_text_alignment(text_alignment)
        return self._enqueue(Element("markdown", {
            "body": _clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html), "help": help,
        }))

    def caption(self, body: Any, unsafe_allow_html: bool = False, *,
                help: str | None = None, width: Any = "stretch",
                text_alignment: str = "left", wrap: bool = True) -> "DeltaGenerator":
        check_width(width, content=True)
        check_text_alignment(text_alignment)
        return self._enqueue(Element("caption", {
            "body": _clean_text(body), "unsafe_allow_html": bool(unsafe_allow_html), "help": help,
        }))

    def text(self, body: Any, *, help: str | None = None, width: Any = "content",
             text_alignment: str = "left", wrap: bool = True) -> "DeltaGenerator":
        check_width(width, content=True)
        check_text_alignment(text_alignment)
        return self._enqueue(Element("text", {"body": _clean_text(body), "help": help}))

    def code(self, body: Any, language: str | None = "python", *,
             line_numbers: bool = False, wrap_lines: bool = False,
             height: Any = "content", width: Any = "stretch") -> "DeltaGenerator":
        if language is not None and not isinstance(language, str):
            # Streamlit fails in its protobuf code with a TypeError too.
            raise TypeError(f"`language` must be a str or None, not {type(language).__name__} "
                            f"({language!r}).")
        check_height(height)
        check_width(width, content=True)
        return self._enqueue(Element("code", {
            # Streamlit keeps a code block's indentation, dropping only one
            # leading and one trailing newline.
            "body": re.sub(r"\n\Z", "", re.sub(r"\A\n", "", str(body))),
            "language": language, "line_numbers": line_numbers,
        }))

    def json(self, body: object, *, expanded: bool | int = True,
             width: Any = "stretch") -> "DeltaGenerator":
        if is_custom_dict(body):
            is_user = isinstance(body, UserInfoProxy)
            body = dict(body.to_dict())
            if is_user and "tokens" in body:  # never shown, as in Streamlit
                body["tokens"] = dict.fromkeys(body["tokens"], "***")
        try:
            text = to_json_string(body)
        except TypeError as error:
            # Keys JSON cannot encode (e.g. tuples): Streamlit warns and skips them.
            self.warning(
                "Warning: this data structure was not fully serializable as JSON due to "
                f"one or more unexpected keys.  (Error was: {error})")
            text = to_json_string(body, skipkeys=True)
        if not isinstance(expanded, int):  # a bool, or a depth
            raise StreamlitInvalidParameterTypeError(
                "expanded", type(expanded).__name__, ["bool", "int"])
        check_width(width, content=False)
        return self._enqueue(Element("json", {"body": text, "expanded": expanded}))

    def exception(self, exception: BaseException, width: Any = "stretch") -> "DeltaGenerator":
        check_width(width, content=False)
        return self._enqueue(Element("exception", exception_props(exception)))

    def _alert(self, kind: str, body: Any, icon: str | None, title: Any,
               width: Any = "stretch") -> "DeltaGenerator":
        check_icon(icon)
        check_width(width, content=False)
        text = _clean_text(body)
        if icon is None:
            # Streamlit shows a leading emoji or Material icon of the body as
            # the alert's icon, and drops it from the text ("🚨 Down" -> "Down").
            extracted, rest = extract_leading_icon(text)
            if extracted:
                icon, text = extracted, rest
        return self._enqueue(Element(kind, {
            "body": text, "icon": icon, "title": None if title is None else _clean_text(title),
        }))

    def error(self, body: Any, *, icon: str | None = None, width: Any = "stretch",
              title: Any = None) -> "DeltaGenerator":
        return self._alert("error", body, icon, title, width)

    def warning(self, body: Any, *, icon: str | None = None, width: Any = "stretch",
                title: Any = None) -> "DeltaGenerator":
        return self._alert("warning", body, icon, title, width)

    def info(self, body: Any, *, icon: str | None = None, width: Any = "stretch",
             title: Any = None) -> "DeltaGenerator":
        return self._alert("info", body, icon, title, width)

    def success(self, body: Any, *, icon: str | None = None, width: Any = "stretch",
                title: Any = None) -> "DeltaGenerator":
        return self._alert("success", body, icon, title, width)

    def help(self, obj: Any = _STREAMLIT_MODULE, *, width: Any = "stretch") -> "DeltaGenerator":
        check_width(width, content=False)
        if obj is _STREAMLIT_MODULE:
            # `st.help()` documents the `st` module itself, which is built
            # from this one: imported on use, the one way round the cycle.
            from .. import api as obj
        return self._enqueue(Element("help", help_props(obj)))

    def write(self, *args: Any, unsafe_allow_html: bool = False) -> None:
        """Streamlit's ``st.write``: strings (and scalars) are joined into one
        Markdown element; containers, frames, exceptions get their own element."""
        if len(args) == 1 and isinstance(args[0], str):
            self.markdown(args[0], unsafe_allow_html=unsafe_allow_html)
            return
        if not getattr(self, "_is_top_level", True) and len(args) > 1:
            raise StreamlitAPIException(
                "Cannot replace a single element with multiple elements.\n\n"
                "The `write()` method only supports multiple elements when "
                "inserting elements rather than replacing. That is, only "
                "when called as `st.write()` or `st.sidebar.write()`."
            )
        buffer: list[str] = []

        def flush() -> None:
            if buffer:
                self.markdown(" ".join(buffer), unsafe_allow_html=unsafe_allow_html)
                buffer.clear()

        for arg in args:
            # Text and numbers (most st.write calls) are inlined without the checks.
            handler = None if type(arg) in _INLINE_TYPES \
                else _write_handler(self, arg, unsafe_allow_html)
            if handler is None:
                buffer.append(arg if type(arg) is str else _inline_markdown(arg))
            else:
                flush()
                handler(self, arg, unsafe_allow_html)
        flush()


def _inline_markdown(arg: Any) -> str:
    if isinstance(arg, str):
        return arg
    text = str(arg)
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0) if "`" in text else 0
    if "\n" in text:
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{text}\n{fence}"
    fence = "`" * (longest + 1)
    return f"{fence}{text}{fence}"


#: Values ``st.write`` always shows inline; none of the checks of
#: ``_write_handler`` can match them (exact types: a subclass could be
#: anything), so ``write`` does not ask it.
_INLINE_TYPES = frozenset({str, int, float, bool, complex, type(None)})


def _write_handler(dg: "DeltaGenerator", arg: Any, unsafe_allow_html: bool = False) -> Any:
    """The element ``st.write`` (on ``dg``) uses for ``arg`` (not of an
    ``_INLINE_TYPES`` type), or None to inline it as text."""
    if isinstance(arg, str):
        return None
    if isinstance(arg, BaseException):
        return lambda dg, a, _: dg.exception(a)
    if is_dataframe_like(arg):
        return lambda dg, a, _: dg.dataframe(a)
    # Streams, figures, other frame-likes: Streamlit's order is kept there.
    display_handler = write_handler(dg, arg, unsafe_allow_html)
    if display_handler is not None:
        return display_handler
    if is_custom_dict(arg) or isinstance(arg, (
        dict, list, map, enumerate, types.MappingProxyType, UserDict, ChainMap,
        UserList, ItemsView, KeysView, ValuesView,
    )) or (isinstance(arg, tuple) and hasattr(arg, "_fields")):
        return lambda dg, a, _: dg.json(a)
    if isinstance(arg, StringIO):
        return lambda dg, a, html: dg.markdown(a.getvalue(), unsafe_allow_html=html)
    if inspect.isclass(arg) or inspect.isfunction(arg) or inspect.ismodule(arg) \
            or inspect.ismethod(arg) or inspect.isbuiltin(arg) \
            or (dataclasses.is_dataclass(arg)):
        return lambda dg, a, _: dg.help(a)
    if _MEMORY_ADDRESS.match(str(arg)):
        return lambda dg, a, _: dg.help(a)
    return None
