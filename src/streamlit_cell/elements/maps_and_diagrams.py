"""Maps and diagrams: ``st.map``, ``st.pydeck_chart``, ``st.graphviz_chart``,
``st.mermaid_chart`` and ``st.echarts_chart``.

The elements carry what Streamlit's protobufs carry, computed the way
Streamlit computes it (``st.map`` builds the same deck.gl JSON, with the
same column detection, colours, sizes and zoom), so AppTest sees the same
values. How they are drawn is the renderer's business (``render/maps_views``):

* ``st.map`` / ``st.pydeck_chart`` -> ``deck_gl_json_chart`` (as in
  Streamlit): pydeck's own HTML page for the deck.gl JSON in a sandboxed
  iframe. pydeck ships with Streamlit; here it is optional (the ``maps``
  extra) and only needed to draw, not to build the element.
* ``st.graphviz_chart`` -> the DOT source; the renderer runs Graphviz's
  ``dot`` program (``apt-get install graphviz``) to get SVG.
* ``st.mermaid_chart`` -> a Markdown element holding a fenced ``mermaid``
  block, as in Streamlit; the renderer shows it with JupyterLab's own
  Mermaid renderer (MIME type ``text/vnd.mermaid``, JupyterLab >= 4.1).
* ``st.echarts_chart`` validates its arguments as Streamlit does and draws the
  chart with ECharts (loaded from its CDN, like deck.gl for maps) in a sandboxed
  iframe; formerly it raised
  ``StreamlitNotSupportedInNotebookError``: ECharts is a JavaScript library
  that no installed package provides offline.
"""

from __future__ import annotations

import copy
import json
import os
import re
from typing import TYPE_CHECKING, Any, Final

from ..runtime.errors import StreamlitAPIException, StreamlitInvalidColorError, StreamlitInvalidParameterTypeError, StreamlitNotSupportedInNotebookError, StreamlitValueError
from ..runtime.page_tree import Element
from .built_in_charts import is_color_tuple_like, is_hex_color_like
from .charts import _selection_not_supported
from .media import _USE_CONTAINER_WIDTH_DEPRECATION, deprecation_warning, normalize_alt
from .sizing import validate_height, validate_width
from .data import to_dataframe
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

#: Streamlit's empty map (``deck_gl_json_chart.EMPTY_MAP``).
EMPTY_MAP: Final[dict[str, Any]] = {
    "initialViewState": {"latitude": 0, "longitude": 0, "pitch": 0, "zoom": 1},
}
_DEFAULT_LAT_COL_NAMES: Final = {"lat", "latitude", "LAT", "LATITUDE"}
_DEFAULT_LON_COL_NAMES: Final = {"lon", "longitude", "LON", "LONGITUDE"}
_DEFAULT_COLOR: Final = "primary"
_DEFAULT_SIZE: Final = 100
_DEFAULT_ZOOM_LEVEL: Final = 12
#: Degrees of longitude shown at each zoom level (Streamlit's table).
_ZOOM_LEVELS: Final = [360, 180, 90, 45, 22.5, 11.25, 5.625, 2.813, 1.406, 0.703, 0.352,
                       0.176, 0.088, 0.044, 0.022, 0.011, 0.005, 0.003, 0.001, 0.0005,
                       0.00025]
_SELECTION_MODES: Final = ("multi-object", "single-object")
_MAP_WIDTH_DEPRECATION: Final = _USE_CONTAINER_WIDTH_DEPRECATION


# ------------------------------------------------------------------ colours
def _int_component(component: Any, color: Any) -> int:
    if isinstance(component, float):
        component = int(component * 255)
    if isinstance(component, int):
        return min(255, max(component, 0))
    raise StreamlitInvalidColorError(color)


def to_int_color_tuple(color: Any) -> tuple[int, ...]:
    """Streamlit's ``color_util.to_int_color_tuple``: hex or a 3/4-tuple
    (floats are fractions of 255) to RGBA ints."""
    original = color
    if is_hex_color_like(color):
        digits = color[1:]
        if len(digits) in (3, 4):
            parts = [2 * c for c in digits] + (["ff"] if len(digits) == 3 else [])
        else:
            parts = [digits[i:i + 2] for i in range(0, len(digits), 2)] + (
                ["ff"] if len(digits) == 6 else [])
        try:
            color = tuple(int(part, 16) for part in parts)
        except ValueError as error:
            raise StreamlitInvalidColorError(original) from error
    if is_color_tuple_like(color) and len(color) in (3, 4):
        return tuple(_int_component(c, original) for c in color)
    raise StreamlitInvalidColorError(original)


