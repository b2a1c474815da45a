"""``DeltaGenerator``: the object behind ``st``, ``st.sidebar``, columns,
containers and placeholders. Every ``st.*`` element is a method of it.

As in Streamlit, the module-level ``st.foo`` calls go to the innermost
``with`` container of the run; a DeltaGenerator returned by an element call
(``placeholder = st.empty()``, ``t = st.text("a")``) *replaces* that element
when called again.
"""

from __future__ import annotations

from typing import Any, Callable

from ..runtime.run_context import RunContext, require_context, yield_point
from .celebrations import CelebrationsMixin
from .charts import ChartsMixin
from .chat import ChatMixin
from .data import DataMixin
from .display import DisplayMixin
from .maps_and_diagrams import MapsAndDiagramsMixin
from .file_widgets import FileWidgetsMixin
from .button_groups import ButtonGroupsMixin
from .data_editor import DataEditorMixin
from .layout import LayoutMixin
from .media import MediaMixin
from .datetime_input import DatetimeInputMixin
from .navigation import NavigationMixin
from .pages import PageLinkMixin
from .grid_and_skeleton import GridAndSkeletonMixin
from .embeds import EmbedsMixin
from .media_inputs import MediaInputsMixin
from .widget_helpers import check_widget_policies
from .status import StatusMixin
from .text import TextMixin
from .basic_widgets import BasicWidgetsMixin
from ..runtime.fragments import check_fragment_write
from ..runtime.element_ids import compute_and_register_element_id
from ..runtime.errors import StreamlitNotSupportedInNotebookError
from ..runtime.state import UrlCodec, WidgetMetadata
from ..runtime.widget_binding import (
    bind_before_register,
    check_bind,
    sync_after_register,
    unbind_if_bound,
)
from ..runtime.page_tree import Block, Element

_MAIN = "main"
_SIDEBAR = "sidebar"


