"""Views of ``st.datetime_input``, ``st.pagination``, ``st.menu_button``,
``st.grid``, ``st.skeleton``, ``st.iframe`` / ``st.components.v1``, ``st.pdf``
and ``st.logo``.

Frames: a page the script embeds runs in a sandboxed ``<iframe>`` without
``allow-same-origin``, so its scripts get an opaque origin and cannot reach
the notebook page (its DOM, its kernel connection, its cookies) even when it
is the user's own HTML (``srcdoc``) or a URL on the notebook's own server.
Every attribute value is escaped, so no text can leave its attribute.
"""

from __future__ import annotations

import base64
import html
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.element_props import GridProps, IframeProps, LogoProps, PdfProps, SkeletonProps
from ..runtime.page_tree import Element
from .markdown import escape
from .html_view import register_html_views
from .base import BlockView, EventSink, NO_OVERRIDE, View, _LABEL_STYLE, _label_traits, close_widget, register_view, set_traits
from .basic_views import DataFrameView, ValueView
from ..elements.column_config import displayed_frame

if TYPE_CHECKING:
    from .reconciler import Reconciler

#: What a framed page may do: run scripts, submit forms, open links in a new
#: tab. Never allow-same-origin (see the module docstring).
FRAME_SANDBOX = "allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox"
#: The user's own HTML (``components.v1.html``, ``st.iframe("<p>...")``): scripts only.
SRCDOC_SANDBOX = "allow-scripts"


