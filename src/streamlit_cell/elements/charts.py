"""Charts: ``st.line_chart``, ``st.bar_chart``, ``st.area_chart``,
``st.scatter_chart``, ``st.altair_chart``, ``st.vega_lite_chart``,
``st.pyplot`` and ``st.plotly_chart``.

As in Streamlit, the first six are Vega-Lite charts: the built-in ones are
built with Altair (``built_in_charts``), Altair charts are turned into a
Vega-Lite spec, and every spec is prepared and stabilised the way Streamlit
does it, so a chart's element is the same spec across reruns. Where
Streamlit moves the data out of the spec (as Arrow), the element keeps it as
JSON records beside the spec; the renderer puts them back.

``st.pyplot`` is an image (a PNG of the figure), ``st.plotly_chart`` the
figure's JSON. The plotting libraries are optional: each is imported when a
command needs it, and a missing one is named with the extra that installs it.
"""

from __future__ import annotations

import importlib
import io
import json
import re
import sys
import threading
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any, Sequence

from ..runtime.optional_packages import pip_install
from ..runtime.run_context import require_context
from ..runtime.errors import StreamlitAPIException, StreamlitMissingRequiredParameterError, StreamlitNotSupportedInNotebookError, StreamlitValueError
from ..runtime.element_ids import compute_and_register_element_id
from ..runtime.page_tree import Element
from ..runtime.plotly_theme import outside_default, streamlit_figure_spec
from .built_in_charts import ChartType, generate_chart, maybe_raise_stack_warning
from .chart_memo import BUILT_IN_CHARTS, chart_key, data_digest, plain_memo_value as _plain_memo_value, structure_digest
from .media import _USE_CONTAINER_WIDTH_DEPRECATION, deprecation_warning, marshall_images, normalize_alt
from .widget_helpers import to_key
from .sizing import validate_height, validate_width
from .data import to_dataframe
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


# Altair's theme and data transformer are process-wide settings.
_altair_globals_lock = threading.Lock()

_SAVEFIG_DEFAULTS = {"bbox_inches": "tight", "dpi": 200, "format": "png"}
_SAVEFIG_KWARGS_DEPRECATION = """
Passing Matplotlib `savefig` keyword arguments to `st.pyplot` is
deprecated and will be removed in a future version.

`st.pyplot` already uses `bbox_inches="tight"` and `dpi=200` by
default. For other `savefig` options (for example `transparent=True`
or a custom `dpi`), save the figure yourself and display it with
`st.image`:

```python
import io

buf = io.BytesIO()
fig.savefig(buf, format="png", transparent=True, dpi=300)
st.image(buf)
```
"""
_FIG_REQUIRED = """
Passing `None` is not supported because Matplotlib's global figure object
is not thread-safe.

Pass a figure explicitly:

```python
fig, ax = plt.subplots()
ax.scatter([1, 2, 3], [1, 2, 3])
# other plotting actions...
st.pyplot(fig)
```
"""
_USE_CONTAINER_WIDTH_DEPRECATION_VEGA = _USE_CONTAINER_WIDTH_DEPRECATION.replace(
    "use `width='content'`.", "use `width='content'` or specify an integer width.")
_COMPOSITIONS = ("hconcat", "vconcat", "concat", "layer", "facet", "repeat")


def require(module: str, command: str) -> Any:
    """Import an optional plotting library, or say which extra provides it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        package = module.split(".")[0]
        raise StreamlitAPIException(
            f"`st.{command}` needs the `{package}` package: install it with "
            f"`{pip_install(module)}`.") from None


def _selection_not_supported(on_select: Any, command: str) -> None:
    """Streamlit's check of ``on_select``; selections themselves need
    Streamlit's chart front end, which a notebook does not have."""
    if not (callable(on_select) or (isinstance(on_select, str)
                                    and on_select in ("rerun", "ignore"))):
        raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
    if callable(on_select) or on_select != "ignore":
        raise StreamlitNotSupportedInNotebookError(
            f"Chart selections (`st.{command}(..., on_select=...)`)",
            "Leave `on_select` at its default (\"ignore\") and drive the chart with "
            "widgets instead, e.g. an `st.multiselect` or `st.slider` that filters the "
            "data before it is charted.")


