"""Multipage apps on screen: ``st.page_link`` (an element) and the menu of
``st.navigation`` (not an element: a run's result carries it, as Streamlit
sends it apart from the page's elements).

Both are link-styled buttons: clicking a page of the app asks the app to
switch to it (a rerun on the new page); an external page is a plain link
opened in a new tab. The current page is highlighted.
"""

from __future__ import annotations

from html import escape as _escape
from typing import TYPE_CHECKING, Any, Callable

import ipywidgets as w

from ..runtime.page_tree import Element
from ..runtime.pages import NavigationEntry, NavigationMenu
from .base import NO_OVERRIDE, EventSink, View, close_widget, register_view, set_traits
from .file_views import anchor_html

if TYPE_CHECKING:
    from .reconciler import Reconciler

#: Pages a collapsed menu lists before its "View more" button, unless
#: ``expanded=n`` says; it collapses only with two pages more than that and
#: other elements in the sidebar (Streamlit's front end).
COLLAPSED_ITEMS = 10


def _label(icon: str, title: str) -> str:
    """A button's text: an emoji icon before the title (Material icons and
    the spinner need Streamlit's front end, so they are left out)."""
    return f"{icon} {title}" if icon and not icon.startswith(":") and icon != "spinner" \
        else title


def _link_button(description: str, tooltip: str, on_click: Callable[[], None]) -> w.Button:
    button = w.Button(description=description, tooltip=tooltip or None,
                      layout=w.Layout(width="auto"))
    button.add_class("stc-page-link")
    button.on_click(lambda _: on_click())
    return button


def _set_current(button: w.Button, current: bool) -> None:
    if current and "stc-page-current" not in button._dom_classes:
        button.add_class("stc-page-current")
    elif not current and "stc-page-current" in button._dom_classes:
        button.remove_class("stc-page-current")


@register_view("page_link")
class PageLinkView(View):
    """``st.page_link``: a link-styled button that switches page, or a link
    to an external URL."""

    def __init__(self, element: Element, sink: EventSink,
                 reconciler: Reconciler | None = None) -> None:
        super().__init__(element, sink)
        self.external = bool(element.props["external"])
        if self.external:
            self.widget = w.HTML()
        else:
            self.widget = _link_button("", "", self._clicked)
        self.update(element)

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and bool(element.props["external"]) == self.external

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        self.element = element
        props = element.props
        label = _label(props["icon"], props["label"])
        width = "100%" if props["width"] == "stretch" else \
            f"{props['width']}px" if isinstance(props["width"], int) else "auto"
        if self.external:
            href = None if props["disabled"] else props["page"]
            set_traits(self.widget, {"value": anchor_html(label, href, look="tertiary",
                                                          help=props["help"] or None,
                                                          new_tab=True)})
            return
        set_traits(self.widget, {"description": label, "tooltip": props["help"] or None,
                                 "disabled": bool(props["disabled"])})
        if self.widget.layout.width != width:
            self.widget.layout.width = width
        _set_current(self.widget, bool(props.get("current")))

    def _clicked(self) -> None:
        props = self.element.props
        if not props["disabled"]:
            self.sink.switch_page(props["page_script_hash"], props["query_string"])


class NavigationMenuView:
    """The menu of ``st.navigation``: section headers and one link per
    visible page, the current page highlighted; in the sidebar or as a bar
    above the app. Rebuilt only when the menu changed."""

    def __init__(self, switch_page: Callable[[str, str], None]) -> None:
        self.switch_page = switch_page
        self.menu: NavigationMenu | None = None
        self.sidebar_has_elements = False
        self.show_all = False
        self.widget = w.VBox()
        self.widget.add_class("stc-nav")
        #: page hash -> its button (to move the highlight without a rebuild).
        self.buttons: dict[str, w.Button] = {}
        self._parts: list[w.Widget] = []

    def show(self, menu: NavigationMenu | None, sidebar_has_elements: bool = False) -> None:
        if menu == self.menu and sidebar_has_elements == self.sidebar_has_elements:
            return
        if sidebar_has_elements != self.sidebar_has_elements:
            self.sidebar_has_elements = sidebar_has_elements
            self.menu = None  # the collapsing rule changed: build again
        previous, self.menu = self.menu, menu
        if (previous is not None and menu is not None
                and _same_entries(previous, menu)):
            for page_hash, button in self.buttons.items():
                _set_current(button, page_hash == menu.current_page_hash)
            return
        self._build()

    def _build(self) -> None:
        old = self._parts
        self.buttons = {}
        parts: list[w.Widget] = []
        menu = self.menu
        if menu is not None and menu.position != "hidden":
            pages = menu.visible_pages
            limit = menu.visible_items or COLLAPSED_ITEMS
            collapsed = (menu.position == "sidebar" and self.sidebar_has_elements
                         and not menu.expanded and not self.show_all
                         and len(pages) > limit + 2)
            shown = pages[:limit] if collapsed else pages
            section = None
            for entry in shown:
                if entry.section != section:
                    section = entry.section
                    if section and menu.position == "sidebar":
                        header = w.HTML(value=f"<b>{_escape(section)}</b>")
                        header.add_class("stc-nav-section")
                        parts.append(header)
                parts.append(self._entry_widget(entry, menu))
            if len(shown) < len(pages):
                more = w.Button(description=f"View {len(pages) - len(shown)} more",
                                layout=w.Layout(width="auto"))
                more.add_class("stc-page-link")
                more.on_click(lambda _: self._expand())
                parts.append(more)
        self._parts = parts
        self.widget.children = tuple(parts)
        if self.menu is not None and self.menu.position == "top":
            self.widget.layout.flex_flow = "row wrap"
        else:
            self.widget.layout.flex_flow = None
        for part in old:
            close_widget(part)

    def _entry_widget(self, entry: NavigationEntry, menu: NavigationMenu) -> w.Widget:
        label = _label(entry.icon, entry.title)
        if entry.external_url is not None:
            return w.HTML(value=anchor_html(label, entry.external_url, look="tertiary",
                                            help=entry.help or None, new_tab=True))
        page_hash = entry.page_script_hash
        button = _link_button(label, entry.help, lambda: self.switch_page(page_hash, ""))
        _set_current(button, page_hash == menu.current_page_hash)
        self.buttons[page_hash] = button
        return button

    def _expand(self) -> None:
        self.show_all = True
        self._build()

    def close(self) -> None:
        for part in self._parts:
            close_widget(part)
        close_widget(self.widget)


def _same_entries(a: NavigationMenu, b: NavigationMenu) -> bool:
    return (a.pages, a.position, a.expanded, a.visible_items) == \
        (b.pages, b.position, b.expanded, b.visible_items)


