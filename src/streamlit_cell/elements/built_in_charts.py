"""The Altair charts behind ``st.line_chart``, ``st.bar_chart``,
``st.area_chart`` and ``st.scatter_chart``.

A port of Streamlit 1.67's ``elements/lib/built_in_chart_utils.py`` (Apache
2.0): the same columns are picked, a wide frame is melted the same way, and
the same encodings, titles, tooltips and hover layers come out, so the
Vega-Lite spec equals the one Streamlit sends to its front end (the tests
compare them). Altair and pandas are imported by the caller's check
(``charts.require``) before anything here runs.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal, NoReturn

from ..runtime.errors import StreamlitAPIException, StreamlitInvalidColorError, StreamlitInvalidParameterTypeError, StreamlitValueError
from .data import to_dataframe

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

ChartStackType = Literal["normalize", "center", "layered"]


class ChartType(Enum):
    AREA = {"mark_type": "area", "command": "area_chart"}
    VERTICAL_BAR = {"mark_type": "bar", "command": "bar_chart", "horizontal": False}
    HORIZONTAL_BAR = {"mark_type": "bar", "command": "bar_chart", "horizontal": True}
    LINE = {"mark_type": "line", "command": "line_chart"}
    SCATTER = {"mark_type": "circle", "command": "scatter_chart"}


# Hover throttling starts above this many points (as in Streamlit).
_LARGE_DATASET_POINT_THRESHOLD = 1000

_COLOR_LEGEND_SETTINGS = {"titlePadding": 5, "offset": 5, "orient": "bottom"}
_SIZE_LEGEND_SETTINGS = {"titlePadding": 0.5, "offset": 5, "orient": "bottom"}

# User-visible titles of the generated columns, and their internal names,
# chosen so they cannot collide with a user's columns.
_SEPARATED_INDEX_COLUMN_TITLE = "index"
_MELTED_Y_COLUMN_TITLE = "value"
_MELTED_COLOR_COLUMN_TITLE = "color"
_PROTECTION_SUFFIX = " -- streamlit-generated"
_SEPARATED_INDEX_COLUMN_NAME = _SEPARATED_INDEX_COLUMN_TITLE + _PROTECTION_SUFFIX
_MELTED_Y_COLUMN_NAME = _MELTED_Y_COLUMN_TITLE + _PROTECTION_SUFFIX
_MELTED_COLOR_COLUMN_NAME = _MELTED_COLOR_COLUMN_TITLE + _PROTECTION_SUFFIX
# An empty chart still needs x/y fields to take up space in Vega-Lite.
_NON_EXISTENT_COLUMN_NAME = "DOES_NOT_EXIST" + _PROTECTION_SUFFIX
# Columns whose names Vega-Lite would read as nested access get an alias.
_COLUMN_ALIAS_PREFIX = "col" + _PROTECTION_SUFFIX + "-"
_VEGA_LITE_FIELD_SPECIAL_CHARS = (".", "[", "]", "\\")

#: Streamlit's named colours. They stay names in the spec, as in Streamlit
#: (CSS knows them all), except "primary", which only Streamlit's front end
#: knows: it becomes the primary colour of Streamlit's default theme.
BUILTIN_COLOR_NAMES = frozenset(
    {"red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary"})
_PRIMARY_COLOR = "#ff4b4b"


# ------------------------------------------------------------------ colours
def is_hex_color_like(color: object) -> bool:
    return (isinstance(color, str) and color.startswith("#") and color[1:].isalnum()
            and len(color) in {4, 5, 7, 9})


def is_color_tuple_like(color: object) -> bool:
    return (isinstance(color, (tuple, list)) and len(color) in {3, 4}
            and all(isinstance(c, (int, float)) for c in color))


def _is_css_color_like(color: object) -> bool:
    return is_hex_color_like(color) or (
        isinstance(color, str) and color.startswith(("rgb(", "rgba(")))


def is_color_like(color: object) -> bool:
    return _is_css_color_like(color) or is_color_tuple_like(color)


def is_builtin_color_name(color: object) -> bool:
    return isinstance(color, str) and color.lower() in BUILTIN_COLOR_NAMES


def to_css_color(color: Any) -> str:
    """A hex or rgb()/rgba() string Vega understands."""
    if _is_css_color_like(color):
        return color
    if is_color_tuple_like(color):
        def rgb(c: float) -> int:
            return min(255, max(int(c * 255) if isinstance(c, float) else c, 0))

        def alpha(c: float) -> float:
            return min(1.0, max(c / 255.0 if isinstance(c, int) else c, 0.0))
        parts = [rgb(c) for c in color[:3]]
        if len(color) == 3:
            return f"rgb({parts[0]}, {parts[1]}, {parts[2]})"
        return f"rgba({parts[0]}, {parts[1]}, {parts[2]}, {alpha(color[3])})"
    raise StreamlitInvalidColorError(color)


def _builtin_or_css(color: Any) -> str:
    if isinstance(color, str) and is_builtin_color_name(color):
        return _PRIMARY_COLOR if color.lower() == "primary" else color
    return to_css_color(color)


# -------------------------------------------------------------------- chart
def maybe_raise_stack_warning(stack: Any) -> None:
    if stack not in {None, True, False, "normalize", "center", "layered"}:
        raise StreamlitValueError(
            "stack", ["True", "False", "'normalize'", "'center'", "'layered'", "None"])


def generate_chart(
    chart_type: ChartType,
    data: Any,
    x_from_user: Any = None,
    y_from_user: Any = None,
    x_axis_label: str | None = None,
    y_axis_label: str | None = None,
    color_from_user: Any = None,
    size_from_user: Any = None,
    width: Any = None,
    height: Any = None,
    stack: Any = None,
    sort_from_user: Any = False,
) -> "alt.Chart | alt.LayerChart":
    """The chart Streamlit builds for a built-in chart command."""
    import altair as alt

    df = to_dataframe(data).copy()
    x_column = _parse_x_column(df, x_from_user)
    y_column_list = _parse_y_columns(df, y_from_user, x_column)
    color_column, color_value = _parse_generic_column(df, color_from_user)
    size_column, size_value = _parse_generic_column(df, size_from_user)
    sort_column = _parse_sort_column(df, sort_from_user)

    (df, x_column, y_column, y_column_list, color_column, size_column, sort_column,
     alias_to_original) = _prep_data(df, x_column, y_column_list, color_column, size_column,
                                     sort_column)

    x_encoding, y_encoding = _get_axis_encodings(
        df, chart_type, x_column, y_column, x_from_user, y_from_user, x_axis_label,
        y_axis_label, stack, sort_from_user, alias_to_original)

    chart_width = width if isinstance(width, int) else None
    chart_height = height if isinstance(height, int) else None
    chart = alt.Chart(data=df, mark=chart_type.value["mark_type"], width=chart_width or 0,
                      height=chart_height or 0).encode(x=x_encoding, y=y_encoding)

    if stack is False and color_column is not None:
        chart = chart.encode(**_get_offset_encoding(chart_type, color_column))

    opacity = _get_opacity_encoding(chart_type, stack, color_column)
    if opacity is not None:
        chart = chart.encode(opacity=opacity)

    color_enc = _get_color_encoding(df, color_value, color_column, y_column_list,
                                    color_from_user, alias_to_original)
    if color_enc is not None:
        chart = chart.encode(color=color_enc)

    size_enc = _get_size_encoding(chart_type, size_column, size_value, alias_to_original)
    if size_enc is not None:
        chart = chart.encode(size=size_enc)

    if x_column is not None and y_column is not None:
        chart = chart.encode(tooltip=_get_tooltip_encoding(
            x_column, y_column, size_column, color_column, color_enc, alias_to_original))

    if chart_type is ChartType.LINE and x_column is not None:
        return _add_improved_hover_tooltips(chart, x_column, chart_width, chart_height,
                                            len(df)).interactive()
    return chart.interactive()


def _add_improved_hover_tooltips(chart: "alt.Chart", x_column: str, width: int | None,
                                 height: int | None, point_count: int) -> "alt.LayerChart":
    """The line chart's hover layers: invisible points to find the nearest x,
    and a filled point drawn only there."""
    import altair as alt

    hover_event = "mousemove{16}" if point_count > _LARGE_DATASET_POINT_THRESHOLD \
        else "mousemove"
    nearest = alt.selection_point(nearest=True, on=hover_event, fields=[x_column],
                                  empty=False, clear="mouseleave")
    detection_points = chart.mark_point(opacity=0).add_params(nearest)
    highlighted_points = chart.mark_point(filled=True, size=65).transform_filter(nearest)
    return (alt.layer(chart, detection_points, highlighted_points)
            .configure_legend(symbolType="stroke")
            .properties(width=width or 0, height=height or 0))


def _infer_vegalite_type(data: "pd.Series[Any]") -> str:
    """Vega-Lite's type of a column (Altair's rule, as Streamlit copies it)."""
    from pandas.api.types import infer_dtype

    typ = infer_dtype(data)
    if typ in {"floating", "mixed-integer-float", "integer", "mixed-integer", "complex"}:
        return "quantitative"
    if typ == "categorical" and data.cat.ordered:
        return "ordinal"
    if typ in {"string", "bytes", "categorical", "boolean", "mixed", "unicode"}:
        return "nominal"
    if typ in {"datetime", "datetime64", "timedelta", "timedelta64", "date", "time",
               "period"}:
        return "temporal"
    return "nominal"


# --------------------------------------------------------------- the frame
def _prep_data(df: "pd.DataFrame", x_column: str | None, y_column_list: list[str],
               color_column: str | None, size_column: str | None,
               sort_column: str | None) -> tuple[Any, ...]:
    """Index as a column when it is the x axis, unused columns dropped,
    colours made CSS, names made strings (aliased where Vega-Lite would
    misread them), and several y columns melted to long form."""
    df, x_column = _maybe_reset_index(df, x_column, y_column_list)
    selected = _drop_unused_columns(df, x_column, color_column, size_column, sort_column,
                                    *y_column_list)
    _maybe_convert_color_column_in_place(selected, color_column)
    (x_column, y_column_list, color_column, size_column, sort_column,
     alias_to_original) = _convert_col_names_to_str_in_place(
        selected, x_column, y_column_list, color_column, size_column, sort_column)
    melted, y_column, color_column = _maybe_melt(selected, x_column, y_column_list,
                                                 color_column, size_column, sort_column)
    if (color_column == _MELTED_COLOR_COLUMN_NAME and alias_to_original
            and color_column in melted.columns):
        melted[color_column] = melted[color_column].map(lambda v: alias_to_original.get(v, v))
        y_column_list = [alias_to_original.get(c, c) for c in y_column_list]
    return (melted, x_column, y_column, y_column_list, color_column, size_column, sort_column,
            alias_to_original)


def _is_date_column(df: "pd.DataFrame", name: str | None) -> bool:
    if name is None:
        return False
    column = df[name]
    return column.size != 0 and isinstance(column.iat[0], date)


def _maybe_reset_index(df: "pd.DataFrame", x_column: str | None,
                       y_column_list: list[str]) -> tuple["pd.DataFrame", str | None]:
    if x_column is None and len(y_column_list) > 0:
        x_column = _SEPARATED_INDEX_COLUMN_NAME if df.index.name is None \
            else str(df.index.name)
        df.index.name = x_column
        df = df.reset_index()
    return df, x_column


def _drop_unused_columns(df: "pd.DataFrame", *column_names: str | None) -> "pd.DataFrame":
    keep = list(dict.fromkeys(name for name in column_names if name is not None))
    return df[keep]


def _maybe_convert_color_column_in_place(df: "pd.DataFrame", color_column: str | None) -> None:
    if color_column is None or len(df[color_column]) == 0:
        return
    first = df[color_column].iat[0]
    if not is_hex_color_like(first) and is_color_tuple_like(first):
        df.loc[:, color_column] = df[color_column].apply(to_css_color)


def _needs_field_alias(name: str) -> bool:
    return any(ch in name for ch in _VEGA_LITE_FIELD_SPECIAL_CHARS)


def _convert_col_names_to_str_in_place(
    df: "pd.DataFrame", x_column: str | None, y_column_list: list[str],
    color_column: str | None, size_column: str | None, sort_column: str | None,
) -> tuple[Any, ...]:
    import pandas as pd

    names = [str(c) for c in list(df.columns)]
    reserved = {name for name in names if not _needs_field_alias(name)}
    original_to_alias: dict[str, str] = {}
    alias_to_original: dict[str, str] = {}
    per_name_aliases: dict[str, list[str]] = {}
    final_names: list[str] = []
    for index, name in enumerate(names):
        if not _needs_field_alias(name):
            final_names.append(name)
            continue
        alias, counter = f"{_COLUMN_ALIAS_PREFIX}{index}", 0
        while alias in reserved or alias in alias_to_original:
            counter += 1
            alias = f"{_COLUMN_ALIAS_PREFIX}{index}-{counter}"
        alias_to_original[alias] = name
        original_to_alias.setdefault(name, alias)
        per_name_aliases.setdefault(name, []).append(alias)
        final_names.append(alias)
    df.columns = pd.Index(final_names)

    def remap(name: str | None) -> str | None:
        return None if name is None else original_to_alias.get(str(name), str(name))

    def remap_y(name: str) -> str:
        # Each duplicate y column takes the next alias of its name.
        aliases = per_name_aliases.get(str(name))
        return aliases.pop(0) if aliases else original_to_alias.get(str(name), str(name))

    return (remap(x_column), [remap_y(c) for c in y_column_list], remap(color_column),
            remap(size_column), remap(sort_column), alias_to_original)


def _maybe_melt(df: "pd.DataFrame", x_column: str | None, y_column_list: list[str],
                color_column: str | None, size_column: str | None,
                sort_column: str | None) -> tuple["pd.DataFrame", str | None, str | None]:
    """Several y columns become one value column and one colour column."""
    y_column: str | None = None
    if len(y_column_list) == 1:
        y_column = y_column_list[0]
    elif len(y_column_list) > 1 and x_column is not None:
        y_column = _MELTED_Y_COLUMN_NAME
        color_column = _MELTED_COLOR_COLUMN_NAME
        keep = [x_column]
        for column in (size_column, sort_column):
            if column and column not in keep:
                keep.append(column)
        df = _melt_data(df, keep, y_column_list, y_column, color_column)
    return df, y_column, color_column


def _melt_data(df: "pd.DataFrame", columns_to_leave_alone: list[str],
               columns_to_melt: list[str], new_y_column_name: str,
               new_color_column_name: str) -> "pd.DataFrame":
    import pandas as pd
    from pandas.api.types import infer_dtype

    melted = pd.melt(df, id_vars=columns_to_leave_alone, value_vars=columns_to_melt,
                     var_name=new_color_column_name, value_name=new_y_column_name)
    y_series = melted[new_y_column_name]
    if (y_series.dtype == "object" and "mixed" in infer_dtype(y_series)
            and len(y_series.unique()) > 100):
        raise StreamlitAPIException(
            "The columns used for rendering the chart contain too many values with "
            "mixed types. Please select the columns manually via the y parameter.",
            error_id="chart-mixed-type-columns")
    return melted


# ---------------------------------------------------------- user arguments
def _raise_chart_column_not_found(df: "pd.DataFrame", col_name: str) -> NoReturn:
    available = ", ".join(str(c) for c in list(df.columns))
    raise StreamlitAPIException(
        f'Data does not have a column named `"{col_name}"`. '
        f"Available columns are `{available}`", error_id="chart-column-not-found")


def _parse_generic_column(df: "pd.DataFrame", column_or_value: Any) -> tuple[str | None, Any]:
    if isinstance(column_or_value, str) and column_or_value in df.columns:
        return column_or_value, None
    return None, column_or_value


def _parse_x_column(df: "pd.DataFrame", x_from_user: Any) -> str | None:
    if x_from_user is None:
        return None
    if isinstance(x_from_user, str):
        if x_from_user not in df.columns:
            _raise_chart_column_not_found(df, x_from_user)
        return x_from_user
    raise StreamlitInvalidParameterTypeError(
        "x", type(x_from_user).__name__, ["str", "None"],
        detail="Pass a column name or None to use the dataframe's index.")


def _parse_sort_column(df: "pd.DataFrame", sort_from_user: Any) -> str | None:
    if sort_from_user is False or sort_from_user is True:
        return None
    sort_column = sort_from_user.removeprefix("-")
    if sort_column not in df.columns:
        _raise_chart_column_not_found(df, sort_column)
    return sort_column


def _to_list(value: Any) -> list[Any]:
    """Streamlit's ``convert_anything_to_list`` for the y argument."""
    if value is None:
        return []
    if isinstance(value, (str, int, float, bool)):
        return [value]
    if hasattr(value, "tolist"):
        result = value.tolist()
        return result if isinstance(result, list) else [result]
    try:
        return list(value)
    except TypeError:
        return [value]


