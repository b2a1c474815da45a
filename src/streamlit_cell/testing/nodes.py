"""The nodes of an ``AppTest``'s element tree, with the class names, methods
and attributes of ``streamlit.testing.v1.element_tree`` (1.67).

Nodes read the emulation's page tree (``runtime.page_tree``); there is no
protobuf. ``node.proto`` answers Streamlit's protobuf field names
(``proto_fields``) over the element's props; nodes compare with ``==`` and
are unhashable as Streamlit's dataclasses; ``get_widget_states`` gives a
protobuf-like ``WidgetStates`` (``widget_states``).

Interaction model (Streamlit's): ``set_value``/``click`` are staged on the
element and sent with the next ``run()``; a click is True for that run only;
a form widget's staged value is sent only when a submit button of its form is
clicked in the same ``run()``; after a ``clear_on_submit`` form is submitted,
its next submit sends the widgets' defaults unless they were set again.
"""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ..elements.file_widgets import UploadedFile, as_uploaded_files, enforce_filename_restriction
from ..elements.data_editor import needs_string_fix
from ..elements.icons import split_option_icon
from ..runtime.errors import StreamlitAPIException
from ..runtime.element_props import JsonProps, PaginationProps
from ..runtime.page_tree import TRANSIENT_CLEARED
from ..runtime.page_tree import Block as PageBlock
from ..runtime.page_tree import Element as PageElement
from ..runtime.state import WIDGET_DEFAULT
from .proto_fields import proto_fields
from .widget_states import (
    Message,
    WidgetState,
    WidgetStates,
    datetime_string,
    file_uploader_state,
    four_digit_date,
    micros,
    time_string,
)

if TYPE_CHECKING:
    from .app_test import AppTest

_UNSET = object()
T = TypeVar("T")


class AppTestError(builtins.Exception):
    """An interaction a person could not perform (e.g. on a disabled widget)."""