class DeltaGenerator(TextMixin, BasicWidgetsMixin, LayoutMixin, DataMixin, StatusMixin,
                     DisplayMixin, ChartsMixin, MediaMixin, FileWidgetsMixin, ButtonGroupsMixin,
                     DataEditorMixin, ChatMixin, CelebrationsMixin, MapsAndDiagramsMixin,
                     DatetimeInputMixin, NavigationMixin, GridAndSkeletonMixin, EmbedsMixin,
                     MediaInputsMixin, PageLinkMixin):
    """Where the next element goes: appended to a block, or into a slot."""

    def __init__(
        self,
        *,
        root: str = _MAIN,
        block: Block | None = None,
        slot: tuple[Block, int] | None = None,
        form_id: str = "",
        is_module_root: bool = False,
    ) -> None:
        self._root = root
        self._block = block
        self._slot = slot
        self._form_id = form_id
        self._is_module_root = is_module_root
        #: ExpanderContainer / tab etc. may set a label for repr.
        self._label: str | None = None
        #: Elements written since the run that made the block ended (Streamlit's
        #: cursor keeps counting; see runtime/late_writes.py).
        self._late_count = 0

    # ------------------------------------------------------------ resolution
    def _active_dg(self, ctx: RunContext | None = None) -> "DeltaGenerator":
        """The DeltaGenerator a call on ``self`` really writes to (``ctx``: the
        run in progress, when the caller has it already)."""
        if not self._is_module_root:
            return self
        if ctx is None:
            ctx = require_context()
        if self._root == _MAIN and ctx.dg_stack:
            innermost = ctx.dg_stack[-1]
            # `with st.sidebar:` puts the sidebar itself on the stack.
            return innermost._active_dg(ctx) if innermost._is_module_root else innermost
        return ctx.root_dgs.get(self._root) or _root_dg(ctx, self._root)

    def _new(self, *, root: str, block: Block | None = None,
             slot: tuple[Block, int] | None = None, form_id: str = "") -> "DeltaGenerator":
        """A DeltaGenerator appending to ``block`` (or filling ``slot``): how
        element modules make one without importing this module (a cycle)."""
        return DeltaGenerator(root=root, block=block, slot=slot, form_id=form_id)

    def _main_root(self) -> "DeltaGenerator":
        """``st`` itself: writes go to the innermost ``with`` container of the run."""
        return main_dg

    def _event_root(self) -> "DeltaGenerator":
        """Streamlit's event container (toasts, style-only HTML, the open dialog)."""
        return event_dg

    def _is_delta_generator(self, obj: Any) -> bool:
        return isinstance(obj, DeltaGenerator)

    @property
    def _is_top_level(self) -> bool:
        return self._slot is None

    def _enqueue(self, element: Element) -> "DeltaGenerator":
        """Add ``element`` where this DeltaGenerator points; return a DG for it."""
        ctx = require_context()
        if ctx.stop_requested:
            yield_point(ctx)
        dg = self._active_dg(ctx)
        if dg._slot is not None:
            block, index = dg._slot
        else:
            block = dg._block if dg._block is not None else ctx.main
            index = len(block.items)
        page_root = block.page_root
        if page_root is not None and page_root is not ctx.main \
                and getattr(ctx, page_root.type, None) is not page_root:
            # A container of an earlier run: Streamlit writes to its path in
            # this run's page, at the index its own cursor has reached.
            if dg._slot is None:
                index += dg._late_count
                dg._late_count += 1
            ctx.late_writes_of().write(block.path + (index,), element, page_root)
            if ctx.on_element is not None:
                ctx.on_element(ctx, element)
            return DeltaGenerator(root=dg._root, slot=(block, index), form_id=dg._form_id)
        if dg._slot is not None:
            block.items[index] = element
        else:
            if ctx.fragment_ids_this_run:
                check_fragment_write(ctx, block)
            block.items.append(element)
        if isinstance(element, Block):
            element.path = block.path + (index,)
            element.page_root = page_root
        if ctx.on_element is not None:
            ctx.on_element(ctx, element)
        return DeltaGenerator(root=dg._root, slot=(block, index), form_id=dg._form_id)

    def _add_block(self, block: Block, *, form_id: str | None = None) -> "DeltaGenerator":
        """Add a container and return a DeltaGenerator that appends into it."""
        dg = self._active_dg()
        block.form_id = dg._form_id if form_id is None else form_id
        self._enqueue(block)
        return DeltaGenerator(root=dg._root, block=block, form_id=block.form_id)

    def _add_open_block(self, block: Block, is_open: Any) -> "DeltaGenerator":
        """Add a tab or an expander; return its container (a ``TabContainer``
        or ``ExpanderContainer``) with ``open`` set: the tab or expander's
        state when it is a widget, else None."""
        dg = self._add_block(block)
        container = _OPEN_CONTAINERS[block.type](root=dg._root, block=block,
                                                form_id=dg._form_id)
        container._open = is_open
        return container

    @property
    def _current_form_id(self) -> str:
        return self._active_dg()._form_id

    def _in_form(self) -> bool:
        return bool(self._current_form_id)

    # ---------------------------------------------------------- `with` blocks
    def __enter__(self) -> "DeltaGenerator":
        require_context().dg_stack.append(self)
        return self

    def __exit__(self, *exc: Any) -> bool:
        ctx = require_context()
        if ctx.dg_stack and ctx.dg_stack[-1] is self:
            ctx.dg_stack.pop()
        return False

    def __repr__(self) -> str:
        where = self._root if self._is_module_root else ("slot" if self._slot else "block")
        return f"DeltaGenerator({where})"

    # --------------------------------------------------------------- widgets
    # Streamlit's widget steps are: check the policies, compute the id, validate
    # the arguments, register the widget (which yields its value). Most widgets
    # validate between the id and the registration and use `_register_widget`;
    # the others call the steps themselves, in Streamlit's order, so the same
    # mistake raises the same error first.
    def _register_widget(
        self,
        element_type: str,
        *,
        key: str | None,
        label: str,
        id_kwargs: dict[str, Any],
        key_as_main_identity: bool | set[str],
        deserializer: Callable[[Any], Any],
        on_change: Callable[..., Any] | None,
        args: Any,
        kwargs: Any,
        default_value: Any = None,
        value_type: str = "value",
        writes_allowed: bool = True,
        check_callback_rules: bool = True,
        disabled: bool = False,
        form_id: str | None = None,
        validate: Callable[[], None] | None = None,
        bind: Any = None,
        url_codec: UrlCodec | None = None,
    ) -> tuple[str, Any, bool]:
        """All of Streamlit's widget steps.

        Returns (widget id, value, value set through session state this run).
        """
        check_widget_policies(self, key, on_change, default_value=default_value,
                              writes_allowed=writes_allowed,
                              check_callback_rules=check_callback_rules)
        widget_id = self._widget_id(element_type, key, label, id_kwargs, key_as_main_identity,
                                    form_id=form_id)
        if validate is not None:
            validate()
        value, changed = self._register_widget_state(
            widget_id, key=key, deserializer=deserializer, on_change=on_change, args=args,
            kwargs=kwargs, value_type=value_type, disabled=disabled, form_id=form_id,
            bind=bind, url_codec=url_codec)
        return widget_id, value, changed

    def _widget_id(self, element_type: str, key: str | None, label: str,
                   id_kwargs: dict[str, Any], key_as_main_identity: bool | set[str], *,
                   form_id: str | None = None) -> str:
        """Compute the widget's id and register it for this run (duplicate checks)."""
        ctx = require_context()
        dg = self._active_dg(ctx)
        return compute_and_register_element_id(
            ctx, element_type, user_key=key, key_as_main_identity=key_as_main_identity,
            form_id=dg._form_id if form_id is None else form_id, root=dg._root,
            label=label, **id_kwargs,
        )

    def _register_widget_state(
        self,
        widget_id: str,
        *,
        key: str | None,
        deserializer: Callable[[Any], Any],
        on_change: Callable[..., Any] | None,
        args: Any,
        kwargs: Any,
        value_type: str = "value",
        disabled: bool = False,
        form_id: str | None = None,
        bind: Any = None,
        url_codec: UrlCodec | None = None,
    ) -> tuple[Any, bool]:
        """Register the widget with the session; return (value, value set
        through session state this run). ``bind``: the script's argument;
        ``url_codec``: how the widget's value reads from and writes to a query
        parameter (given by the widgets that support ``bind``)."""
        ctx = require_context()
        bound = check_bind(bind, key)
        if bound and url_codec is None:
            raise StreamlitNotSupportedInNotebookError(
                f"`bind={bind!r}` on this widget",
                "streamlit-cell binds only st.checkbox, st.toggle, st.text_input, "
                "st.text_area, st.number_input, st.selectbox, st.radio, st.multiselect, "
                "st.select_slider, st.pills, st.segmented_control, st.color_picker "
                "and numeric st.slider: leave `bind` unset.")
        if ctx.stop_requested:
            yield_point(ctx)
        metadata = WidgetMetadata(
            id=widget_id,
            deserializer=deserializer,
            value_type=value_type,
            callback=on_change,
            # Kept as given, as Streamlit does: a bad `args` fails only when
            # the callback is called (and not at all without a callback).
            callback_args=args,
            callback_kwargs=kwargs,
            form_id=self._current_form_id if form_id is None else form_id,
            disabled=disabled,
            owner=ctx.cell_id,
            user_key=key,
            fragment_id=ctx.fragment_id,
            url_codec=url_codec if bound else None,
        )
        seeded = False
        if bound:
            assert key is not None
            seeded = bind_before_register(ctx.session, metadata, key)
        elif key is not None:
            unbind_if_bound(ctx.session, widget_id)
        value, changed = ctx.session.register_widget(metadata, key)
        if bound:
            assert key is not None
            sync_after_register(ctx.session, metadata, key, value, seeded)
        if key is not None:
            ctx.read_keys.add(key)
        return value, changed

    def _reset_widget_value(self, key: str | None, value: Any) -> None:
        """Replace the value of the keyed widget being registered, when its new
        arguments make the kept value invalid (Streamlit's ``reset_state_value``).
        An unkeyed widget only returns the corrected value."""
        if key is not None:
            require_context().session.reset_state_value(key, value)

    def _widget_element(self, element_type: str, widget_id: str, key: str | None,
                        props: dict[str, Any], form_id: str | None = None) -> Element:
        return Element(
            type=element_type, props=props, id=widget_id, key=key,
            form_id=self._current_form_id if form_id is None else form_id, is_widget=True,
        )


