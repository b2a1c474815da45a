"""Writes into a container that an earlier run made, placed as Streamlit places them.

In Streamlit a DeltaGenerator remembers its container by *delta path* (the
root, then an index per level) and keeps its own cursor. A container kept
from an earlier run (stored in ``st.session_state``, or captured by the
closure of a button's ``on_click``) therefore writes, during a later run, to
that path in the *new* page, at the index its cursor has reached:

* a callback runs before the script, so its write usually lands where the
  script has not written yet; the container the script then makes at the same
  path keeps it (Streamlit's front end and AppTest both keep a placeholder's
  children), unless the script writes over that index itself;
* a write to a path the script has already filled replaces what is there.

``LateWrites`` holds those writes for one run: placed at once when the target
container exists, otherwise kept until the end of the run, when
``finish`` puts the survivors in their containers (after the script's own
elements of the same container, in index order) and records the order in
which Streamlit's AppTest lists them (``Block.tester_order``).
"""

from __future__ import annotations

from typing import Any

from .page_tree import Block, Element

Path = tuple[Any, ...]


class LateWrites:
    """The late writes of one run (see the module docstring)."""

    __slots__ = ("_roots", "_early", "_pending", "_touches")

    def __init__(self, roots: dict[str, Block]) -> None:
        self._roots = roots
        #: Elements at an index beyond a container's end, by container.
        self._early: dict[int, tuple[Block, dict[int, Element]]] = {}
        #: Writes whose container the run has not made (yet).
        self._pending: list[tuple[Path, Element, int]] = []
        #: (container, index, how many of its elements the script had then):
        #: when a late write first reached each index, for AppTest's order.
        self._touches: dict[int, tuple[Block, list[tuple[int, int]]]] = {}

    # ----------------------------------------------------------- writing
    def seed(self, parent: Block, index: int, element: Element) -> None:
        """``element`` was at ``index`` of ``parent`` before this run began
        (a toast of the pass that ``st.rerun()`` ended): kept unless the run
        writes that index."""
        self._touch(parent, index, made_later=True)
        self._early.setdefault(id(parent), (parent, {}))[1][index] = element

    def write(self, path: Path, element: Element, stale_root: Block) -> None:
        """Put ``element`` at ``path`` of the current page (or remember it)."""
        if isinstance(element, Block):
            element.path = path
            element.page_root = stale_root  # writes into it are late too
        parent = self._resolve(path[:-1], touch=True)
        if parent is None:
            self._pending.append((path, element, self._depth_made(path)))
        else:
            self._place(parent, path[-1], element, script_wins=False)

    def _place(self, parent: Block, index: int, element: Element, *, script_wins: bool,
               made_later: bool = False) -> None:
        self._touch(parent, index, made_later=made_later)
        items = parent.items
        if index < len(items):
            current = items[index]
            if script_wins:
                # The script wrote here after this write: a container it made
                # keeps what was written into this one's place.
                if isinstance(current, Block) and isinstance(element, Block):
                    current.items.extend(element.items[len(current.items):])
                return
            if isinstance(element, Block) and isinstance(current, Block):
                element.items = list(current.items)
            items[index] = element
        elif index == len(items) and not script_wins:
            items.append(element)
        else:
            early = self._early.setdefault(id(parent), (parent, {}))[1]
            previous = early.get(index)
            if isinstance(element, Block) and isinstance(previous, Block):
                element.items = list(previous.items)
            early[index] = element

    def _touch(self, parent: Block, index: int, *, made_later: bool = False) -> None:
        touches = self._touches.setdefault(id(parent), (parent, []))[1]
        touches.append((index, 0 if made_later else len(parent.items)))

    def _child(self, parent: Block, index: int) -> Element | None:
        if index < len(parent.items):
            return parent.items[index]
        early = self._early.get(id(parent))
        return early[1].get(index) if early is not None else None

    def _resolve(self, path: Path, *, touch: bool = False,
                 made_later_from: int | None = None) -> Block | None:
        """The current page's container at ``path``, or None if the run has
        not made one there. ``touch`` records the indexes passed through;
        ``made_later_from``: the depth from which the containers were made
        after the write (their late children came first)."""
        node: Element | None = self._roots.get(path[0])
        for depth, index in enumerate(path[1:], start=1):
            if not isinstance(node, Block):
                return None
            if touch:
                self._touch(node, index)
            elif made_later_from is not None and depth > made_later_from:
                self._touch(node, index, made_later=True)
            node = self._child(node, index)
        return node if isinstance(node, Block) else None

    def _depth_made(self, path: Path) -> int:
        """How deep ``path`` exists in the current page."""
        node: Element | None = self._roots.get(path[0])
        depth = 0
        for index in path[1:]:
            if not isinstance(node, Block):
                break
            node = self._child(node, index)
            if node is None:
                break
            depth += 1
        return depth + 1  # the root counts

    # ------------------------------------------------------------ finish
    def finish(self) -> None:
        """End of the run: place what waited for its container, then move
        each container's surviving late elements behind its own."""
        for path, element, depth_made in self._pending:
            parent = self._resolve(path[:-1], made_later_from=depth_made)
            if parent is not None:  # a container the run never made shows nothing
                self._place(parent, path[-1], element, script_wins=True, made_later=True)
        moved: dict[int, dict[int, int]] = {}  # container -> late index -> position
        for parent, early in self._early.values():
            length = len(parent.items)
            positions = moved[id(parent)] = {}
            for index in sorted(early):
                element = early[index]
                if index < length:  # the script wrote there after
                    current = parent.items[index]
                    if isinstance(current, Block) and isinstance(element, Block):
                        current.items.extend(element.items[len(current.items):])
                else:
                    positions[index] = len(parent.items)
                    parent.items.append(element)
        for parent, touches in self._touches.values():
            _set_tester_order(parent, touches, moved.get(id(parent), {}))


def _set_tester_order(parent: Block, touches: list[tuple[int, int]],
                      moved: dict[int, int]) -> None:
    """Streamlit's AppTest fills a dict by delta index: an index first
    reached by a late write is listed where that write came (``touches``:
    (index, how many elements the script had made then)); ``moved`` maps the
    late indexes placed behind the script's elements to their positions."""
    count = len(parent.items)
    script_count = count - len(moved)
    order: list[int] = []
    seen: set[int] = set()

    def emit(position: int | None) -> None:
        if position is not None and position not in seen:
            seen.add(position)
            order.append(position)

    def position_of(index: int) -> int | None:
        if index in moved:
            return moved[index]
        return index if index < script_count else None  # nothing survived there

    touches = sorted(touches, key=lambda touch: touch[1])  # stable: write order kept
    t = 0
    for position in range(count):
        while t < len(touches) and touches[t][1] <= position:
            emit(position_of(touches[t][0]))
            t += 1
        if position < script_count:
            emit(position)
    for index, _ in touches[t:]:
        emit(position_of(index))
    for position in range(count):
        emit(position)
    if order != list(range(count)):
        parent.tester_order = order