def _check_theme(theme: Any) -> None:
    if theme not in {"streamlit", None}:
        raise StreamlitValueError("theme", ["'streamlit'", "None"])


# --------------------------------------------------------------- vega-lite
def _is_geojson_or_topojson(data: Any) -> bool:
    """GeoJSON/TopoJSON stays in the spec (Streamlit's rule)."""
    if isinstance(data, dict):
        kind = data.get("type")
        if kind == "FeatureCollection" and "features" in data:
            return True
        if kind == "Feature" and "geometry" in data:
            return True
        if kind == "GeometryCollection" and "geometries" in data:
            return True
        if kind in {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
                    "MultiPolygon"} and "coordinates" in data:
            return True
        if kind is None or kind == "Topology":
            return isinstance(data.get("arcs"), list) and isinstance(data.get("objects"), dict)
        return False
    if isinstance(data, list) and data:
        first = data[0]
        return isinstance(first, dict) and first.get("type") == "Feature" and "geometry" in first
    return False


def _json_records(data: Any, *, from_altair: bool = False) -> list[dict[str, Any]]:
    """Chart data as the JSON records Vega-Lite reads. Altair's records are
    JSON already; anything else goes through pandas, as Streamlit's goes
    through a DataFrame (so missing keys become nulls, NumPy values numbers)."""
    if from_altair and isinstance(data, list):
        return data

    frame = to_dataframe(data)
    return json.loads(frame.to_json(orient="records", date_format="iso", date_unit="ms"))


def _is_facet(spec: dict[str, Any]) -> bool:
    return "facet" in spec or ("encoding" in spec and any(
        x in spec["encoding"] for x in ["row", "column", "facet"]))


def _has_nested_composition(spec: dict[str, Any]) -> bool:
    return isinstance(spec.get("vconcat"), list) and any(
        isinstance(item, dict) and any(k in item for k in _COMPOSITIONS)
        for item in spec["vconcat"])


def _prepare_vega_lite_spec(spec: dict[str, Any], use_container_width: bool) -> dict[str, Any]:
    """Streamlit's autosize choice and legend-title patch."""
    spec = dict(spec)
    if len(spec) == 0:
        raise StreamlitMissingRequiredParameterError(
            "spec", detail="Vega-Lite charts require a non-empty spec dict.")
    if "autosize" not in spec:
        nested = _has_nested_composition(spec)
        if "vconcat" in spec and use_container_width:
            spec["autosize"] = {"type": "pad" if nested else "fit-x", "contains": "padding"}
        elif _is_facet(spec) or (nested and not use_container_width):
            spec["autosize"] = {"type": "pad", "contains": "padding"}
        else:
            spec["autosize"] = {"type": "fit", "contains": "padding"}
    color = spec.get("encoding", {}).get("color") if isinstance(spec.get("encoding"), dict) \
        else None
    if isinstance(color, dict):
        # A null legend title breaks Vega-Lite's legend layout.
        if "title" in color and color.get("title") is None:
            color["title"] = " "
        legend = color.get("legend")
        if isinstance(legend, dict) and "title" in legend and legend.get("title") is None:
            legend["title"] = " "
    return spec


