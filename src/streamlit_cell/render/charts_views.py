"""Views of the charts elements (see ``elements/charts.py``).

A Vega-Lite or Plotly chart is an ``ipywidgets.Output`` holding one
``display_data`` output with the chart's standard MIME bundle, so the front
end's own renderer draws it: JupyterLab, Notebook 7 and Voila render
``application/vnd.vegalite.v5+json`` (built in) and
``application/vnd.plotly.v1+json`` (the ``jupyterlab-plotly`` extension that
ships with plotly), and VS Code renders both natively. The Output's
``outputs`` is assigned only when the bundle changed, so a rerun with the
same chart sends nothing. (``st.pyplot`` is an image: see ``media_views``.)

A chart at Streamlit's default width (``"stretch"``) is drawn at a width in
pixels that a ``WidthProbe`` above it measures in the page, never with
Vega-Lite's ``"container"`` width, which makes the front ends' renderer
resize in a loop and freeze the tab (see ``width_probe``).
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.element_props import PlotlyChartProps, VegaLiteChartProps
from ..runtime.page_tree import Element
from .base import EventSink, NO_OVERRIDE, View, close_widget, register_view, set_traits
from .look import config_theme
from .plotly_look import apply_streamlit_look, replace_placeholders, theme_colours
from .width_probe import DEFAULT_WIDTH, width_probe

if TYPE_CHECKING:
    from .reconciler import Reconciler

VEGA_LITE_MIMETYPE = "application/vnd.vegalite.v5+json"
#: The schema of the mimetype: Altair 6 writes Vega-Lite v6 specs, which the
#: front ends' Vega-Lite 5 renders as they are but warns about the version.
VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
PLOTLY_MIMETYPE = "application/vnd.plotly.v1+json"
#: Height of a built-in chart (Streamlit's front end picks one for the 0 it is given).
BUILT_IN_CHART_HEIGHT = 350
#: Room that vega-embed keeps right of a chart for its "..." actions menu
#: (``.vega-embed.has-actions { padding-right: 38px }``).
VEGA_ACTIONS_WIDTH = 38
#: The narrowest plot a stretched chart is given, however narrow its column.
MIN_STRETCH_WIDTH = 100

_MULTI_VIEW = ("hconcat", "vconcat", "concat", "facet", "repeat")


def display_output(bundle: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """The ``outputs`` of an Output widget showing one MIME bundle."""
    return ({"output_type": "display_data", "data": bundle, "metadata": {}},)


def vega_lite_display_spec(props: VegaLiteChartProps, place_width: int = DEFAULT_WIDTH) -> dict[str, Any]:
    """The element's spec with its data put back and sized for the notebook:
    a stretched chart fills ``place_width`` pixels, its actions menu included."""
    spec = json.loads(props["spec"])
    if props["datasets"]:
        spec["datasets"] = {**spec.get("datasets", {}), **props["datasets"]}
    if props["data_values"] is not None:
        spec["data"] = {"values": props["data_values"]}
    spec["$schema"] = VEGA_LITE_SCHEMA
    if props.get("alt"):
        # Vega-Lite makes the description the chart's accessible name.
        spec["description"] = props["alt"]
    single_view = not any(key in spec for key in _MULTI_VIEW)
    width, height = props["width"], props["height"]
    if isinstance(width, int):
        spec["width"] = width
    elif width == "stretch" and single_view:
        # The whole chart (axes and legend too: autosize "fit" with
        # "padding") fits the place beside vega-embed's actions menu.
        spec["width"] = max(place_width - VEGA_ACTIONS_WIDTH, MIN_STRETCH_WIDTH)
        spec["autosize"] = {"type": "fit", "contains": "padding"}
    elif spec.get("width") == 0:
        del spec["width"]
    if isinstance(height, int):
        spec["height"] = height
    elif spec.get("height") == 0:
        spec["height"] = BUILT_IN_CHART_HEIGHT
    return spec


def vega_lite_bundle(props: VegaLiteChartProps, place_width: int = DEFAULT_WIDTH) -> dict[str, Any]:
    return {
        VEGA_LITE_MIMETYPE: vega_lite_display_spec(props, place_width),
        "text/plain": f"<Vega-Lite chart{': ' + props['alt'] if props.get('alt') else ''}>",
    }


class _OutputChartView(View):
    """A chart shown as one MIME bundle in an Output widget, below the probe
    that measures the width of its place."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.reconciler = reconciler
        self.probe = width_probe()
        self.output = w.Output(layout=w.Layout(width="100%"))
        # The box clips what the chart might overflow, so a chart can never
        # widen its own place (and so what the probe measures).
        self.widget = w.VBox([self.probe, self.output],
                             layout=w.Layout(width="100%", overflow="hidden"))
        self.widget.add_class(f"stc-{element.type}")
        self._bundle_key: Any = None
        self.update(element)
        self.probe.observe(self._place_resized, names="width")

    @property
    def place_width(self) -> int:
        """The chart's width in the page: measured by its probe; before that,
        the last width measured in this app, else Streamlit's default."""
        return self.probe.width or self.reconciler.measured_width or DEFAULT_WIDTH

    def bundle_key(self, props: dict[str, Any]) -> Any:
        """What the bundle is made of: it is rebuilt only when this changes."""
        return sorted(props.items()), self.place_width if props["width"] == "stretch" else None

    def bundle(self, props: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        self._draw()

    def _draw(self) -> None:
        props = self.element.props
        key = self.bundle_key(props)
        if key != self._bundle_key:
            self._bundle_key = key
            set_traits(self.output, {"outputs": display_output(self.bundle(props))})

    def _place_resized(self, change: dict[str, Any]) -> None:
        if change["new"] > 0:
            self.reconciler.measured_width = change["new"]
            self._draw()

    def close(self) -> None:
        close_widget(self.probe)
        close_widget(self.output)
        super().close()


@register_view("vega_lite_chart")
class VegaLiteChartView(_OutputChartView):
    def bundle(self, props: dict[str, Any]) -> dict[str, Any]:
        return vega_lite_bundle(props, self.place_width)


@register_view("plotly_chart")
class PlotlyChartView(_OutputChartView):
    """A Plotly figure: the plotly MIME type, with an HTML fallback (plotly.js
    from its CDN) for front ends without a Plotly renderer."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        # The fallback's div id: fixed for the view, so reruns give the same HTML.
        self._div_id = f"stc-plotly-{uuid.uuid4().hex[:12]}"
        super().__init__(element, sink, reconciler)

    def bundle(self, props: dict[str, Any]) -> dict[str, Any]:
        figure = plotly_display_figure(props, self.place_width)
        return {
            PLOTLY_MIMETYPE: figure,
            "text/html": self._fallback_html(figure),
            "text/plain": f"<Plotly chart{': ' + props['alt'] if props.get('alt') else ''}>",
        }

    def _fallback_html(self, figure: dict[str, Any]) -> str:
        import plotly.io

        return plotly.io.to_html(
            {"data": figure["data"], "layout": figure["layout"]},
            # A copy: to_html adds its own keys to the config it is given.
            config=dict(figure["config"]),
            include_plotlyjs="cdn", full_html=False, div_id=self._div_id,
            default_width="100%", validate=False)


def plotly_display_figure(props: PlotlyChartProps, place_width: int = DEFAULT_WIDTH) -> dict[str, Any]:
    """The figure's JSON (data, layout, config) sized for the notebook: a
    stretched figure is ``place_width`` pixels wide (Plotly's own autosize
    draws a figure in a hidden tab at 700 px and keeps it so)."""
    theme = props.get("theme") or ""
    colours = theme_colours(config_theme().get("theme.base"))
    # As Streamlit's front end: placeholder colours become the theme's (or
    # Plotly's own with theme=None), then Streamlit's look is merged in.
    figure = json.loads(replace_placeholders(props["spec"], theme, colours))
    if theme == "streamlit":
        apply_streamlit_look(figure, colours)
    layout = dict(figure.get("layout") or {})
    width, height = props["width"], props["height"]
    if isinstance(width, int):
        layout["width"] = width
    elif width == "stretch":
        layout["width"] = max(place_width, MIN_STRETCH_WIDTH)
    if isinstance(height, int):
        layout["height"] = height
    config = json.loads(props["config"])
    return {"data": figure.get("data", []), "layout": layout, "config": config}
