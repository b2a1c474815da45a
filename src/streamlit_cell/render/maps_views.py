"""Views of maps and diagrams (see ``elements/maps_and_diagrams.py``).

* ``deck_gl_json_chart`` (``st.map``, ``st.pydeck_chart``): a page of its own
  drawing the deck.gl JSON with pydeck's bundle of deck.gl (its
  ``createDeck``), in an iframe sandboxed to ``allow-scripts`` so the page's
  scripts cannot reach the notebook. The bundle comes from the installed
  pydeck package, sent on request (see ``sandboxed_page``), not from a CDN:
  maps draw offline (the base map's tiles still need the network).
* ``graphviz_chart``: SVG made by Graphviz's ``dot`` program (memoised by
  source and engine), through the SVG sanitiser of ``render/sanitise.py``; without the program, the chart says how to install it.
* ``mermaid_chart``: an Output with a ``text/vnd.mermaid`` bundle, drawn by
  JupyterLab's built-in Mermaid renderer (JupyterLab >= 4.1), with the fenced
  Markdown as the ``text/plain`` fallback.

Each view sends its content only when it changed, so an unchanged rerun
sends no message.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.optional_packages import pip_install
from ..runtime.element_props import DeckGlJsonChartProps, EchartsChartProps
from ..runtime.page_tree import Element
from .charts_views import display_output
from .base import EventSink, NO_OVERRIDE, View, register_view, set_traits
from .bounded_cache import size_bounded_memo
from .sandboxed_page import LIBRARIES, PAGE_LOADER, sandboxed_page
from .sanitise import clean_svg

if TYPE_CHECKING:
    from .reconciler import Reconciler

#: Streamlit's default primary colour, which its front end gives "primary" points.
PRIMARY_RGBA = [255, 75, 75, 255]
#: The base map Streamlit's front end uses for the light theme.
DEFAULT_MAP_STYLE = "https://basemaps.cartocdn.com/gl/positron-gl-style/style.json"
GRAPHVIZ_INSTALL = ("Install Graphviz (the `dot` program), e.g. `apt-get install graphviz`, "
                    "`conda install graphviz` or `brew install graphviz`, then rerun the cell.")
MERMAID_MIMETYPE = "text/vnd.mermaid"


def _css_size(value: Any, default: str) -> str:
    return f"{value}px" if isinstance(value, int) else default


#: The name of pydeck's bundle of deck.gl among the pages' libraries.
DECK_LIBRARY = "deck.gl"


def read_deck_library() -> bytes:
    """pydeck's bundle of deck.gl (with its base-map library), as pydeck's
    own ``offline=True`` HTML inlines it."""
    import pydeck

    bundle = Path(pydeck.__file__).parent / "nbextension" / "static" / "index.js"
    return bundle.read_bytes()


LIBRARIES[DECK_LIBRARY] = read_deck_library


def _script_literal(value: str) -> str:
    """JSON text made safe inside a <script>: "</" must not end it."""
    return value.replace("</", "<\\/")


def deck_page_html(props: DeckGlJsonChartProps) -> str:
    """The deck.gl page of a ``deck_gl_json_chart`` element: it asks its
    parent for deck.gl, then draws (see ``sandboxed_page``)."""
    spec = json.loads(props["json"])
    # What Streamlit's front end fills in: a base map and the theme's colour.
    if "mapStyle" not in spec and "mapProvider" not in spec:
        spec["mapStyle"] = DEFAULT_MAP_STYLE
        spec["mapProvider"] = "carto"
    for layer in spec.get("layers", []):
        if layer.get("getFillColor") == "primary":
            layer["getFillColor"] = PRIMARY_RGBA
    tooltip = props.get("tooltip") or "true"
    mapbox_key = json.dumps(props.get("mapbox_token") or None)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
        "html,body{margin:0;padding:0;overflow:hidden;width:100%;height:100%}"
        "#deck-container{width:100vw;height:100vh}"
        "#deck-container .error_text{color:red;position:absolute;z-index:100}"
        '</style></head><body><div id="deck-container"></div><script>'
        f"var jsonInput = {_script_literal(json.dumps(spec))};"
        f"var tooltip = {_script_literal(tooltip)};"
        f"var mapboxKey = {_script_literal(mapbox_key)};"
        "function start() {"
        " createDeck({container: document.getElementById('deck-container'),"
        " jsonInput: jsonInput, tooltip: tooltip, mapboxApiKey: mapboxKey || undefined});"
        "}"
        f"{PAGE_LOADER}</script></body></html>")


def sandboxed_iframe(page: str, *, width: str, height: str, title: str) -> str:
    return (f'<iframe sandbox="allow-scripts" srcdoc="{html.escape(page, quote=True)}" '
            f'title="{html.escape(title, quote=True)}" '
            f'style="width:{width};height:{height};border:0"></iframe>')


class DrawnOnChangeView(View):
    """An element whose drawing is dear (a page, an SVG from `dot`): drawn
    again only when its props differ from the last drawing's, so a rerun
    that leaves the element as it was sends nothing."""

    def __init__(self, element: Element, sink: EventSink, widget: w.Widget) -> None:
        super().__init__(element, sink)
        self.widget = widget
        self.widget.add_class(f"stc-{element.type}")
        self._drawn_key: Any = None
        self.update(element)

    def drawing_key(self, props: dict[str, Any]) -> Any:
        return sorted(props.items())

    def draw(self, props: dict[str, Any]) -> None:
        raise NotImplementedError

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        key = self.drawing_key(element.props)
        if key != self._drawn_key:
            self._drawn_key = key
            self.draw(element.props)


class SandboxedPageView(DrawnOnChangeView):
    """An element drawn by a page of its own (deck.gl, ECharts) in an iframe
    sandboxed to ``allow-scripts``; rebuilt only when the element changes."""

    default_height = "400px"
    default_title = "Chart"

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink, w.HTML(layout=w.Layout(width="100%")))

    def page(self, props: dict[str, Any]) -> str:
        raise NotImplementedError

    def draw(self, props: dict[str, Any]) -> None:
        try:
            value = sandboxed_iframe(
                self.page(props), width=_css_size(props["width"], "100%"),
                height=_css_size(props["height"], self.default_height),
                title=props.get("alt") or self.default_title)
        except MissingLibrary as missing:
            value = f'<div class="stc-error">{missing}</div>'
        set_traits(self.widget, {"value": value})


class MissingLibrary(Exception):
    """What the element's place says when the page needs a package that is missing."""