class TabContainer(DeltaGenerator):
    """One tab of ``st.tabs``: a container whose ``open`` says whether it is
    the open tab when the tabs are a widget (``on_change`` set), else None."""

    _open: bool | None = None

    @property
    def open(self) -> bool | None:
        return self._open

    @open.setter
    def open(self, value: bool | None) -> None:
        self._open = value

    def __enter__(self) -> "TabContainer":
        super().__enter__()
        return self


class ExpanderContainer(DeltaGenerator):
    """What ``st.expander`` returns: a container whose ``open`` is whether
    the expander is open when it is a widget (``on_change`` set), else None."""

    _open: Any = None

    @property
    def open(self) -> Any:
        return self._open

    @open.setter
    def open(self, value: Any) -> None:
        self._open = value

    def __enter__(self) -> "ExpanderContainer":
        super().__enter__()
        return self


_OPEN_CONTAINERS: dict[str, type[DeltaGenerator]] = {
    "tab": TabContainer, "expander": ExpanderContainer}


def _root_dg(ctx: RunContext, root: str) -> DeltaGenerator:
    """Make the run's DeltaGenerator appending to the main area or the sidebar
    (once per run: ``ctx.root_dgs`` keeps it)."""
    block = getattr(ctx, root)
    dg = ctx.root_dgs[root] = DeltaGenerator(root=root, block=block)
    return dg


#: ``st.*`` module functions are bound methods of these two.
main_dg = DeltaGenerator(root=_MAIN, is_module_root=True)
sidebar_dg = DeltaGenerator(root=_SIDEBAR, is_module_root=True)
#: ``st.toast`` writes here, as in Streamlit (whatever ``with`` block is open).
event_dg = DeltaGenerator(root="event", is_module_root=True)