def _parse_y_columns(df: "pd.DataFrame", y_from_user: Any, x_column: str | None) -> list[str]:
    if y_from_user is None:
        y_column_list = list(df.columns)
    elif isinstance(y_from_user, str):
        y_column_list = [y_from_user]
    else:
        y_column_list = [str(col) for col in _to_list(y_from_user)]
    for col in y_column_list:
        if col not in df.columns:
            _raise_chart_column_not_found(df, col)
    # x is plotted as a y series only when the user asked for it.
    if x_column in y_column_list and (not y_from_user or x_column not in y_from_user):
        y_column_list.remove(x_column)
    return y_column_list


# --------------------------------------------------------------- encodings
def _get_offset_encoding(chart_type: ChartType, color_column: str) -> dict[str, Any]:
    """Grouped (unstacked) bars: offset by colour along the category axis."""
    import altair as alt

    x_offset, y_offset = alt.XOffset(), alt.YOffset()
    if chart_type is ChartType.VERTICAL_BAR:
        x_offset = alt.XOffset(field=color_column)
    elif chart_type is ChartType.HORIZONTAL_BAR:
        y_offset = alt.YOffset(field=color_column)
    return {"xOffset": x_offset, "yOffset": y_offset}


def _get_opacity_encoding(chart_type: ChartType, stack: Any,
                          color_column: str | None) -> "alt.OpacityValue | None":
    import altair as alt

    if color_column and (chart_type == ChartType.AREA or stack == "layered"):
        return alt.OpacityValue(0.7)
    return None


