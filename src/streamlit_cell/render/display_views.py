"""Views of the display elements (see ``elements/display.py``).

User text goes through ``render.markdown`` (Markdown, sanitised); ``st.html``
through a sanitiser that keeps what Streamlit's front end keeps (markup,
styles, classes) and drops scripts and event handlers, unless the script
passed ``unsafe_allow_javascript=True``: then the HTML is displayed as a
notebook output, where the front end runs its scripts (as Streamlit runs
them in the page). Styles are inline, with JupyterLab's theme variables.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Callable

import ipywidgets as w

from ..runtime.element_props import BadgeProps, DividerProps, MetricProps, WriteStreamProps
from ..runtime.page_tree import Element
from .markdown import escape, inline_markdown_to_html, markdown_to_html
from .html_cleaner import DEFAULT_TAGS, Cleaner, HtmlPolicy
from .html_view import register_html_views
from .base import BlockView, EventSink, NO_OVERRIDE, View, close_widget, register_view, set_traits

if TYPE_CHECKING:
    from .reconciler import Reconciler

#: Streamlit's palette, as (text, background) pairs.
_COLORS = {
    "red": ("#ff2b2b", "rgba(255, 43, 43, 0.1)"),
    "orange": ("#ed6f13", "rgba(255, 164, 33, 0.1)"),
    "yellow": ("#926c05", "rgba(255, 227, 18, 0.15)"),
    "green": ("#21c354", "rgba(33, 195, 84, 0.1)"),
    "blue": ("#1c83e1", "rgba(28, 131, 225, 0.1)"),
    "violet": ("#803df5", "rgba(128, 61, 245, 0.1)"),
    "gray": ("#808495", "rgba(128, 132, 149, 0.1)"),
    "grey": ("#808495", "rgba(128, 132, 149, 0.1)"),
    "primary": ("var(--jp-brand-color1, #ff4b4b)", "rgba(255, 75, 75, 0.1)"),
}
_ARROWS = {"up": "↑", "down": "↓", "none": ""}
#: st.space sizes in rem (Streamlit's SIZE_TO_REM_MAPPING).
_SPACE_REM = {"xxsmall": 0.25, "xsmall": 0.5, "small": 0.75, "medium": 2.5, "large": 4.25,
              "xlarge": 6, "xxlarge": 8}


def _help(text: str | None) -> str:
    if not text:
        return ""
    return (f' <span class="stc-help" title="{escape(text)}" '
            'style="cursor:help;color:var(--jp-ui-font-color2)">&#9432;</span>')


def _icon(icon: str | None) -> str:
    """An icon as Streamlit's are given: emoji as they are; Material icons by
    name in the Material Symbols font, which shows the name where it is missing."""
    if not icon:
        return ""
    if icon.startswith(":material/"):
        return (f'<span class="material-symbols-rounded">'
                f"{escape(icon[len(':material/'):-1])}</span> ")
    return f"{escape(icon)} "


# --------------------------------------------------------------- metric
def _format_number(text: str, number_format: Any) -> str:
    """A metric's value with ``format`` applied: printf-style ("%.1f%%") or
    one of Streamlit's named formats. Non-numbers are shown as given."""
    if not number_format:
        return text
    try:
        number = float(text)
    except ValueError:
        return text
    if "%" in str(number_format):  # printf-style; the named formats have no "%"
        try:
            return str(number_format) % number
        except (TypeError, ValueError):
            return text
    named: dict[str, Callable[[float], str]] = {
        "plain": lambda x: f"{x:g}",
        "localized": lambda x: f"{x:,}",
        "percent": lambda x: f"{x * 100:,.2f}%",
        "dollar": lambda x: f"${x:,.2f}",
        "euro": lambda x: f"€{x:,.2f}",
        "yen": lambda x: f"¥{x:,.0f}",
        "accounting": lambda x: f"({abs(x):,.2f})" if x < 0 else f"{x:,.2f}",
        "scientific": lambda x: f"{x:.3E}",
        "engineering": lambda x: _engineering(x),
        "compact": lambda x: _compact(x),
        "bytes": lambda x: _compact(x, 1024, ("B", "KB", "MB", "GB", "TB")),
    }
    formatter = named.get(str(number_format))
    return formatter(number) if formatter else text


def _compact(x: float, base: int = 1000,
             units: tuple[str, ...] = ("", "K", "M", "B", "T")) -> str:
    index = 0
    while abs(x) >= base and index < len(units) - 1:
        x /= base
        index += 1
    return f"{x:.1f}".rstrip("0").rstrip(".") + units[index]


