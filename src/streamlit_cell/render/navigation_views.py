"""Views of ``st.pagination`` and ``st.menu_button``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.page_tree import Element
from .base import EventSink, NO_OVERRIDE, View, close_widget, register_view, set_traits

if TYPE_CHECKING:
    from .reconciler import Reconciler


# --------------------------------------------------------------- pagination
def visible_pages(current: int, num_pages: int, max_visible: int | None) -> list[int]:
    """The page numbers shown around ``current``: all when ``max_visible`` is
    None, else a window of at most ``max_visible`` pages that keeps
    ``current`` inside it (0: none, only the previous/next buttons)."""
    if max_visible is None or max_visible >= num_pages:
        return list(range(1, num_pages + 1))
    if max_visible == 0:
        return []
    start = max(1, min(current - max_visible // 2, num_pages - max_visible + 1))
    return list(range(start, start + max_visible))


@register_view("pagination")
class PaginationView(View):
    """‹ [pages] ›: a ToggleButtons of the visible page numbers between
    previous and next buttons. Choosing a page reruns with that page."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self._syncing = False
        self.previous = w.Button(description="‹", tooltip="Previous page",
                                 layout=w.Layout(width="auto"))
        self.next = w.Button(description="›", tooltip="Next page", layout=w.Layout(width="auto"))
        self.pages = w.ToggleButtons(style={"button_width": "auto"})
        self.widget = w.HBox([self.previous, self.pages, self.next])
        self.widget.add_class("stc-pagination")
        self.previous.on_click(lambda _: self._go(self._current() - 1))
        self.next.on_click(lambda _: self._go(self._current() + 1))
        self.pages.observe(self._on_page, names="value")
        self.update(element)

    def _current(self) -> int:
        return int(self.element.props["value"])

    def _go(self, page: int) -> None:
        if 1 <= page <= self.element.props["num_pages"] and page != self._current():
            self.sink.widget_changed(self.element, page)

    def _on_page(self, change: dict[str, Any]) -> None:
        if not self._syncing and change["new"] is not None:
            self._go(int(change["new"]))

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        current = props["value"] if override is NO_OVERRIDE else override
        pages = visible_pages(current, props["num_pages"], props["max_visible_pages"])
        disabled = bool(props["disabled"])
        self._syncing = True
        try:
            set_traits(self.pages, {"options": tuple((str(p), p) for p in pages),
                                     "value": current if current in pages else None,
                                     "disabled": disabled})
            set_traits(self.pages.layout, {"display": None if pages else "none"})
        finally:
            self._syncing = False
        set_traits(self.previous, {"disabled": disabled or current <= 1})
        set_traits(self.next, {"disabled": disabled or current >= props["num_pages"]})

    def close(self) -> None:
        for widget in (self.previous, self.next, self.pages, self.widget):
            close_widget(widget)


# -------------------------------------------------------------- menu_button
@register_view("menu_button")
class MenuButtonView(View):
    """A button that opens a list of option buttons; choosing one reruns the
    cell with that option as the value (for that run only) and closes the list.
    Opening and closing the list is the notebook's own business: no rerun."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.toggle = w.Button(layout=w.Layout(width="auto"))
        self.toggle.on_click(lambda _: self._set_open(self.menu.layout.display == "none"))
        self.menu = w.VBox(layout=w.Layout(display="none", align_items="stretch"))
        self.menu.add_class("stc-menu")
        self.option_buttons: list[w.Button] = []
        self.widget = w.VBox([self.toggle, self.menu], layout=w.Layout(width="max-content"))
        self.update(element)

    def _set_open(self, is_open: bool) -> None:
        set_traits(self.menu.layout, {"display": None if is_open else "none"})

    def _choose(self, label: str) -> None:
        self._set_open(False)
        self.sink.widget_changed(self.element, label)

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        icon = f"{props['icon']} " if props.get("icon") and \
            not str(props["icon"]).startswith(":material") else ""
        set_traits(self.toggle, {
            "description": f"{icon}{props['label']} ▾", "tooltip": props.get("help") or None,
            "disabled": bool(props["disabled"]),
            "button_style": "primary" if props["type"] == "primary" else ""})
        labels = list(props["options"])
        if [b.description for b in self.option_buttons] != labels:
            for button in self.option_buttons:
                close_widget(button)
            self.option_buttons = []
            for label in labels:
                button = w.Button(description=label, layout=w.Layout(width="auto"))
                button.on_click(lambda _, label=label: self._choose(label))
                self.option_buttons.append(button)
            self.menu.children = tuple(self.option_buttons)
        for button in self.option_buttons:
            set_traits(button, {"disabled": bool(props["disabled"])})

    def close(self) -> None:
        for widget in (*self.option_buttons, self.toggle, self.menu, self.widget):
            close_widget(widget)


__all__ = ["visible_pages"]