def _get_axis_config(df: "pd.DataFrame", column_name: str | None, grid: bool) -> "alt.Axis":
    import altair as alt
    from pandas.api.types import is_integer_dtype

    if column_name is not None and is_integer_dtype(df[column_name]):
        # Integer axes never zoom into fractions.
        return alt.Axis(tickMinStep=1, grid=grid)
    return alt.Axis(grid=grid)


def _get_axis_encodings(df: "pd.DataFrame", chart_type: ChartType, x_column: str | None,
                        y_column: str | None, x_from_user: Any, y_from_user: Any,
                        x_axis_label: str | None, y_axis_label: str | None, stack: Any,
                        sort_from_user: Any, alias_to_original: dict[str, str]) -> tuple[Any, Any]:
    if chart_type == ChartType.HORIZONTAL_BAR:
        # Horizontal bars swap the axes' data and labels.
        x_encoding = _get_x_encoding(df, y_column, y_from_user, y_axis_label, chart_type,
                                     alias_to_original)
        y_encoding = _get_y_encoding(df, x_column, x_from_user, x_axis_label, chart_type,
                                     alias_to_original)
        stack_encoding, sort_encoding = x_encoding, y_encoding
    else:
        x_encoding = _get_x_encoding(df, x_column, x_from_user, x_axis_label, chart_type,
                                     alias_to_original)
        y_encoding = _get_y_encoding(df, y_column, y_from_user, y_axis_label, chart_type,
                                     alias_to_original)
        stack_encoding, sort_encoding = y_encoding, x_encoding
    if stack is not None:
        # "layered" is Vega-Lite's stack=False.
        stack_encoding["stack"] = False if stack == "layered" else stack
    if chart_type in {ChartType.VERTICAL_BAR, ChartType.HORIZONTAL_BAR}:
        _update_encoding_with_sort(sort_from_user, sort_encoding, alias_to_original)
    return x_encoding, y_encoding