def _extract_chart_data(spec: dict[str, Any], data: Any,
                        from_altair: bool) -> tuple[dict[str, Any], Any]:
    """Move tabular data out of the spec, as Streamlit does: named datasets
    and the top-level data. Returns (datasets as records, unnamed data as
    records or None); GeoJSON/TopoJSON stays in the spec."""
    datasets: dict[str, Any] = {}
    if "datasets" in spec:
        remaining = {}
        for name, values in spec["datasets"].items():
            if _is_geojson_or_topojson(values):
                remaining[str(name)] = values
            else:
                datasets[str(name)] = _json_records(values, from_altair=from_altair)
        if remaining:
            spec["datasets"] = remaining
        else:
            del spec["datasets"]
    if "data" in spec:
        data_spec = spec["data"]
        if isinstance(data_spec, dict):
            if "values" in data_spec and not _is_geojson_or_topojson(data_spec["values"]):
                data = data_spec["values"]
                del spec["data"]
        elif not _is_geojson_or_topojson(data_spec):
            data = data_spec
            del spec["data"]
    return datasets, None if data is None else _json_records(data, from_altair=from_altair)


def _reset_counter_pattern(prefix: str, vega_spec: str) -> str:
    """Rename Altair's generated names (``param_3``, ``view_7c2e``) to
    ``param_1``... in order of appearance, so reruns give the same spec."""
    pattern = re.compile(rf'"{prefix}[0-9a-f]+(?:_[0-9]+)?"')
    matches = list(dict.fromkeys(pattern.findall(vega_spec)))
    if matches:
        marker = "__replace_prefix_o9hd101n22e1__"
        for counter, match in enumerate(matches, start=1):
            vega_spec = vega_spec.replace(match, f'"{marker}{prefix}{counter}"')
        vega_spec = vega_spec.replace(marker, "")
    return vega_spec


def _stabilize_vega_json_spec(vega_spec: str) -> str:
    """Streamlit's stabilisation of Altair's counters (GeoJSON left alone)."""
    parsed = json.loads(vega_spec)
    kept: dict[str, Any] = {}
    if isinstance(parsed, dict):
        if "datasets" in parsed:
            kept["datasets"] = parsed.pop("datasets")
        data_spec = parsed.get("data")
        if isinstance(data_spec, dict) and _is_geojson_or_topojson(data_spec.get("values")):
            kept["values"] = data_spec.pop("values")
        if kept:
            vega_spec = json.dumps(parsed)
    if '"params"' in vega_spec:
        vega_spec = _reset_counter_pattern("param_", vega_spec)
    if re.search(r'"(vconcat|hconcat|facet|layer|concat|repeat)"', vega_spec):
        vega_spec = _reset_counter_pattern("view_", vega_spec)
    if kept:
        restored = json.loads(vega_spec)
        if "datasets" in kept:
            restored["datasets"] = kept["datasets"]
        if "values" in kept:
            restored.setdefault("data", {})["values"] = kept["values"]
        vega_spec = json.dumps(restored)
    return vega_spec


def altair_to_vega_lite_spec(chart: Any) -> dict[str, Any]:
    """An Altair chart's Vega-Lite spec with its data inline (no row limit),
    without Altair's default theme sizes (as Streamlit)."""
    alt = require("altair", "altair_chart")
    theme_registry = getattr(alt, "theme", None) or alt.themes
    with _altair_globals_lock:
        theme = theme_registry.enable("none") if theme_registry.active == "default" \
            else nullcontext()
        with theme, alt.data_transformers.enable("default", max_rows=None):
            return chart.to_dict()


class _NotKeyable(Exception):
    """Some data of the chart cannot be digested exactly."""


_DIGEST_TRANSFORMER = "streamlit_cell_content_digest"


def _data_as_digest(data: Any) -> dict[str, str]:
    """An Altair data transformer: the data as a name made of its content."""
    digest = data_digest(data)
    if digest is None:
        raise _NotKeyable
    return {"name": digest.hex()}