def _engineering(x: float) -> str:
    if x == 0:
        return "0E0"
    exponent = int(math.floor(math.log10(abs(x)) / 3) * 3)
    return f"{x / 10 ** exponent:.3f}E{exponent}"


def _sparkline(values: list[float], chart_type: str, color: str) -> str:
    """A small inline SVG chart of ``chart_data``."""
    if len(values) < 1:
        return ""
    width, height = 120, 32
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    step = width / max(len(values) - 1, 1)
    points = [(i * step, height - (v - low) / span * (height - 2) - 1) for i, v in enumerate(values)]
    if chart_type == "bar":
        bar = width / len(values)
        shapes = "".join(
            f'<rect x="{i * bar + 1:.1f}" y="{y:.1f}" width="{max(bar - 2, 1):.1f}" '
            f'height="{height - y:.1f}" fill="{color}"/>' for i, (_, y) in enumerate(points))
    else:
        line = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        shapes = f'<polyline points="{line}" fill="none" stroke="{color}" stroke-width="1.5"/>'
        if chart_type == "area":
            shapes = (f'<polygon points="0,{height} {line} {width},{height}" fill="{color}" '
                      'fill-opacity="0.2"/>' + shapes)
    return (f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'style="display:block;margin-top:0.25em">{shapes}</svg>')


def metric_html(props: MetricProps) -> str:
    label_visibility = props.get("label_visibility", "visible")
    label = ""
    if label_visibility != "collapsed":
        hidden = "visibility:hidden;" if label_visibility == "hidden" else ""
        label = (f'<div style="{hidden}font-size:0.875rem;color:var(--jp-ui-font-color1)">'
                 f'{_icon(props.get("icon"))}{inline_markdown_to_html(props["label"])}'
                 f'{_help(props.get("help"))}</div>')
    value = escape(_format_number(props["body"], props.get("format")))
    body = f'<div style="font-size:2.25rem;line-height:1.2">{value}</div>'
    delta = ""
    text_color, background = _COLORS.get(props["color"], _COLORS["gray"])
    if props.get("delta"):
        arrow = _ARROWS.get(props.get("direction", "none"), "")
        description = props.get("delta_description")
        extra = f' <span style="color:var(--jp-ui-font-color2)">{escape(description)}</span>' \
            if description else ""
        delta = (f'<div style="display:inline-block;font-size:0.875rem;color:{text_color};'
                 f'background:{background};border-radius:1rem;padding:0 0.5em">'
                 f"{arrow} {inline_markdown_to_html(props['delta'])}</div>{extra}")
    chart = _sparkline(props.get("chart_data") or [], props.get("chart_type", "line"),
                       text_color if props.get("delta") else _COLORS["gray"][0])
    border = ("border:1px solid var(--jp-border-color2);border-radius:0.5rem;padding:0.75em;"
              if props.get("border") else "")
    return f'<div class="stc-metric" style="{border}margin:0.25em 0">{label}{body}{delta}{chart}</div>'


def badge_html(props: BadgeProps) -> str:
    text_color, background = _COLORS.get(props.get("color"), _COLORS["gray"])
    return (f'<span class="stc-badge" style="display:inline-block;color:{text_color};'
            f'background:{background};border-radius:0.5rem;padding:0 0.4em;font-size:0.875rem">'
            f'{_icon(props.get("icon"))}{inline_markdown_to_html(props["text"])}</span>'
            f'{_help(props.get("help"))}')


def divider_html(props: DividerProps) -> str:
    return ('<hr class="stc-divider" style="border:none;border-top:1px solid '
            'var(--jp-border-color2);margin:1em 0">')


def stream_html(props: WriteStreamProps) -> str:
    return f'<div class="stc-md">{markdown_to_html(props["body"])}</div>'


# ----------------------------------------------------------------- html
_HTML_TAGS = DEFAULT_TAGS | {"style", "div", "span", "section", "header", "footer",
                             "nav", "article", "aside", "main", "figure",
                             "figcaption", "details", "summary", "mark", "label",
                             "progress", "meter", "center", "font", "u", "s"}
_HTML_CLEANER = Cleaner(HtmlPolicy(
    tags=_HTML_TAGS,
    drop_content_tags=frozenset({"script"}),
    attributes={"*": frozenset({"class", "id", "style", "title", "lang", "dir", "role", "align",
                                "width", "height", "colspan", "rowspan", "color", "size"}),
                "a": frozenset({"href", "target", "name"}),
                "img": frozenset({"src", "alt", "loading"}),
                "ol": frozenset({"start", "type"}), "td": frozenset({"valign"}),
                "th": frozenset({"scope"}), "details": frozenset({"open"}),
                "progress": frozenset({"value", "max"}),
                "meter": frozenset({"value", "min", "max"})},
    attribute_prefixes=frozenset({"data-", "aria-"}),
    url_schemes=frozenset({"http", "https", "mailto", "data"}),
    link_rel=frozenset({"noopener", "noreferrer"}),
))