def _update_encoding_with_sort(sort_from_user: Any, encoding: Any,
                               alias_to_original: dict[str, str]) -> None:
    import altair as alt

    if sort_from_user is False:
        encoding["sort"] = None
    elif sort_from_user is not True:
        order = "descending" if sort_from_user.startswith("-") else "ascending"
        field = sort_from_user.removeprefix("-")
        field = next((alias for alias, original in alias_to_original.items()
                      if original == field), field)
        encoding["sort"] = alt.SortField(field=field, order=order)


def _axis_field_and_title(column: str | None, from_user: Any, label: str | None,
                          generated_name: str, alias_to_original: dict[str, str]) -> tuple[str, str]:
    if column is None:
        field, title = _NON_EXISTENT_COLUMN_NAME, ""
    elif column == generated_name:
        # Never show the generated name; no title either.
        field, title = column, ""
    else:
        # A title only for a column the user named.
        field = column
        title = "" if from_user is None else alias_to_original.get(column, column)
    return field, title if label is None else label


def _get_x_encoding(df: "pd.DataFrame", x_column: str | None, x_from_user: Any,
                    x_axis_label: str | None, chart_type: ChartType,
                    alias_to_original: dict[str, str]) -> "alt.X":
    import altair as alt

    field, title = _axis_field_and_title(x_column, x_from_user, x_axis_label,
                                         _SEPARATED_INDEX_COLUMN_NAME, alias_to_original)
    return alt.X(field, title=title, type=_get_x_encoding_type(df, chart_type, x_column),
                 scale=alt.Scale(),
                 axis=_get_axis_config(df, x_column,
                                       grid=chart_type == ChartType.HORIZONTAL_BAR))


