"""``AppTest``: drive a Streamlit script without Jupyter, with the surface of
``streamlit.testing.v1.AppTest``.

Interaction model (Streamlit's): ``set_value``/``click`` are staged on the
element and sent with the next ``run()``; a click is True for that run only;
a form widget's staged value is sent only when a submit button of its form is
clicked in the same ``run()``; after a ``clear_on_submit`` form is submitted,
its next submit sends the widgets' defaults unless they were set again.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import os
import textwrap
from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from .runner import RunResult, ScriptRunner
from .state import WIDGET_DEFAULT, KeysAsAttributes, SessionState
from .tree import TRANSIENT_CLEARED, Block, Element

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
    def value(self) -> str:
        return self._element.props["body"]

    @property
    def expanded(self) -> Any:
        return self._element.props.get("expanded")


class ExceptionNode(Node):
    @property
    def message(self) -> str:
        return self._element.props["message"]

    @property
    def value(self) -> str:
        return self.message

    @property
    def stack_trace(self) -> list[str]:
        return list(self._element.props["stack_trace"])

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
        from .elements.inputs import UploadedFile

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
        from .elements.inputs import UploadedFile

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
        from .elements.inputs import as_uploaded_files

        if self._value is not _UNSET:
            return list(self._value)
        return as_uploaded_files(self.root._session[self.id])


def _uploaded_file(file: Any) -> Any:
    from .elements.inputs import UploadedFile

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
    def value(self) -> Any:
        return self._element.props["data"]

    @property
    def editing_mode(self) -> str:
        return self._element.props["editing_mode"]

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
    def value(self) -> list[str]:
        return [item.src for item in self._element.props["imgs"]]

    @property
    def captions(self) -> list[str]:
        return [item.caption or "" for item in self._element.props["imgs"]]


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


class TesterSessionState(KeysAsAttributes):
    """``at.session_state``: item and attribute access to the AppTest's session."""

    def __init__(self, session: SessionState) -> None:
        object.__setattr__(self, "_state", session)

    def __getitem__(self, key: str) -> Any:
        return self._state[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self._state[key] = value

    def __delitem__(self, key: str) -> None:
        del self._state[key]

    def __contains__(self, key: object) -> bool:
        # As Streamlit's tester state: membership among user keys and keyed widgets.
        return key in self._state.filtered_state

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self._state[key]
        except KeyError:
            return default

    def keys(self) -> Any:
        return self._state.filtered_state.keys()

    def items(self) -> Any:
        return self._state.filtered_state.items()

    def values(self) -> Any:
        return self._state.filtered_state.values()

    def to_dict(self) -> dict[str, Any]:
        return self._state.filtered_state

    def __iter__(self) -> Iterator[str]:
        return iter(self._state.filtered_state)

    def __len__(self) -> int:
        return len(self._state.filtered_state)

    def __repr__(self) -> str:
        return repr(self._state.filtered_state)

    def filtered_state(self) -> dict[str, Any]:
        return self._state.filtered_state


class AppTest:
    """Run a Streamlit script and inspect/drive its elements, like
    ``streamlit.testing.v1.AppTest``."""

    def __init__(self, source: str, *, default_timeout: float = 3,
                 filename: str = "<streamlit_cell app>") -> None:
        self._source = source
        self.default_timeout = default_timeout
        self._session = SessionState()
        self._runner = ScriptRunner(source, self._session, filename=filename)
        self._result: RunResult | None = None
        self._tree: BlockNode | None = None
        self._trigger_values: dict[str, Any] = {}
        self._cleared_form_ids: set[str] = set()

    # ------------------------------------------------------------ creation
    @classmethod
    def from_string(cls, script: str, *, default_timeout: float = 3) -> "AppTest":
        return cls(textwrap.dedent(script), default_timeout=default_timeout)

    @classmethod
    def from_file(cls, script_path: str | os.PathLike[str], *,
                  default_timeout: float = 3) -> "AppTest":
        path = os.fspath(script_path)
        if not os.path.isabs(path):
            caller = inspect.stack()[1].filename
            path = os.path.join(os.path.dirname(os.path.abspath(caller)), path)
        with open(path, encoding="utf-8") as f:
            return cls(f.read(), default_timeout=default_timeout, filename=path)

    @classmethod
    def from_function(cls, script: Callable[..., Any], *, default_timeout: float = 3,
                      args: Any = None, kwargs: Any = None) -> "AppTest":
        source = textwrap.dedent(inspect.getsource(script))
        call = f"\n{script.__name__}(*{tuple(args or ())!r}, **{dict(kwargs or {})!r})\n"
        return cls(source + call, default_timeout=default_timeout)

    # ----------------------------------------------------------------- run
    def run(self, *, timeout: float | None = None) -> "AppTest":
        """Run the script with the staged widget values; return self."""
        values, submitted, clears = self._widget_values()
        self._result = self._runner.run(values)
        self._trigger_values = self._result.trigger_values
        for form_id in submitted:
            if clears.get(form_id):
                self._cleared_form_ids.add(form_id)
            else:
                self._cleared_form_ids.discard(form_id)
        self._tree = None
        if isinstance(self._result.exception, KeyboardInterrupt):
            raise self._result.exception  # Ctrl-C stops the test session
        return self

    def _widget_values(self) -> tuple[dict[str, Any] | None, set[str], dict[str, bool]]:
        if self._result is None:
            return None, set(), {}
        widgets = [n for n in self._root() if isinstance(n, Widget)]
        submitted = {w.form_id for w in widgets
                     if isinstance(w, Button) and w._element.props.get("is_form_submitter")
                     and w._value}
        clears = {n._element.props["form_id"]: bool(n._element.props.get("clear_on_submit"))
                  for n in self._root() if n.type == "form"}
        values: dict[str, Any] = {}
        for widget in widgets:
            form_id = widget.form_id
            if (form_id and form_id in submitted and form_id in self._cleared_form_ids
                    and clears.get(form_id) and not isinstance(widget, Button)
                    and not widget.has_pending_value):
                values[widget.id] = WIDGET_DEFAULT
                continue
            if form_id and form_id not in submitted:
                # Unsubmitted form: the front end holds staged values back.
                values[widget.id] = False if isinstance(widget, Button) \
                    else self._session[widget.id]
                continue
            values[widget.id] = widget._state_value()
        return values, submitted, clears

    # ---------------------------------------------------------------- tree
    def _wrap(self, element: Element) -> Node:
        if isinstance(element, Block):
            return BlockNode(element, self)
        if element.type in _NODE_CLASSES:
            return _NODE_CLASSES[element.type](element, self)
        if element.is_widget:
            return _WIDGET_CLASSES.get(element.type, Widget)(element, self)
        if element.type == "exception":
            return ExceptionNode(element, self)
        if element.type == "json":
            return Json(element, self)
        if "body" in element.props:
            return Text(element, self)
        return Node(element, self)

    def _root(self) -> BlockNode:
        if self._result is None:
            raise AppTestError("Call `run()` before inspecting the app's elements.")
        if self._tree is None:
            roots = [self._result.main, self._result.sidebar]
            if self._result.event.items:  # Streamlit's event block (an open dialog)
                roots.append(self._result.event)
            if self._result.bottom.items:  # Streamlit's bottom block exists once used
                roots.append(self._result.bottom)
            root = Block("root", id="root", items=roots)
            self._tree = BlockNode(root, self)
        return self._tree

    def __iter__(self) -> Iterator[Node]:
        return iter(self._root())

    def __len__(self) -> int:
        return len(self._root())

    def __getitem__(self, index: int) -> Node:
        return self._root()[index]

    @property
    def main(self) -> BlockNode:
        return self._root().children[0]  # type: ignore[return-value]

    @property
    def sidebar(self) -> BlockNode:
        return self._root().children[1]  # type: ignore[return-value]

    @property
    def session_state(self) -> TesterSessionState:
        return TesterSessionState(self._session)

    def __getattr__(self, name: str) -> Any:
        types = _element_types(name)
        if types is None:
            raise AttributeError(f"'AppTest' object has no attribute '{name}'")
        return self._root()._nodes_of(*types)

    def __repr__(self) -> str:
        return f"AppTest(ran={self._result is not None})"


#: ``at.<name>`` lists whose node type differs from the command's name.
_LIST_TYPES: dict[str, tuple[str, ...]] = {
    "columns": ("column",), "tabs": ("tab",), "help": ("help_info",),
    "button_group": ("pills", "segmented_control"),
}


def _element_types(name: str) -> tuple[str, ...] | None:
    """Node types listed by ``at.<name>``: every ``st.*`` element command has
    its list (``at.button``, ``at.progress``...), as in Streamlit's AppTest."""
    if name in _LIST_TYPES:
        return _LIST_TYPES[name]
    from .api import ELEMENT_COMMANDS

    return (name,) if name in ELEMENT_COMMANDS else None


def json_value(node: Json) -> Any:
    """Parsed value of a JSON node."""
    return json.loads(node.value)


# Nodes of st.pagination and st.menu_button (defined with their elements).
from .testing_more_nodes import MenuButton, Pagination  # noqa: E402

_WIDGET_CLASSES.update({"pagination": Pagination, "menu_button": MenuButton})