def altair_chart_key(chart: Any) -> str | None:
    """A key for an Altair chart made of its content: its spec with every
    dataset replaced by a digest of the dataset, with Altair's generated
    names renumbered. None if some data cannot be digested exactly.

    Serialising the chart's data (``to_values``) and validating the spec are
    most of ``to_dict()``; the key needs neither: Altair infers field types
    from the original data, and the transformer only names it.
    """
    alt = require("altair", "altair_chart")
    theme_registry = getattr(alt, "theme", None) or alt.themes
    # (``names()`` reads the package entry points: ~0.1 s; register() is cheap
    # and idempotent.)
    alt.data_transformers.register(_DIGEST_TRANSFORMER, _data_as_digest)
    with _altair_globals_lock:
        theme = theme_registry.enable("none") if theme_registry.active == "default" \
            else nullcontext()
        try:
            with theme, alt.data_transformers.enable(_DIGEST_TRANSFORMER):
                shape = chart.to_dict(validate=False)
        except _NotKeyable:
            return None
        except Exception:  # the real build reports what is wrong with the chart
            return None
    text = json.dumps(shape, sort_keys=True, default=repr)
    for prefix in ("param_", "view_"):
        text = _reset_counter_pattern(prefix, text)
    return f"{theme_registry.active}|{text}"