class InitialValue:
    """Marks a widget whose value was not set by the test (Streamlit's name)."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, InitialValue)

    __hash__ = None  # type: ignore[assignment]  # a dataclass with eq, as Streamlit's

    def __repr__(self) -> str:
        return "InitialValue()"


#: Element types that Streamlit's AppTest names after its protobuf blocks.
_APPTEST_TYPES = {"container": "flex_container", "columns": "flex_container",
                  "pills": "button_group", "segmented_control": "button_group",
                  "data_editor": "dataframe",
                  "tabs": "tab_container", "help": "help_info",
                  # Markdown elements in Streamlit's protobuf; the bottom
                  # container is a block without a type there.
                  "badge": "markdown", "write_stream": "markdown", "bottom": "unknown",
                  # st.mermaid_chart is a Markdown element in Streamlit.
                  "mermaid_chart": "markdown",
                  "datetime_input": "date_time_input", "grid": "grid_container",
                  "grid_cell": "flex_container"}

#: Elements of the page chrome, which Streamlit's AppTest tree does not show.
_NOT_IN_TREE = {TRANSIENT_CLEARED, "logo"}


#: The fields Streamlit's node dataclasses compare in ``==`` (its
#: ``dataclasses.fields(cls)`` with ``compare=True``), in order, by class
#: name: ``tests/core/test_apptest_equality.py`` checks them against it.
_EQ_FIELDS: dict[str, tuple[str, ...]] = {
    "Element": ("type", "proto", "root", "key"),
    "Widget": ("type", "proto", "root", "key", "id", "disabled", "_value"),
    "Block": ("type", "children", "proto", "root", "_block_id"),
    "ElementTree": ("type", "children", "proto", "root", "_block_id", "_runner"),
    **{name: ("type", "proto", "root", "key", "allow_html")
       for name in ("Markdown", "Caption", "Divider", "Latex")},
    **{name: ("type", "proto", "root", "key", "tag", "anchor", "hide_anchor")
       for name in ("HeadingBase", "Title", "Header", "Subheader")},
    **{name: ("type", "proto", "root", "key", "icon")
       for name in ("AlertBase", "Error", "Warning", "Info", "Success", "Toast")},
    **{name: ("type", "proto", "root", "key")
       for name in ("Text", "Dataframe", "Html", "Image", "LinkButton", "PageLink",
                    "Progress", "Table", "UnknownElement")},
    "Code": ("type", "proto", "root", "key", "language", "show_line_numbers"),
    "Exception": ("type", "proto", "root", "key", "message", "is_markdown", "stack_trace",
                  "is_warning"),
    "Help": ("type", "proto", "root", "key", "name"),
    "Json": ("type", "proto", "root", "key", "expanded"),
    "Metric": ("type", "proto", "root", "key", "label", "delta", "color", "help"),
    "Space": ("type", "proto", "root", "key", "size"),
    **{name: ("type", "proto", "root", "key", "id", "disabled", "_value", "label", "help",
              "form_id")
       for name in ("Button", "DownloadButton", "Checkbox", "ColorPicker", "Toggle")},
    **{name: ("type", "proto", "root", "key", "id", "disabled", "_value", "_files", "label",
              "help", "form_id", extra)
       for name, extra in (("AudioInput", "sample_rate"), ("CameraInput", "resolution"))},
    "FileUploader": ("type", "proto", "root", "key", "id", "disabled", "_value", "_files",
                     "label", "help", "form_id"),
    "ButtonGroup": ("type", "proto", "root", "key", "id", "disabled", "_value", "options",
                    "form_id"),
    "ChatInput": ("type", "proto", "root", "key", "id", "disabled", "_value", "_files",
                  "placeholder"),
    "DateInput": ("type", "proto", "root", "key", "id", "disabled", "_value", "label", "min",
                  "max", "is_range", "help", "form_id"),
    "DateTimeInput": ("type", "proto", "root", "key", "id", "disabled", "_value", "label",
                      "format", "min", "max", "step", "help", "form_id"),
    "Feedback": ("type", "proto", "root", "key", "id", "disabled", "_value", "form_id"),
    "MenuButton": ("type", "proto", "root", "key", "id", "disabled", "_value", "label",
                   "options", "help"),
    "Multiselect": ("type", "proto", "root", "key", "id", "disabled", "_value", "label",
                    "options", "max_selections", "help", "form_id"),
    "NumberInput": ("type", "proto", "root", "key", "id", "disabled", "_value", "label", "min",
                    "max", "step", "help", "form_id"),
    "Pagination": ("type", "proto", "root", "key", "id", "disabled", "_value", "form_id",
                   "num_pages", "default"),
    "Radio": ("type", "proto", "root", "key", "id", "disabled", "_value", "label", "options",
              "horizontal", "help", "form_id"),
    "SelectSlider": ("type", "proto", "root", "key", "id", "disabled", "_value", "label",
                     "data_type", "options", "help", "form_id"),
    "Selectbox": ("type", "proto", "root", "key", "id", "disabled", "_value", "label",
                  "options", "help", "form_id"),
    "Slider": ("type", "proto", "root", "key", "id", "disabled", "_value", "label",
               "data_type", "min", "max", "step", "help", "form_id"),
    "TextArea": ("type", "proto", "root", "key", "id", "disabled", "_value", "label",
                 "max_chars", "placeholder", "help", "form_id"),
    "TextInput": ("type", "proto", "root", "key", "id", "disabled", "_value", "label",
                  "max_chars", "autocomplete", "placeholder", "help", "form_id"),
    "TimeInput": ("type", "proto", "root", "key", "id", "disabled", "_value", "label", "step",
                  "help", "form_id"),
    "SpecialBlock": ("type", "children", "proto", "root", "_block_id"),
    "ChatMessage": ("type", "children", "proto", "root", "_block_id", "name", "avatar"),
    "Column": ("type", "children", "proto", "root", "_block_id", "weight", "gap"),
    "Expander": ("type", "children", "proto", "root", "_block_id", "icon", "label"),
    "Status": ("type", "children", "proto", "root", "_block_id", "icon", "label"),
    "Tab": ("type", "children", "proto", "root", "_block_id", "label"),
    "Grid": ("type", "children", "proto", "root", "_block_id", "column_count", "wrap",
             "border", "row_height", "min_column_width", "gap", "vertical_alignment", "dense",
             "width", "height"),
}

#: A field a node does not hold (e.g. ``_files`` of a widget that stages
#: files in ``_value``): equal to itself, as Streamlit's unset marker.
_NO_FIELD = object()


def _eq_fields(cls: type) -> tuple[str, ...]:
    """The compared fields of ``cls``: its own entry, else its nearest base's
    (the emulation's extra classes, like ``DataEditor``, compare as their base)."""
    for base in cls.__mro__:
        fields = _EQ_FIELDS.get(base.__name__)
        if fields is not None and base.__module__ == __name__:
            return fields
    return ("type", "proto", "root", "key")


def _field_values(node: "Node", names: tuple[str, ...]) -> tuple[Any, ...]:
    # Private fields may be absent on ours; public ones read as Streamlit's
    # (an attribute, else a proto field; a missing one raises AttributeError).
    return tuple(getattr(node, name, _NO_FIELD) if name.startswith("_") else getattr(node, name)
                 for name in names)


def _key_part(key: str | None) -> str:
    return f" (key={key!r})" if key else ""


class Node:
    """What elements and blocks share: ``type``, ``key``, ``proto``, ``root``
    (the ``ElementTree``) and ``run()``. Streamlit's ``Node`` is the union
    ``Element | Block``; here it is their common base, so ``isinstance``
    works the same way."""

    type: str
    key: str | None
    proto: Any
    root: "ElementTree"

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        self._element = element
        self.root = root
        self.type = _APPTEST_TYPES.get(element.type, element.type)
        self.id = element.id
        self.key = element.key
        # ``proto`` is made on first use (see __getattr__): most tests never
        # read it, and a tree is built on every run.

    # Streamlit's nodes are dataclasses (eq=True, not frozen): ``==``
    # compares their fields as a tuple (type, proto, root, key, ...), and
    # they are unhashable. Nodes of two runs have different roots: comparing
    # the roots raises AttributeError there (the root has no ``proto``).
    __hash__ = None  # type: ignore[assignment]

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = _eq_fields(type(self))
        return _field_values(self, names) == _field_values(other, names)  # type: ignore[arg-type]

    @property
    def _app(self) -> "AppTest":
        return self.root._runner  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, value={getattr(self, 'value', None)!r})"

    @property
    def value(self) -> Any:
        props = self._element.props
        for name in ("body", "value", "data"):
            if name in props:
                return props[name]
        return None

    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Run the app again with the values staged on its widgets."""
        return self._app.run(timeout=timeout)

    def __getattr__(self, name: str) -> Any:
        # As Streamlit's nodes: other attributes are the element's (proto) fields.
        if name == "proto":
            if isinstance(self, ElementTree):  # as Streamlit's root: no proto
                raise AttributeError("'ElementTree' object has no attribute 'proto'")
            proto = self.__dict__["proto"] = _Proto(self.__dict__["_element"])
            return proto
        if name.startswith("__") or name in ("_element", "root"):
            raise AttributeError(name)
        if name in ("set_value", "click") and not isinstance(self, Block):
            def unsupported_interaction(*_args: Any, **_kwargs: Any) -> None:
                self._raise_unsupported_interaction(name)
            return unsupported_interaction
        try:
            return self.__dict__["_element"].props[name]
        except KeyError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'") from None

    def _raise_unsupported_interaction(self, method: str) -> None:
        if isinstance(self, Widget):
            raise AppTestError(
                f"{method}() is not supported for {self.type}{_key_part(self.key)}. Use "
                "set_value() or one of this widget's typed interaction methods.")
        raise AppTestError(
            f"{method}() is not supported for {self.type}{_key_part(self.key)}. AppTest can "
            "inspect this element but does not implement interactions for it. Set its "
            "value through at.session_state if it has a key, or use a Playwright e2e test.")


class _Proto:
    """What ``node.proto`` reads: Streamlit's protobuf fields of the element
    under their names (``at.button[0].proto.type``, ``.proto.options``,
    ``.proto.default``: see ``proto_fields``), over the element's own props
    (for kinds and fields Streamlit's protobuf does not name the same way).

    Two views are equal when their fields are, as protobuf messages are
    (callables, which a rerun makes anew, compare by kind)."""

    def __init__(self, element: PageElement) -> None:
        self.__dict__.update(element.props)
        if element.is_widget:  # (other elements' ids are positions, not proto fields)
            self.id = element.id
            self.form_id = element.form_id
        self.__dict__.update(proto_fields(element))

    __hash__ = None  # type: ignore[assignment]  # protobuf messages are unhashable

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Proto):
            return NotImplemented
        mine, theirs = self.__dict__, other.__dict__
        if mine.keys() != theirs.keys():
            return False
        return all(_same_field(mine[name], theirs[name]) for name in mine)

    def __repr__(self) -> str:
        return f"Proto({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"


def _same_field(a: Any, b: Any) -> bool:
    """Field equality as a protobuf compares serialized data: callables by
    kind, array-likes (DataFrames...) by content."""
    if a is b:
        return True
    if callable(a) and callable(b) and not isinstance(a, type) and not isinstance(b, type):
        return type(a) is type(b)
    try:
        return bool(a == b)
    except (ValueError, TypeError):  # an array-like whose == is elementwise
        equals = getattr(a, "equals", None)
        return bool(equals(b)) if callable(equals) else repr(a) == repr(b)


# --------------------------------------------------------------- elements
class Element(Node):
    """A leaf of the tree (text, widget, chart...)."""

    def __iter__(self) -> Iterator["Element"]:
        yield self


class UnknownElement(Element):
    """An element AppTest has no dedicated class for (charts, media...)."""


def _text(props: dict[str, Any], name: str) -> str:
    """A string field as Streamlit's protobuf gives it: "" when unset."""
    value = props.get(name)
    return "" if value is None or value is False else str(value)


class Text(Element):
    """``st.text``. Also the base the emulation's older code uses for other
    text-like elements (``icon`` is kept for them)."""

    @property
    def value(self) -> str:
        return str(self._element.props.get("body", ""))

    @property
    def icon(self) -> str | None:
        return self._element.props.get("icon")


class Markdown(Element):
    """``st.markdown`` (and ``st.badge``, ``st.write_stream`` output)."""

    allow_html: bool

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.allow_html = bool(element.props.get("unsafe_allow_html"))

    @property
    def value(self) -> str:
        return str(self._element.props.get("body", ""))

    @property
    def is_caption(self) -> bool:
        return self._element.type == "caption"


class Caption(Markdown):
    """``st.caption``."""


class Divider(Markdown):
    """``st.divider``."""


class Latex(Markdown):
    """``st.latex``."""


class HeadingBase(Element):
    """``st.title``/``st.header``/``st.subheader``: ``tag`` is h1/h2/h3;
    ``anchor`` is "" unless one was given; ``hide_anchor`` for
    ``anchor=False``."""

    tag: str
    anchor: str | None
    hide_anchor: bool
    _TAG = "h1"

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.tag = self._TAG
        anchor = element.props.get("anchor")
        self.hide_anchor = anchor is False
        self.anchor = _text(element.props, "anchor")

    @property
    def value(self) -> str:
        return str(self._element.props.get("body", ""))

    @property
    def icon(self) -> str:
        return _text(self._element.props, "icon")


class Title(HeadingBase):
    _TAG = "h1"


class Header(HeadingBase):
    _TAG = "h2"


class Subheader(HeadingBase):
    _TAG = "h3"


class Code(Element):
    """``st.code``."""

    language: str
    show_line_numbers: bool

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.language = _text(element.props, "language")
        self.show_line_numbers = bool(element.props.get("line_numbers"))

    @property
    def value(self) -> str:
        return str(self._element.props.get("body", ""))


class AlertBase(Element):
    """``st.error``/``warning``/``info``/``success``."""

    icon: str

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.icon = _text(element.props, "icon")

    @property
    def value(self) -> str:
        return str(self._element.props.get("body", ""))


class Error(AlertBase):
    pass


class Warning(AlertBase):  # noqa: A001 - Streamlit's name
    pass


class Info(AlertBase):
    pass


class Success(AlertBase):
    pass


class Toast(Element):
    """``st.toast``."""

    icon: str

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.icon = _text(element.props, "icon")

    @property
    def value(self) -> str:
        return str(self._element.props.get("body", ""))


class Json(Element):
    """``st.json``: ``value`` is the JSON text."""

    expanded: bool

    @property
    def _props(self) -> JsonProps:
        return cast(JsonProps, self._element.props)

    @property
    def value(self) -> str:
        return self._props["body"]

    @property
    def expanded(self) -> Any:  # type: ignore[override]
        return self._element.props.get("expanded")


class Exception(Element):  # noqa: A001 - Streamlit's name
    """``st.exception`` and an uncaught error of the script."""

    message: str
    is_markdown: bool
    stack_trace: list[str]
    is_warning: bool

    @property
    def message(self) -> str:  # type: ignore[override]
        return self._element.props["message"]

    @property
    def is_markdown(self) -> bool:  # type: ignore[override]
        return bool(self._element.props.get("message_is_markdown"))

    @property
    def value(self) -> str:
        return self.message

    @property
    def stack_trace(self) -> list[str]:  # type: ignore[override]
        return list(self._element.props["stack_trace"])

    @property
    def is_warning(self) -> bool:  # type: ignore[override]
        return bool(self._element.props.get("is_warning"))


#: Streamlit's protobuf numbers of metric colors (``Metric.color`` is that number).
_METRIC_COLORS = {"red": 0, "green": 1, "gray": 2, "grey": 2, "orange": 3, "yellow": 4,
                  "blue": 5, "violet": 6, "primary": 7}


class Metric(Element):
    """``st.metric``: ``value`` and ``delta`` as displayed text."""

    label: str
    delta: str
    color: Any
    help: str

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        props = element.props
        self.label = _text(props, "label")
        self.delta = _text(props, "delta")
        color = props.get("color")
        # Streamlit exposes its protobuf enum number here; so do we.
        self.color = _METRIC_COLORS.get(str(color).lower(), color)
        self.help = _text(props, "help")

    @property
    def value(self) -> str:
        return _text(self._element.props, "body")


class Progress(Element):
    """``st.progress``: ``value`` is a percentage (0-100), as in Streamlit."""

    @property
    def value(self) -> int:
        raw = self._element.props.get("value", 0)
        return int(round(raw * 100)) if isinstance(raw, float) else int(raw)

    @property
    def text(self) -> str:
        return _text(self._element.props, "text")


class Html(Element):
    @property
    def value(self) -> str:
        return str(self._element.props.get("body", ""))


class Help(Element):
    """``st.help``: ``value`` is the object's name when it has one."""

    name: str

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.name = _text(element.props, "name")

    @property
    def doc_string(self) -> str:
        return _text(self._element.props, "doc_string")

    @property
    def value(self) -> str:
        """The name the script wrote when the object has no readable value
        (a callable, a class...), else its value, as Streamlit's ``Help.value``."""
        props = self._element.props
        raw = _text(props, "value")
        if self.name and (not raw or props.get("value_is_signature", False)):
            return self.name
        return raw


class Space(Element):
    """``st.space``: ``value`` is the size."""

    size: Any

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.size = element.props.get("value", element.props.get("size"))

    @property
    def value(self) -> Any:
        return self.size


def _as_sent_frame(data: Any) -> Any:
    """A data frame as Streamlit's tester reads it back: serialised to Arrow
    (mixed columns made text first, where Arrow refuses them) and read again,
    so column types are Arrow's (an object column of strings reads as text,
    one of floats as float64). Without pyarrow, the frame as it is."""
    try:
        import pandas as pd
        import pyarrow as pa
    except ImportError:
        return data
    if not isinstance(data, pd.DataFrame):
        return data
    refused = (pa.ArrowTypeError, pa.ArrowInvalid, pa.ArrowNotImplementedError)
    try:
        table = pa.Table.from_pandas(data)
    except refused:
        fixed = data.copy()
        for name in fixed.columns:
            if needs_string_fix(fixed[name]):
                fixed[name] = fixed[name].astype("string")
        try:
            table = pa.Table.from_pandas(fixed)
        except refused:
            return data
    return table.to_pandas()


class Table(Element):
    @property
    def value(self) -> Any:
        return _as_sent_frame(self._element.props["data"])


class Dataframe(Element):
    """``st.dataframe`` and ``st.data_editor`` (``editing_mode`` tells them
    apart: "read_only" for ``st.dataframe``)."""

    @property
    def value(self) -> Any:
        return _as_sent_frame(self._element.props["data"])

    @property
    def editing_mode(self) -> str:
        return self._element.props.get("editing_mode", "read_only")

    def _raise_unsupported_interaction(self, method: str) -> None:
        if self.editing_mode == "read_only":
            super()._raise_unsupported_interaction(method)
        note = (" Assign the edit state (edited_rows, added_rows, deleted_rows) on "
                "at.session_state before run()." if self.key else " Use a Playwright e2e test.")
        raise AppTestError(
            f"{method}() is not supported for data_editor{_key_part(self.key)}. AppTest can "
            "read the table and editing_mode, but it does not apply cell edits through "
            f"{method}().{note}")


class DataEditor(Dataframe):
    """``st.data_editor`` (a ``Dataframe`` node, as in Streamlit)."""


class Image(Element):
    """``st.image`` / ``st.pyplot``: the images' URLs (a data URL for bytes)
    and captions."""

    @property
    def value(self) -> list[str]:
        return [item.src for item in self._element.props["imgs"]]

    @property
    def captions(self) -> list[str]:
        return [item.caption or "" for item in self._element.props["imgs"]]


class LinkButton(Element):
    """``st.link_button``: read-only (it neither opens URLs nor clicks)."""

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.label = element.props.get("label", "")

    @property
    def value(self) -> str:
        return self.label

    def _raise_unsupported_interaction(self, method: str) -> None:
        raise AppTestError(
            f"{method}() is not supported for link_button{_key_part(self.key)}. AppTest does "
            "not open URLs or trigger on_click. Use a Playwright e2e test.")


class PageLink(Element):
    """``st.page_link``: ``value`` is the label."""

    @property
    def value(self) -> str:
        return _text(self._element.props, "label")

    def __repr__(self) -> str:
        return "PageLink()"  # as Streamlit's: its fields are hidden from repr

    def _raise_unsupported_interaction(self, method: str) -> None:
        raise AppTestError(
            f"{method}() is not supported for page_link. Switch pages with "
            "AppTest.switch_page(page_path).")


# ---------------------------------------------------------------- widgets
class Widget(Element):
    """An input widget: staged values are sent with the next run."""

    id: str
    disabled: bool
    key: str | None
    label: str
    help: str
    form_id: str

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self._value: Any = _UNSET
        props = element.props
        self.label = props.get("label", "")
        # Streamlit's protobuf strings: "" when no help was given.
        self.help = _text(props, "help")
        self.disabled = bool(props.get("disabled"))
        self.form_id = element.form_id or ""

    def _assert_can_interact(self) -> None:
        if self.disabled:
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{_key_part(self.key)}. "
                "A browser user cannot interact with a disabled widget.")

    def set_value(self, v: Any) -> Any:
        """Stage ``v`` as the widget's value for the next ``run()``."""
        self._assert_can_interact()
        self._value = v
        return self

    @property
    def has_pending_value(self) -> bool:
        return self._value is not _UNSET

    @property
    def value(self) -> Any:
        if self._value is not _UNSET:
            return self._value
        return self._app._session[self.id]

    def _state_value(self) -> Any:
        """The value sent for this widget with the next run."""
        return self.value


