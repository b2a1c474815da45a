"""The view of ``st.dialog`` (see ``elements/dialog.py``): a bordered box at
the top of the app with the title and, when dismissible, a close button.

Closing hides the box at once (Streamlit closes the modal in the browser);
with ``on_dismiss`` "rerun" or a callback it also fires the dialog's trigger,
so the cell reruns. A hidden dialog shows again only when a later run opens
it anew (a new dialog block); the dialog's own fragment runs keep its block.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.page_tree import Element
from .base import BlockView, EventSink, NO_OVERRIDE, close_widget, register_view, set_traits

if TYPE_CHECKING:
    from .reconciler import Reconciler

#: Streamlit's dialog widths in pixels.
DIALOG_WIDTHS = {"small": 500, "medium": 750, "large": 1280}


@register_view("dialog")
class DialogView(BlockView):
    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        self.title = w.HTML()
        self.close_button = w.Button(description="✕", tooltip="Close",
                                     layout=w.Layout(width="auto"))
        self.close_button.on_click(lambda _: self.dismiss())
        self.header = w.HBox([self.title, self.close_button],
                             layout=w.Layout(justify_content="space-between",
                                             align_items="center", width="100%"))
        self.body = w.VBox(layout=w.Layout(width="100%"))
        super().__init__(element, sink, reconciler)
        self.widget.add_class("stc-bordered")
        self.widget.add_class("stc-dialog")

    def create(self, element: Element) -> w.Box:
        return w.VBox([self.header, self.body])

    def decorate(self, element: Element) -> None:
        pass

    def set_children(self, widgets: tuple[w.Widget, ...]) -> None:
        if tuple(self.body.children) != widgets:
            self.body.children = widgets

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        reopened = element is not self.element
        super().update(element)
        props = element.props
        icon = f"{html.escape(props['icon'])} " if props.get("icon") else ""
        set_traits(self.title, {"value": f"<b>{icon}{html.escape(props['title'])}</b>"})
        set_traits(self.close_button.layout,
                    {"display": None if props.get("dismissible") else "none"})
        width = props.get("width")
        pixels = DIALOG_WIDTHS.get(width, width if isinstance(width, int) else 500)
        margin = {"left": "0 auto 0 0", "right": "0 0 0 auto"}.get(props.get("position"), "0 auto")
        layout = {"max_width": f"{pixels}px", "width": "100%", "margin": margin}
        if reopened:
            layout["display"] = None
        set_traits(self.widget.layout, layout)

    def dismiss(self) -> None:
        """The person closed the dialog."""
        if not self.element.props.get("dismissible"):
            return
        self.widget.layout.display = "none"
        dismiss_id = self.element.props.get("dismiss_id")
        if dismiss_id:
            self.sink.button_clicked(Element("dialog_dismiss", id=dismiss_id))

    def close(self) -> None:
        super().close()
        for widget in (self.title, self.close_button, self.header, self.body):
            close_widget(widget)