def _get_y_encoding(df: "pd.DataFrame", y_column: str | None, y_from_user: Any,
                    y_axis_label: str | None, chart_type: ChartType,
                    alias_to_original: dict[str, str]) -> "alt.Y":
    import altair as alt

    field, title = _axis_field_and_title(y_column, y_from_user, y_axis_label,
                                         _MELTED_Y_COLUMN_NAME, alias_to_original)
    return alt.Y(field=field, title=title, type=_get_y_encoding_type(df, chart_type, y_column),
                 scale=alt.Scale(),
                 axis=_get_axis_config(df, y_column,
                                       grid=chart_type != ChartType.HORIZONTAL_BAR))


def _get_x_encoding_type(df: "pd.DataFrame", chart_type: ChartType,
                         x_column: str | None) -> str:
    if x_column is None:
        return "quantitative"
    # Vertical bars have discrete x, unless it holds dates.
    if chart_type == ChartType.VERTICAL_BAR and not _is_date_column(df, x_column):
        return "ordinal"
    return _infer_vegalite_type(df[x_column])


def _get_y_encoding_type(df: "pd.DataFrame", chart_type: ChartType,
                         y_column: str | None) -> str:
    if chart_type == ChartType.HORIZONTAL_BAR and not _is_date_column(df, y_column):
        return "ordinal"
    if y_column:
        return _infer_vegalite_type(df[y_column])
    return "quantitative"