class Button(Widget):
    """``st.button`` and ``st.form_submit_button``: True for the run after a click."""

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self._value = False

    @property
    def value(self) -> bool:
        if self._value:
            return True
        return bool(self._app._trigger_values.get(self.id, False))

    @property
    def has_pending_value(self) -> bool:
        return bool(self._value)

    def _state_value(self) -> bool:
        return bool(self._value)

    def set_value(self, v: bool) -> Any:
        return super().set_value(v)

    def click(self) -> Any:
        """Press the button: True for the next run only."""
        return self.set_value(True)


class DownloadButton(Button):
    """``st.download_button``."""


class ChatInput(Widget):
    """``st.chat_input``: the text set is submitted with the next run, and is
    the value for that run only."""

    placeholder: str

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        del self.label  # Streamlit's chat input has a placeholder, no label
        self.placeholder = _text(element.props, "placeholder")
        #: Files staged by upload() (None: cleared), sent with the next run only.
        self._files: list[UploadedFile] | None | object = _UNSET

    def set_value(self, v: str | None) -> "ChatInput":
        return super().set_value(v)

    def _assert_accepts_files(self) -> None:
        if self._element.props.get("accept_file"):
            return
        raise AppTestError(
            f"st.chat_input{_key_part(self.key)} does not accept files. Pass accept_file=True, "
            "'multiple', or 'directory'.")

    def upload(self, filename: str, content: bytes,
               mime_type: str = "application/octet-stream") -> "ChatInput":
        """Stage one file for the next submit: ``accept_file=True`` replaces a
        staged file, ``"multiple"``/``"directory"`` add to them. Sent once."""
        self._assert_can_interact()
        self._assert_accepts_files()
        if not isinstance(filename, str) or filename == "":
            raise AppTestError(
                f"st.chat_input file names must be a non-empty string. Got {filename!r}.")
        if not isinstance(content, bytes):
            raise AppTestError(
                f"st.chat_input file content must be bytes. Got {type(content).__name__}.")
        if not isinstance(mime_type, str) or mime_type == "":
            raise AppTestError(
                f"st.chat_input file MIME types must be a non-empty string. Got {mime_type!r}.")
        allowed = list(self._element.props.get("file_types") or [])
        if allowed:
            try:
                enforce_filename_restriction(filename, allowed)
            except StreamlitAPIException as error:
                raise AppTestError(str(error)) from error
        file = UploadedFile(content, filename, mime_type)
        if self._element.props.get("accept_file") in ("multiple", "directory"):
            self._files = [*(self._files if isinstance(self._files, list) else []), file]
        else:
            self._files = [file]
        return self

    def clear(self) -> "ChatInput":
        """Remove the files staged for the next submit (the text stays)."""
        self._assert_can_interact()
        self._assert_accepts_files()
        self._files = None
        return self

    @property
    def value(self) -> Any:
        if self._value is not _UNSET and self._value is not None:
            return self._value
        return self._app._trigger_values.get(self.id)

    def _state_value(self) -> Any:
        files = self._files if isinstance(self._files, list) else []
        text = None if self._value is _UNSET else self._value
        if not files:
            return text
        # A submit with files always carries the text ("" if none was typed).
        return {"text": text or "", "files": list(files)}