def _is_map_color_like(color: Any) -> bool:
    """Streamlit's ``color_util.is_color_like``."""
    return is_hex_color_like(color) or is_color_tuple_like(color) or (
        isinstance(color, str) and color.startswith(("rgb(", "rgba(")))


# --------------------------------------------------------------------- map
def to_deckgl_json(data: Any, lat: str | None, lon: str | None, size: Any, color: Any,
                   zoom: int | None) -> str:
    """Streamlit's ``map.to_deckgl_json``: the deck.gl JSON of a scatter map."""
    if data is None or (hasattr(data, "empty") and data.empty):
        return json.dumps(EMPTY_MAP)

    frame = to_dataframe(data)
    lat_col = _lat_or_lon_column(frame, "latitude", lat, _DEFAULT_LAT_COL_NAMES)
    lon_col = _lat_or_lon_column(frame, "longitude", lon, _DEFAULT_LON_COL_NAMES)
    size_arg, size_col = _value_and_column(frame, size, _DEFAULT_SIZE)
    color_arg, color_col = _value_and_column(frame, color, _DEFAULT_COLOR)
    used = sorted(c for c in {lat_col, lon_col, size_col, color_col} if c is not None)
    frame = frame[used].copy()
    fill_color = _color_arg_or_column(frame, color_arg, color_col)
    zoom, center_lat, center_lon = _viewport(frame, lat_col, lon_col, zoom)
    spec = copy.deepcopy(EMPTY_MAP)
    spec["initialViewState"].update(latitude=center_lat, longitude=center_lon, zoom=zoom)
    spec["layers"] = [{
        "@@type": "ScatterplotLayer",
        "getPosition": f"@@=[{lon_col}, {lat_col}]",
        "getRadius": size_arg,
        "radiusMinPixels": 3,
        "radiusUnits": "meters",
        "getFillColor": fill_color,
        "data": frame.to_dict("records"),
    }]
    return json.dumps(spec)


def _lat_or_lon_column(frame: Any, readable_name: str, from_user: str | None,
                       default_names: set[str]) -> str:
    if isinstance(from_user, str) and from_user in frame.columns:
        column = from_user
    else:
        # Streamlit iterates a set here: with several candidates, any may win.
        candidate = next((c for c in default_names if c in frame.columns), None)
        if candidate is None:
            allowed = ", ".join(map(repr, sorted(default_names)))
            existing = ", ".join(map(repr, list(frame.columns)))
            raise StreamlitAPIException(
                f"Map data must contain a {readable_name} column named: {allowed}. "
                f"Existing columns: {existing}", error_id="map-missing-lat-lon-column")
        column = candidate
    if any(frame[column].isna().array):
        raise StreamlitAPIException(
            f"Column {column} is not allowed to contain null values, such as NaN, NaT, "
            "or None.", error_id="map-column-contains-nulls")
    return column


def _value_and_column(frame: Any, value_or_name: Any, default: Any) -> tuple[Any, str | None]:
    if isinstance(value_or_name, str) and value_or_name in frame.columns:
        return f"@@={value_or_name}", value_or_name
    return (default if value_or_name is None else value_or_name), None


def _color_arg_or_column(frame: Any, color_arg: Any, color_col: str | None) -> Any:
    if color_col is not None:
        column = frame[color_col]
        if len(column) > 0 and _is_map_color_like(column.iat[0]):
            frame[color_col] = column.astype(object).map(to_int_color_tuple)
        else:
            raise StreamlitAPIException(
                f'Column "{color_col}" does not appear to contain valid colors.',
                error_id="map-invalid-color-column")
        return color_arg
    if color_arg is None:
        return None
    if isinstance(color_arg, str) and color_arg.lower() == "primary":
        return "primary"
    return to_int_color_tuple(color_arg)