# The mixins are named as in Streamlit, whose messages name them (a missing
# argument's TypeError says "PyplotMixin.pyplot() missing ...").
class VegaChartsMixin(ElementMixin):
    """The Vega-Lite charts."""

    # -------------------------------------------------------- built-in
    def line_chart(self: "DeltaGenerator", data: Any = None, *, x: str | None = None,
                   y: str | Sequence[str] | None = None, x_label: str | None = None,
                   y_label: str | None = None, color: Any = None, width: Any = "stretch",
                   height: Any = "content", use_container_width: bool | None = None,
                   alt: str | None = None) -> "DeltaGenerator":
        """A line chart of the data's columns (Altair, built as Streamlit does)."""
        return self._built_in_chart("line_chart", ChartType.LINE, data, x, y, x_label,
                                    y_label, color, None, width, height,
                                    use_container_width=use_container_width, alt=alt)

    def area_chart(self: "DeltaGenerator", data: Any = None, *, x: str | None = None,
                   y: str | Sequence[str] | None = None, x_label: str | None = None,
                   y_label: str | None = None, color: Any = None, stack: Any = None,
                   width: Any = "stretch", height: Any = "content",
                   use_container_width: bool | None = None,
                   alt: str | None = None) -> "DeltaGenerator":
        """An area chart; ``stack`` False/None layers the areas (as Streamlit)."""
        maybe_raise_stack_warning(stack)
        if stack is False or stack is None:
            stack = "layered"
        return self._built_in_chart("area_chart", ChartType.AREA, data, x, y, x_label,
                                    y_label, color, None, width, height, stack=stack,
                                    use_container_width=use_container_width, alt=alt)

    def bar_chart(self: "DeltaGenerator", data: Any = None, *, x: str | None = None,
                  y: str | Sequence[str] | None = None, x_label: str | None = None,
                  y_label: str | None = None, color: Any = None, horizontal: bool = False,
                  sort: bool | str = True, stack: Any = None, width: Any = "stretch",
                  height: Any = "content", use_container_width: bool | None = None,
                  alt: str | None = None) -> "DeltaGenerator":
        """A bar chart, vertical or ``horizontal``; ``stack=False`` groups the bars."""
        maybe_raise_stack_warning(stack)
        chart_type = ChartType.HORIZONTAL_BAR if horizontal else ChartType.VERTICAL_BAR
        return self._built_in_chart("bar_chart", chart_type, data, x, y, x_label, y_label,
                                    color, None, width, height, stack=stack, sort=sort,
                                    use_container_width=use_container_width, alt=alt)

    def scatter_chart(self: "DeltaGenerator", data: Any = None, *, x: str | None = None,
                      y: str | Sequence[str] | None = None, x_label: str | None = None,
                      y_label: str | None = None, color: Any = None, size: Any = None,
                      width: Any = "stretch", height: Any = "content",
                      use_container_width: bool | None = None,
                      alt: str | None = None) -> "DeltaGenerator":
        """A scatter chart; ``size`` is a column or a number."""
        return self._built_in_chart("scatter_chart", ChartType.SCATTER, data, x, y, x_label,
                                    y_label, color, size, width, height,
                                    use_container_width=use_container_width, alt=alt)

    def _built_in_chart(self: "DeltaGenerator", command: str, chart_type: ChartType,
                        data: Any, x: Any, y: Any, x_label: Any, y_label: Any, color: Any,
                        size: Any, width: Any, height: Any, *, stack: Any = None,
                        sort: Any = False, use_container_width: bool | None,
                        alt: str | None) -> "DeltaGenerator":
        """Build the chart as Streamlit does (an Altair chart shown with
        ``altair_chart``), once per distinct data and arguments (see
        ``chart_memo``): a rerun that draws the same chart costs a hash."""
        require("altair", command)
        require("pandas", command)
        key = chart_key(command, data, (chart_type.name, x, y, x_label, y_label, color, size,
                                        width, height, stack, sort, use_container_width))
        kept = BUILT_IN_CHARTS.get(key)
        if kept is None:
            chart = generate_chart(chart_type, data, x_from_user=x, y_from_user=y,
                                   x_axis_label=x_label, y_axis_label=y_label,
                                   color_from_user=color, size_from_user=size, width=width,
                                   height=height, stack=stack, sort_from_user=sort)
            spec = altair_to_vega_lite_spec(chart)
            wide = _is_wide(spec)
            width, stretch = _vega_lite_width(wide, use_container_width, width)
            validate_height(height, allow_content=True)
            spec_props = _vega_lite_spec_props(spec, None, stretch, "altair_chart")
            BUILT_IN_CHARTS.put(key, (wide, spec_props), _spec_props_size(spec_props))
        else:
            # The same data and arguments were drawn (and validated) before:
            # validate again for the warnings, reuse the finished spec.
            wide, spec_props = kept
            width, _ = _vega_lite_width(wide, use_container_width, width)
            validate_height(height, allow_content=True)
        return self._enqueue_vega_lite(spec_props, width, height, "streamlit", alt)

    # ------------------------------------------------- altair / vega-lite
    def altair_chart(self: "DeltaGenerator", altair_chart: Any, *, width: Any = None,
                     height: Any = "content", use_container_width: bool | None = None,
                     theme: str | None = "streamlit", key: Any = None,
                     on_select: Any = "ignore", selection_mode: Any = None,
                     alt: str | None = None) -> "DeltaGenerator":
        """A chart made with Vega-Altair."""
        return self._altair_chart(altair_chart, width=width, height=height,
                                  use_container_width=use_container_width, theme=theme,
                                  key=key, on_select=on_select, alt=alt)

    def vega_lite_chart(self: "DeltaGenerator", data: Any = None,
                        spec: dict[str, Any] | None = None, *, width: Any = None,
                        height: Any = "content", use_container_width: bool | None = None,
                        theme: str | None = "streamlit", key: Any = None,
                        on_select: Any = "ignore", selection_mode: Any = None,
                        alt: str | None = None) -> "DeltaGenerator":
        """A chart from a Vega-Lite spec dict, with ``data`` as its data."""
        return self._vega_lite_chart(data, spec, width=width, height=height,
                                     use_container_width=use_container_width, theme=theme,
                                     key=key, on_select=on_select, alt=alt,
                                     command="vega_lite_chart")

    def _altair_chart(self: "DeltaGenerator", altair_chart: Any, *,
                      use_container_width: bool | None = None,
                      theme: str | None = "streamlit", key: Any = None,
                      on_select: Any = "ignore", width: Any = None,
                      height: Any = "content", alt: str | None = None) -> "DeltaGenerator":
        # Once per distinct chart content (see ``altair_chart_key``): a rerun
        # that draws the same chart skips serialising its data and validating.
        # (Checks in Streamlit's order: the chart is converted first.)
        content = altair_chart_key(altair_chart)
        memo_key = None if content is None else (
            "altair_chart", content, _plain_memo_value((use_container_width, width)))
        kept = BUILT_IN_CHARTS.get(memo_key)
        if kept is None:
            spec = altair_to_vega_lite_spec(altair_chart)
            _check_theme(theme)
            _selection_not_supported(on_select, "altair_chart")
            wide = _is_wide(spec)
            width, stretch = _vega_lite_width(wide, use_container_width, width)
            validate_height(height, allow_content=True)
            spec_props = _vega_lite_spec_props(spec, None, stretch, "altair_chart")
            BUILT_IN_CHARTS.put(memo_key, (wide, spec_props), _spec_props_size(spec_props))
        else:
            _check_theme(theme)
            _selection_not_supported(on_select, "altair_chart")
            wide, spec_props = kept
            width, _ = _vega_lite_width(wide, use_container_width, width)
            validate_height(height, allow_content=True)
        return self._enqueue_vega_lite(spec_props, width, height, theme, alt)

    def _vega_lite_chart(self: "DeltaGenerator", data: Any, spec: dict[str, Any] | None, *,
                         use_container_width: bool | None, theme: str | None, key: Any,
                         on_select: Any, width: Any, height: Any, alt: str | None,
                         command: str) -> "DeltaGenerator":
        _check_theme(theme)
        _selection_not_supported(on_select, command)
        if isinstance(data, dict) and spec is None:
            spec, data = data, None
        if spec is None:
            spec = {}
        width, stretch = _vega_lite_width(_is_wide(spec), use_container_width, width)
        validate_height(height, allow_content=True)
        return self._enqueue_vega_lite(_vega_lite_spec_props(spec, data, stretch, command),
                                       width, height, theme, alt)

    def _enqueue_vega_lite(self: "DeltaGenerator", spec_props: dict[str, Any], width: Any,
                           height: Any, theme: str | None, alt: str | None) -> "DeltaGenerator":
        return self._enqueue(Element("vega_lite_chart", {
            **spec_props,
            "width": width,
            "height": height,
            "theme": theme or "",
            "alt": normalize_alt(alt),
        }))