class Checkbox(Widget):
    """``st.checkbox``."""

    def set_value(self, v: bool) -> "Checkbox":
        return super().set_value(v)

    def check(self) -> "Checkbox":
        return self.set_value(True)

    def uncheck(self) -> "Checkbox":
        return self.set_value(False)


class Toggle(Widget):
    """``st.toggle`` (no check/uncheck in Streamlit's AppTest: ``set_value``)."""

    def set_value(self, v: bool) -> "Toggle":
        return super().set_value(v)


class ColorPicker(Widget):
    """``st.color_picker``."""

    def set_value(self, v: str) -> "ColorPicker":
        return super().set_value(v)

    def pick(self, v: str) -> "ColorPicker":
        """Choose a color; a missing leading "#" is added, as in Streamlit."""
        if not v.startswith("#"):
            v = f"#{v}"
        return self.set_value(v)


def _as_float(value: Any) -> Any:
    # Streamlit's protobuf holds numeric bounds as doubles.
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        else value


class NumberInput(Widget):
    """``st.number_input``: ``min``/``max`` None when unbounded."""

    min: Any
    max: Any
    step: Any

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        props = element.props
        self.min = _as_float(props.get("min_value"))
        self.max = _as_float(props.get("max_value"))
        self.step = _as_float(props.get("step") or 1)

    def set_value(self, v: Any) -> "NumberInput":
        return super().set_value(v)

    def increment(self) -> "NumberInput":
        """One step up, capped at ``max``. As Streamlit's: the step is a
        float (5 + 2 gives 7.0) and a ``max`` of 0 does not cap."""
        if self.value is None:
            return self
        return self.set_value(min(self.value + self.step, self.max or float("inf")))

    def decrement(self) -> "NumberInput":
        """One step down, capped at ``min`` (a ``min`` of 0 does not cap,
        as in Streamlit)."""
        if self.value is None:
            return self
        return self.set_value(max(self.value - self.step, self.min or float("-inf")))


class _TextWidget(Widget):
    max_chars: int
    placeholder: str

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.max_chars = int(element.props.get("max_chars") or 0)
        self.placeholder = _text(element.props, "placeholder")

    def set_value(self, v: str | None) -> Any:
        return super().set_value(v)

    def input(self, v: str) -> Any:
        """Type ``v``; as in Streamlit, text longer than ``max_chars`` is
        ignored (the widget keeps its value) rather than truncated."""
        if self.max_chars and len(v) > self.max_chars:
            return self
        return self.set_value(v)


class TextInput(_TextWidget):
    """``st.text_input``."""

    autocomplete: str

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.autocomplete = _text(element.props, "autocomplete")

    def set_value(self, v: str | None) -> "TextInput":
        return super().set_value(v)

    def input(self, v: str) -> "TextInput":
        return super().input(v)


class TextArea(_TextWidget):
    """``st.text_area``."""

    def set_value(self, v: str | None) -> "TextArea":
        return super().set_value(v)

    def input(self, v: str) -> "TextArea":
        return super().input(v)


#: The emulation's older name of the text widgets' base.
TextWidget = _TextWidget


def _format(format_func: Callable[[Any], Any], value: Any) -> str:
    try:
        return str(format_func(value))
    except builtins.Exception:
        if isinstance(value, str):
            return value
        raise


class _Choice(Widget):
    """Widgets choosing among ``options`` (their labels, as displayed)."""

    options: list[str]

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.options = list(element.props.get("option_labels", []))

    @property
    def format_func(self) -> Callable[[Any], Any]:
        """The widget's ``format_func`` (a label of each option value)."""
        props = self._element.props
        func = props.get("format_func")
        if func is not None:
            return func
        labels = dict(zip(map(_hashable, props.get("options", [])), self.options))
        return lambda v: labels.get(_hashable(v), str(v))

    def _checked_label(self, value: Any) -> str:
        # As Streamlit: a value that is not among the options fails at run().
        label = _format(self.format_func, value)
        if label not in self.options:
            raise ValueError(f"{label!r} is not in list")
        return label

    def _as_sent(self, value: Any) -> Any:
        """A staged value as the app receives it. Streamlit's tester sends the
        value's label (``format_func(value)``) and the app maps the label back
        to the first option showing it, so a label set by a test ("Female" for
        the option "female" shown capitalised) chooses that option; a label of
        no option stays (a new option where those are accepted)."""
        label = _format(self.format_func, value)
        if label in self.options:
            return self._element.props["options"][self.options.index(label)]
        if self._element.props.get("accept_new_options") and isinstance(value, str):
            return label
        return value


def _hashable(value: Any) -> Any:
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


class _SingleChoice(_Choice):
    @property
    def index(self) -> int | None:
        value = self.value
        if value is None:
            return None
        if not self.options:
            return 0
        return self.options.index(_format(self.format_func, value))

    def set_value(self, v: Any) -> Any:
        return super().set_value(v)

    def _state_value(self) -> Any:
        value = self.value
        if value is None or not self.has_pending_value:
            return value
        if not self._element.props.get("accept_new_options"):
            self._checked_label(value)
        return self._as_sent(value)


class Radio(_SingleChoice, Generic[T]):
    """``st.radio``."""

    horizontal: bool

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.horizontal = bool(element.props.get("horizontal"))

    def set_value(self, v: T | None) -> "Radio[T]":
        return super().set_value(v)


class Selectbox(_SingleChoice, Generic[T]):
    """``st.selectbox``."""

    def set_value(self, v: T | None) -> "Selectbox[T]":
        return super().set_value(v)

    def select(self, v: T | None) -> "Selectbox[T]":
        return self.set_value(v)

    def select_index(self, index: int | None) -> "Selectbox[T]":
        """Choose the option at ``index`` (None clears the choice)."""
        if index is None:
            return self.set_value(None)
        return self.set_value(self._element.props["options"][index])


class Multiselect(_Choice, Generic[T]):
    """``st.multiselect``."""

    max_selections: int

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.max_selections = int(element.props.get("max_selections") or 0)

    @property
    def indices(self) -> Sequence[int]:
        return [self.options.index(v) for v in self.values]

    @property
    def values(self) -> Sequence[str]:
        """The chosen options' labels."""
        return [_format(self.format_func, v) for v in self.value]

    def set_value(self, v: list[T]) -> "Multiselect[T]":
        return super().set_value(v)

    def _state_value(self) -> Any:
        value = self.value
        if not self.has_pending_value or not isinstance(value, (list, tuple)):
            return value
        return [self._as_sent(v) for v in value]

    def select(self, v: T) -> "Multiselect[T]":
        current = list(self.value)
        if v in current:
            return self
        return self.set_value([*current, v])

    def unselect(self, v: T) -> "Multiselect[T]":
        current = list(self.value)
        if v not in current:
            return self
        return self.set_value([x for x in current if x != v])