def _raise_chart_color_length_mismatch(color_values: object, y_column_list: list[str]) -> NoReturn:
    raise StreamlitAPIException(
        f"The list of colors `{color_values}` must have the same "
        "length as the list of columns to be colored "
        f"`{y_column_list}`.", error_id="chart-color-length-mismatch")


_INVALID_COLOR_ARGUMENT = """
This does not look like a valid color argument: `{color}`.

The color argument can be:

* A hex string like "#ffaa00" or "#ffaa0088".
* An RGB or RGBA tuple with the red, green, blue, and alpha
  components specified as ints from 0 to 255 or floats from 0.0 to
  1.0.
* The name of a column.
* Or a list of colors, matching the number of y columns to draw.
            """


def _get_color_encoding(df: "pd.DataFrame", color_value: Any, color_column: str | None,
                        y_column_list: list[str], color_from_user: Any,
                        alias_to_original: dict[str, str]) -> Any:
    import altair as alt

    if color_value not in [None, [], ()]:
        # A colour value wins over a colour column.
        if is_color_like(color_value) or (isinstance(color_value, str)
                                          and is_builtin_color_name(color_value)):
            if len(y_column_list) != 1:
                _raise_chart_color_length_mismatch([color_value] if color_value else [],
                                                   y_column_list)
            return alt.ColorValue(_builtin_or_css(color_value))
        if isinstance(color_value, (list, tuple)):
            if len(color_value) != len(y_column_list):
                _raise_chart_color_length_mismatch(color_value, y_column_list)
            if len(color_value) == 1:
                return alt.ColorValue(_builtin_or_css(color_value[0]))
            return alt.Color(
                field=color_column if color_column is not None else alt.Undefined,
                scale=alt.Scale(domain=y_column_list,
                                range=[_builtin_or_css(c) for c in color_value]),
                legend=_COLOR_LEGEND_SETTINGS, type="nominal", title=" ")
        raise StreamlitAPIException(_INVALID_COLOR_ARGUMENT.format(color=color_from_user),
                                    error_id="chart-invalid-color")

    if color_column is None:
        return None
    column_type = "nominal" if color_column == _MELTED_COLOR_COLUMN_NAME \
        else _infer_vegalite_type(df[color_column])
    color_enc = alt.Color(field=color_column, legend=_COLOR_LEGEND_SETTINGS, type=column_type)
    if color_column == _MELTED_COLOR_COLUMN_NAME:
        # A space, not empty: an empty title hides the whole y axis in Vega-Lite.
        color_enc["title"] = " "
    else:
        if color_column in alias_to_original:
            color_enc["title"] = alias_to_original[color_column]
        if len(df[color_column]) and is_color_like(df[color_column].iat[0]):
            # The column holds the colours themselves: no legend of "#f00"s.
            color_enc["scale"] = alt.Scale(
                range=[to_css_color(c) for c in df[color_column].unique()])
            color_enc["legend"] = None
    return color_enc