def _viewport(frame: Any, lat_col: str, lon_col: str,
              zoom: int | None) -> tuple[int, float, float]:
    min_lat, max_lat = frame[lat_col].min(), frame[lat_col].max()
    min_lon, max_lon = frame[lon_col].min(), frame[lon_col].max()
    center_lat = (max_lat + min_lat) / 2.0
    center_lon = (max_lon + min_lon) / 2.0
    if zoom is None:
        zoom = _zoom_level(max(abs(max_lat - min_lat), abs(max_lon - min_lon)))
    return zoom, center_lat, center_lon


def _zoom_level(distance: float) -> int:
    for i in range(len(_ZOOM_LEVELS) - 1):
        if _ZOOM_LEVELS[i + 1] < distance <= _ZOOM_LEVELS[i]:
            return i
    return _DEFAULT_ZOOM_LEVEL


# ------------------------------------------------------------------ pydeck
def _pydeck_tooltip(deck: Any) -> dict[str, str] | None:
    if deck is None:
        return None
    widget = getattr(deck, "deck_widget", None)
    if widget is not None and isinstance(getattr(widget, "tooltip", None), dict):
        return widget.tooltip
    tooltip = getattr(deck, "_tooltip", None)
    return tooltip if isinstance(tooltip, dict) else None


def _prepare_pydeck_for_json(deck: Any) -> None:
    """Streamlit (pandas >= 3): DataFrame layer data as records, since pydeck's
    serialiser cannot handle pandas 3's frames."""
    import weakref

    import pandas as pd

    for layer in getattr(deck, "layers", None) or []:
        data = getattr(layer, "data", None)
        if isinstance(data, weakref.ref):
            data = data()
        if isinstance(data, pd.DataFrame):
            layer.data = data.to_dict(orient="records")


def _pandas_at_least_3() -> bool:
    import pandas as pd

    return int(pd.__version__.split(".")[0]) >= 3


def _check_use_container_width(use_container_width: bool | None, width: Any,
                               *, false_means: str = "an integer width") -> Any:
    if use_container_width is None:
        return width
    deprecation_warning(_MAP_WIDTH_DEPRECATION, show_in_browser=False)
    return "stretch" if use_container_width else width


# --------------------------------------------------------------- graphviz
def _is_graphviz_object(obj: Any) -> bool:
    """Streamlit's ``type_util.is_graphviz_chart``: a graphviz Graph,
    Digraph or Source (checked by type name: graphviz is not imported)."""
    names = {f"{c.__module__}.{c.__qualname__}" for c in type(obj).__mro__}
    return bool(names & {"graphviz.dot.Graph", "graphviz.dot.Digraph", "graphviz.graphs.Graph",
                         "graphviz.graphs.Digraph", "graphviz.sources.Source",
                         "graphviz.files.Source"})


def _max_char_sequence(text: str, char: str) -> int:
    longest = run = 0
    for c in text:
        run = run + 1 if c == char else 0
        longest = max(longest, run)
    return longest


# ---------------------------------------------------------------- mermaid
_ST_ALT_LINE: Final = re.compile(r"^\s*%%\s*stAlt\s*:[^\n]*\n?", re.MULTILINE)
_ST_ALT_PREFIX: Final = "%% stAlt: "


def _skip_mermaid_preamble(lines: list[str]) -> int:
    """Index of the diagram-type line: past blank lines, ``%%{init}%%``
    directives, comments and a ``---`` front-matter block (Streamlit's rule)."""
    i, n = 0, len(lines)
    while i < n:
        stripped = lines[i].strip()
        if not stripped:
            i += 1
            continue
        if stripped.startswith("%%{"):
            if "}%%" not in stripped:
                i += 1
                while i < n and "}%%" not in lines[i]:
                    i += 1
            if i < n:
                i += 1
            continue
        if stripped.startswith("%%"):
            i += 1
            continue
        if stripped == "---":
            i += 1
            while i < n and lines[i].strip() != "---":
                i += 1
            if i < n:
                i += 1
            continue
        break
    return i


def _apply_alt_marker(body: str, normalized_alt: str) -> str:
    """Streamlit's ``%% stAlt:`` line, after the preamble (its front end makes
    it the diagram's accessible name); an earlier marker is replaced."""
    lines = _ST_ALT_LINE.sub("", body).splitlines(keepends=True)
    insert_at = _skip_mermaid_preamble(lines)
    if insert_at > 0 and not lines[insert_at - 1].endswith("\n"):
        lines[insert_at - 1] += "\n"
    lines.insert(insert_at, f"{_ST_ALT_PREFIX}{' '.join(normalized_alt.split())}\n")
    return "".join(lines)


