"""``st.data_editor`` and its editing state: conversion of the data to an
editable frame and back, the edits applied to it, the rows a view shows.

It follows Streamlit 1.67's steps in Streamlit's order (policies, id,
validation, registration), so the same mistake raises the same error first.

What a front end sends (``deserializer(v)``; ``None`` always means "no
interaction yet: the default"): the editing state, a dict (or its JSON text)
with ``edited_rows``, ``added_rows`` and ``deleted_rows``.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import math
from collections import ChainMap, UserDict
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..runtime.optional_packages import pip_install
from ..runtime.errors import StreamlitAPIException, StreamlitDataframeConversionError, StreamlitInvalidParameterTypeError
from .dataframe_conversion import convert_anything_to_pandas_df
from .chart_memo import data_digest
from .widget_helpers import (
    check_widget_policies,
    parse_on_change,
    to_key,
)
from ..runtime.errors import StreamlitNotSupportedInNotebookError
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


# ============================================================== data editor
#: The pseudo column name of the index in an editing state (Streamlit's).
INDEX_IDENTIFIER = "_index"

#: Column kinds the notebook's grid can edit (the others are shown read-only).
EDITABLE_KINDS = frozenset({"integer", "float", "decimal", "string", "boolean", "date",
                            "datetime", "time", "timedelta", "empty"})


class DataEditorState(dict):
    """What ``st.session_state[key]`` holds for a data editor: a read-only
    dict with ``edited_rows``, ``added_rows`` and ``deleted_rows`` (also as
    attributes), like Streamlit's."""

    _READ_ONLY = ("Widget state is read-only because modifying nested values has no effect "
                  "on the app. Assign a new dictionary to the Session State key instead.")

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{key}'") from None

    def _read_only(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(self._READ_ONLY)

    __setattr__ = __setitem__ = __delitem__ = __ior__ = _read_only  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _read_only  # type: ignore[assignment]

    def __copy__(self) -> "DataEditorState":
        return DataEditorState(dict(self))

    def __deepcopy__(self, memo: dict[int, Any]) -> "DataEditorState":
        return DataEditorState(copy.deepcopy(dict(self), memo))

    def __reduce__(self) -> Any:
        return (DataEditorState, (dict(self),))


def editing_state(value: Any) -> DataEditorState:
    """Streamlit's ``DataEditorSerde.deserialize``: an editing state from what
    a front end sent (JSON text or a dict); None is the empty state."""
    state: dict[str, Any] = {"edited_rows": {}, "added_rows": [], "deleted_rows": []} \
        if value is None else (json.loads(value) if isinstance(value, str) else dict(value))
    state.setdefault("edited_rows", {})
    state.setdefault("added_rows", [])
    state.setdefault("deleted_rows", [])
    state["edited_rows"] = {int(k): v for k, v in state["edited_rows"].items()}
    return DataEditorState(state)


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError:
        raise StreamlitAPIException(
            f"`st.data_editor` needs pandas: `{pip_install('pandas')}`.") from None
    return pd


def _is_list_of_scalars(data: Iterable[Any]) -> bool:
    from pandas.api.types import infer_dtype

    return infer_dtype(list(data), skipna=True) not in {"mixed", "unknown-array"}


def _module_of(data: Any) -> str:
    return type(data).__module__.split(".")[0]


def data_format(data: Any) -> str:
    """Streamlit's ``determine_data_format`` for the inputs a data editor takes
    here: the name of the format the edited data is returned in."""
    pd = _pandas()
    import numpy as np

    if data is None:
        return "empty"
    if isinstance(data, pd.DataFrame):
        return "pandas_dataframe"
    if isinstance(data, np.ndarray):
        return "numpy_list" if len(data.shape) == 1 else "numpy_matrix"
    if _module_of(data) == "pyarrow":
        return {"Table": "pyarrow_table"}.get(type(data).__name__, "pyarrow_array")
    if isinstance(data, pd.Series):
        return "pandas_series"
    if isinstance(data, pd.Index):
        return "pandas_index"
    if type(data).__name__ == "Styler" and hasattr(data, "data"):
        return "pandas_styler"
    if isinstance(data, pd.api.extensions.ExtensionArray):
        return "pandas_array"
    if _module_of(data) == "polars":
        return {"Series": "polars_series", "LazyFrame": "polars_lazyframe"}.get(
            type(data).__name__, "polars_dataframe")
    if (isinstance(data, (ChainMap, UserDict, MappingProxyType))
            or (dataclasses.is_dataclass(data) and not isinstance(data, type))
            or (isinstance(data, tuple) and hasattr(data, "_asdict"))):
        return "key_value_dict"
    if isinstance(data, (list, tuple, set, frozenset)):
        if _is_list_of_scalars(data):
            if isinstance(data, tuple):
                return "tuple_of_values"
            if isinstance(data, (set, frozenset)):
                return "set_of_values"
            return "list_of_values"
        first = next(iter(data))
        if isinstance(first, dict):
            return "list_of_records"
        if isinstance(first, (list, tuple, set, frozenset)):
            return "list_of_rows"
        return "unknown"
    if isinstance(data, Mapping):
        if not data:
            return "key_value_dict"
        first_value = next(iter(data.values()))
        if isinstance(first_value, dict):
            return "column_index_mapping"
        if isinstance(first_value, (list, tuple)):
            return "column_value_mapping"
        if isinstance(first_value, pd.Series):
            return "column_series_mapping"
        return "key_value_dict"
    return "unknown"


def to_editable_frame(data: Any) -> Any:
    """Streamlit's ``convert_anything_to_pandas_df(data, ensure_copy=True)``
    (``data_format`` has checked that it is a format the editor knows)."""
    return convert_anything_to_pandas_df(data, ensure_copy=True)


def _unify_missing_values(frame: Any) -> Any:
    pd = _pandas()
    import numpy as np

    result = frame.replace([pd.NA, pd.NaT, np.nan], None)
    if int(pd.__version__.split(".")[0]) < 3:
        result = result.infer_objects()
    return result


def _single_column(frame: Any) -> Any:
    if len(frame.columns) != 1:
        raise StreamlitDataframeConversionError(
            f"DataFrame is expected to have a single column but has {len(frame.columns)}.")
    return frame.iloc[:, 0]


def from_editable_frame(frame: Any, fmt: str) -> Any:
    """Streamlit's ``convert_pandas_df_to_data_format``: the edited frame in
    the format the data came in."""
    if fmt in ("empty", "pandas_array", "pandas_dataframe", "pandas_index", "pandas_styler"):
        return frame
    if fmt == "numpy_list":
        import numpy as np

        return np.ndarray(0) if frame.empty else frame.iloc[:, 0].to_numpy()
    if fmt == "numpy_matrix":
        import numpy as np

        return np.ndarray(0) if frame.empty else frame.to_numpy()
    if fmt == "pyarrow_table":
        import pyarrow as pa

        return pa.Table.from_pandas(frame)
    if fmt == "pyarrow_array":
        import pyarrow as pa

        return pa.Array.from_pandas(_single_column(frame))
    if fmt == "pandas_series":
        return _single_column(frame)
    if fmt in ("polars_dataframe", "polars_lazyframe"):
        import polars as pl

        return pl.from_pandas(frame)
    if fmt == "polars_series":
        import polars as pl

        return pl.from_pandas(_single_column(frame))
    if fmt == "list_of_records":
        return _unify_missing_values(frame).to_dict(orient="records")
    if fmt == "list_of_rows":
        return _unify_missing_values(frame).to_numpy().tolist()
    if fmt == "column_index_mapping":
        return _unify_missing_values(frame).to_dict(orient="dict")
    if fmt == "column_value_mapping":
        return _unify_missing_values(frame).to_dict(orient="list")
    if fmt == "column_series_mapping":
        return frame.to_dict(orient="series")
    if fmt in ("list_of_values", "tuple_of_values", "set_of_values"):
        frame = _unify_missing_values(frame)
        values = _single_column(frame).tolist() if len(frame.columns) >= 1 else []
        if fmt == "tuple_of_values":
            return tuple(values)
        if fmt == "set_of_values":
            return set(values)
        return values
    if fmt == "key_value_dict":
        frame = _unify_missing_values(frame)
        return {} if frame.empty else frame.iloc[:, 0].to_dict()
    raise StreamlitDataframeConversionError(f"Unsupported input data format: {fmt}")


_INFERRED_KINDS = {
    "string": "string", "bytes": "bytes", "floating": "float", "mixed-integer-float": "float",
    "integer": "integer", "decimal": "decimal", "complex": "complex", "boolean": "boolean",
    "datetime64": "datetime", "datetime": "datetime", "date": "date",
    "timedelta64": "timedelta", "timedelta": "timedelta", "time": "time",
    "period": "period", "interval": "interval", "empty": "empty",
}


def column_kind(column: Any) -> str:
    """Streamlit's column data kind ("integer", "string", ...), from the dtype
    or, for object columns, from the values."""
    pd = _pandas()
    from pandas.api.types import infer_dtype, is_dict_like, is_list_like

    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        return _INFERRED_KINDS.get(infer_dtype(dtype.categories), "unknown")
    if dtype.name == "object":
        inferred = infer_dtype(column)
        if inferred in _INFERRED_KINDS:
            return _INFERRED_KINDS[inferred]
        if inferred == "mixed":
            values = column.dropna()
            first = values.iloc[0] if len(values) else None
            if is_dict_like(first):
                return "dict"
            if is_list_like(first):
                return "list"
        return "unknown"
    types = pd.api.types
    if types.is_bool_dtype(dtype):
        return "boolean"
    if types.is_integer_dtype(dtype):
        return "integer"
    if types.is_float_dtype(dtype):
        return "float"
    if types.is_datetime64_any_dtype(dtype):
        return "datetime"
    if types.is_timedelta64_dtype(dtype):
        return "timedelta"
    if isinstance(dtype, pd.PeriodDtype):
        return "period"
    if isinstance(dtype, pd.IntervalDtype):
        return "interval"
    if types.is_complex_dtype(dtype):
        return "complex"
    if types.is_string_dtype(dtype):
        return "string"
    return "unknown"


def needs_string_fix(column: Any) -> bool:
    """Streamlit's ``determine_arrow_column_fix``: columns of mixed values that
    it shows (read-only) as text."""
    from pandas.api.types import infer_dtype, is_dict_like, is_list_like

    if column.dtype.kind == "c" or str(column.dtype) in {
            "period[B]", "period[N]", "period[ns]", "period[U]", "period[us]", "geometry"}:
        return True
    if column.dtype != "object":
        return False
    inferred = infer_dtype(column, skipna=True)
    if inferred in ("mixed-integer", "complex"):
        return True
    if inferred == "mixed":
        values = column.dropna()
        if len(values) == 0:
            return True
        first = values.iloc[0]
        return not is_list_like(first) or is_dict_like(first)
    return False


def parse_cell_value(value: Any, kind: str) -> Any:
    """Streamlit's ``_parse_value``: an edited cell's value (as a front end
    sends it) in the column's kind; None when it cannot be parsed."""
    if value is None:
        return None
    pd = _pandas()
    from pandas.api.types import is_list_like

    if kind == "timedelta" and isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value):
            return None
        return pd.Timedelta(value, unit="s")
    try:
        if kind == "list":
            return list(value) if is_list_like(value) else [value]
        if kind == "empty":
            return list(value) if is_list_like(value) else value
        if kind == "string":
            return str(value)
        if isinstance(value, list):
            raise TypeError("List values are only supported by list, string and empty columns.")
        if kind == "integer":
            return int(value)
        if kind == "float":
            return float(value)
        if kind == "boolean":
            return bool(value)
        if kind == "decimal":
            return Decimal(str(value))
        if kind == "timedelta":
            return pd.Timedelta(value)
        if kind in ("datetime", "date", "time"):
            moment = pd.Timestamp(value)
            if pd.isna(moment):
                return None
            if kind == "datetime":
                return moment
            return moment.date() if kind == "date" else moment.time()
    except (ValueError, TypeError, OverflowError, pd.errors.ParserError):
        return None
    return value


