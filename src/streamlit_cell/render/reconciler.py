"""The ipywidgets reconciler: each run's element tree in, widgets out.

Views are matched to elements by element id (widget id for widgets; parent,
type and ordinal for the rest). A matching view is *reused*: only the traits
whose value changed are sent (in one message per widget, under
``hold_sync``); a container's ``children`` is assigned only when its order
changed; views whose element is gone are closed, so no comm is left behind.
A rerun in which nothing visible changed sends no message at all.

Values the runner sets (a callback changed a widget's key) are written with
the view's ``_syncing`` flag up, so the trait observer does not mistake them
for a person's input.

A form's staged values (what a person changed in a form not yet submitted)
reach the views one way: ``render(..., staged)`` takes them, and a view gets
its own as the ``override`` argument of ``update`` (also right after it is
made).
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

import ipywidgets as w

from ..runtime.page_tree import TRANSIENT_CLEARED, Block, Element
from .base import NO_OVERRIDE, VIEWS, BlockView, EventSink, View
from .message_guard import guard_view


class Reconciler:
    """Keeps the widgets of one app in step with its latest element tree."""

    def __init__(self, sink: EventSink) -> None:
        self.sink = sink
        # The arguments of the ``render`` pass in progress (see there).
        self._staged: Mapping[str, Any] = {}
        self._partial = False
        #: The last width (px) a chart's place was measured at in the page
        #: (see ``width_probe``): new charts start from it.
        self.measured_width = 0
        #: The app's toasts, over its top right (see ``ToastView``): the app
        #: shows this box once, first in its root.
        self.toast_stack = w.VBox()
        self.toast_stack.add_class("stc-toasts")

    def render(self, updates: Iterable[tuple[BlockView, Block]],
               staged: Mapping[str, Any], *, partial: bool = False) -> None:
        """Update each root view to show its root block.

        ``staged``: widget id -> a form's staged value, shown instead of the
        element's own. ``partial``: the run is still going (live updates), so
        views whose element has not been produced yet are kept after the new
        ones, not closed: the rest of the script may still produce them, as in
        Streamlit, whose stale elements stay until the run ends."""
        self._staged, self._partial = staged, partial
        try:
            for view, block in updates:
                view.update(block)
        finally:
            self._staged, self._partial = {}, False

    def make_view(self, element: Element) -> View:
        view_class = VIEWS.get(element.type)
        if view_class is None and isinstance(element, Block):
            view_class = BlockView  # a plain container
        if view_class is None:
            raise TypeError(f"streamlit-cell has no renderer for element type {element.type!r}")
        view = view_class(element, self.sink, self)
        guard_view(view)  # a crafted message is dropped, not raised (message_guard)
        if isinstance(view, BlockView):
            view.update(element)
        elif element.id in self._staged:  # a form's widget made again: show what is staged
            view.update(element, self._staged[element.id])
        return view

    def reconcile_children(self, parent: BlockView, block: Element) -> list[View]:
        old = parent.children
        new: dict[str, View] = {}
        ordered: list[View] = []
        for child in block.children:
            if child.type == TRANSIENT_CLEARED:
                continue
            view = old.get(child.id)
            if view is not None and view.compatible(child):
                view.update(child, self._staged.get(child.id, NO_OVERRIDE))
            else:
                if view is not None:
                    view.close()
                view = self.make_view(child)
            new[child.id] = view
            ordered.append(view)
        for element_id, view in old.items():
            if element_id in new:
                continue
            if self._partial:
                new[element_id] = view
                ordered.append(view)
            else:
                view.close()
        parent.children = new
        return ordered


__all__ = ["Reconciler"]
