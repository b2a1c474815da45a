"""``st.column_config``: Streamlit 1.67's column configuration constructors.

Each constructor returns the same plain ``dict`` Streamlit's returns (a
``ColumnConfig`` TypedDict: label, width, help, ... and a ``type_config``
with the column type's own options), so ``st.dataframe`` and
``st.data_editor`` read one format whichever backend made the config.
Arguments are validated as Streamlit validates them (chart colors, Material
icons in ``LinkColumn.display_text``, callbacks of an unkeyed ``ButtonColumn``).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypedDict

from .icons import validate_material_icon
from ..runtime.errors import StreamlitMissingRequiredParameterError, StreamlitValueError
from ..runtime.errors import StreamlitInvalidParameterTypeError

__all__ = [
    "AreaChartColumn", "AudioColumn", "BarChartColumn", "ButtonColumn", "CheckboxColumn",
    "Column", "DateColumn", "DatetimeColumn", "ImageColumn", "JsonColumn", "LineChartColumn",
    "LinkColumn", "ListColumn", "MarkdownColumn", "MultiselectColumn", "NumberColumn",
    "ProgressColumn", "SelectboxColumn", "TextColumn", "TimeColumn", "VideoColumn",
]


class ColumnConfig(TypedDict, total=False):
    """What every constructor returns (Streamlit's ``ColumnConfig``)."""

    label: str | None
    width: Any
    help: str | None
    hidden: bool | None
    disabled: bool | None
    required: bool | None
    pinned: bool | None
    alignment: str | None
    default: Any
    type_config: dict[str, Any]


@dataclass
class ButtonColumnResult:
    """What a keyed ``ButtonColumn`` returns: the config plus the callback,
    which a table keeps out of its JSON config (Streamlit's class)."""

    config: ColumnConfig
    on_click: Callable[..., Any] | None = None
    args: Any = None
    kwargs: Any = None
    key: str | None = None


_CHART_COLORS = ["auto", "auto-inverse", "red", "blue", "green", "yellow", "violet",
                 "orange", "gray", "grey", "primary"]


def _is_css_color_like(color: object) -> bool:
    """Streamlit's lightweight check: a hex color or an rgb()/rgba() string."""
    if not isinstance(color, str):
        return False
    is_hex = color.startswith("#") and color[1:].isalnum() and len(color) in {4, 5, 7, 9}
    return is_hex or color.startswith(("rgb(", "rgba("))


def _validate_chart_color(color: str) -> None:
    if color not in _CHART_COLORS and not _is_css_color_like(color):
        raise StreamlitValueError("color", [*_CHART_COLORS, "a valid hex color",
                                            "an rgb() or rgba() color"])


def _iso(value: dt.date | dt.time | None) -> str | None:
    return None if value is None else value.isoformat()


def _seconds(step: Any) -> Any:
    return step.total_seconds() if isinstance(step, dt.timedelta) else step


def Column(label: str | None = None, *, width: Any = None, help: str | None = None,
           disabled: bool | None = None, required: bool | None = None,
           pinned: bool | None = None, alignment: Any = None) -> ColumnConfig:
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned, alignment=alignment)


def NumberColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 disabled: bool | None = None, required: bool | None = None,
                 pinned: bool | None = None, alignment: Any = None,
                 default: int | float | None = None, format: str | None = None,
                 min_value: int | float | None = None, max_value: int | float | None = None,
                 step: int | float | None = None) -> ColumnConfig:
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned, alignment=alignment, default=default,
                        type_config={"type": "number", "min_value": min_value,
                                     "max_value": max_value, "format": format, "step": step})


def TextColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: Any = None, default: str | None = None,
               max_chars: int | None = None, validate: str | None = None) -> ColumnConfig:
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned, alignment=alignment, default=default,
                        type_config={"type": "text", "max_chars": max_chars,
                                     "validate": validate})


def LinkColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: Any = None, default: str | None = None,
               max_chars: int | None = None, validate: str | None = None,
               display_text: str | None = None) -> ColumnConfig:
    if display_text and display_text.startswith(":material/"):
        display_text = validate_material_icon(display_text)
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned, alignment=alignment, default=default,
                        type_config={"type": "link", "max_chars": max_chars,
                                     "validate": validate, "display_text": display_text})


def CheckboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: Any = None,
                   default: bool | None = None) -> ColumnConfig:
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned, alignment=alignment, default=default,
                        type_config={"type": "checkbox"})


def SelectboxColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    disabled: bool | None = None, required: bool | None = None,
                    pinned: bool | None = None, default: Any = None,
                    options: Iterable[Any] | None = None,
                    format_func: Callable[[Any], str] | None = None) -> ColumnConfig:
    processed: Iterable[Any] | None = options
    if options and format_func is not None:
        processed = [{"value": option, "label": format_func(option)} for option in options]
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned, default=default,
                        type_config={"type": "selectbox",
                                     "options": list(processed) if processed is not None
                                     else None})


def _chart_column(chart_type: str, label: str | None, width: Any, help: str | None,
                  pinned: bool | None, y_min: Any, y_max: Any, color: Any) -> ColumnConfig:
    if color is not None:
        _validate_chart_color(color)
    return ColumnConfig(label=label, width=width, help=help, pinned=pinned,
                        type_config={"type": chart_type, "y_min": y_min, "y_max": y_max,
                                     "color": color})


def BarChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, y_min: int | float | None = None,
                   y_max: int | float | None = None, color: Any = None) -> ColumnConfig:
    return _chart_column("bar_chart", label, width, help, pinned, y_min, y_max, color)


def LineChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: int | float | None = None,
                    y_max: int | float | None = None, color: Any = None) -> ColumnConfig:
    return _chart_column("line_chart", label, width, help, pinned, y_min, y_max, color)


def AreaChartColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                    pinned: bool | None = None, y_min: int | float | None = None,
                    y_max: int | float | None = None, color: Any = None) -> ColumnConfig:
    return _chart_column("area_chart", label, width, help, pinned, y_min, y_max, color)


def _media_column(media_type: str, label: str | None, width: Any, help: str | None,
                  pinned: bool | None, alignment: Any) -> ColumnConfig:
    return ColumnConfig(label=label, width=width, help=help, pinned=pinned, alignment=alignment,
                        type_config={"type": media_type})


def ImageColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: Any = None) -> ColumnConfig:
    return _media_column("image", label, width, help, pinned, alignment)


def AudioColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: Any = None) -> ColumnConfig:
    return _media_column("audio", label, width, help, pinned, alignment)


def VideoColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                pinned: bool | None = None, alignment: Any = None) -> ColumnConfig:
    return _media_column("video", label, width, help, pinned, alignment)


def JsonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, alignment: Any = None) -> ColumnConfig:
    return _media_column("json", label, width, help, pinned, alignment)


def ListColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               pinned: bool | None = None, disabled: bool | None = None,
               required: bool | None = None,
               default: Iterable[str] | None = None) -> ColumnConfig:
    return ColumnConfig(label=label, width=width, help=help, pinned=pinned, disabled=disabled,
                        required=required, default=None if default is None else list(default),
                        type_config={"type": "list"})


def MultiselectColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                      disabled: bool | None = None, required: bool | None = None,
                      pinned: bool | None = None, default: Iterable[str] | None = None,
                      options: Iterable[str] | None = None,
                      accept_new_options: bool | None = None, color: Any = None,
                      format_func: Callable[[str], str] | None = None) -> ColumnConfig:
    processed: list[dict[str, Any]] | None = None
    if options is not None:
        processed = []
        colors: Iterator[str] | None = None
        if color is not None:
            colors = itertools.repeat(color) if isinstance(color, str) else itertools.cycle(color)
        for option in options:
            entry: dict[str, Any] = {"value": option}
            if format_func is not None:
                entry["label"] = format_func(option)
            if colors is not None:
                entry["color"] = next(colors)
            processed.append(entry)
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned,
                        default=None if default is None else list(default),
                        type_config={"type": "multiselect", "options": processed,
                                     "accept_new_options": accept_new_options})


def DatetimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: Any = None,
                   default: dt.datetime | None = None, format: str | None = None,
                   min_value: dt.datetime | None = None, max_value: dt.datetime | None = None,
                   step: Any = None, timezone: str | None = None) -> ColumnConfig:
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned, alignment=alignment,
                        default=_iso(default),
                        type_config={"type": "datetime", "format": format,
                                     "min_value": _iso(min_value), "max_value": _iso(max_value),
                                     "step": _seconds(step), "timezone": timezone})


def TimeColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: Any = None,
               default: dt.time | None = None, format: str | None = None,
               min_value: dt.time | None = None, max_value: dt.time | None = None,
               step: Any = None) -> ColumnConfig:
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned, alignment=alignment,
                        default=_iso(default),
                        type_config={"type": "time", "format": format,
                                     "min_value": _iso(min_value), "max_value": _iso(max_value),
                                     "step": _seconds(step)})


def DateColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
               disabled: bool | None = None, required: bool | None = None,
               pinned: bool | None = None, alignment: Any = None,
               default: dt.date | None = None, format: str | None = None,
               min_value: dt.date | None = None, max_value: dt.date | None = None,
               step: int | None = None) -> ColumnConfig:
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned, alignment=alignment,
                        default=_iso(default),
                        type_config={"type": "date", "format": format,
                                     "min_value": _iso(min_value), "max_value": _iso(max_value),
                                     "step": step})


def ProgressColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   pinned: bool | None = None, format: str | None = None,
                   min_value: int | float | None = None, max_value: int | float | None = None,
                   step: int | float | None = None, color: Any = None) -> ColumnConfig:
    if color is not None:
        _validate_chart_color(color)
    return ColumnConfig(label=label, width=width, help=help, pinned=pinned,
                        type_config={"type": "progress", "format": format,
                                     "min_value": min_value, "max_value": max_value,
                                     "step": step, "color": color})


def MarkdownColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                   disabled: bool | None = None, required: bool | None = None,
                   pinned: bool | None = None, alignment: Any = None,
                   default: str | None = None) -> ColumnConfig:
    return ColumnConfig(label=label, width=width, help=help, disabled=disabled,
                        required=required, pinned=pinned, alignment=alignment, default=default,
                        type_config={"type": "markdown"})


def ButtonColumn(label: str | None = None, *, width: Any = None, help: str | None = None,
                 pinned: bool | None = None, alignment: Any = None, type: str = "secondary",
                 on_click: Callable[..., Any] | None = None, args: Any = None,
                 kwargs: Any = None, key: str | None = None) -> ButtonColumnResult | ColumnConfig:
    config = ColumnConfig(label=label, width=width, help=help, pinned=pinned,
                          alignment=alignment, disabled=True,
                          type_config={"type": "button", "button_type": type})
    if key is not None:
        return ButtonColumnResult(config=config, on_click=on_click, args=args, kwargs=kwargs,
                                  key=key)
    if on_click is not None or args is not None or kwargs is not None:
        raise StreamlitMissingRequiredParameterError(
            "key", detail="Callbacks passed via `on_click`, `args`, or `kwargs` need a "
                          "unique key to be registered.")
    return config


# ------------------------------------------------- reading a column_config
INDEX_IDENTIFIER = "_index"


def process_config_mapping(column_config: Any) -> dict[Any, ColumnConfig]:
    """Streamlit's ``process_config_mapping``: ``None`` hides a column, a
    string is its label, a dict (or a keyed ``ButtonColumn``) is its config."""

    if column_config is None:
        return {}
    mapping: dict[Any, ColumnConfig] = {}
    for column, config in column_config.items():
        if config is None:
            mapping[column] = ColumnConfig(hidden=True)
        elif isinstance(config, str):
            mapping[column] = ColumnConfig(label=config)
        elif isinstance(config, ButtonColumnResult):
            mapping[column] = ColumnConfig(**config.config)
        elif isinstance(config, dict):
            mapping[column] = ColumnConfig(**config)
        else:
            raise StreamlitInvalidParameterTypeError(
                "column_config", type(config).__name__, ["None", "str", "dict"],
                detail=f"Invalid configuration for column `{column}`.")
    return mapping


def _printf(fmt: str, value: Any) -> str:
    """A number in a printf-style ``format`` ("%d", "$%.2f", "%.1f%%")."""
    try:
        return fmt % value
    except (TypeError, ValueError):
        return str(value)


def displayed_frame(frame: Any, mapping: dict[Any, ColumnConfig],
                    hide_index: bool) -> tuple[Any, bool]:
    """The frame a table shows for a column config: hidden columns dropped,
    labels applied, printf ``format`` of number and progress columns applied.
    Returns (frame, hide_index)."""
    if not mapping:
        return frame, hide_index
    shown = frame.copy()
    renames: dict[Any, str] = {}
    hidden: list[Any] = []
    for key, config in mapping.items():
        if key == INDEX_IDENTIFIER:
            if config.get("hidden"):
                hide_index = True
            if config.get("label") is not None:
                shown.index = shown.index.rename(config["label"])
            continue
        if key in shown.columns:
            column = key
        elif isinstance(key, int) and 0 <= key < len(shown.columns):
            column = shown.columns[key]
        else:
            continue
        if config.get("hidden"):
            hidden.append(column)
            continue
        type_config = config.get("type_config") or {}
        fmt = type_config.get("format")
        if type_config.get("type") in ("number", "progress") and isinstance(fmt, str) \
                and "%" in fmt:
            shown[column] = [("" if v is None or v != v else _printf(fmt, v))
                             for v in shown[column]]
        if config.get("label") is not None:
            renames[column] = config["label"]
    shown = shown.drop(columns=hidden).rename(columns=renames)
    return shown, hide_index