def _is_wide(spec: dict[str, Any]) -> bool:
    """Whether a chart stretches by default: faceted, concatenated and
    repeated charts keep their own width."""
    return not (_is_facet(spec) or "hconcat" in spec or "repeat" in spec
                or _has_nested_composition(spec))


def _vega_lite_width(wide: bool, use_container_width: bool | None, width: Any) -> tuple[Any, bool]:
    """The chart's width argument as Streamlit resolves it (validated, with the
    ``use_container_width`` deprecation), and whether the chart stretches."""
    if use_container_width is None and width is None:
        width = "stretch" if wide else "content"
    if use_container_width is not None:
        deprecation_warning(_USE_CONTAINER_WIDTH_DEPRECATION_VEGA, show_in_browser=False)
        if use_container_width:
            width = "stretch"
        elif not isinstance(width, int):
            width = "content"
    if width is not None:
        validate_width(width, allow_content=True)
    stretch = use_container_width if use_container_width is not None else width == "stretch"
    return width, stretch


def _vega_lite_spec_props(spec: dict[str, Any], data: Any, stretch: bool,
                          command: str) -> dict[str, Any]:
    """The spec (a stable JSON string) and its data, moved out as Streamlit does."""
    spec = _prepare_vega_lite_spec(spec, stretch)
    datasets, data_values = _extract_chart_data(spec, data, command == "altair_chart")
    return {"spec": _stabilize_vega_json_spec(json.dumps(spec)), "datasets": datasets,
            "data_values": data_values}


def _spec_props_size(spec_props: dict[str, Any]) -> int:
    """About how many bytes a finished spec holds (its JSON text's length)."""
    return (len(spec_props["spec"]) + len(json.dumps(spec_props["datasets"], default=str))
            + len(json.dumps(spec_props["data_values"], default=str)))


