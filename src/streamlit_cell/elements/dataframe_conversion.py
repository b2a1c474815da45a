"""What Streamlit's ``dataframe_util.convert_anything_to_pandas_df`` does:
every kind of data ``st.dataframe``, ``st.table``, ``st.data_editor`` and the
charts accept, made a pandas DataFrame the same way (same columns, index and
values: a lone unnamed column is called "value", a dict of scalars is one row
per key, a generator function is read up to a limit...).

Libraries are recognised by the type's module and name, so none is imported
unless the data comes from it.
"""

from __future__ import annotations

import array
import dataclasses
import enum
import inspect
import warnings
from collections import ChainMap, UserDict, UserList, deque
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from ..runtime.errors import StreamlitAPIException, StreamlitDataframeConversionError
from ..runtime.optional_packages import pip_install

#: How many rows of lazily evaluated data (a generator, a polars LazyFrame, a
#: Spark or Dask frame...) are read, as Streamlit's ``_MAX_UNEVALUATED_DF_ROWS``.
MAX_UNEVALUATED_ROWS = 10_000

#: Fully qualified type names Streamlit recognises (its ``is_type`` checks).
_DASK = {"dask.dataframe.dask_expr._collection." + name for name in ("DataFrame", "Series", "Index")} \
    | {"dask.dataframe.core." + name for name in ("DataFrame", "Series", "Index")}
_DUCKDB = {"duckdb._relation.DuckDBPyRelation", "_duckdb.DuckDBPyRelation",
           "duckdb.duckdb.DuckDBPyRelation"}
_MODIN = {"modin.pandas.dataframe.DataFrame", "modin.pandas.series.Series"}
_PYSPARK = {"pyspark.sql.dataframe.DataFrame", "pyspark.sql.connect.dataframe.DataFrame"}
_SNOWPANDAS = {"snowflake.snowpark.modin.pandas.dataframe.DataFrame",
               "snowflake.snowpark.modin.pandas.series.Series",
               "snowflake.snowpark.modin.plugin.extensions.index.Index"}
_SNOWPARK = {"snowflake.snowpark.dataframe.DataFrame", "snowflake.snowpark.table.Table"}


def _type_name(obj: Any) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _has_method(obj: Any, name: str) -> bool:
    return callable(getattr(obj, name, None))


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise StreamlitAPIException(
            f"Showing tables needs pandas: `{pip_install('pandas')}`.") from None
    return pandas


def _value_column(frame: Any) -> Any:
    """A lone column pandas named 0 is called "value", as Streamlit does."""
    if len(frame.columns) == 1 and frame.columns[0] == 0:
        frame = frame.rename(columns={0: "value"})
    return frame


def dict_to_frame(data: dict[Any, Any]) -> Any:
    """A key-value dict as one row per key (Streamlit's ``_dict_to_pandas_df``)."""
    return _value_column(_pandas().DataFrame.from_dict(data, orient="index"))


def _show_information(message: str) -> None:
    """Streamlit says so in a caption when it read only part of the data."""
    from .delta_generator import main_dg  # (a cycle at import time)

    main_dg.caption(message)


def _limited(frame: Any, hint: str) -> Any:
    if frame.shape[0] == MAX_UNEVALUATED_ROWS:
        _show_information(f"⚠️ Showing only {MAX_UNEVALUATED_ROWS // 1000}k rows. {hint}")
    return frame


def _series_to_frame(data: Any) -> Any:
    pd = _pandas()
    return data.to_frame() if isinstance(data, (pd.Series, pd.Index)) else data


def _is_dbapi_cursor(data: Any) -> bool:
    return all(hasattr(data, name) for name in ("description", "rowcount", "arraysize")) and \
        all(_has_method(data, name) for name in ("execute", "fetchmany", "fetchall", "close"))


def _is_pydantic_model(data: Any) -> bool:
    return not isinstance(data, type) and _has_method(data, "model_dump") and \
        any(base.__module__.startswith("pydantic") for base in type(data).__mro__)


def _is_streamlit_dict(data: Any) -> bool:
    """``st.session_state``, ``st.secrets``, ``st.query_params``... (a mapping
    from Streamlit with ``to_dict``)."""
    module = type(data).__module__ or ""
    return isinstance(data, Mapping) and _has_method(data, "to_dict") and \
        module.startswith(("streamlit", __name__.split(".")[0]))


