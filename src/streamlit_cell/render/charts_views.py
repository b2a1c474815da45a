"""Views of the charts elements (see ``elements/charts.py``).

A Vega-Lite or Plotly chart is an ``ipywidgets.Output`` holding one
``display_data`` output with the chart's standard MIME bundle, so the front
end's own renderer draws it: JupyterLab, Notebook 7 and Voila render
``application/vnd.vegalite.v5+json`` (built in) and
``application/vnd.plotly.v1+json`` (the ``jupyterlab-plotly`` extension that
ships with plotly), and VS Code renders both natively. The Output's
``outputs`` is assigned only when the bundle changed, so a rerun with the
same chart sends nothing. (``st.pyplot`` is an image: see ``media_views``.)
"""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.element_props import PlotlyChartProps, VegaLiteChartProps
from ..runtime.page_tree import Element
from .base import EventSink, NO_OVERRIDE, View, register_view, set_traits

if TYPE_CHECKING:
    from .reconciler import Reconciler

VEGA_LITE_MIMETYPE = "application/vnd.vegalite.v5+json"
#: The schema of the mimetype: Altair 6 writes Vega-Lite v6 specs, which the
#: front ends' Vega-Lite 5 renders as they are but warns about the version.
VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
PLOTLY_MIMETYPE = "application/vnd.plotly.v1+json"
#: Height of a built-in chart (Streamlit's front end picks one for the 0 it is given).
BUILT_IN_CHART_HEIGHT = 350

_MULTI_VIEW = ("hconcat", "vconcat", "concat", "facet", "repeat")


def display_output(bundle: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    """The ``outputs`` of an Output widget showing one MIME bundle."""
    return ({"output_type": "display_data", "data": bundle, "metadata": {}},)


def vega_lite_display_spec(props: VegaLiteChartProps) -> dict[str, Any]:
    """The element's spec with its data put back and sized for the notebook."""
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
        spec["width"] = "container"
    elif spec.get("width") == 0:
        del spec["width"]
    if isinstance(height, int):
        spec["height"] = height
    elif spec.get("height") == 0:
        spec["height"] = BUILT_IN_CHART_HEIGHT
    return spec


def vega_lite_bundle(props: VegaLiteChartProps) -> dict[str, Any]:
    return {
        VEGA_LITE_MIMETYPE: vega_lite_display_spec(props),
        "text/plain": f"<Vega-Lite chart{': ' + props['alt'] if props.get('alt') else ''}>",
    }


class _OutputChartView(View):
    """A chart shown as one MIME bundle in an Output widget."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.widget = w.Output(layout=w.Layout(width="100%"))
        self.widget.add_class(f"stc-{element.type}")
        self._bundle_key: Any = None
        self.update(element)

    @staticmethod
    def bundle_key(props: dict[str, Any]) -> Any:
        """What the bundle is made of: it is rebuilt only when this changes."""
        return sorted(props.items())

    def bundle(self, props: dict[str, Any]) -> dict[str, Any]:
        raise NotImplementedError

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        key = self.bundle_key(element.props)
        if key != self._bundle_key:
            self._bundle_key = key
            set_traits(self.widget, {"outputs": display_output(self.bundle(element.props))})


@register_view("vega_lite_chart")
class VegaLiteChartView(_OutputChartView):
    def bundle(self, props: dict[str, Any]) -> dict[str, Any]:
        return vega_lite_bundle(props)


@register_view("plotly_chart")
class PlotlyChartView(_OutputChartView):
    """A Plotly figure: the plotly MIME type, with an HTML fallback (plotly.js
    from its CDN) for front ends without a Plotly renderer."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        # The fallback's div id: fixed for the view, so reruns give the same HTML.
        self._div_id = f"stc-plotly-{uuid.uuid4().hex[:12]}"
        super().__init__(element, sink, reconciler)

    def bundle(self, props: dict[str, Any]) -> dict[str, Any]:
        figure = plotly_display_figure(props)
        return {
            PLOTLY_MIMETYPE: figure,
            "text/html": self._fallback_html(figure),
            "text/plain": f"<Plotly chart{': ' + props['alt'] if props.get('alt') else ''}>",
        }

    def _fallback_html(self, figure: dict[str, Any]) -> str:
        import plotly.io

        return plotly.io.to_html(
            {"data": figure["data"], "layout": figure["layout"]}, config=figure["config"],
            include_plotlyjs="cdn", full_html=False, div_id=self._div_id,
            default_width="100%", validate=False)


def plotly_display_figure(props: PlotlyChartProps) -> dict[str, Any]:
    """The figure's JSON (data, layout, config) sized for the notebook."""
    figure = json.loads(props["spec"])
    layout = dict(figure.get("layout") or {})
    width, height = props["width"], props["height"]
    if isinstance(width, int):
        layout["width"] = width
    else:
        # "stretch": Plotly fills the output's width.
        layout.pop("width", None)
        layout["autosize"] = True
    if isinstance(height, int):
        layout["height"] = height
    config = {"responsive": True, **json.loads(props["config"])}
    return {"data": figure.get("data", []), "layout": layout, "config": config}
