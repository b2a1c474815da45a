"""More inputs: ``st.file_uploader``, ``st.download_button``, ``st.link_button``,
``st.pills``, ``st.segmented_control``, ``st.feedback`` and ``st.data_editor``.

Each follows Streamlit 1.67's steps in Streamlit's order (policies, id,
validation, registration), so the same mistake raises the same error first.

What a front end sends for each widget (``deserializer(v)``; ``None`` always
means "no interaction yet: the default"):

* file_uploader: a list of :class:`UploadedFile` (``[]`` once cleared);
* download_button / link_button: ``True`` for a click (a trigger);
* pills / segmented_control: a list of chosen options (``[]`` once cleared),
  as Streamlit's string array, so a cleared single selection differs from
  "no interaction";
* feedback: the chosen index, or ``""`` once cleared (Streamlit's wire form);
* data_editor: the editing state, a dict (or its JSON text) with
  ``edited_rows``, ``added_rows`` and ``deleted_rows``.
"""

from __future__ import annotations

import base64
import copy
import dataclasses
import hashlib
import io
import json
import math
import mimetypes
import numbers
import os
import uuid
from collections import ChainMap, UserDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from ..runtime.optional_packages import pip_install
from ..runtime import config
from ..runtime.run_context import require_context
from ..runtime.errors import FORM_DOCS_INFO, StreamlitAPIException, StreamlitDataframeConversionError, StreamlitDefaultNotInOptionsError, StreamlitIncompatibleParametersError, StreamlitInvalidLayoutContextError, StreamlitInvalidParameterTypeError, StreamlitInvalidURLError, StreamlitValueError, StreamlitValueOutOfRangeError
from ..runtime.page_tree import Element
from .widget_helpers import (
    check_no_bind,
    check_widget_policies,
    checked_label,
    format_options,
    options_list,
    parse_on_change,
    to_key,
)
from ..runtime.errors import StreamlitNotSupportedInNotebookError
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

_BUTTON_TYPES = ("primary", "secondary", "tertiary")
_ICON_POSITIONS = ("left", "right")


def _check_button_look(type: Any, icon_position: Any) -> None:
    """Streamlit's first checks of a button-like widget's ``type`` and ``icon_position``."""
    if type not in _BUTTON_TYPES:
        raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
    if icon_position is not None and icon_position not in _ICON_POSITIONS:
        raise StreamlitValueError("icon_position", ["'left'", "'right'"])