class PyplotMixin(ElementMixin):
    def pyplot(self: "DeltaGenerator", fig: Any, clear_figure: bool = False, *,
               width: Any = "stretch", use_container_width: bool | None = None,
               alt: str | None = None, **kwargs: Any) -> "DeltaGenerator":
        """A Matplotlib figure, as a PNG image.

        The figure is drawn with Matplotlib's Agg renderer into a buffer; the
        pyplot backend (and interactive mode) of the kernel is left as it is.
        """
        if fig is None:
            raise StreamlitMissingRequiredParameterError("fig", detail=_FIG_REQUIRED.strip())
        if use_container_width is not None:
            deprecation_warning(_USE_CONTAINER_WIDTH_DEPRECATION, show_in_browser=False)
            width = "stretch" if use_container_width else "content"
        if kwargs:
            deprecation_warning(_SAVEFIG_KWARGS_DEPRECATION, show_in_browser=True,
                                shown_by=self.dg)
        validate_width(width, allow_content=True)
        require("matplotlib", "pyplot")

        buffer = io.BytesIO()
        fig.savefig(buffer, **{**_SAVEFIG_DEFAULTS, **kwargs})
        payload = buffer.getvalue()
        stripped = payload.lstrip()
        is_svg = stripped.startswith(b"<svg") or (
            stripped.startswith(b"<?xml") and b"<svg" in stripped[:2048])
        image: Any = payload.decode("utf-8") if is_svg else buffer
        items = marshall_images(image, None, width, clamp=False, channels="RGB",
                                output_format="PNG", alt=alt)
        if clear_figure:
            fig.clf()
        _release_from_pyplot(fig)
        return self._enqueue(Element("image", {"imgs": items, "width": width, "link": None}))


class PlotlyMixin(ElementMixin):
    def plotly_chart(self: "DeltaGenerator", figure_or_data: Any,
                     use_container_width: bool | None = None, *, width: Any = "stretch",
                     height: Any = "content", theme: str | None = "streamlit", key: Any = None,
                     on_select: Any = "ignore",
                     selection_mode: Any = ("points", "box", "lasso"),
                     config: dict[str, Any] | None = None,
                     alt: str | None = None) -> "DeltaGenerator":
        """An interactive Plotly figure (a matplotlib figure is converted)."""
        if use_container_width is not None:
            deprecation_warning(_USE_CONTAINER_WIDTH_DEPRECATION, show_in_browser=False)
            if use_container_width:
                width = "stretch"
            elif not isinstance(width, int):
                width = "content"
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        plotly_io = require("plotly.io", "plotly_chart")
        plotly_tools = require("plotly.tools", "plotly_chart")
        _check_theme(theme)
        _selection_not_supported(on_select, "plotly_chart")
        key = to_key(key)

        memo_key = _plotly_memo_key(figure_or_data, plotly_io)
        kept = BUILT_IN_CHARTS.get(memo_key)
        if kept is not None:
            spec, layout_size = kept
        else:
            if type(figure_or_data).__module__.startswith("matplotlib") and \
                    type(figure_or_data).__name__ == "Figure":
                figure = plotly_tools.mpl_to_plotly(figure_or_data)
            else:
                figure = plotly_tools.return_figure_from_figure_or_data(figure_or_data,
                                                                        validate_figure=True)
                # A figure built outside a run carries Plotly's default template
                # where Streamlit's figures carry Streamlit's.
                figure = streamlit_figure_spec(figure_or_data, figure, plotly_io)
            spec = plotly_io.to_json(figure, validate=False)
            layout = figure.get("layout", {}) if isinstance(figure, dict) else figure.layout
            layout_size = {name: _layout_value(layout, name) for name in ("width", "height")}
            BUILT_IN_CHARTS.put(memo_key, (spec, layout_size), len(spec))
        sized = {"layout": layout_size}
        config_json = json.dumps(config or {})
        normalized_alt = normalize_alt(alt)
        # Streamlit gives every Plotly chart an id: two identical ones without
        # keys raise StreamlitDuplicateElementId, as there.
        compute_and_register_element_id(
            require_context(), "plotly_chart", user_key=key, key_as_main_identity=False,
            form_id=self._current_form_id, root=self._active_dg()._root,
            plotly_spec=spec, plotly_config=config_json, selection_mode=selection_mode,
            is_selection_activated=False, theme=theme, width=width, height=height,
            alt=normalized_alt)
        return self._enqueue(Element("plotly_chart", {
            "spec": spec,
            "config": config_json,
            "theme": theme or "",
            "width": _plotly_size(width, sized, "width", 700),
            "height": _plotly_size(height, sized, "height", 450),
            "alt": normalized_alt,
        }))