class SelectSlider(_Choice, Generic[T]):
    """``st.select_slider``."""

    data_type: Any

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.data_type = 0

    def set_value(self, v: Any) -> "SelectSlider[T]":
        return super().set_value(v)

    def _state_value(self) -> Any:
        value = self.value
        if not self.has_pending_value:
            return value
        if isinstance(value, (list, tuple)) and len(value) == 2:  # a range, as Streamlit reads it
            return type(value)(self._as_sent(v) for v in value)
        return self._as_sent(value)

    def set_range(self, lower: T, upper: T) -> "SelectSlider[T]":
        return self.set_value([lower, upper])


#: Streamlit's protobuf numbers of slider data types.
_SLIDER_DATA_TYPES = {"int": 0, "float": 1, "datetime": 2, "date": 3, "time": 4}


class Slider(Widget, Generic[T]):
    """``st.slider``."""

    data_type: Any
    min: Any
    max: Any
    step: Any

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        props = element.props
        self.data_type = _SLIDER_DATA_TYPES.get(props.get("data_type"), props.get("data_type"))
        self.min = _as_float(props.get("min_value"))
        self.max = _as_float(props.get("max_value"))
        self.step = _as_float(props.get("step"))

    def set_value(self, v: Any) -> "Slider[T]":
        return super().set_value(v)

    def set_range(self, lower: T, upper: T) -> "Slider[T]":
        return self.set_value([lower, upper])


#: The emulation's older name of the choice widgets' base.
Selection = _Choice


def _as_date(value: Any) -> Any:
    return value.date() if isinstance(value, dt.datetime) else value


class DateInput(Widget):
    """``st.date_input``. A staged value reads back as a tuple of dates (as
    in Streamlit) until the next run turns it into the widget's value."""

    min: dt.date
    max: dt.date
    is_range: bool

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        props = element.props
        self.min = _as_date(props.get("min_value"))
        self.max = _as_date(props.get("max_value"))
        self.is_range = bool(props.get("is_range"))

    def set_value(self, v: Any) -> "DateInput":
        return super().set_value(v)

    @property
    def value(self) -> Any:
        if self._value is _UNSET:
            return self._app._session[self.id]
        v = self._value
        if v is None:
            return None
        items = list(v) if isinstance(v, (list, tuple)) else [v]
        return tuple(_as_date(item) for item in items)

    def _state_value(self) -> Any:
        if self._value is _UNSET:
            return self.value
        v = self._value
        if isinstance(v, (list, tuple)):
            dates = [_as_date(item) for item in v]
            return tuple(dates) if self.is_range else (dates[0] if dates else None)
        return _as_date(v)


class DateTimeInput(Widget):
    """``st.datetime_input``."""

    format: str
    min: str
    max: str
    step: int

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        props = element.props
        self.format = _text(props, "format")
        self.min = _text(props, "min")
        self.max = _text(props, "max")
        self.step = int(props.get("step") or 900)

    def set_value(self, v: dt.datetime | None) -> "DateTimeInput":
        return super().set_value(v)


class TimeInput(Widget):
    """``st.time_input``: ``step`` in seconds."""

    step: int

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        step = element.props.get("step", 900)
        self.step = int(step.total_seconds()) if isinstance(step, dt.timedelta) else int(step)

    def set_value(self, v: dt.time | dt.datetime | None) -> "TimeInput":
        return super().set_value(v)

    @property
    def value(self) -> Any:
        v = super().value
        return v.time() if isinstance(v, dt.datetime) else v

    def increment(self) -> "TimeInput":
        if self.value is None:
            return self
        moment = dt.datetime.combine(dt.date.today(), self.value) + dt.timedelta(seconds=self.step)
        return self.set_value(moment.time())

    def decrement(self) -> "TimeInput":
        if self.value is None:
            return self
        moment = dt.datetime.combine(dt.date.today(), self.value) - dt.timedelta(seconds=self.step)
        return self.set_value(moment.time())


#: The emulation's older name of the time widget.
TimeWidget = TimeInput


class FileUploader(Widget):
    """``st.file_uploader``: files are staged as ``(filename, content,
    mime_type)`` tuples (or ``UploadedFile`` objects) and sent with the next
    run; ``value`` is what the last run committed, as in Streamlit."""

    @property
    def accept_multiple_files(self) -> bool:
        return bool(self._element.props.get("multiple"))

    @property
    def accept_directory(self) -> bool:
        return bool(self._element.props.get("accept_directory"))

    @property
    def allowed_type(self) -> list[str]:
        return list(self._element.props.get("types", []))

    def set_value(self, files: Any) -> Any:
        self._assert_can_interact()
        if files is None:
            self._value = []
        elif isinstance(files, UploadedFile) or (
                isinstance(files, tuple) and len(files) in (2, 3) and isinstance(files[0], str)):
            self._value = [_uploaded_file(files)]
        else:
            self._value = [_uploaded_file(f) for f in files]
        return self

    def upload(self, filename: str, content: bytes,
               mime_type: str = "application/octet-stream") -> Any:
        self._assert_can_interact()
        staged = self._value if isinstance(self._value, list) else []
        self._value = [*staged, UploadedFile(content, filename, mime_type)]
        return self

    def clear(self) -> Any:
        return self.set_value(None)

    @property
    def value(self) -> Any:
        return self._app._session[self.id]

    def _state_value(self) -> Any:
        if self._value is not _UNSET:
            return list(self._value)
        return as_uploaded_files(self._app._session[self.id])


def _parse_capture(file: object, widget: str, what: str, extension: str, mime: str,
                   noun: str) -> tuple[str, bytes, str]:
    """One ``(filename, content, mime_type)`` capture as Streamlit's AppTest
    accepts it for ``widget`` (its checks and messages)."""
    if (isinstance(file, tuple) and len(file) == 3 and isinstance(file[0], str)
            and isinstance(file[1], (bytes, bytearray)) and isinstance(file[2], str)):
        filename, content, mime_type = file
        if not filename.lower().endswith(extension):
            raise AppTestError(
                f"st.{widget} only {what} {extension} files. Got filename {filename!r}.")
        if mime_type.lower() != mime:
            raise AppTestError(
                f"st.{widget} {noun}s use MIME type {mime!r}. Got {mime_type!r}.")
        return filename, bytes(content), mime
    one = "captures one photo" if widget == "camera_input" else "records one recording"
    if isinstance(file, list):
        raise AppTestError(f"st.{widget} {one}. A list is not accepted.")
    raise AppTestError(
        f"st.{widget} {one}. Pass one (filename, content, mime_type) tuple whose content "
        f"is bytes, or None to clear. Got {type(file).__name__}.")


class _CaptureInput(Widget):
    """A widget holding one captured file: ``set_value((filename, content,
    mime_type))`` or ``upload(...)`` stages it, ``None``/``clear()`` removes it;
    sent with the next run, as Streamlit's AppTest. ``value`` is what the last
    run committed; without a staged change the committed capture is kept."""

    _WIDGET = ""
    _WHAT = ""
    _EXTENSION = ""
    _MIME = ""
    _NOUN = ""

    def set_value(self, file: tuple[str, bytes, str] | None) -> Any:
        self._assert_can_interact()
        if file is None:
            self._value = None
            return self
        filename, content, mime_type = _parse_capture(
            file, self._WIDGET, self._WHAT, self._EXTENSION, self._MIME, self._NOUN)
        self._value = UploadedFile(content, filename, mime_type)
        return self

    def upload(self, filename: str, content: bytes, mime_type: str | None = None) -> Any:
        """Stage one capture, replacing any staged one."""
        return self.set_value((filename, content, self._MIME if mime_type is None else mime_type))

    def clear(self) -> Any:
        """Remove the capture (sent with the next run)."""
        return self.set_value(None)

    @property
    def value(self) -> Any:
        return self._app._session[self.id]

    def _state_value(self) -> Any:
        if self._value is not _UNSET:
            return [] if self._value is None else [self._value]
        return as_uploaded_files(self._app._session[self.id])


