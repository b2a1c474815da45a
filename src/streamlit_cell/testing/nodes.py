"""The nodes of an ``AppTest``'s element tree (text, widgets, blocks...), with
the surface of ``streamlit.testing.v1``'s element classes.

Interaction model (Streamlit's): ``set_value``/``click`` are staged on the
element and sent with the next ``run()``; a click is True for that run only;
a form widget's staged value is sent only when a submit button of its form is
clicked in the same ``run()``; after a ``clear_on_submit`` form is submitted,
its next submit sends the widgets' defaults unless they were set again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from ..runtime.element_props import (DataEditorProps, ExceptionProps, ImageProps, JsonProps,
                                     PaginationProps)
from ..runtime.page_tree import TRANSIENT_CLEARED, Block, Element
from ..elements.file_and_choice_widgets import UploadedFile
from ..elements.file_and_choice_widgets import as_uploaded_files

if TYPE_CHECKING:
    from .app_test import AppTest

_UNSET = object()


class AppTestError(Exception):
    """An interaction a person could not perform (e.g. on a disabled widget)."""


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


class Node:
    """One element or block of the last run, as a tester sees it."""

    def __init__(self, element: Element, root: "AppTest") -> None:
        self._element = element
        self.root = root
        self.type = _APPTEST_TYPES.get(element.type, element.type)
        self.id = element.id
        self.key = element.key
        self.proto = _Proto(element)

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
        return self.root.run(timeout=timeout)

    def __getattr__(self, name: str) -> Any:
        # As Streamlit's nodes: other attributes are the element's (proto) fields.
        if name.startswith("__") or name in ("proto", "_element"):
            raise AttributeError(name)
        if name in ("set_value", "click") and not isinstance(self, BlockNode):
            def unsupported_interaction(*_args: Any, **_kwargs: Any) -> None:
                raise AppTestError(
                    f"{name}() is not supported for {self.type}. AppTest can inspect this "
                    "element but does not implement interactions for it.")
            return unsupported_interaction
        try:
            return self.__dict__["_element"].props[name]
        except KeyError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{name}'") from None


class _Proto:
    """Attribute view of an element's props (``at.exception[0].proto.type``)."""

    def __init__(self, element: Element) -> None:
        self.__dict__.update(element.props)
        self.id = element.id
        self.form_id = element.form_id


class Text(Node):
    """title, header, subheader, markdown, caption, text, code, alerts."""

    @property
    def value(self) -> str:
        return str(self._element.props.get("body", ""))

    @property
    def icon(self) -> str | None:
        return self._element.props.get("icon")


class Json(Node):
    @property
    def _props(self) -> JsonProps:
        return cast(JsonProps, self._element.props)

    @property
    def value(self) -> str:
        return self._props["body"]

    @property
    def expanded(self) -> Any:
        return self._props.get("expanded")


class ExceptionNode(Node):
    @property
    def _props(self) -> ExceptionProps:
        return cast(ExceptionProps, self._element.props)

    @property
    def message(self) -> str:
        return self._props["message"]

    @property
    def value(self) -> str:
        return self.message

    @property
    def stack_trace(self) -> list[str]:
        return list(self._props["stack_trace"])

    @property
    def is_warning(self) -> bool:
        return bool(self._element.props.get("is_warning"))


class Widget(Node):
    """An input widget: staged values are sent with the next run."""

    def __init__(self, element: Element, root: "AppTest") -> None:
        super().__init__(element, root)
        self._value: Any = _UNSET
        self.label = element.props.get("label", "")
        self.help = element.props.get("help")
        self.disabled = bool(element.props.get("disabled"))
        self.form_id = element.form_id

    def _assert_can_interact(self) -> None:
        if self.disabled:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot update a disabled {self.type} widget{key_part}. "
                "A browser user cannot interact with a disabled widget.")

    def set_value(self, v: Any) -> "Widget":
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
        return self.root._session[self.id]

    def _state_value(self) -> Any:
        """The value sent for this widget with the next run."""
        return self.value