def _apply_cell_edits(frame: Any, edited_rows: Mapping[Any, Mapping[str, Any]],
                      schema: dict[str, str]) -> None:
    for row_id, changes in edited_rows.items():
        row = int(row_id)
        for column, value in changes.items():
            try:
                if column == INDEX_IDENTIFIER:
                    new_label = parse_cell_value(value, schema[INDEX_IDENTIFIER])
                    frame.index = frame.index.delete(row).insert(row, new_label)
                else:
                    frame.iat[row, frame.columns.get_loc(column)] = parse_cell_value(
                        value, schema[column])
            except (TypeError, ValueError, OverflowError, KeyError):
                continue  # Streamlit logs the edit and ignores it


def _assign_row(frame: Any, label: Any, values: list[Any]) -> bool:
    import warnings

    try:
        with warnings.catch_warnings():
            # pandas warns about the upcast a new row may cause; the upcast is
            # the result Streamlit returns too.
            warnings.simplefilter("ignore", FutureWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            frame.loc[label] = dict(zip(frame.columns, values, strict=True))
    except (TypeError, ValueError, OverflowError):
        return False
    return True


def _apply_row_additions(frame: Any, added_rows: list[dict[str, Any]],
                         schema: dict[str, str]) -> None:
    pd = _pandas()

    index_type, stop, step = "other", None, None
    if isinstance(frame.index, pd.RangeIndex):
        index_type, stop, step = "range", frame.index.stop, frame.index.step
    elif pd.api.types.is_integer_dtype(frame.index.dtype):
        index_type, stop, step = "integer", 0 if frame.index.empty else frame.index.max() + 1, 1
    for added in added_rows:
        label = None
        values: list[Any] = [None] * frame.shape[1]
        try:
            for column, value in added.items():
                if column == INDEX_IDENTIFIER:
                    label = parse_cell_value(value, schema[INDEX_IDENTIFIER])
                else:
                    values[frame.columns.get_loc(column)] = parse_cell_value(
                        value, schema[column])
        except (TypeError, ValueError, OverflowError, KeyError):
            continue
        if label is not None and index_type != "range":
            if label not in frame.index:
                _assign_row(frame, label, values)
            continue
        if stop is not None and step is not None and _assign_row(frame, stop, values):
            stop += step


def apply_edits(frame: Any, state: Mapping[str, Any], schema: dict[str, str]) -> Any:
    """Streamlit's ``_apply_dataframe_edits``: cell edits, then deleted rows
    (positions in the input), then added rows."""
    if state.get("edited_rows"):
        _apply_cell_edits(frame, state["edited_rows"], schema)
    if state.get("deleted_rows"):
        frame = frame.drop(frame.index[list(state["deleted_rows"])])
    if state.get("added_rows"):
        _apply_row_additions(frame, list(state["added_rows"]), schema)
    return frame


def _is_supported_index(index: Any) -> bool:
    pd = _pandas()
    return type(index) in {pd.RangeIndex, pd.Index, pd.DatetimeIndex, pd.CategoricalIndex}


def _check_column_names(frame: Any) -> None:
    if frame.columns.empty:
        return
    duplicated = frame.columns[frame.columns.duplicated()]
    if len(duplicated) > 0:
        raise StreamlitAPIException(
            "All column names are required to be unique for usage with data editor. "
            f"The following column names are duplicated: {list(duplicated)}. "
            "Please rename the duplicated columns in the provided data.",
            error_id="data-editor-duplicate-column-names")
    if INDEX_IDENTIFIER in frame.columns:
        raise StreamlitAPIException(
            f"The column name '{INDEX_IDENTIFIER}' is reserved for the index column "
            "and can't be used for data columns. Please rename the column in the "
            "provided data.", error_id="data-editor-reserved-index-column-name")


def _fix_column_headers(frame: Any) -> None:
    pd = _pandas()
    if isinstance(frame.columns, pd.MultiIndex):
        frame.columns = ["_".join(map(str, header)) for header in frame.columns.to_flat_index()]
    elif pd.api.types.infer_dtype(frame.columns) != "string":
        frame.columns = pd.Index([str(c) for c in frame.columns], name=frame.columns.name)


#: Column config keys the notebook grid applies; ``width``, ``pinned`` and
#: ``alignment`` only change the look, which Jupyter decides here.
_COLUMN_CONFIG_KEYS = frozenset({"label", "help", "hidden", "disabled", "required", "default",
                                 "width", "pinned", "alignment", "type_config"})

#: Column types (``type_config["type"]``) the notebook's editor grid edits
#: with their own editor (see ``runtime.widget_values.editor_cell_value``).
EDITOR_COLUMN_TYPES = frozenset({"text", "number", "checkbox", "selectbox", "date", "time",
                                 "datetime", "link"})


def column_settings(column_config: Any) -> dict[Any, dict[str, Any]]:
    """Streamlit's ``process_config_mapping``: None hides a column, a string
    renames it, a dict configures it."""
    if column_config is None:
        return {}
    settings: dict[Any, dict[str, Any]] = {}
    for column, value in column_config.items():
        if value is None:
            settings[column] = {"hidden": True}
        elif isinstance(value, str):
            settings[column] = {"label": value}
        elif isinstance(value, dict):
            type_config = value.get("type_config")
            if type_config and type_config.get("type") not in (None, *EDITOR_COLUMN_TYPES):
                raise StreamlitNotSupportedInNotebookError(
                    f"A `{type_config.get('type')}` column in `st.data_editor` "
                    f"(column `{column}`)",
                    "The notebook's data editor edits text, number, checkbox, selectbox, "
                    "date, time, datetime and link columns.")
            settings[column] = {k: v for k, v in copy.deepcopy(value).items()
                                if k in _COLUMN_CONFIG_KEYS}
        else:
            raise StreamlitInvalidParameterTypeError(
                "column_config", type(value).__name__, ["None", "str", "dict"],
                detail=f"Invalid configuration for column `{column}`.")
    return settings


def _update_settings(settings: dict[Any, dict[str, Any]], column: Any,
                     update: dict[str, Any]) -> None:
    settings.setdefault(column, {}).update(update)


def _frame_signature(frame: Any, fmt: str, schema: dict[str, str], disabled: Any,
                     disabled_columns: Iterable[Any]) -> str:
    """Streamlit's ``_compute_data_editor_signature``: what makes a keyed
    fixed-size editor "another table" (its state is then reset)."""
    pd = _pandas()
    h = hashlib.md5(usedforsecurity=False)

    def add(label: str, value: object) -> None:
        h.update(f"{label}:{value!r}\0".encode())

    add("format", fmt)
    add("columns", tuple(frame.columns))
    add("index_type", type(frame.index).__name__)
    add("index_names", tuple((n is None, n) for n in frame.index.names))
    index = frame.index
    if not isinstance(index, pd.RangeIndex) or (
            index.start != 0 or index.stop != len(index) or index.step != 1):
        try:
            h.update(pd.util.hash_pandas_object(index, index=False).to_numpy().tobytes())
        except TypeError:
            h.update(str(index.tolist()).encode())
    for name, dtype in frame.dtypes.items():
        add("field", (str(name), str(dtype)))
    for name, kind in sorted(schema.items()):
        add("kind", (name, kind))
    add("rows", len(frame))
    add("disabled", "all" if disabled is True else "none" if disabled is False
        else tuple(sorted(disabled, key=repr)) or "none")
    add("disabled_columns", tuple(sorted(disabled_columns, key=repr)))
    return h.hexdigest()


def _frame_fingerprint(frame: Any) -> str:
    """A content hash of a frame (its values, index, columns and dtypes).

    Frames without ``object`` columns or index (numbers, dates, strings) are
    digested from their buffers (``chart_memo.data_digest``): pandas'
    ``hash_pandas_object`` costs ~0.1 ms a column however small the frame.
    ``object`` columns keep pandas' hash, which hashes cells by their text as
    Streamlit's Arrow conversion of mixed columns shows them."""
    pd = _pandas()
    if not any(dtype == object for dtype in [*frame.dtypes, frame.index.dtype]):
        digest = data_digest(frame)
        if digest is not None:
            return digest.hex()
    h = hashlib.md5(usedforsecurity=False)
    h.update(repr((list(frame.columns), [str(t) for t in frame.dtypes])).encode())
    try:
        h.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    except TypeError:  # unhashable cells (lists, dicts)
        h.update(frame.to_json(default_handler=str).encode())
    return h.hexdigest()


def display_rows(frame: Any, state: Mapping[str, Any]) -> list[tuple[str, int]]:
    """The rows a data editor shows, as ``(origin, position)``: the input's
    rows not deleted ("data", position in the input), then the added rows
    ("added", position in ``added_rows``)."""
    deleted = set(state.get("deleted_rows") or [])
    rows = [("data", p) for p in range(len(frame)) if p not in deleted]
    rows.extend(("added", p) for p in range(len(state.get("added_rows") or [])))
    return rows


def row_cells(frame: Any, state: Mapping[str, Any], origin: str,
              position: int) -> tuple[Any, dict[str, Any]]:
    """One shown row: its index label and ``{column: value}``, with the
    edited cells as they were sent. Asked for the rows on screen only, so a
    big table costs one page."""
    columns = [str(c) for c in frame.columns]
    if origin == "added":
        added = (state.get("added_rows") or [])[position]
        return added.get(INDEX_IDENTIFIER), {c: added.get(c) for c in columns}
    values = {c: frame.iat[position, i] for i, c in enumerate(columns)}
    edited = state.get("edited_rows") or {}
    changes = edited.get(position, edited.get(str(position), {}))
    values.update({c: v for c, v in changes.items() if c != INDEX_IDENTIFIER})
    return changes.get(INDEX_IDENTIFIER, frame.index[position]), values


#: A column kind -> the editor of a column without a typed column config.
_EDITOR_OF_KIND = {"integer": "number", "float": "number", "decimal": "number",
                   "string": "text", "empty": "text", "timedelta": "text", "boolean": "checkbox",
                   "date": "date", "datetime": "datetime", "time": "time"}


def column_setting(settings: Mapping[Any, Mapping[str, Any]], column: str,
                   position: int | None, name: str) -> Any:
    """A column's config entry ``name``, set by the column's name or position."""
    for key in (column, position):
        if key is not None and name in settings.get(key, {}):
            return settings[key][name]
    return None


def editor_column(props: Mapping[str, Any], column: str) -> dict[str, Any]:
    """How a front end edits one column (a data column or ``_index``):
    ``kind`` ("text", "number", "checkbox", "selectbox", "date", "time",
    "datetime", "link" or "" = read-only), ``disabled``, ``required`` and the
    column config's limits (``min``/``max``/``step``, ``max_chars``,
    ``validate``, selectbox ``values`` and their ``options`` labels, ``format``).
    ``runtime.widget_values.editor_cell_value`` checks a sent value with it."""
    settings = props["settings"]
    names = [str(c) for c in props["data"].columns]
    position = names.index(column) if column in names else None
    data_kind = props["schema"].get(column, "unknown")
    type_config = column_setting(settings, column, position, "type_config") or {}
    kind = type_config.get("type") or _EDITOR_OF_KIND.get(data_kind, "")
    if kind not in EDITOR_COLUMN_TYPES:
        kind = ""
    spec: dict[str, Any] = {
        "kind": kind, "integer": data_kind == "integer",
        "disabled": bool(props["disabled"] or not kind or data_kind not in EDITABLE_KINDS
                         or column_setting(settings, column, position, "disabled")),
        "required": bool(column_setting(settings, column, position, "required")),
    }
    if kind == "number":
        spec.update(min=type_config.get("min_value"), max=type_config.get("max_value"),
                    step=type_config.get("step"), format=type_config.get("format"))
    elif kind in ("text", "link"):
        spec.update(max_chars=type_config.get("max_chars"), validate=type_config.get("validate"))
    elif kind in ("date", "time", "datetime"):
        spec.update(min=type_config.get("min_value"), max=type_config.get("max_value"),
                    step=type_config.get("step"))
    elif kind == "selectbox":
        options = type_config.get("options")
        if options is None and data_kind == "boolean":
            options = [True, False]
        elif options is None:
            column_values = props["data"][column] if position is not None else None
            categories = getattr(getattr(column_values, "dtype", None), "categories", None)
            options = list(categories) if categories is not None else []
        values = [o["value"] if isinstance(o, dict) and "value" in o else o for o in options]
        labels = [str(o["label"]) if isinstance(o, dict) and "label" in o else str(o)
                  for o in options]
        spec.update(values=values, options=labels)
    return spec


# ==================================================================== mixin
class DataEditorMixin(ElementMixin):
    """``st.data_editor``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("data_editor",)

    # ------------------------------------------------------------ data_editor
    def data_editor(self: "DeltaGenerator", data: Any, *, width: Any = "stretch",
                    height: Any = "auto", use_container_width: bool | None = None,
                    hide_index: bool | None = None, column_order: Iterable[str] | None = None,
                    column_config: Any = None, num_rows: str = "fixed",
                    disabled: bool | Iterable[str | int] = False, key: Any = None,
                    on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
                    row_height: int | None = None, placeholder: str | None = None,
                    alt: str | None = None) -> Any:
        """An editable table. Returns the data with the person's edits, in the
        type it came in (DataFrame, list, dict...), as Streamlit does; the
        key's session state holds the editing state (read-only).

        ``num_rows``: "fixed", "dynamic" (add and delete rows), "add" or
        "delete". Cells of text, number, boolean, date/time columns are
        editable; other columns are shown read-only.
        """
        _pandas()
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_widget_policies(self, key, callback, writes_allowed=False)
        if column_order is not None:
            column_order = list(column_order)
        fmt = data_format(data)
        if fmt == "unknown":
            raise StreamlitDataframeConversionError(
                f"The data type ({type(data).__name__}) or format is not supported by "
                "the data editor. Please convert your data into a Pandas Dataframe or "
                "another supported data format.")
        frame = to_editable_frame(data)
        if not _is_supported_index(frame.index):
            raise StreamlitAPIException(
                f"The type of the dataframe index - {type(frame.index).__name__} - is not "
                "yet supported by the data editor.", error_id="data-editor-unsupported-index-type")
        _check_column_names(frame)
        settings = column_settings(column_config)
        if fmt in ("set_of_values", "tuple_of_values", "list_of_values", "numpy_list",
                   "numpy_matrix", "list_of_records", "list_of_rows", "column_value_mapping",
                   "pandas_array", "pandas_index", "polars_dataframe", "polars_series",
                   "polars_lazyframe", "pyarrow_array"):
            _update_settings(settings, INDEX_IDENTIFIER, {"hidden": True})
        _fix_column_headers(frame)
        for name in list(frame.columns):
            if needs_string_fix(frame[name]):
                _update_settings(settings, str(name), {"disabled": True})
                frame[name] = frame[name].astype("string")
        pd = _pandas()
        has_range_index = isinstance(frame.index, pd.RangeIndex)
        if not has_range_index:
            _update_settings(settings, INDEX_IDENTIFIER, {"required": True})
        if hide_index is None and has_range_index and num_rows in ("dynamic", "add"):
            hide_index = True
        if hide_index is not None:
            _update_settings(settings, INDEX_IDENTIFIER, {"hidden": hide_index})
        if not isinstance(disabled, bool):
            disabled = list(disabled)
            for column in disabled:
                _update_settings(settings, column, {"disabled": True})
        schema = {INDEX_IDENTIFIER: column_kind(frame.index)}
        schema.update({str(name): column_kind(frame[name]) for name in frame.columns})

        identity: dict[str, Any] = dict(
            data=_frame_fingerprint(frame), width=width, height=height,
            use_container_width=use_container_width, column_order=column_order,
            column_config_mapping=str(settings), num_rows=num_rows, row_height=row_height,
            placeholder=placeholder, alt=alt)
        keyed_identity: bool | set[str] = False
        if key is not None and num_rows == "fixed":
            keyed_identity = {"data_signature", "num_rows"}
            disabled_columns = [c for c, s in settings.items() if s.get("disabled") is True]
            identity["data_signature"] = _frame_signature(frame, fmt, schema, disabled,
                                                          disabled_columns)
        widget_id = self._widget_id("data_editor", key, "", identity, keyed_identity)
        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=editing_state, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled is True)
        # A state set through session state is a plain dict (as in Streamlit);
        # its row numbers may be strings.
        state = editing_state(current)
        edited = apply_edits(frame.copy(), state, schema)
        self._enqueue(self._widget_element("data_editor", widget_id, key, {
            "data": frame, "value": current, "schema": schema, "settings": settings,
            "column_order": column_order, "num_rows": num_rows,
            "editing_mode": num_rows if num_rows in ("fixed", "dynamic", "add", "delete")
            else "fixed",
            "disabled": disabled is True, "placeholder": placeholder,
            "has_range_index": has_range_index, "ignore_rerun": ignore,
            "height": height, "row_height": row_height,
        }))
        return from_editable_frame(edited, fmt)


__all__ = ["DataEditorMixin", "DataEditorState", "editor_column"]