class AudioInput(_CaptureInput):
    """``st.audio_input``: one WAV recording (``audio/wav``). ``sample_rate``
    is the script's (None: the browser's rate)."""

    _WIDGET, _WHAT, _EXTENSION, _MIME, _NOUN = (
        "audio_input", "records", ".wav", "audio/wav", "recording")
    sample_rate: int | None

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.sample_rate = element.props.get("sample_rate")

    def set_value(self, file: tuple[str, bytes, str] | None) -> "AudioInput":
        return cast("AudioInput", super().set_value(file))

    def upload(self, filename: str, content: bytes,
               mime_type: str = "audio/wav") -> "AudioInput":
        return cast("AudioInput", super().upload(filename, content, mime_type))

    def clear(self) -> "AudioInput":
        return cast("AudioInput", super().clear())


class CameraInput(_CaptureInput):
    """``st.camera_input``: one JPEG photo (``image/jpeg``, a ``.jpg`` name).
    ``resolution`` is the script's (``"480p"``/``"720p"``/``"1080p"`` or None)."""

    _WIDGET, _WHAT, _EXTENSION, _MIME, _NOUN = (
        "camera_input", "captures", ".jpg", "image/jpeg", "photo")
    resolution: str | None

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        height = element.props.get("resolution_height")
        self.resolution = {480: "480p", 720: "720p", 1080: "1080p"}.get(height or 0)

    def set_value(self, file: tuple[str, bytes, str] | None) -> "CameraInput":
        return cast("CameraInput", super().set_value(file))

    def upload(self, filename: str, content: bytes,
               mime_type: str = "image/jpeg") -> "CameraInput":
        return cast("CameraInput", super().upload(filename, content, mime_type))

    def clear(self) -> "CameraInput":
        return cast("CameraInput", super().clear())


def _uploaded_file(file: Any) -> Any:
    if isinstance(file, UploadedFile):
        return file
    # (filename, content, mime_type) as in Streamlit's AppTest; the MIME type may be left out.
    filename, content, *mime_type = file
    return UploadedFile(content, filename, *mime_type)


class ButtonGroup(Widget, Generic[T]):
    """``st.pills`` and ``st.segmented_control``."""

    options: list[str]

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        # Streamlit's tester lists each option's content, its leading icon apart.
        self.options = [split_option_icon(str(label))[1]
                        for label in element.props.get("option_labels", [])]

    @property
    def _is_single_select(self) -> bool:
        return not self._element.props.get("multi")

    @property
    def format_func(self) -> Callable[[Any], Any]:
        return self._element.props["format_func"]

    @property
    def formatted_values(self) -> Sequence[str]:
        value = self.value
        if value is None:
            return []
        chosen = [value] if self._is_single_select else list(value)
        return [_format(self.format_func, v) for v in chosen]

    @property
    def indices(self) -> Sequence[int]:
        return [self.options.index(v) for v in self.formatted_values]

    def set_value(self, v: Any) -> "ButtonGroup[T]":
        return super().set_value(v)

    def select(self, v: T) -> "ButtonGroup[T]":
        if self._is_single_select:
            return self.set_value(v)
        current = list(self.value or [])
        return self if v in current else self.set_value([*current, v])

    def unselect(self, v: T) -> "ButtonGroup[T]":
        if self._is_single_select:
            return self.set_value(None) if self.value == v else self
        current = list(self.value or [])
        if v not in current:
            return self
        return self.set_value([x for x in current if x != v])

    def _state_value(self) -> Any:
        # Sent as Streamlit's string array: [] is a cleared selection.
        value = self.value
        if self._is_single_select:
            return [] if value is None else [value]
        return list(value or [])


class Feedback(Widget):
    """``st.feedback``: the chosen index, or None."""

    def __init__(self, element: PageElement, root: "ElementTree") -> None:
        super().__init__(element, root)
        del self.label  # Streamlit's feedback has no label

    def set_value(self, v: int | None) -> "Feedback":
        return super().set_value(v)

    def _state_value(self) -> Any:
        value = self.value
        return "" if value is None else value  # "" is a cleared choice, as in Streamlit


class Pagination(Widget):
    """``st.pagination``: the page is an int from 1 to ``num_pages``."""

    def __init__(self, element: Any, root: Any) -> None:
        super().__init__(element, root)
        del self.label  # Streamlit's pagination has no label

    @property
    def _props(self) -> PaginationProps:
        return cast(PaginationProps, self._element.props)

    @property
    def num_pages(self) -> int:
        return self._props["num_pages"]

    @property
    def default(self) -> int:
        return self._props["default"]

    def set_value(self, v: int) -> "Pagination":
        self._assert_can_interact()
        if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= self.num_pages:
            raise AppTestError(
                f"Cannot set pagination{_key_part(self.key)} to {v!r}. Page must be an int "
                f"between 1 and {self.num_pages}.")
        super().set_value(v)
        return self

    def select(self, page: int) -> "Pagination":
        return self.set_value(page)


class MenuButton(Widget, Generic[T]):
    """``st.menu_button``: a click chooses an option for the next run only."""

    def __init__(self, element: Any, root: Any) -> None:
        super().__init__(element, root)
        self._value = None

    @property
    def options(self) -> list[str]:
        return list(self._element.props["options"])

    @property
    def format_func(self) -> Callable[[Any], str]:
        return self._element.props["format_func"]

    @property
    def value(self) -> Any:
        if self._value is not None:
            return self._value
        return self._app._trigger_values.get(self.id)

    @property
    def has_pending_value(self) -> bool:
        return self._value is not None

    def _state_value(self) -> Any:
        if self._value is None:
            return None
        try:
            return self.format_func(self._value)
        except builtins.Exception:
            return str(self._value)

    def set_value(self, v: T | None) -> "MenuButton[T]":
        return super().set_value(v)

    def click(self, v: T) -> "MenuButton[T]":
        return self.set_value(v)

    def click_index(self, index: int) -> "MenuButton[T]":
        return self.set_value(self._element.props["option_values"][index])


# ---------------------------------------------------------------- lists
N = TypeVar("N", bound=Node)


class ElementList(Generic[N]):
    """A list of nodes; call it with ``key=`` to find a widget by key."""

    def __init__(self, els: Sequence[N]) -> None:
        self._list = list(els)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    def __getitem__(self, idx: int | slice) -> Any:
        if isinstance(idx, slice):
            # Streamlit's: a slice of a WidgetList is a plain ElementList.
            return ElementList(self._list[idx])
        return self._list[idx]

    def __iter__(self) -> Iterator[N]:
        return iter(self._list)

    def __call__(self, key: str) -> N:
        for node in self._list:
            if getattr(node, "key", None) == key:
                return node
        raise KeyError(key)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    def __hash__(self) -> int:
        # As Streamlit's: hashes the nodes, so only an empty list is hashable.
        return hash(tuple(self._list))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._list!r})"

    @property
    def values(self) -> Sequence[Any]:
        return [node.value for node in self._list]


class WidgetList(ElementList[N], Generic[N]):
    """An ``ElementList`` of widgets."""


class BlockList(ElementList[N], Generic[N]):
    """A list of blocks (columns, tabs, expanders...); call it with a key.
    As Streamlit's, it has no ``values``."""

    @property
    def values(self) -> Any:
        raise AttributeError("'BlockList' object has no attribute 'values'")

    def __getitem__(self, idx: int | slice) -> Any:
        if isinstance(idx, slice):
            return BlockList(self._list[idx])
        return self._list[idx]