class Button(Widget):
    def __init__(self, element: Element, root: "AppTest") -> None:
        super().__init__(element, root)
        self._value = False

    @property
    def value(self) -> bool:
        if self._value:
            return True
        return bool(self.root._trigger_values.get(self.id, False))

    @property
    def has_pending_value(self) -> bool:
        return bool(self._value)

    def _state_value(self) -> bool:
        return bool(self._value)

    def click(self) -> "Button":
        return self.set_value(True)


class ChatInput(Widget):
    """``st.chat_input``: the text set is submitted with the next run, and is
    the value for that run only."""

    def __init__(self, element: Element, root: "AppTest") -> None:
        super().__init__(element, root)
        del self.label  # Streamlit's chat input has a placeholder, no label

    @property
    def placeholder(self) -> str:
        return str(self._element.props.get("placeholder", ""))

    @property
    def value(self) -> Any:
        if self._value is not _UNSET:
            return self._value
        return self.root._trigger_values.get(self.id)

    def _state_value(self) -> Any:
        return None if self._value is _UNSET else self._value


class Checkbox(Widget):
    def check(self) -> "Checkbox":
        return self.set_value(True)

    def uncheck(self) -> "Checkbox":
        return self.set_value(False)


class NumberInput(Widget):
    def increment(self) -> "NumberInput":
        step = self._element.props.get("step") or 1
        new = self.value + step
        maximum = self._element.props.get("max_value")
        return self.set_value(min(new, maximum) if maximum is not None else new)

    def decrement(self) -> "NumberInput":
        step = self._element.props.get("step") or 1
        new = self.value - step
        minimum = self._element.props.get("min_value")
        return self.set_value(max(new, minimum) if minimum is not None else new)


class Selection(Widget):
    """selectbox, radio, multiselect, select_slider."""

    @property
    def options(self) -> list[str]:
        return list(self._element.props.get("option_labels", []))

    @property
    def index(self) -> int | None:
        value = self.value
        opts = self._element.props.get("options", [])
        return opts.index(value) if value in opts else None

    def set_range(self, lower: Any, upper: Any) -> "Selection":
        return self.set_value((lower, upper))

    def select(self, v: Any) -> "Selection":
        if self.type == "multiselect":
            current = list(self.value)
            if v not in current:
                current.append(v)
            return self.set_value(current)
        return self.set_value(v)

    def unselect(self, v: Any) -> "Selection":
        return self.set_value([x for x in self.value if x != v])

    def select_index(self, index: int) -> "Selection":
        return self.select(self._element.props["options"][index])


class Slider(Widget):
    def set_range(self, lower: Any, upper: Any) -> "Slider":
        return self.set_value((lower, upper))


class TextWidget(Widget):
    def input(self, v: str) -> "TextWidget":
        return self.set_value(v)


class TimeWidget(Widget):
    def increment(self) -> "TimeWidget":
        step = dt.timedelta(seconds=self._element.props.get("step", 900))
        moment = dt.datetime.combine(dt.date.today(), self.value) + step
        return self.set_value(moment.time())

    def decrement(self) -> "TimeWidget":
        step = dt.timedelta(seconds=self._element.props.get("step", 900))
        moment = dt.datetime.combine(dt.date.today(), self.value) - step
        return self.set_value(moment.time())