@register_view("deck_gl_json_chart")
class DeckGlView(DrawnOnChangeView):
    """A map: its page in a ``SandboxedPage``, fed pydeck's deck.gl."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink, sandboxed_page(layout=w.Layout(width="100%")))

    def draw(self, props: dict[str, Any]) -> None:
        traits: dict[str, Any] = {
            "width": _css_size(props["width"], "100%"),
            "height": _css_size(props["height"], "500px"),
            "title": props.get("alt") or "Map",
            "library": DECK_LIBRARY,
        }
        try:
            import pydeck  # noqa: F401 - the library's package
        except ImportError:
            traits["library"] = ""
            traits["page"] = ('<p style="color:#b00;font-family:sans-serif">Drawing a map needs '
                              'the <code>pydeck</code> package: install it with '
                              f'<code>{html.escape(pip_install("pydeck"))}</code>.</p>')
        else:
            traits["page"] = deck_page_html(props)
        set_traits(self.widget, traits)


@size_bounded_memo(16 * 1024 * 1024)
def graphviz_svg(source: str, engine: str) -> str:
    """SVG of a DOT source, sanitised (a node's ``URL`` or ``href`` is the
    user's: no ``javascript:`` link, script or handler may reach the page);
    raises ``GraphvizError`` with the fix."""
    if sys.platform == "emscripten":
        raise GraphvizError("`st.graphviz_chart` needs Graphviz's `dot` program, which cannot "
                            "run in the browser (Pyodide, JupyterLite): draw this graph in a "
                            "notebook with a regular Python kernel.")
    program = shutil.which("dot")
    if program is None:
        raise GraphvizError("`st.graphviz_chart` needs Graphviz's `dot` program, which "
                            "was not found. " + GRAPHVIZ_INSTALL)
    done = subprocess.run([program, f"-K{engine}", "-Tsvg"], input=source.encode(),
                          capture_output=True, timeout=60)
    if done.returncode != 0:
        raise GraphvizError("Graphviz could not draw this graph: "
                            + done.stderr.decode(errors="replace").strip())
    svg = done.stdout.decode()
    return clean_svg(svg[svg.find("<svg"):] if "<svg" in svg else svg)


class GraphvizError(Exception):
    """Graphviz is missing or rejected the graph: shown in place of the chart."""


@register_view("graphviz_chart")
class GraphvizView(DrawnOnChangeView):
    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink, w.HTML())

    def draw(self, props: dict[str, Any]) -> None:
        try:
            body = graphviz_svg(props["spec"], props["engine"])
            label = html.escape(props.get("alt") or "", quote=True)
            body = f'<div role="img" aria-label="{label}">{body}</div>' if label else body
        except GraphvizError as error:
            body = f'<div class="stc-error">{html.escape(str(error))}</div>'
        width = props["width"]
        style = "max-width:100%;overflow:auto" if width != "stretch" else "width:100%;overflow:auto"
        if isinstance(width, int):
            style += f";width:{width}px"
        if isinstance(props["height"], int):
            style += f";height:{props['height']}px"
        set_traits(self.widget, {"value": f'<div style="{style}">{body}</div>'})


@register_view("mermaid_chart")
class MermaidView(DrawnOnChangeView):
    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink, w.Output(layout=w.Layout(width="100%")))

    def drawing_key(self, props: dict[str, Any]) -> Any:
        return props["diagram"], props["body"]

    def draw(self, props: dict[str, Any]) -> None:
        set_traits(self.widget, {"outputs": display_output({
            MERMAID_MIMETYPE: props["diagram"], "text/plain": props["body"]})})


#: The ECharts build the chart page loads (no Python package ships ECharts
#: alone), pinned, with its Subresource Integrity hash: a CDN that served
#: other bytes would have them refused. Computed from the npm package's
#: dist/echarts.min.js (openssl dgst -sha384 -binary | base64).
ECHARTS_VERSION = "5.6.0"
ECHARTS_SCRIPT = f"https://cdn.jsdelivr.net/npm/echarts@{ECHARTS_VERSION}/dist/echarts.min.js"
ECHARTS_INTEGRITY = "sha384-pPi0zxBAoDu6+JXW/C68UZLvBUUtU+7zonhif43rqj7pxsGyqyqzcian2Rj37Rss"


def echarts_page_html(props: EchartsChartProps) -> str:
    """A page drawing one ECharts option, sized to its iframe."""
    # The option goes inside a <script>: "</" must not end it.
    option = props["spec"].replace("</", "<\\/")
    renderer = json.dumps(props.get("renderer") or "canvas")
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8">'
        f'<script src="{ECHARTS_SCRIPT}" integrity="{ECHARTS_INTEGRITY}" '
        'crossorigin="anonymous"></script>'
        "<style>html,body,#chart{margin:0;width:100%;height:100%}</style></head>"
        '<body><div id="chart"></div><script>'
        "var chart = echarts.init(document.getElementById('chart'), null, "
        f"{{renderer: {renderer}}});"
        f"chart.setOption({option});"
        "window.addEventListener('resize', function () { chart.resize(); });"
        "</script></body></html>")


@register_view("echarts_chart")
class EChartsView(SandboxedPageView):
    def page(self, props: dict[str, Any]) -> str:
        return echarts_page_html(props)