# ----------------------------------------------------------------- blocks
class Block(Node):
    """A container (main, sidebar, columns, expander, form, tab...) with the
    same element lists as the app (``block.button``, ``block.get("text")``...)."""

    children: dict[int, Node]

    def __init__(self, element: PageBlock, root: "ElementTree") -> None:
        super().__init__(element, root)
        children: dict[int, Node] = {}
        wrap = root._wrap
        for child in element.items:
            if child.type not in _NOT_IN_TREE:
                children[len(children)] = wrap(child)
        order = getattr(element, "tester_order", None)
        if order is not None and len(children) == len(element.items):
            # Streamlit's AppTest lists children in the order their deltas came.
            children = {position: children[position] for position in order}
        self.children = children
        self.label = element.props.get("label")
        #: Streamlit's block id: set for a keyed container, else "".
        self._block_id = element.id if (element.key or element.props.get("key")) else ""

    def __iter__(self) -> Iterator[Node]:
        yield self
        for child in self.children.values():
            if isinstance(child, Block):
                yield from child
            else:
                yield child  # (no generator per leaf: this runs on every click)

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, k: int) -> Node:
        return self.children[k]

    @property
    def value(self) -> Any:
        return None

    @property
    def key(self) -> str | None:  # type: ignore[override]
        element = self._element
        if element.type == "form":
            return element.props.get("form_id") or element.key
        return element.key

    @key.setter
    def key(self, value: str | None) -> None:
        pass  # set by Node.__init__; the property reads the element

    def get_by_key(self, key: str) -> Node:
        """The one node of this block with ``key``; KeyError if none."""
        matches = [n for n in self if n is not self and getattr(n, "key", None) == key]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise KeyError(key)
        raise AppTestError(
            f"Multiple elements have key {key!r}. Scope the query to a container or use a "
            "typed collection.")

    def _nodes_of(self, *types: str) -> ElementList[Any]:
        # By node type or by element type: `at.pills` lists "button_group"
        # nodes made by st.pills, as in Streamlit.
        return ElementList([n for n in self if (n.type in types or n._element.type in types)
                            and n is not self])

    def run(self, *, timeout: float | None = None) -> "AppTest":
        return self._app.run(timeout=timeout)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(type={self.type!r}, children={len(self.children)})"


#: ``get()`` names whose node type differs.
_GET_ALIASES = {"datetime_input": "date_time_input", "help": "help_info"}


class SpecialBlock(Block):
    """The app's main area, sidebar, and event (dialog/toast) block."""