class ChartsMixin(VegaChartsMixin, PyplotMixin, PlotlyMixin):

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS = ("line_chart", "area_chart", "bar_chart", "scatter_chart", "altair_chart",
                "vega_lite_chart", "pyplot", "plotly_chart")


def _plotly_memo_key(figure_or_data: Any, plotly_io: Any) -> Any:
    """The memo key of a Plotly figure (a ``Figure`` or its dict or list
    form), or None (a matplotlib figure, anything not made of exact values).

    ``Figure.to_dict`` deep-copies the figure and the JSON encoder walks every
    point: ~2 ms for a 2,000-point figure on every rerun. The key digests what
    ``to_dict`` copies (the traces', layout's and frames' properties) in
    place, plus the JSON engine, which shapes the spec's text, and the default
    template, which validating a dict or list applies."""
    from plotly.basedatatypes import BaseFigure

    if isinstance(figure_or_data, BaseFigure):
        try:
            parts: Any = (figure_or_data._data, figure_or_data._layout,
                          [frame._props for frame in figure_or_data._frame_objs])
        except AttributeError:  # another Plotly's internals: build as before
            return None
        kind = "figure"
    elif type(figure_or_data) in (dict, list):
        parts, kind = figure_or_data, type(figure_or_data).__name__
    else:
        return None
    digest = structure_digest(parts)
    if digest is None:
        return None
    engine = getattr(getattr(plotly_io, "json", None), "config", None)
    templates = getattr(plotly_io, "templates", None)
    template = getattr(templates, "default", None)
    # Whether Plotly's template is swapped for Streamlit's depends on the
    # default the user left outside the run (``plotly_theme``).
    user_template = outside_default(plotly_io) if templates is not None else None
    return ("plotly_chart", kind, digest, repr(getattr(engine, "default_engine", None)),
            repr(template), repr(user_template))


def _layout_value(layout: Any, name: str) -> Any:
    try:
        return layout.get(name) if isinstance(layout, dict) else getattr(layout, name)
    except (AttributeError, TypeError):
        return None


def _plotly_size(value: Any, figure: Any, name: str, default: int) -> Any:
    """"content" is the figure's own size, else Plotly's default."""
    if value != "content":
        return value
    try:
        size = figure.get("layout", {}).get(name) if isinstance(figure, dict) \
            else getattr(figure.layout, name)
    except (AttributeError, TypeError):
        size = None
    return int(size) if isinstance(size, (int, float)) and size > 0 else default


def _release_from_pyplot(fig: Any) -> None:
    """Drop a shown figure from pyplot's figure list, as the notebook's inline
    backend does with every figure it shows at the end of a cell.

    Otherwise the inline backend shows the figure a second time below the
    app after the cell runs, and a figure made on each rerun (those do not
    end a cell) would pile up in pyplot, to be shown in whatever cell runs
    next. The figure object itself is untouched and stays usable.
    """
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None and getattr(getattr(fig, "canvas", None), "manager", None):
        # A figure pyplot does not manage is left alone by close().
        pyplot.close(fig)