# =================================================================== uploads
class UploadedFile(io.BytesIO):
    """A file a person uploaded, as Streamlit's ``UploadedFile``: a ``BytesIO``
    with ``name``, ``type`` (MIME type), ``size`` (bytes) and ``file_id``.

    The bytes stay in memory (no temporary file), as with Streamlit. Two
    ``UploadedFile`` are equal when they are the same upload (same ``file_id``).
    """

    def __init__(self, data: bytes, name: str, type: str = "application/octet-stream",
                 file_id: str | None = None) -> None:
        super().__init__(bytes(data))
        self.file_id = file_id or str(uuid.uuid4())
        self.name = name
        self.type = type or "application/octet-stream"
        self.size = len(data)

    def _rewound_copy(self) -> "UploadedFile":
        """The same upload (same ``file_id``), read from the start."""
        return UploadedFile(self.getvalue(), self.name, self.type, self.file_id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return (f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, "
                f"type={self.type!r}, size={self.size!r})")


#: File type shortcuts Streamlit expands to MIME wildcards.
_TYPE_SHORTCUTS = frozenset({"image", "audio", "video", "text"})
#: Extensions Streamlit pairs automatically.
_TYPE_PAIRS = ((".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"),
               (".htm", ".html"))


def normalize_upload_file_type(file_type: str | Sequence[str]) -> list[str]:
    """Streamlit's normalisation of ``type``: shortcuts ("image") become MIME
    wildcards, MIME types are lowercased, extensions get a leading dot and
    their usual alias (".jpg" brings ".jpeg"). MIME types come first."""
    entries = [file_type] if isinstance(file_type, str) else list(file_type)
    extensions: list[str] = []
    mime_types: list[str] = []
    for raw_entry in entries:
        entry = raw_entry.strip()
        if not entry:
            continue
        if entry.lower() in _TYPE_SHORTCUTS:
            mime_types.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mime_types.append(entry.lower())
        else:
            extension = entry.lower()
            extensions.append(extension if extension.startswith(".") else f".{extension}")
    for first, second in _TYPE_PAIRS:
        if first in extensions and second not in extensions:
            extensions.append(second)
        if second in extensions and first not in extensions:
            extensions.append(first)
    return mime_types + extensions


def enforce_filename_restriction(filename: str, allowed_types: Sequence[str]) -> None:
    """Streamlit's server-side check of an upload's extension. Skipped when a
    MIME type is allowed: only the browser can match those."""
    if "\0" in filename:
        raise StreamlitAPIException("Filename cannot contain null bytes.",
                                    error_id="filename-contains-null-bytes")
    if any("/" in t for t in allowed_types):
        return
    extension_types = [t.lower() for t in allowed_types if t.startswith(".")]
    if not extension_types:
        return
    if not any(filename.lower().endswith(t) for t in extension_types):
        raise StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(filename)[1]}`. "
            f"Allowed: {extension_types}", error_id="file-uploader-invalid-extension")


def as_uploaded_files(value: Any) -> list[UploadedFile]:
    """The files of a file_uploader value as a front end sends it (a list), or
    as the widget returns it (one file, a list, or None)."""
    if value is None:
        return []
    if isinstance(value, UploadedFile):
        return [value]
    return [f for f in value if isinstance(f, UploadedFile)]


# ================================================================= downloads
def _infer_file_info(data: Any, file_name: str | None,
                     mime: str | None) -> tuple[str | None, str | None]:
    """Streamlit fills a missing file name / MIME type from ``data.name``, as
    on a file opened from disk."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):
        return file_name, mime
    if not isinstance(name, str) or not name:
        return file_name, mime
    if file_name is None:
        file_name = os.path.basename(name)
    if mime is None:
        mime = mimetypes.guess_type(file_name)[0]
    return file_name, mime


def download_bytes(data: Any) -> tuple[bytes, str]:
    """Streamlit's ``convert_data_to_bytes_and_infer_mime``: the file's bytes
    and the MIME type inferred from the kind of data."""
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, io.TextIOWrapper):
        return data.read().encode(), "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), "text/plain"
    if isinstance(data, bytes):
        return data, "application/octet-stream"
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue(), "application/octet-stream"
    if isinstance(data, io.BufferedReader):
        data.seek(0)
        return data.read(), "application/octet-stream"
    if isinstance(data, io.RawIOBase):
        data.seek(0)
        return data.read() or b"", "application/octet-stream"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}",
                                error_id="download-button-invalid-binary-data-format")


def data_url(payload: bytes, mime: str | None) -> str:
    """A ``data:`` URL holding ``payload`` (base64), for a download link."""
    kind = mime or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(payload).decode('ascii')}"


#: URL schemes a link button may open. Streamlit sends any string to the
#: browser; a notebook shows the link inside the user's Jupyter page, where a
#: ``javascript:`` URL would run code, so only these are accepted.
LINK_SCHEMES = ("http", "https", "mailto")


def check_link_url(url: Any) -> str:
    """``url`` if it is an absolute http(s) or mailto URL, else Streamlit's
    ``StreamlitInvalidURLError``."""
    text = str(url)
    try:
        parsed = urlparse(text)
    except ValueError:
        raise StreamlitInvalidURLError(text, LINK_SCHEMES) from None
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return text
    if parsed.scheme == "mailto" and parsed.path:
        return text
    raise StreamlitInvalidURLError(text, LINK_SCHEMES)


# ============================================================ button groups
_FEEDBACK_OPTIONS = {"thumbs": 2, "faces": 5, "stars": 5}


def _label_index(labels: list[str]) -> dict[str, int]:
    """Label -> option index; with repeated labels the last one wins, as in Streamlit."""
    return {label: i for i, label in enumerate(labels)}


def _chosen(options: list[Any], by_label: dict[str, int],
            format_func: Callable[[Any], Any], value: Any) -> Any:
    """The option of this run that ``value`` (sent or kept) stands for, by
    label; ``_MISSING`` when no option has its label."""
    try:
        index = by_label.get(format_func(value))
    except Exception:  # format_func cannot handle a stale value
        return _MISSING
    return _MISSING if index is None else options[index]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


_MISSING: Any = _Missing()


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


def _fix_column_naming(frame: Any) -> Any:
    if len(frame.columns) == 1 and frame.columns[0] == 0:
        frame = frame.rename(columns={0: "value"})
    return frame


def _dict_to_frame(data: dict[Any, Any]) -> Any:
    return _fix_column_naming(_pandas().DataFrame.from_dict(data, orient="index"))


def to_editable_frame(data: Any) -> Any:
    """Streamlit's ``convert_anything_to_pandas_df(data, ensure_copy=True)``
    for the formats ``data_format`` knows."""
    pd = _pandas()
    import numpy as np

    if isinstance(data, pd.DataFrame):
        return data.copy()
    if isinstance(data, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
        return pd.DataFrame(data)
    if type(data).__name__ == "Styler" and hasattr(data, "data"):
        return data.data.copy()
    if isinstance(data, np.ndarray):
        return pd.DataFrame([]) if len(data.shape) == 0 else _fix_column_naming(pd.DataFrame(data))
    if _module_of(data) == "polars":
        frame = data.collect() if type(data).__name__ == "LazyFrame" else data.clone()
        converted = frame.to_pandas()
        return converted.to_frame() if type(data).__name__ == "Series" else converted
    if callable(getattr(data, "to_pandas", None)):
        return pd.DataFrame(data.to_pandas())
    if isinstance(data, tuple) and hasattr(data, "_asdict"):
        return _dict_to_frame(data._asdict())
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return _dict_to_frame(dataclasses.asdict(data))
    if isinstance(data, (ChainMap, MappingProxyType, UserDict)):
        return _dict_to_frame(dict(data))
    try:
        return _fix_column_naming(pd.DataFrame(data))
    except (ValueError, TypeError) as error:
        if isinstance(data, dict):
            try:
                return _dict_to_frame(data)
            except (ValueError, TypeError):
                pass
        raise StreamlitDataframeConversionError(
            f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
            f"Offending object:\n```py\n{data}\n```") from error


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


def _needs_string_fix(column: Any) -> bool:
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
                                 "width", "pinned", "alignment"})


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
            if type_config and type_config.get("type") not in (None, "text", "number",
                                                               "checkbox"):

                raise StreamlitNotSupportedInNotebookError(
                    f"A `{type_config.get('type')}` column in `st.data_editor` "
                    f"(column `{column}`)",
                    "The notebook's data editor edits text, numbers and checkboxes: "
                    "configure the column with a label, `disabled`, `hidden` or "
                    "`default` only.")
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
    """A content hash of a frame (its values, index, columns and dtypes)."""
    pd = _pandas()
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


# ==================================================================== mixin
class FileAndChoiceWidgetsMixin(ElementMixin):
    """``st.file_uploader`` ... ``st.data_editor``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("file_uploader", "download_button", "link_button", "pills",
                                 "segmented_control", "feedback", "data_editor")

    # ---------------------------------------------------------- file_uploader
    def file_uploader(self: "DeltaGenerator", label: str, type: str | Sequence[str] | None = None,
                      accept_multiple_files: Any = False, key: Any = None,
                      help: str | None = None, on_change: Any = "rerun", args: Any = None,
                      kwargs: Any = None, *, max_upload_size: int | None = None,
                      disabled: bool = False, label_visibility: str = "visible",
                      width: Any = "stretch") -> Any:
        """A file upload widget. Returns an :class:`UploadedFile` (or None), or
        a list of them with ``accept_multiple_files=True`` or ``"directory"``.

        In a notebook the files reach the kernel through the widget's comm
        and stay in memory. ``"directory"`` lets the person pick several
        files (ipywidgets' file picker cannot pick a folder): the return
        value is the same list, with each file's own name.
        """
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        if max_upload_size is not None and (
                isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int)
                or max_upload_size < 1):
            raise StreamlitValueError(
                "max_upload_size", ["a positive integer"],
                detail="Set it to None to fall back to the `server.maxUploadSize` "
                       "configuration option.")
        check_widget_policies(self, key, callback, writes_allowed=False)
        label = checked_label(label, label_visibility)
        widget_id = self._widget_id("file_uploader", key, label, dict(
            max_upload_size=max_upload_size, type=type,
            accept_multiple_files=accept_multiple_files, help=help, width=width),
            {"type", "accept_multiple_files", "max_upload_size"})
        allowed = normalize_upload_file_type(type) if type else None
        multiple = accept_multiple_files is True or accept_multiple_files == "directory"

        def deserialize(value: Any) -> Any:
            # Fresh objects: the ones sent back may have been read by a run.
            files = [f._rewound_copy() for f in as_uploaded_files(value)]
            if allowed:
                for file in files:
                    enforce_filename_restriction(file.name, allowed)
            if multiple:
                return files
            return files[0] if files else None

        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        for file in as_uploaded_files(current):
            file.seek(0)  # each run reads from the start, as Streamlit's new objects do
        limit = max_upload_size if max_upload_size is not None \
            else config.get_option("server.maxUploadSize")
        self._enqueue(self._widget_element("file_uploader", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "types": list(allowed or []), "multiple": multiple,
            "accept_directory": accept_multiple_files == "directory",
            "max_upload_size_mb": limit, "label_visibility": label_visibility,
            "ignore_rerun": ignore,
        }))
        return current

    # -------------------------------------------------------- download_button
    def download_button(self: "DeltaGenerator", label: str, data: Any,
                        file_name: str | None = None, mime: str | None = None,
                        key: Any = None, help: str | None = None,
                        on_click: Any = "rerun", args: Any = None, kwargs: Any = None, *,
                        type: str = "secondary", icon: str | None = None,
                        icon_position: str = "left", disabled: bool = False,
                        use_container_width: bool | None = None, width: Any = "content",
                        shortcut: str | None = None, wrap: bool | None = None) -> bool:
        """A button that saves ``data`` as a file.

        How a notebook delivers the file: a widget cannot make the browser
        download (no script runs in widget HTML), but a link can. So:

        * ``on_click="ignore"`` with ready data: the button *is* a link (an
          HTML ``<a download>`` holding the file as a ``data:`` URL): one
          click saves the file and nothing reruns, as in Streamlit.
        * ``on_click="rerun"`` (the default), a callback, or ``data`` given as
          a callable: the button is a widget button, so the click reaches the
          kernel (callback, rerun, ``True`` for that run, as in Streamlit);
          a "Save <file name>" link then appears next to it with the file
          (for callable data, generated by that click, as Streamlit generates
          deferred files on click). A second click on the link saves it.
        """
        _check_button_look(type, icon_position)
        key = to_key(key)
        label = "" if label is None else str(label)
        callback, ignore = parse_on_change(on_click, "on_click")
        check_widget_policies(self, key, callback, writes_allowed=False)
        widget_id = self._widget_id("download_button", key, label, dict(
            icon=icon, file_name=file_name, mime=mime, help=help, type=type, width=width,
            icon_position=icon_position, shortcut=shortcut), True)
        if self._in_form():
            raise StreamlitInvalidLayoutContextError(
                "`st.download_button()` can't be used in an `st.form()`." + FORM_DOCS_INFO)
        payload: bytes | None = None
        generator = data if callable(data) else None
        if generator is None:
            file_name, mime = _infer_file_info(data, file_name, mime)
            payload, inferred_mime = download_bytes(data)
            mime = mime or inferred_mime
        value, _ = self._register_widget_state(
            widget_id, key=key, deserializer=lambda v: bool(v), on_change=callback,
            args=args, kwargs=kwargs, value_type="trigger", disabled=disabled)
        require_context().trigger_values[widget_id] = value
        self._enqueue(self._widget_element("download_button", widget_id, key, {
            "label": label, "help": help, "type": type, "icon": icon, "disabled": disabled,
            "value": value, "data": payload, "data_callable": generator,
            "file_name": file_name, "mime": mime, "ignore_rerun": ignore,
        }, form_id=""))
        return bool(value)

    # ------------------------------------------------------------ link_button
    def link_button(self: "DeltaGenerator", label: str, url: str, *, key: Any = None,
                    on_click: Any = "ignore", args: Any = None, kwargs: Any = None,
                    help: str | None = None, type: str = "secondary",
                    icon: str | None = None, icon_position: str = "left",
                    disabled: bool = False, use_container_width: bool | None = None,
                    width: Any = "content", shortcut: str | None = None,
                    wrap: bool | None = None) -> Any:
        """A link styled as a button; it opens ``url`` in a new tab.

        ``on_click="ignore"`` (the default): a plain link, and the call returns
        a placeholder, as in Streamlit. With ``"rerun"`` or a callback the
        click must reach the kernel, which a link cannot do: the button is a
        widget button (callback, rerun, ``True`` for that run) and an "Open"
        link to ``url`` appears next to it once clicked.

        Only absolute http(s) and mailto URLs are accepted
        (``StreamlitInvalidURLError`` otherwise): the link is shown inside
        the Jupyter page, where a ``javascript:`` URL would run code.
        """
        _check_button_look(type, icon_position)
        key = to_key(key)
        label = "" if label is None else str(label)
        callback, ignore = parse_on_change(on_click, "on_click")
        url = check_link_url(url)
        rerun_mode = not ignore
        widget_id = ""
        if rerun_mode or key is not None:
            check_widget_policies(self, key, callback, writes_allowed=False)
            widget_id = self._widget_id("link_button", key, label, dict(
                icon=icon, url=url, help=help, type=type, width=width,
                icon_position=icon_position, shortcut=shortcut), True)
        props = {"label": label, "url": url, "help": help, "type": type, "icon": icon,
                 "disabled": disabled, "rerun": rerun_mode}
        if not rerun_mode:
            return self._enqueue(Element("link_button", props, key=key))
        value, _ = self._register_widget_state(
            widget_id, key=key, deserializer=lambda v: bool(v), on_change=callback,
            args=args, kwargs=kwargs, value_type="trigger", disabled=disabled)
        require_context().trigger_values[widget_id] = value
        self._enqueue(self._widget_element("link_button", widget_id, key,
                                           {**props, "value": value}, form_id=""))
        return bool(value)

    # ------------------------------------------------- pills / segmented_control
    def pills(self, label: str, options: Any, *, selection_mode: str = "single",
              default: Any = None, required: bool = False,
              format_func: Callable[[Any], Any] | None = None, key: Any = None,
              help: str | None = None, on_change: Any = "rerun", args: Any = None,
              kwargs: Any = None, disabled: bool = False, label_visibility: str = "visible",
              width: Any = "content", wrap: bool | None = None, bind: Any = None,
              persist_state: Any = None) -> Any:
        """A row of pill buttons; single or multi selection (see ``segmented_control``)."""
        return self._button_group("pills", label, options, selection_mode, default, required,
                                  format_func, key, help, on_change, args, kwargs, disabled,
                                  label_visibility, width, bind, persist_state)

    def segmented_control(self, label: str, options: Any, *, selection_mode: str = "single",
                          default: Any = None, required: bool = False,
                          format_func: Callable[[Any], Any] | None = None, key: Any = None,
                          help: str | None = None, on_change: Any = "rerun", args: Any = None,
                          kwargs: Any = None, disabled: bool = False,
                          label_visibility: str = "visible", width: Any = "content",
                          wrap: bool | None = None, bind: Any = None,
                          persist_state: Any = None) -> Any:
        """A segmented control. ``selection_mode="single"`` returns the chosen
        option or None (clicking the chosen option again clears it unless
        ``required=True``); ``"multi"`` returns a list."""
        return self._button_group("segmented_control", label, options, selection_mode, default,
                                  required, format_func, key, help, on_change, args, kwargs,
                                  disabled, label_visibility, width, bind, persist_state)

    def _button_group(self: "DeltaGenerator", style: str, label: Any, options: Any,
                      selection_mode: Any, default: Any, required: bool,
                      format_func: Callable[[Any], Any] | None, key: Any,
                      help: str | None, on_change: Any, args: Any, kwargs: Any,
                      disabled: bool, label_visibility: str, width: Any, bind: Any,
                      persist_state: Any) -> Any:
        label = checked_label(label, label_visibility)
        if required and selection_mode == "multi":
            raise StreamlitIncompatibleParametersError(
                "required=True", "selection_mode='multi'",
                explanation="`required` is only supported for single-select mode.")
        format_func = format_func or str
        opts = options_list(options)
        default_indices: list[int] = []
        if default is not None:
            for item in options_list(default):
                if item not in opts:
                    raise StreamlitDefaultNotInOptionsError(item)
                default_indices.append(opts.index(item))
        labels = format_options(opts, format_func)
        if selection_mode not in ("single", "multi"):
            raise StreamlitValueError("selection_mode", ["'single'", "'multi'"])
        multi = selection_mode == "multi"
        if not multi and default is not None and len(default_indices) > 1:
            raise StreamlitAPIException(
                f"The default argument to `st.{style}` must be a single value when "
                "`selection_mode='single'`.",
                error_id="button-group-single-select-multiple-defaults")
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_no_bind(bind, persist_state)
        check_widget_policies(self, key, callback, default_value=default_indices or None)
        widget_id = self._widget_id(style, key, label, dict(
            options=labels, default=default_indices, click_mode=selection_mode, style=style,
            width=width, help=help), {"click_mode"})
        by_label = _label_index(labels)
        defaults = [opts[i] for i in default_indices]

        def deserialize(value: Any) -> Any:
            if value is None:
                return list(defaults) if multi else (defaults[0] if defaults else None)
            sent = value if isinstance(value, list) else [value]
            chosen = [c for c in (_chosen(opts, by_label, format_func, v) for v in sent)
                      if c is not _MISSING]
            if multi:
                # Streamlit drops what is no longer offered; all gone -> defaults.
                return list(defaults) if not chosen and sent and defaults else chosen
            if not sent:
                return None  # cleared by a person
            if chosen:
                return chosen[0]
            return defaults[0] if defaults else None

        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        # A value kept from an earlier run (or set through session state) must
        # still be an option: Streamlit resets or filters it.
        if multi:
            kept = [v for v in current if _chosen(opts, by_label, format_func, v) is not _MISSING]
            if len(kept) != len(current):
                current = kept
                self._reset_widget_value(key, current)
        elif current is not None and _chosen(opts, by_label, format_func, current) is _MISSING:
            current = defaults[0] if defaults else None
            self._reset_widget_value(key, current)
        self._enqueue(self._widget_element(style, widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "options": opts, "option_labels": labels, "multi": multi, "required": required,
            "format_func": format_func, "label_visibility": label_visibility,
            "ignore_rerun": ignore,
        }))
        return current

    # --------------------------------------------------------------- feedback
    def feedback(self: "DeltaGenerator", options: str = "thumbs", *, key: Any = None,
                 default: int | None = None, disabled: bool = False,
                 on_change: Any = "rerun", args: Any = None, kwargs: Any = None,
                 width: Any = "content", bind: Any = None,
                 persist_state: Any = None) -> int | None:
        """Thumbs (2), faces (5) or stars (5): the chosen option's index, or
        None. Choosing the chosen option again clears it."""
        if options not in _FEEDBACK_OPTIONS:
            raise StreamlitValueError("options", ["'thumbs'", "'faces'", "'stars'"])
        count = _FEEDBACK_OPTIONS[options]
        if default is not None and not 0 <= default < count:
            raise StreamlitValueOutOfRangeError("default", default, 0, count - 1)
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_no_bind(bind, persist_state)
        check_widget_policies(self, key, callback, default_value=default)
        widget_id = self._widget_id("feedback", key, "", dict(
            options=options, default=default, width=width), {"options"})
        if isinstance(default, bool):
            # Streamlit fails here, in its protobuf message; same class and words.
            raise TypeError("Field Feedback.default: Expected an int, got a boolean.")

        def deserialize(value: Any) -> int | None:
            if value is None:
                return default
            if value == "":
                return None  # cleared by a person
            try:
                index = int(value)
            except (TypeError, ValueError):
                return default
            return index if 0 <= index < count else default

        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        if current is not None and (isinstance(current, bool)
                                    or not isinstance(current, numbers.Integral)
                                    or not 0 <= int(current) < count):
            # Set through session state to something that is not an option.
            current = default
            self._reset_widget_value(key, current)
        self._enqueue(self._widget_element("feedback", widget_id, key, {
            "options": options, "count": count, "disabled": disabled, "value": current,
            "ignore_rerun": ignore,
        }))
        return current

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
            if _needs_string_fix(frame[name]):
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
        }))
        return from_editable_frame(edited, fmt)


__all__ = ["FileAndChoiceWidgetsMixin", "UploadedFile", "DataEditorState"]