def sanitize_html(body: str) -> str:
    """What Streamlit's front end (DOMPurify) keeps of ``st.html``: markup,
    styles and classes; no scripts, event handlers or ``javascript:`` URLs."""
    return _HTML_CLEANER.clean(body)


register_html_views({"metric": metric_html, "badge": badge_html, "divider": divider_html,
                     # st.write_stream's text: Markdown, updated as the stream goes.
                     "write_stream": stream_html})


@register_view("latex")
class LatexView(View):
    """``$$...$$`` typeset by the notebook's MathJax. The formula is HTML-escaped
    (MathJax reads the text, so ``<`` still means less-than)."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.widget = w.HTMLMath(value=self._value(element.props))
        self.widget.add_class("stc-latex")

    @staticmethod
    def _value(props: dict[str, Any]) -> str:
        return f"{escape(props['body'])}{_help(props.get('help'))}"

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        set_traits(self.widget, {"value": self._value(element.props)})


@register_view("html")
class HtmlBodyView(View):
    """``st.html``: sanitised HTML, or a notebook output running the page's
    scripts when the script allowed JavaScript."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.allows_javascript = bool(element.props.get("unsafe_allow_javascript"))
        self._shown: str | None = None
        self.widget = w.Output() if self.allows_javascript else w.HTML()
        self.widget.add_class("stc-html")
        self.update(element)

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and \
            bool(element.props.get("unsafe_allow_javascript")) == self.allows_javascript

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        body = element.props["body"]
        if not self.allows_javascript:
            set_traits(self.widget, {"value": sanitize_html(body)})
            return
        if body != self._shown:
            self._shown = body
            self.widget.outputs = ({"output_type": "display_data",
                                    "data": {"text/html": body}, "metadata": {}},)


@register_view("space")
class SpaceView(View):
    """Empty room: a size name in rem, a number in pixels, "stretch" grows."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.widget = w.Box(layout=w.Layout(**self._size(element.props["value"])))

    @staticmethod
    def _size(size: Any) -> dict[str, Any]:
        if size == "stretch":
            return {"flex": "1 1 auto", "height": None, "width": None}
        length = f"{_SPACE_REM[size]}rem" if isinstance(size, str) else f"{int(size)}px"
        return {"flex": "0 0 auto", "height": length, "width": length}

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        set_traits(self.widget.layout, self._size(element.props["value"]))


@register_view("popover")
class PopoverView(BlockView):
    """A toggle button that shows or hides a bordered box of elements. When
    the popover's state is tracked (``on_change``), a toggle is a widget event."""

    def create(self, element: Element) -> w.Box:
        self._syncing = False
        self.button = w.ToggleButton(layout=w.Layout(width="auto"))
        self.box = w.VBox(layout=w.Layout(border="1px solid var(--jp-border-color2)",
                                          padding="0.5em", display="none"))
        self.button.observe(self._on_toggle, names="value")
        self._write(element, initial=True)
        return w.VBox([self.button, self.box])

    def decorate(self, element: Element) -> None:
        pass

    def _traits(self, element: Element) -> dict[str, Any]:
        props = element.props
        icon = props.get("icon") or ""
        label = f"{icon} {props['label']}" if icon and not icon.startswith(":") else props["label"]
        return {"description": label, "tooltip": props.get("help") or None,
                "disabled": bool(props.get("disabled")),
                "button_style": "primary" if props.get("type") == "primary" else ""}

    def _write(self, element: Element, *, initial: bool = False) -> None:
        traits = self._traits(element)
        if element.props.get("stateful") or initial:
            traits["value"] = bool(element.props.get("open"))
        self._syncing = True
        try:
            set_traits(self.button, traits)
        finally:
            self._syncing = False
        set_traits(self.box.layout, {"display": None if self.button.value else "none"})

    def _on_toggle(self, change: dict[str, Any]) -> None:
        set_traits(self.box.layout, {"display": None if change["new"] else "none"})
        if not self._syncing and self.element.props.get("stateful"):
            self.sink.widget_changed(self.element, bool(change["new"]))

    def set_children(self, widgets: tuple[w.Widget, ...]) -> None:
        if tuple(self.box.children) != widgets:
            self.box.children = widgets

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        self._write(element)

    def close(self) -> None:
        super().close()
        close_widget(self.button)
        close_widget(self.box)