class ChatMessage(Block):
    """``st.chat_message``."""

    name: str
    avatar: Any

    def __init__(self, element: PageBlock, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.name = _text(element.props, "name")
        self.avatar = element.props.get("avatar")


class Column(Block):
    """One column of ``st.columns``: its relative ``weight`` and the row's ``gap``."""

    weight: float
    gap: str | None

    def __init__(self, element: PageBlock, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.weight = element.props.get("weight", 1.0)
        self.gap = element.props.get("gap")


class Expander(Block):
    """``st.expander``."""

    icon: str
    label: str

    def __init__(self, element: PageBlock, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.icon = _text(element.props, "icon")
        self.label = _text(element.props, "label")


#: Icons Streamlit shows for a status's state when none is given.
_STATUS_ICONS = {"complete": ":material/check:", "error": ":material/error:", "running": "spinner"}


class Status(Block):
    """``st.status``: ``state`` is "running", "complete" or "error"."""

    icon: str
    label: str

    def __init__(self, element: PageBlock, root: "ElementTree") -> None:
        super().__init__(element, root)
        state = element.props.get("state") or "running"
        self.icon = _text(element.props, "icon") or _STATUS_ICONS.get(state, "")
        self.label = _text(element.props, "label")

    @property
    def state(self) -> str:
        return str(self._element.props.get("state") or "running")


class Tab(Block):
    """One tab of ``st.tabs``."""

    label: str

    def __init__(self, element: PageBlock, root: "ElementTree") -> None:
        super().__init__(element, root)
        self.label = _text(element.props, "label")


class Grid(Block):
    """``st.grid``."""

    column_count: Any
    wrap: bool
    border: bool
    row_height: Any
    min_column_width: Any
    gap: Any
    vertical_alignment: str
    dense: bool
    width: Any
    height: Any

    def __init__(self, element: PageBlock, root: "ElementTree") -> None:
        super().__init__(element, root)
        props = element.props
        self.column_count = props.get("columns", "auto")
        self.wrap = bool(props.get("wrap", True))
        self.border = bool(props.get("border"))
        self.row_height = props.get("row_height", "content")
        self.min_column_width = props.get("min_column_width", "auto")
        self.gap = props.get("gap", "small")
        self.vertical_alignment = props.get("vertical_alignment", "top")
        self.dense = bool(props.get("dense"))
        self.width = props.get("width", "stretch")
        self.height = props.get("height", "content")


#: The emulation's older name of ``Block``.
BlockNode = Block
#: The emulation's older name of ``Exception``.
ExceptionNode = Exception


def _kind_lister(name: str, kinds: tuple[str, ...], list_type: type) -> property:
    def nodes(self: Block) -> Any:
        return list_type([n for n in self if n is not self
                          and (n.type in kinds or n._element.type in kinds)])
    nodes.__name__ = name
    nodes.__doc__ = f"Every ``st.{name}`` node in this block."
    return property(nodes)


def _class_lister(name: str, cls: type) -> property:
    def nodes(self: Block) -> Any:
        return BlockList([n for n in self if n is not self and isinstance(n, cls)])
    nodes.__name__ = name
    nodes.__doc__ = f"Every ``st.{name}`` block in this block."
    return property(nodes)


#: Element lists of a block (and of AppTest): name -> types of its nodes
#: (node types or the emulation's element types).
_LIST_KINDS: dict[str, tuple[str, ...]] = {
    name: (name,) for name in (
        "audio_input", "button", "camera_input", "caption", "chat_input", "checkbox",
        "code", "color_picker", "date_input", "divider", "download_button", "error",
        "exception", "feedback", "file_uploader", "header", "html", "image", "info",
        "json", "latex", "link_button", "markdown", "metric", "menu_button", "multiselect",
        "number_input", "page_link", "pagination", "progress", "radio", "select_slider",
        "selectbox", "slider", "space", "subheader", "success", "table", "text",
        "text_area", "text_input", "time_input", "title", "toast", "toggle", "warning")}
_LIST_KINDS.update({
    "button_group": ("button_group",), "pills": ("pills",),
    "segmented_control": ("segmented_control",), "dataframe": ("dataframe",),
    "data_editor": ("data_editor",), "datetime_input": ("date_time_input",),
    "help": ("help_info",), "form": ("form",),
})
_WIDGET_LISTS = {"audio_input", "button", "button_group", "pills", "segmented_control",
                 "camera_input", "chat_input", "checkbox", "color_picker", "date_input",
                 "datetime_input", "download_button", "feedback", "file_uploader",
                 "menu_button", "multiselect", "number_input", "pagination", "radio",
                 "select_slider", "selectbox", "slider", "text_area", "text_input",
                 "time_input", "toggle"}
for _name, _kinds in _LIST_KINDS.items():
    if _name == "form":
        continue
    setattr(Block, _name, _kind_lister(
        _name, _kinds, WidgetList if _name in _WIDGET_LISTS else ElementList))
for _name, _cls in {"chat_message": ChatMessage, "columns": Column, "expander": Expander,
                    "status": Status, "tabs": Tab, "grid": Grid}.items():
    setattr(Block, _name, _class_lister(_name, _cls))
    _LIST_KINDS[_name] = ()


def _containers(self: Block) -> BlockList[Block]:
    """Every ``st.container`` block (not a row of columns, nor a grid cell)."""
    return BlockList([n for n in self if n is not self and isinstance(n, Block)
                      and n._element.type == "container"])


def _forms(self: Block) -> BlockList[Block]:
    """Every ``st.form`` block."""
    return BlockList([n for n in self if n is not self and n.type == "form"])


def _form_submit_buttons(self: Block) -> WidgetList[Button]:
    """Every ``st.form_submit_button``."""
    return WidgetList([b for b in self.button if b.form_id])  # type: ignore[attr-defined]


Block.container = property(_containers)  # type: ignore[attr-defined]
Block.form = property(_forms)  # type: ignore[attr-defined]
Block.form_submit_button = property(_form_submit_buttons)  # type: ignore[attr-defined]
_LIST_KINDS.update({"container": (), "form": (), "form_submit_button": ()})
#: Names that ``get()`` also accepts for a list.
_LIST_KINDS_ALIASES = {"column": "columns", "tab": "tabs"}
for _alias, _target in _LIST_KINDS_ALIASES.items():
    _LIST_KINDS[_alias] = ()


def _get_with_aliases(self: Block, element_type: str) -> Sequence[Node]:
    """Every node of ``element_type`` in this block (``"button"``,
    ``"columns"``, ``"tabs"``, ``"pills"``...)."""
    element_type = _LIST_KINDS_ALIASES.get(element_type, element_type)
    if element_type in _LIST_KINDS:
        return list(getattr(self, element_type))
    resolved = _GET_ALIASES.get(element_type, element_type)
    return [n for n in self if n is not self and n.type == resolved]


Block.get = _get_with_aliases  # type: ignore[method-assign]


class ElementTree(Block):
    """The root of a run's tree: ``main`` (children[0]), ``sidebar``
    (children[1]), then the event and bottom blocks once used."""

    def __init__(self, element: PageBlock, runner: "AppTest") -> None:
        self._runner = runner
        super().__init__(element, self)
        self.type = "root"

    @property
    def main(self) -> Block:
        return self.children[0]  # type: ignore[return-value]

    @property
    def sidebar(self) -> Block:
        return self.children[1]  # type: ignore[return-value]

    @property
    def session_state(self) -> Any:
        return self._runner.session_state

    def get_widget_states(self) -> WidgetStates:
        """What the next run receives, as Streamlit's ``WidgetStates``: one
        ``WidgetState`` per widget in page order, in Streamlit's wire format
        (a form's staged values only once its submit button is clicked)."""
        values = self._runner._widget_values()[0] or {}
        widgets = {node.id: node for node in self if isinstance(node, Widget)}
        return WidgetStates(wire_state(widgets[widget_id], value)
                            for widget_id, value in values.items() if widget_id in widgets)

    def run(self, *, timeout: float | None = None) -> "AppTest":
        return self._runner.run(timeout=timeout)

    def _wrap(self, element: PageElement) -> Node:
        return self.node_class(element)(element, self)

    @staticmethod
    def node_class(element: PageElement) -> type[Node]:
        """The node class that shows ``element`` in the tree."""
        if isinstance(element, PageBlock):
            return _BLOCK_CLASSES.get(element.type, Block)
        cls = _ELEMENT_CLASSES.get(element.type)
        if cls is not None:
            return cls
        if element.is_widget:
            return Widget
        if "body" in element.props:
            return Text
        return UnknownElement


def _labels(widget: Any, values: Any) -> list[str]:
    return [_format(widget.format_func, v) for v in values]


def wire_state(widget: Widget, value: Any) -> WidgetState:
    """``value`` (what the next run receives for ``widget``) as the
    ``WidgetState`` Streamlit's front end would send."""
    wid = widget.id
    if value is WIDGET_DEFAULT:  # a cleared form's widget: its default
        return WidgetState(wid)
    if isinstance(widget, Button):
        return WidgetState(wid, "trigger_value", bool(value))
    if isinstance(widget, ChatInput):
        if value is None:
            return WidgetState(wid)
        files = value["files"] if isinstance(value, dict) else []
        text = value["text"] if isinstance(value, dict) else value
        return WidgetState(wid, "chat_input_value", Message(
            data=text, file_uploader_state=file_uploader_state(files)))
    if isinstance(widget, (Checkbox, Toggle)):
        return WidgetState(wid, "bool_value", bool(value))
    if isinstance(widget, (FileUploader, _CaptureInput)):
        files = list(value or [])
        return WidgetState(wid, "file_uploader_state_value", file_uploader_state(files)) \
            if files else WidgetState(wid)
    if isinstance(widget, MenuButton):
        return WidgetState(wid) if value is None else \
            WidgetState(wid, "string_trigger_value", Message(data=value))
    if isinstance(widget, Feedback):
        return WidgetState(wid, "string_value", str(value))
    if isinstance(widget, Pagination):
        return WidgetState(wid, "int_value", value) \
            if isinstance(value, int) and not isinstance(value, bool) else WidgetState(wid)
    if isinstance(widget, (ButtonGroup, Multiselect)):
        return WidgetState(wid, "string_array_value", Message(data=_labels(widget, value or [])))
    if isinstance(widget, SelectSlider):
        label = _format(widget.format_func, value) if not isinstance(value, list) else None
        chosen = [value] if label in widget.options or not isinstance(value, (list, tuple)) \
            else list(value)
        return WidgetState(wid, "string_array_value", Message(data=_labels(widget, chosen)))
    if isinstance(widget, Slider):
        items = list(value) if isinstance(value, (list, tuple)) else [value]
        data = [float(micros(v)) if isinstance(v, (dt.date, dt.time)) else float(v)
                for v in items]
        return WidgetState(wid, "double_array_value", Message(data=data))
    if isinstance(widget, DateInput):
        items = [] if value is None else list(value) if isinstance(value, (list, tuple)) \
            else [value]
        return WidgetState(wid, "string_array_value",
                           Message(data=[four_digit_date(v) for v in items]))
    if isinstance(widget, DateTimeInput):
        return WidgetState(wid, "string_array_value",
                           Message(data=[] if value is None else [datetime_string(value)]))
    if value is None:
        return WidgetState(wid)
    if isinstance(widget, NumberInput):
        return WidgetState(wid, "double_value", float(value))
    if isinstance(widget, TimeInput):
        return WidgetState(wid, "string_value", time_string(value, widget.step))
    if isinstance(widget, _SingleChoice):
        return WidgetState(wid, "string_value", _format(widget.format_func, value))
    # Text widgets, the color picker and widgets AppTest has no class for.
    return WidgetState(wid, "string_value", value if isinstance(value, str) else str(value))


_BLOCK_CLASSES: dict[str, type[Block]] = {
    "main": SpecialBlock, "sidebar": SpecialBlock, "event": SpecialBlock,
    "column": Column, "tab": Tab, "expander": Expander, "status": Status,
    "chat_message": ChatMessage, "grid": Grid,
}

_ELEMENT_CLASSES: dict[str, type[Node]] = {
    "title": Title, "header": Header, "subheader": Subheader,
    "markdown": Markdown, "badge": Markdown, "write_stream": Markdown,
    "mermaid_chart": Markdown, "caption": Caption, "latex": Latex, "divider": Divider,
    "code": Code, "text": Text, "error": Error, "warning": Warning, "info": Info,
    "success": Success, "toast": Toast, "json": Json, "exception": Exception,
    "metric": Metric, "progress": Progress, "html": Html, "help": Help, "space": Space,
    "table": Table, "dataframe": Dataframe, "data_editor": DataEditor, "image": Image,
    "link_button": LinkButton, "page_link": PageLink,
    "button": Button, "download_button": DownloadButton, "checkbox": Checkbox,
    "toggle": Toggle, "number_input": NumberInput, "text_input": TextInput,
    "text_area": TextArea, "slider": Slider, "select_slider": SelectSlider,
    "selectbox": Selectbox, "radio": Radio, "multiselect": Multiselect,
    "date_input": DateInput, "datetime_input": DateTimeInput, "time_input": TimeInput,
    "color_picker": ColorPicker, "chat_input": ChatInput, "file_uploader": FileUploader,
    "audio_input": AudioInput, "camera_input": CameraInput,
    "pills": ButtonGroup, "segmented_control": ButtonGroup, "feedback": Feedback,
    "pagination": Pagination, "menu_button": MenuButton,
}

#: Element lists the app and every block have (the contract with Streamlit's).
LIST_NAMES: tuple[str, ...] = tuple(sorted(n for n in _LIST_KINDS if n not in _LIST_KINDS_ALIASES))

__all__ = [
    "AlertBase", "AppTestError", "AudioInput", "Block", "BlockList", "BlockNode", "Button",
    "ButtonGroup", "CameraInput", "Caption", "ChatInput", "ChatMessage", "Checkbox", "Code",
    "ColorPicker", "Column", "DataEditor", "Dataframe", "DateInput", "DateTimeInput",
    "Divider", "DownloadButton", "Element", "ElementList", "ElementTree", "Error",
    "Exception", "ExceptionNode", "Expander", "Feedback", "FileUploader", "Grid", "Header",
    "HeadingBase", "Help", "Html", "Image", "Info", "InitialValue", "Json", "Latex",
    "LinkButton", "Markdown", "MenuButton", "Metric", "Multiselect", "Node", "NumberInput",
    "PageLink", "Pagination", "Progress", "Radio", "SelectSlider", "Selectbox", "Selection",
    "Slider", "Space", "SpecialBlock", "Status", "Subheader", "Success", "Tab", "Table",
    "Text", "TextArea", "TextInput", "TextWidget", "TimeInput", "TimeWidget", "Title",
    "Toast", "Toggle", "UnknownElement", "Warning", "Widget", "WidgetList",
]