class MapsAndDiagramsMixin(ElementMixin):
    COMMANDS = ("map", "pydeck_chart", "graphviz_chart", "mermaid_chart", "echarts_chart")

    def map(self: "DeltaGenerator", data: Any = None, *, latitude: str | None = None,
            longitude: str | None = None, color: Any = None, size: Any = None,
            zoom: int | None = None, width: Any = "stretch", height: Any = 500,
            use_container_width: bool | None = None,
            alt: str | None = None) -> "DeltaGenerator":
        """A scatter map of the rows' latitude/longitude (deck.gl JSON, as Streamlit)."""
        width = _check_use_container_width(use_container_width, width)
        validate_width(width)
        validate_height(height)
        spec = to_deckgl_json(data, latitude, longitude, size, color, zoom)
        return self._enqueue(Element("deck_gl_json_chart", {
            "json": spec, "tooltip": "", "id": "", "width": width, "height": height,
            "alt": normalize_alt(alt) or "",
            "mapbox_token": os.environ.get("MAPBOX_API_KEY", ""), "source": "map",
        }))

    def pydeck_chart(self: "DeltaGenerator", pydeck_obj: Any = None, *, width: Any = "stretch",
                     use_container_width: bool | None = None, height: Any = 500,
                     selection_mode: Any = "single-object", on_select: Any = "ignore",
                     key: Any = None, alt: str | None = None) -> Any:
        """A pydeck ``Deck``, drawn by deck.gl from its JSON."""
        width = _check_use_container_width(use_container_width, width)
        validate_width(width)
        validate_height(height)
        if pydeck_obj is not None and _pandas_at_least_3():
            _prepare_pydeck_for_json(pydeck_obj)
        spec = json.dumps(EMPTY_MAP) if pydeck_obj is None else pydeck_obj.to_json()
        tooltip = _pydeck_tooltip(pydeck_obj)
        if on_select != "ignore" and not callable(on_select) and on_select == "rerun":
            # Streamlit checks the selection mode only for active selections.
            if not isinstance(selection_mode, str):
                raise StreamlitInvalidParameterTypeError(
                    "selection_mode", type(selection_mode).__name__, ["str"],
                    detail="Selection mode must be a single value.")
            if selection_mode not in _SELECTION_MODES:
                raise StreamlitValueError("selection_mode", [f"'{m}'" for m in _SELECTION_MODES])
        _selection_not_supported(on_select, "pydeck_chart")
        return self._enqueue(Element("deck_gl_json_chart", {
            "json": spec, "tooltip": json.dumps(tooltip) if tooltip else "", "id": "",
            "width": width, "height": height, "alt": normalize_alt(alt) or "",
            "mapbox_token": getattr(pydeck_obj, "mapbox_key", None) or "",
            "source": "pydeck_chart",
        }))

    def graphviz_chart(self: "DeltaGenerator", figure_or_dot: Any,
                       use_container_width: bool | None = None, *, width: Any = "content",
                       height: Any = "content", alt: str | None = None) -> "DeltaGenerator":
        """A Graphviz graph (a ``graphviz`` object or DOT source), drawn as SVG
        by Graphviz's ``dot`` program."""
        if use_container_width is not None:
            deprecation_warning(_MAP_WIDTH_DEPRECATION, show_in_browser=False)
            width = "stretch" if use_container_width else "content"
        if _is_graphviz_object(figure_or_dot):
            dot, engine = figure_or_dot.source, figure_or_dot.engine
        elif isinstance(figure_or_dot, str):
            dot, engine = figure_or_dot, "dot"
        else:
            raise StreamlitInvalidParameterTypeError(
                "figure_or_dot", type(figure_or_dot).__name__,
                ["graphviz.Graph", "graphviz.Digraph", "graphviz.Source", "str"])
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        return self._enqueue(Element("graphviz_chart", {
            "spec": dot, "engine": engine, "width": width, "height": height,
            "alt": normalize_alt(alt) or "",
        }))

    def mermaid_chart(self: "DeltaGenerator", body: str, *, width: Any = "stretch",
                      alt: str | None = None) -> "DeltaGenerator":
        """A Mermaid diagram: a Markdown element with a fenced ``mermaid``
        block, as Streamlit sends it."""
        diagram = body
        normalized_alt = normalize_alt(alt)
        if normalized_alt is not None:
            diagram = _apply_alt_marker(body, normalized_alt)
        fence = "`" * max(4, _max_char_sequence(diagram, "`") + 1)
        validate_width(width, allow_content=True)
        return self._enqueue(Element("mermaid_chart", {
            "body": f"{fence}mermaid\n{diagram}\n{fence}", "diagram": diagram,
            "width": width, "alt": normalized_alt or "",
        }))

    def echarts_chart(self: "DeltaGenerator", spec: Any, *, width: Any = "stretch",
                      height: Any = "content", theme: Any = "streamlit", key: Any = None,
                      on_select: Any = "ignore", renderer: Any = "canvas",
                      alt: str | None = None) -> Any:
        """An Apache ECharts chart from an option dict, a JSON string or a
        pyecharts chart, checked and serialised as Streamlit does."""
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        if theme not in {"streamlit", None}:
            raise StreamlitValueError("theme", ["'streamlit'", "None"])
        if renderer not in {"canvas", "svg"}:
            raise StreamlitValueError("renderer", ["'canvas'", "'svg'"])
        if not (callable(on_select) or (isinstance(on_select, str)
                                        and on_select in ("rerun", "ignore"))):
            raise StreamlitValueError("on_select", ["'rerun'", "'ignore'", "a callback function"])
        if on_select != "ignore":
            raise StreamlitNotSupportedInNotebookError(
                "Selections on `st.echarts_chart` (`on_select`)",
                "Leave `on_select='ignore'` and filter the data with a widget, e.g. "
                "`st.multiselect`, then draw the chart from the filtered data.")
        option = echarts_option(spec)
        return self._enqueue(Element("echarts_chart", {
            "spec": serialize_echarts_option(option), "theme": theme or "",
            "renderer": renderer, "width": width, "height": height, "alt": alt,
        }))