def _get_size_encoding(chart_type: ChartType, size_column: str | None, size_value: Any,
                       alias_to_original: dict[str, str]) -> Any:
    import altair as alt

    if chart_type != ChartType.SCATTER:
        return None
    if size_column is not None:
        return alt.Size(size_column, title=alias_to_original.get(size_column, size_column),
                        legend=_SIZE_LEGEND_SETTINGS)
    if isinstance(size_value, (float, int)):
        return alt.SizeValue(size_value)
    if size_value is None:
        return alt.SizeValue(100)
    raise StreamlitValueError("size", ["a column name", "a number"],
                              detail=f"Got {size_value!r}.")


def _get_tooltip_encoding(x_column: str, y_column: str, size_column: str | None,
                          color_column: str | None, color_enc: Any,
                          alias_to_original: dict[str, str]) -> list[Any]:
    import altair as alt

    def tooltip(column: str) -> Any:
        if column in alias_to_original:
            return alt.Tooltip(column, title=alias_to_original[column])
        return alt.Tooltip(column)

    tooltips = [alt.Tooltip(x_column, title=_SEPARATED_INDEX_COLUMN_TITLE)
                if x_column == _SEPARATED_INDEX_COLUMN_NAME else tooltip(x_column)]
    tooltips.append(alt.Tooltip(y_column, title=_MELTED_Y_COLUMN_TITLE, type="quantitative")
                    if y_column == _MELTED_Y_COLUMN_NAME else tooltip(y_column))
    # No colour tooltip when the column holds colours (its legend is off too).
    if color_column and getattr(color_enc, "legend", True) is not None:
        tooltips.append(alt.Tooltip(color_column, title=_MELTED_COLOR_COLUMN_TITLE,
                                    type="nominal")
                        if color_column == _MELTED_COLOR_COLUMN_NAME else tooltip(color_column))
    if size_column:
        tooltips.append(tooltip(size_column))
    return tooltips