class BlockNode(Node):
    """A container (main, sidebar, columns, expander, form, tab...)."""

    def __init__(self, element: Block, root: "AppTest") -> None:
        super().__init__(element, root)
        self.children: list[Node] = [root._wrap(child) for child in element.items
                                     if child.type not in _NOT_IN_TREE]
        self.label = element.props.get("label")

    def __iter__(self) -> Iterator[Node]:
        yield self
        for child in self.children:
            if isinstance(child, BlockNode):
                yield from child
            else:
                yield child

    def __len__(self) -> int:
        return len(self.children)

    def __getitem__(self, index: int) -> Node:
        return self.children[index]

    @property
    def value(self) -> Any:
        return None

    def _nodes_of(self, *types: str) -> "ElementList[Any]":
        # By node type or by element type: `at.pills` lists "button_group"
        # nodes made by st.pills, as in Streamlit.
        return ElementList([n for n in self if (n.type in types or n._element.type in types)
                            and n is not self])


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

    def set_value(self, files: Any) -> "FileUploader":

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
               mime_type: str = "application/octet-stream") -> "FileUploader":

        self._assert_can_interact()
        staged = self._value if isinstance(self._value, list) else []
        self._value = [*staged, UploadedFile(content, filename, mime_type)]
        return self

    def clear(self) -> "FileUploader":
        return self.set_value(None)

    @property
    def value(self) -> Any:
        return self.root._session[self.id]

    def _state_value(self) -> Any:

        if self._value is not _UNSET:
            return list(self._value)
        return as_uploaded_files(self.root._session[self.id])


def _uploaded_file(file: Any) -> Any:

    if isinstance(file, UploadedFile):
        return file
    # (filename, content, mime_type) as in Streamlit's AppTest; the MIME type may be left out.
    filename, content, *mime_type = file
    return UploadedFile(content, filename, *mime_type)


class ButtonGroup(Widget):
    """``st.pills`` and ``st.segmented_control`` (Streamlit's ``ButtonGroup``)."""

    @property
    def _is_single_select(self) -> bool:
        return not self._element.props.get("multi")

    @property
    def options(self) -> list[str]:
        return list(self._element.props.get("option_labels", []))

    @property
    def format_func(self) -> Callable[[Any], Any]:
        return self._element.props["format_func"]

    @property
    def formatted_values(self) -> list[str]:
        value = self.value
        if value is None:
            return []
        chosen = [value] if self._is_single_select else list(value)
        return [str(self.format_func(v)) for v in chosen]

    @property
    def indices(self) -> list[int]:
        return [self.options.index(v) for v in self.formatted_values]

    def select(self, v: Any) -> "ButtonGroup":
        if self._is_single_select:
            return self.set_value(v)  # type: ignore[return-value]
        current = list(self.value or [])
        return self if v in current else self.set_value([*current, v])  # type: ignore[return-value]

    def unselect(self, v: Any) -> "ButtonGroup":
        if self._is_single_select:
            return self.set_value(None) if self.value == v else self  # type: ignore[return-value]
        current = list(self.value or [])
        if v not in current:
            return self
        return self.set_value([x for x in current if x != v])  # type: ignore[return-value]

    def _state_value(self) -> Any:
        # Sent as Streamlit's string array: [] is a cleared selection.
        value = self.value
        if self._is_single_select:
            return [] if value is None else [value]
        return list(value or [])


class Feedback(Widget):
    """``st.feedback``: the chosen index, or None."""

    def __init__(self, element: Element, root: "AppTest") -> None:
        super().__init__(element, root)
        del self.label  # Streamlit's feedback has no label

    def _state_value(self) -> Any:
        value = self.value
        return "" if value is None else value  # "" is a cleared choice, as in Streamlit


class LinkButton(Node):
    """``st.link_button``: read-only, as in Streamlit's AppTest (it neither
    opens URLs nor clicks)."""

    def __init__(self, element: Element, root: "AppTest") -> None:
        super().__init__(element, root)
        self.label = element.props.get("label", "")

    @property
    def value(self) -> str:
        return self.label

    def _unsupported(self, method: str) -> Any:
        key_part = f" (key={self.key!r})" if self.key else ""
        raise AppTestError(
            f"{method}() is not supported for link_button{key_part}. AppTest does not "
            "open URLs or trigger on_click. Use a Playwright e2e test.")

    def set_value(self, v: Any) -> Any:
        return self._unsupported("set_value")

    def click(self) -> Any:
        return self._unsupported("click")