def convert_anything_to_pandas_df(data: Any, *, ensure_copy: bool = False,
                                  max_unevaluated_rows: int = MAX_UNEVALUATED_ROWS) -> Any:
    """``data`` as a pandas DataFrame, by Streamlit's rules (in its order)."""
    pd = _pandas()
    import numpy as np

    if isinstance(data, pd.DataFrame):
        return data.copy() if ensure_copy else data
    if isinstance(data, (pd.Series, pd.Index, pd.api.extensions.ExtensionArray)):
        return pd.DataFrame(data)
    name = _type_name(data)
    if name == "pandas.io.formats.style.Styler":
        return data.data.copy() if ensure_copy else data.data
    if isinstance(data, np.ndarray):
        return pd.DataFrame([]) if len(data.shape) == 0 else _value_column(pd.DataFrame(data))
    if name == "polars.dataframe.frame.DataFrame":
        return (data.clone() if ensure_copy else data).to_pandas()
    if name == "polars.series.series.Series":
        return (data.clone() if ensure_copy else data).to_pandas().to_frame()
    if name == "polars.lazyframe.frame.LazyFrame":
        return _limited(data.limit(max_unevaluated_rows).collect().to_pandas(),
                        "Call `collect()` on the dataframe to show more.")
    if name == "xarray.core.dataset.Dataset":
        return (data.copy(deep=True) if ensure_copy else data).to_dataframe()
    if name == "xarray.core.dataarray.DataArray":
        return (data.copy(deep=True) if ensure_copy else data).to_series().to_frame()
    if name in _DASK:
        return _limited(_series_to_frame(data.head(max_unevaluated_rows, compute=True)),
                        "Call `compute()` on the data object to show more.")
    if name in _MODIN:
        return _limited(_series_to_frame(data.head(max_unevaluated_rows)._to_pandas()),
                        "Call `_to_pandas()` on the data object to show more.")
    if name in _PYSPARK and _has_method(data, "toPandas"):
        return _limited(data.limit(max_unevaluated_rows).toPandas(),
                        "Call `toPandas()` on the data object to show more.")
    if name in _SNOWPANDAS:
        return _limited(_series_to_frame(data[:max_unevaluated_rows].to_pandas()),
                        "Call `to_pandas()` on the data object to show more.")
    if name in _SNOWPARK:
        return _limited(data.limit(max_unevaluated_rows).to_pandas(),
                        "Call `to_pandas()` on the data object to show more.")
    if name in _DUCKDB:
        return _limited(data.limit(max_unevaluated_rows).df(),
                        "Call `df()` on the relation to show more.")
    if _is_dbapi_cursor(data):
        columns = [column[0] for column in data.description] if data.description else None
        return _limited(pd.DataFrame(data.fetchmany(max_unevaluated_rows), columns=columns),
                        "Call `fetchall()` on the Cursor to show more.")
    if isinstance(data, list) and data and \
            _type_name(data[0]) == "snowflake.snowpark.row.Row" and _has_method(data[0], "as_dict"):
        return pd.DataFrame([row.as_dict() for row in data])
    if isinstance(data, (list, tuple)) and data and all(_is_pydantic_model(item) for item in data):
        return pd.DataFrame([item.model_dump() for item in data])
    if _has_method(data, "to_pandas"):
        return pd.DataFrame(data.to_pandas())
    if _has_method(data, "__arrow_c_stream__"):
        import pyarrow as pa

        try:
            frame = pa.RecordBatchReader.from_stream(data).read_all().to_pandas()
            return frame.copy() if ensure_copy else frame
        except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
            pass  # not a table after all: the rules below
    if _has_method(data, "__dataframe__"):
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "The Dataframe Interchange Protocol")
            frame = pd.api.interchange.from_dataframe(data)
        return frame.copy() if ensure_copy else frame
    if inspect.isgeneratorfunction(data):
        rows = []
        for index, row in enumerate(data()):
            if index >= max_unevaluated_rows:
                break
            rows.append(row)
        return _limited(_value_column(pd.DataFrame(rows)),
                        "Convert the data to a list to show more.")
    if isinstance(data, enum.EnumMeta):
        return _value_column(pd.DataFrame([member.value for member in data]))
    if isinstance(data, (deque, map, array.ArrayType, UserList)):
        return _value_column(pd.DataFrame(list(data)))
    if _is_streamlit_dict(data):
        return dict_to_frame(data.to_dict())
    if isinstance(data, tuple) and _has_method(data, "_asdict"):  # a named tuple
        return dict_to_frame(data._asdict())
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return dict_to_frame(dataclasses.asdict(data))
    if isinstance(data, (ChainMap, MappingProxyType, UserDict)) or _is_pydantic_model(data):
        return dict_to_frame(dict(data))
    try:
        return _value_column(pd.DataFrame(data))
    except (ValueError, TypeError) as error:
        if isinstance(data, dict):
            try:
                return dict_to_frame(data)
            except (ValueError, TypeError):
                pass
        raise StreamlitDataframeConversionError(
            f"\nUnable to convert object of type `{type(data)}` to `pandas.DataFrame`.\n"
            f"Offending object:\n```py\n{data}\n```") from error