def _attr(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _css_size(value: Any, *, default: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value}px"
    if value == "stretch":
        return "100%"
    return default


# ------------------------------------------------------------ datetime_input
@register_view("datetime_input")
class DatetimeView(ValueView):
    """A ``NaiveDatetimePicker`` (the browser's date-and-time input)."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)

    def create(self, element: Element) -> w.Widget:
        return w.NaiveDatetimePicker(style=_LABEL_STYLE)

    def traits(self, element: Element) -> dict[str, Any]:
        traits = _label_traits(element.props)
        traits["min"] = element.props["min_value"]
        traits["max"] = element.props["max_value"]
        return traits


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


# --------------------------------------------------------------------- grid
_GAPS = {"xxsmall": "0.125rem", "xsmall": "0.25rem", "small": "1rem", "medium": "2rem",
         "large": "4rem", "xlarge": "6rem", "xxlarge": "8rem"}


def _gap(gap: Any) -> str:
    if gap is None:
        return "0"
    if isinstance(gap, int) and not isinstance(gap, bool):
        return f"{gap}px"
    return _GAPS.get(str(gap).lower(), "1rem")


def grid_layout_traits(props: GridProps) -> dict[str, Any]:
    """The CSS grid of ``st.grid``'s arguments."""
    columns, min_width = props["columns"], props["min_column_width"]
    cell_min = f"{min_width}px" if min_width != "auto" else "10rem"
    if columns == "auto":
        template = f"repeat(auto-fill, minmax(min({cell_min}, 100%), 1fr))"
    elif props["wrap"]:
        # At most `columns` per row; narrower screens wrap to fewer.
        template = (f"repeat(auto-fill, minmax(max({cell_min if min_width != 'auto' else '0px'}, "
                    f"calc((100% - {columns - 1} * {_gap(props['column_gap'])}) / {columns})), 1fr))")
    else:
        template = f"repeat({columns}, minmax(0, 1fr))"
    row_height = props["row_height"]
    return {
        "grid_template_columns": template,
        "grid_auto_rows": f"{row_height}px" if row_height != "content" else "auto",
        "grid_gap": f"{_gap(props['row_gap'])} {_gap(props['column_gap'])}",
        "align_items": {"top": "flex-start", "center": "center",
                        "bottom": "flex-end"}[props["vertical_alignment"]],
        "width": _css_size(props["width"], default="100%"),
        "height": _css_size(props["height"], default="auto"),
        "grid_auto_flow": "row dense" if props["dense"] else "row",
    }


@register_view("grid")
class GridView(BlockView):
    """``st.grid``: an ipywidgets ``GridBox``; children fill cells in order."""

    def create(self, element: Element) -> w.Box:
        return w.GridBox(layout=w.Layout(**grid_layout_traits(element.props)))

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        set_traits(self.widget.layout, grid_layout_traits(element.props))


@register_view("grid_cell")
class GridCellView(BlockView):
    """``GridContainer.cell``: a container spanning columns and rows."""

    @staticmethod
    def _span(props: dict[str, Any]) -> dict[str, Any]:
        span = props["column_span"]
        return {"grid_column": "1 / -1" if span == "all" else f"span {span}",
                "grid_row": f"span {props['row_span']}", "min_width": "0"}

    def create(self, element: Element) -> w.Box:
        return w.VBox(layout=w.Layout(**self._span(element.props)))

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        set_traits(self.widget.layout, self._span(element.props))


# ------------------------------------------------------------------ HTML ones
_SKELETON_STYLE = (
    "<style>@keyframes stc-skeleton-pulse { 0%, 100% { opacity: 1; } 50% { opacity: .45; } }"
    ".stc-skeleton-box { border-radius: 0.5rem; animation: stc-skeleton-pulse 1.5s "
    "ease-in-out infinite; background: var(--jp-layout-color3, #e0e0e0); }"
    "@media (prefers-reduced-motion: reduce) { .stc-skeleton-box { animation: none; } }"
    "</style>")


def skeleton_html(props: SkeletonProps) -> str:
    height = props.get("height")
    css_height = "2.5rem" if height is None else _css_size(height, default="100%")
    width = _css_size(props.get("width", "stretch"), default="100%")
    return (f'{_SKELETON_STYLE}<div class="stc-skeleton-box" role="progressbar" '
            f'aria-busy="true" aria-label="Loading" '
            f'style="height: {css_height}; width: {width};"></div>')


def iframe_html(props: IframeProps) -> str:
    """An ``<iframe>`` of an ``iframe`` element: its URL (a data URL for a
    local file's bytes) or the user's HTML as ``srcdoc``, sandboxed."""
    height = props["height"]
    css_height = f"{height}px" if isinstance(height, int) else (
        "100%" if height == "stretch" else "150px")
    width = props["width"]
    css_width = f"{width}px" if isinstance(width, int) else "100%"
    if props.get("srcdoc") is not None:
        source = f'srcdoc="{_attr(props["srcdoc"])}" sandbox="{SRCDOC_SANDBOX}"'
    elif props.get("data") is not None:
        url = f"data:{props['mimetype']};base64,{base64.b64encode(props['data']).decode()}"
        source = f'src="{_attr(url)}" sandbox="{FRAME_SANDBOX}"'
    else:
        source = f'src="{_attr(props["src"])}" sandbox="{FRAME_SANDBOX}"'
    extra = ""
    if props.get("tab_index") is not None:
        extra += f' tabindex="{int(props["tab_index"])}"'
    if props.get("alt"):
        extra += f' title="{_attr(props["alt"])}"'
    scrolling = "auto" if props.get("scrolling") else "no"
    return (f'<iframe {source} scrolling="{scrolling}"{extra} '
            f'style="width: {css_width}; height: {css_height}; border: none;" '
            f'referrerpolicy="no-referrer"></iframe>')


def pdf_html(props: PdfProps) -> str:
    """The browser's own PDF viewer in an ``<object>`` (a sandboxed iframe
    would block it), with a download link where the browser has none."""
    if props.get("url") is not None:
        url = props["url"]
    else:
        url = f"data:application/pdf;base64,{base64.b64encode(props['data']).decode()}"
    height = props["height"]
    css_height = f"{height}px" if isinstance(height, int) else "100%"
    label = _attr(props.get("alt") or "PDF document")
    return (f'<object data="{_attr(url)}" type="application/pdf" aria-label="{label}" '
            f'style="width: 100%; height: {css_height}; border: none;">'
            f'<a href="{_attr(url)}" download="document.pdf" target="_blank" '
            f'rel="noopener noreferrer">{escape(props.get("alt") or "Download the PDF")}</a>'
            f'</object>')


_LOGO_HEIGHTS = {"small": "1.25rem", "medium": "1.5rem", "large": "2rem"}


def logo_html(props: LogoProps) -> str:
    height = _LOGO_HEIGHTS[props["size"]]
    if props["kind"] == "image":
        content = (f'<img src="{_attr(props["value"])}" alt="Logo" '
                   f'style="height: {height}; max-width: 100%;">')
    else:  # an emoji, or a Material icon's name shown as text
        content = f'<span style="font-size: {height};">{escape(props["value"])}</span>'
    if props.get("link"):
        content = (f'<a href="{_attr(props["link"])}" target="_blank" '
                   f'rel="noopener noreferrer">{content}</a>')
    return f'<div class="stc-logo-box">{content}</div>'


_FULL_WIDTH = {"width": "100%"}
register_html_views({"skeleton": skeleton_html, "iframe": iframe_html, "pdf": pdf_html},
                    layout=_FULL_WIDTH)
# st.logo: first in its container whatever its place in the tree.
register_html_views({"logo": logo_html}, layout={**_FULL_WIDTH, "order": "-1"})


# ---------------------------------------------------------------- dataframe
def _configured(element: Element) -> Element:
    """The element with its column config applied to the frame it shows."""

    mapping = element.props.get("column_config")
    if not mapping:
        return element
    frame, hide_index = displayed_frame(element.props["data"], mapping,
                                        bool(element.props.get("hide_index")))
    return Element(element.type, {**element.props, "data": frame, "hide_index": hide_index},
                   id=element.id, key=element.key, form_id=element.form_id)


@register_view("dataframe")
class ConfiguredDataFrameView(DataFrameView):
    """``st.dataframe`` with its ``column_config`` applied (see ``displayed_frame``)."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(_configured(element), sink)

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(_configured(element), override)


__all__ = ["FRAME_SANDBOX", "SRCDOC_SANDBOX", "iframe_html", "pdf_html", "skeleton_html",
           "logo_html", "visible_pages", "grid_layout_traits"]