def echarts_option(spec: Any) -> dict[str, Any]:
    """The ECharts option of ``spec``: a dict (copied), a JSON string, or a
    pyecharts chart (its ``dump_options``); a DataFrame in a ``dataset``'s
    ``source`` becomes rows with a header row, which ECharts reads natively."""
    import copy
    import json

    if isinstance(spec, str):
        option = _loads_echarts_json(spec)
    elif isinstance(spec, dict):
        option = copy.deepcopy(spec)
    elif callable(getattr(spec, "dump_options", None)):  # pyecharts
        option = _loads_echarts_json(spec.dump_options())
    else:
        raise StreamlitAPIException(
            f"`st.echarts_chart` takes an option dict, a JSON string or a pyecharts chart, "
            f"not {type(spec).__name__}.")
    if not isinstance(option, dict):
        raise StreamlitAPIException(
            "The provided ECharts spec must be a JSON object (a dict of option keys), "
            f"not {type(option).__name__}.")
    datasets = option.get("dataset")
    for dataset in datasets if isinstance(datasets, list) else [datasets]:
        if isinstance(dataset, dict) and hasattr(dataset.get("source"), "to_dict"):
            frame = dataset["source"]
            rows = json.loads(frame.to_json(orient="values", date_format="iso"))
            dataset["source"] = [[str(c) for c in frame.columns], *rows]
    return option


def _loads_echarts_json(raw: str) -> Any:
    import json

    try:
        return json.loads(raw)
    except (TypeError, ValueError):
        raise StreamlitAPIException(
            "The provided ECharts spec could not be parsed as JSON. "
            "`st.echarts_chart` only supports JSON-compatible option objects.") from None


def serialize_echarts_option(option: dict[str, Any]) -> str:
    """Strict JSON, as Streamlit: no NaN, no Python objects silently stringified."""
    import json

    try:
        return json.dumps(option, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError):
        raise StreamlitAPIException(
            "The provided ECharts spec is not JSON-serializable. `st.echarts_chart` only "
            "supports JSON-compatible option objects. Pass chart data as a dataframe in "
            "`dataset.source`, which converts datetimes, NumPy values, and missing values "
            "automatically. Values anywhere else (for example `series.data`) must already "
            "be plain Python values such as `int`, `float`, `str`, `None`, lists, and "
            "dicts.") from None