class DataEditor(Node):
    """``st.data_editor``, a "dataframe" node as in Streamlit's AppTest:
    ``value`` is the table passed in, without edits; edits are made by
    assigning the editing state to ``at.session_state[key]`` before ``run()``."""

    @property
    def _props(self) -> DataEditorProps:
        return cast(DataEditorProps, self._element.props)

    @property
    def value(self) -> Any:
        return self._props["data"]

    @property
    def editing_mode(self) -> str:
        return self._props["editing_mode"]

    def set_value(self, v: Any) -> Any:
        key_part = f" (key={self.key!r})" if self.key else ""
        note = (" Assign the edit state (edited_rows, added_rows, deleted_rows) on "
                "at.session_state before run()." if self.key else " Use a Playwright e2e test.")
        raise AppTestError(
            f"set_value() is not supported for data_editor{key_part}. AppTest can read the "
            "table and editing_mode, but it does not apply cell edits through set_value()."
            + note)


class Image(Node):
    """``st.image`` / ``st.pyplot``: Streamlit's AppTest gives the images' URLs
    (here the URL, or a data URL for an image's bytes) and captions."""

    @property
    def _props(self) -> ImageProps:
        return cast(ImageProps, self._element.props)

    @property
    def value(self) -> list[str]:
        return [item.src for item in self._props["imgs"]]

    @property
    def captions(self) -> list[str]:
        return [item.caption or "" for item in self._props["imgs"]]


#: Node classes of elements that are not (or not only) widgets in Streamlit's AppTest.
_NODE_CLASSES: dict[str, type[Node]] = {"link_button": LinkButton, "data_editor": DataEditor,
                                        "image": Image}


_WIDGET_CLASSES: dict[str, type[Widget]] = {
    "button": Button, "checkbox": Checkbox, "toggle": Checkbox,
    "number_input": NumberInput, "text_input": TextWidget, "text_area": TextWidget,
    "slider": Slider, "select_slider": Selection, "selectbox": Selection,
    "radio": Selection, "multiselect": Selection, "date_input": Widget,
    "time_input": TimeWidget, "color_picker": Widget, "chat_input": ChatInput,
    "file_uploader": FileUploader, "download_button": Button,
    "pills": ButtonGroup, "segmented_control": ButtonGroup, "feedback": Feedback,
}

N = TypeVar("N", bound=Node)


class ElementList(Generic[N]):
    """A list of nodes; call it with ``key=`` to find a widget by key."""

    def __init__(self, nodes: Sequence[N]) -> None:
        self._list = list(nodes)

    def __len__(self) -> int:
        return len(self._list)

    @property
    def len(self) -> int:
        return len(self._list)

    def __getitem__(self, index: int) -> N:
        return self._list[index]

    def __iter__(self) -> Iterator[N]:
        return iter(self._list)

    def __call__(self, key: str) -> N:
        for node in self._list:
            if node.key == key:
                return node
        raise KeyError(key)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ElementList):
            return self._list == other._list
        return self._list == other

    def __repr__(self) -> str:
        return f"ElementList({self._list!r})"

    @property
    def values(self) -> list[Any]:
        return [node.value for node in self._list]


# Nodes of st.pagination and st.menu_button, with the surface of Streamlit
# 1.67's Pagination and MenuButton nodes.

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

    def set_value(self, v: Any) -> "Pagination":
        if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= self.num_pages:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot set pagination{key_part} to {v}. Page must be an int between 1 "
                f"and {self.num_pages}.")
        super().set_value(v)
        return self

    def select(self, page: int) -> "Pagination":
        return self.set_value(page)


class MenuButton(Widget):
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
        return self.root._trigger_values.get(self.id)

    @property
    def has_pending_value(self) -> bool:
        return self._value is not None

    def _state_value(self) -> Any:
        if self._value is None:
            return None
        try:
            return self.format_func(self._value)
        except Exception:
            return str(self._value)

    def click(self, v: Any) -> "MenuButton":
        return self.set_value(v)

    def click_index(self, index: int) -> "MenuButton":
        return self.set_value(self._element.props["option_values"][index])


_WIDGET_CLASSES.update({"pagination": Pagination, "menu_button": MenuButton})
