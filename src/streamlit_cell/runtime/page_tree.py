"""The element tree one script run produces: plain data, no Jupyter.

A run appends ``Element``s to ``Block``s. Renderers walk the tree; widgets are
identified by their widget id, other elements by their position among siblings
of the same type, which is what lets a renderer reuse what is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator


#: The page's root containers, in Streamlit's order (its ``RootContainer``:
#: MAIN, SIDEBAR, EVENT, BOTTOM). "event" holds an open ``st.dialog``,
#: "bottom" a chat input written at the top level of the main area. Every
#: place that goes over the whole page goes over these, in this order.
PAGE_ROOTS: tuple[str, ...] = ("main", "sidebar", "event", "bottom")


#: What a transient element (a spinner) leaves when it ends: nothing shown,
#: no node for a tester, but its slot stays so later slots keep their places.
TRANSIENT_CLEARED = "transient_cleared"


@dataclass(eq=False)
class Element:
    """One displayed thing: ``type`` names it, ``props`` is what it shows."""

    type: str
    props: dict[str, Any] = field(default_factory=dict)
    #: Widget id for widgets; assigned by ``assign_ids`` for the rest.
    id: str = ""
    #: The user key of a widget, if it has one.
    key: str | None = None
    #: The form a widget belongs to ("" when outside any form).
    form_id: str = ""
    is_widget: bool = False

    @property
    def children(self) -> list["Element"]:
        return []


@dataclass(eq=False)
class Block(Element):
    """A container: main area, sidebar, columns, expander, form, tabs..."""

    items: list[Element] = field(default_factory=list)
    #: Where the block sits, as Streamlit's delta path: the root's name, then
    #: the index in each container down to it.
    path: tuple[Any, ...] = ()
    #: The root container of the run that made it: a DeltaGenerator kept from
    #: an earlier run (in session state, in a callback's closure) writes to
    #: its path in the current run instead (see ``late_writes``).
    page_root: "Block | None" = field(default=None, repr=False)
    #: The order in which Streamlit's AppTest lists the children (its tree is
    #: a dict filled in delta order) when it is not page order: writes from a
    #: callback into an earlier run's container arrive before the run's own.
    tester_order: list[int] | None = None

    @property
    def children(self) -> list[Element]:
        return self.items


def new_root(name: str) -> "Block":
    """An empty root container of the page (one of ``PAGE_ROOTS``)."""
    root = Block(name, id=name, path=(name,))
    root.page_root = root
    return root


def walk(element: Element) -> Iterator[Element]:
    """Every element below ``element`` (itself included), in page order."""
    yield element
    for child in element.children:
        yield from walk(child)


def assign_ids(block: Block) -> None:
    """Give non-widget elements stable ids: parent id, type, and ordinal among
    same-type siblings. Widgets keep their widget ids."""
    counts: dict[str, int] = {}
    for child in block.items:
        if not child.is_widget:
            n = counts.get(child.type, 0)
            counts[child.type] = n + 1
            child.id = f"{block.id}/{child.type}.{n}"
        if isinstance(child, Block):
            assign_ids(child)
