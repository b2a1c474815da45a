"""Built-in charts are computed once per distinct input.

``st.line_chart(df)`` builds an Altair chart, has Altair validate it against
the Vega-Lite schema and serialises it: ~100 ms for a dashboard's chart, on
every rerun, although a rerun caused by an unrelated widget passes the same
data and arguments. This module keys those inputs by *content* (a digest of
the data's values, dtypes, index and column names, and of the arguments;
never an object's identity, which a script that mutates its frame in place
would fool) and keeps the finished spec, so an unchanged chart costs a hash.

What cannot be keyed exactly (objects in an ``object`` column that pandas
cannot hash, frames of other libraries, arguments that are not plain values)
is simply not memoised: the chart is built as before. The memo is bounded in
bytes (least recently used first out), so a script that draws ever-new data
does not grow the kernel.
"""

from __future__ import annotations

import hashlib
import pickle
import threading
from collections import OrderedDict
from typing import Any

#: How much finished chart data the memo keeps, kernel-wide.
MAX_BYTES = 64 * 1024 * 1024

_PLAIN = (str, int, float, bool, bytes, type(None))


def plain_memo_value(value: Any) -> Any:
    """``value`` as a memo key part if it is made only of plain values, else
    None (which no memo keeps)."""
    try:
        return _plain_value(value)
    except TypeError:
        return None


def _plain_value(value: Any) -> Any:
    """``value`` as a hashable key if it is made only of plain values
    (lists become tuples); raises ``TypeError`` otherwise."""
    if isinstance(value, _PLAIN):
        return (type(value).__name__, value)
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_plain_value(item) for item in value))
    raise TypeError(f"not a plain value: {type(value).__name__}")


def _pandas_digest(data: Any, digest: "hashlib._Hash") -> None:
    import pandas as pd

    if isinstance(data, pd.Series):
        columns: list[Any] = [data.name]
        column_names: list[Any] = []
        dtypes = [data.dtype]
        values = [data]
    else:
        columns, column_names = list(data.columns), list(data.columns.names)
        values = _column_arrays(data)
        dtypes = [column.dtype for column in values]  # data.dtypes builds a Series
    digest.update(repr((type(data).__name__, columns, column_names,
                        [repr(dtype) for dtype in dtypes], repr(data.index.dtype),
                        list(data.index.names), data.shape)).encode())
    fast = [_values_bytes(column) for column in [*values, data.index]]
    if all(part is not None for part in fast):
        for part in fast:
            digest.update(len(part).to_bytes(8, "little"))
            digest.update(part)
        return
    if any(column.dtype == object for column in [*values, data.index]):
        # pandas would hash these objects by their str(): two states of a
        # user's object that print alike would collide. Not exact: no key.
        raise TypeError("objects that are not plain values")
    digest.update(pd.util.hash_pandas_object(data, index=True).to_numpy().tobytes())


def _column_arrays(frame: Any) -> list[Any]:
    """The arrays of a DataFrame's columns, in order. ``items()`` builds a
    Series per column (~30 us each, most of a small page's digest); pandas'
    own column iterator hands out the arrays it holds."""
    iterate = getattr(frame, "_iter_column_arrays", None)
    if iterate is not None:
        arrays = list(iterate())
        if len(arrays) == frame.shape[1]:
            return arrays
    return [column for _, column in frame.items()]


def _arrow_string_bytes(values: Any) -> bytes | None:
    """The exact bytes of a pyarrow-backed string column (pandas' default
    ``str`` dtype) read from its Arrow buffers, or None if it is not one.

    ``tolist()`` makes a Python string per cell (the dearest part of digesting
    a page of rows). The bytes here are the column's offsets rebased to 0 and
    widened to 64 bits, its validity as one byte per value, and its UTF-8
    data: equal for equal columns however pyarrow chunked or sliced them
    (the characters under a missing value may differ: then only the memo
    misses)."""
    import numpy as np
    import pyarrow as pa

    if getattr(values.dtype, "storage", None) != "pyarrow":
        return None
    array = getattr(values, "array", values)  # a Series' or an Index's array
    to_arrow = getattr(array, "__arrow_array__", None)
    if to_arrow is None:
        return None
    arrow = to_arrow()
    chunks = arrow.chunks if isinstance(arrow, pa.ChunkedArray) else [arrow]
    offsets_parts: list[Any] = [np.zeros(1, dtype=np.int64)]
    valid_parts: list[bytes] = []
    data_parts: list[Any] = []
    base = 0
    for chunk in chunks:
        if pa.types.is_string(chunk.type):
            width: Any = np.int32
        elif pa.types.is_large_string(chunk.type):
            width = np.int64
        else:
            return None  # string views and others: not read here
        if len(chunk) == 0:
            continue
        _, offsets_buffer, data_buffer = chunk.buffers()
        offsets = np.frombuffer(offsets_buffer, dtype=width)[
            chunk.offset:chunk.offset + len(chunk) + 1].astype(np.int64)
        first, last = int(offsets[0]), int(offsets[-1])
        offsets_parts.append(offsets[1:] - first + base)
        base += last - first
        if chunk.null_count:
            valid_parts.append(chunk.is_valid().to_numpy(zero_copy_only=False).tobytes())
        else:
            valid_parts.append(b"\x01" * len(chunk))
        if data_buffer is not None and last > first:
            data_parts.append(memoryview(data_buffer)[first:last])
    offsets_bytes = np.concatenate(offsets_parts).tobytes()
    return b"".join([b"a", len(offsets_bytes).to_bytes(8, "little"), offsets_bytes,
                     *valid_parts, *data_parts])


def _values_bytes(values: Any) -> bytes | None:
    """The exact bytes of a column's or an index's values where they are
    cheap to get (numpy numbers, datetimes, strings, plain objects), else
    None.

    ``hash_pandas_object`` costs ~0.1 ms per column however short the
    column, which made digesting a 50-row page half as dear as rendering it.
    """
    import numpy as np
    import pandas as pd

    if isinstance(values, pd.RangeIndex):
        return repr(("range", values.start, values.stop, values.step)).encode()
    if isinstance(values, pd.MultiIndex):
        parts = [repr(("multi", list(values.names))).encode()]
        for level, codes in zip(values.levels, values.codes):
            level_bytes = _values_bytes(level)
            if level_bytes is None:
                return None
            codes = np.asarray(codes, dtype=np.int64)
            parts += [len(level_bytes).to_bytes(8, "little"), level_bytes, codes.tobytes()]
        return b"".join(parts)
    dtype = values.dtype
    if isinstance(dtype, np.dtype) and dtype.kind in "biufcmM":
        return b"n" + np.ascontiguousarray(np.asarray(values)).tobytes()
    if isinstance(dtype, pd.StringDtype):
        arrow_bytes = _arrow_string_bytes(values)
        if arrow_bytes is not None:
            return arrow_bytes
    if dtype == object or isinstance(dtype, pd.StringDtype):
        items = values.tolist()
        try:
            # Only plain values, whose pickle is theirs alone: equal bytes
            # mean equal values (1 and "1" and 1.0 pickle differently).
            return b"o" + pickle.dumps(_checked_plain_container(items), protocol=5)
        except (TypeError, pickle.PicklingError):
            return None
    return None


def data_digest(data: Any) -> bytes | None:
    """A digest of ``data``'s content, or None where it cannot be made exactly."""
    digest = hashlib.blake2b(digest_size=20)
    module = type(data).__module__
    try:
        if data is None or isinstance(data, _PLAIN):
            digest.update(pickle.dumps(data, protocol=5))
        elif module.partition(".")[0] == "pandas" and type(data).__name__ in ("DataFrame", "Series"):
            _pandas_digest(data, digest)
        elif module == "numpy" and type(data).__name__ == "ndarray":
            if data.dtype.hasobject:
                return None
            digest.update(repr((data.dtype.str, data.shape)).encode())
            digest.update(data.tobytes())
        elif type(data) in (dict, list, tuple):
            # Pickled bytes determine the value they unpickle to, so equal
            # bytes mean equal data; only plain containers, whose pickle is
            # theirs alone (no user class's __reduce__).
            digest.update(pickle.dumps(_checked_plain_container(data), protocol=5))
        else:
            return None
    except (TypeError, ValueError, pickle.PicklingError):
        return None
    return type(data).__qualname__.encode() + b":" + digest.digest()


def _exact_value_types() -> tuple[type, ...]:
    """Types outside ``_PLAIN`` whose pickle is their value alone (the
    standard library's dates and decimals, pandas' and numpy's scalars):
    common in object columns (``df.ts.dt.date``)."""
    import datetime
    import decimal

    types: list[type] = [datetime.date, datetime.datetime, datetime.time,
                         datetime.timedelta, datetime.timezone, decimal.Decimal]
    try:
        import numpy as np
        import pandas as pd

        types += [pd.Timestamp, pd.Timedelta, np.float64, np.float32, np.int64, np.int32,
                  np.bool_, np.str_, np.datetime64, np.timedelta64]
    except ImportError:
        pass
    return tuple(types)


_EXACT_VALUE_TYPES: tuple[type, ...] | None = None


def _checked_plain_container(value: Any) -> Any:
    global _EXACT_VALUE_TYPES
    if isinstance(value, _PLAIN):
        return value
    if _EXACT_VALUE_TYPES is None:
        _EXACT_VALUE_TYPES = _exact_value_types()
    if type(value) in _EXACT_VALUE_TYPES:  # exactly these classes, not subclasses
        return value
    if type(value) in (list, tuple):
        for item in value:
            _checked_plain_container(item)
        return value
    if type(value) is dict:
        for key, item in value.items():
            _checked_plain_container(key)
            _checked_plain_container(item)
        return value
    raise TypeError(f"not a plain container value: {type(value).__name__}")


class _DigestWriter:
    """A file for ``pickle`` that feeds a digest instead of keeping bytes."""

    def __init__(self, digest: "hashlib._Hash") -> None:
        self.write = digest.update


class _ExactPickler(pickle.Pickler):
    """Pickles only what its pickle determines exactly: plain values and
    containers (handled by pickle itself, never seen here), numpy arrays of
    them (numpy's own reduction: dtype, shape and the data's bytes), and the
    standard library's, numpy's and pandas' value types (``_EXACT_VALUE_TYPES``),
    with the functions and classes their reductions name. Anything else (a
    user's object, whose ``__reduce__`` may leave out part of its state; a
    subclass of a container) raises ``TypeError``: no key."""

    def reducer_override(self, obj: Any) -> Any:
        import types

        import numpy as np

        kind = type(obj)
        if kind is np.ndarray or kind in _exact_value_types_cached() or isinstance(obj, np.dtype):
            return NotImplemented
        if isinstance(obj, (type, types.FunctionType, types.BuiltinFunctionType)):
            return NotImplemented  # pickled by their qualified name
        raise TypeError(f"not an exact value: {kind.__name__}")


def structure_digest(*parts: Any) -> bytes | None:
    """A digest of ``parts`` (nested dicts, lists, tuples, plain values, numpy
    arrays, dates...), or None if they hold anything whose pickle would not
    determine it exactly. Equal bytes come only from equal structures; sharing
    one object twice may give other bytes than two equal objects (then the
    memo only misses)."""
    digest = hashlib.blake2b(digest_size=20)
    try:
        _ExactPickler(_DigestWriter(digest), protocol=5).dump(parts)
    except (TypeError, pickle.PicklingError, AttributeError, ValueError):
        return None
    return digest.digest()


def _exact_value_types_cached() -> tuple[type, ...]:
    global _EXACT_VALUE_TYPES
    if _EXACT_VALUE_TYPES is None:
        _EXACT_VALUE_TYPES = _exact_value_types()
    return _EXACT_VALUE_TYPES


class ChartMemo:
    """Finished chart specs by content key, bounded in bytes (LRU)."""

    def __init__(self, max_bytes: int = MAX_BYTES) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[Any, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    @property
    def nbytes(self) -> int:
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Any) -> Any:
        """The value kept for ``key`` (None if none, or if ``key`` is None)."""
        if key is None:
            return None
        with self._lock:
            found = self._entries.get(key)
            if found is None:
                return None
            self._entries.move_to_end(key)
            return found[0]

    def put(self, key: Any, value: Any, nbytes: int) -> None:
        """Keep ``value`` (about ``nbytes`` large) for ``key``, dropping the
        least recently used values past ``max_bytes``."""
        if key is None or nbytes > self.max_bytes:
            return
        with self._lock:
            if key in self._entries:
                return
            self._entries[key] = (value, nbytes)
            self._bytes += nbytes
            while self._bytes > self.max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


def chart_key(command: str, data: Any, arguments: tuple[Any, ...]) -> Any:
    """The memo key of a built-in chart call, or None if it cannot be made."""
    data_key = data_digest(data)
    if data_key is None:
        return None
    try:
        return command, data_key, _plain_value(arguments)
    except TypeError:
        return None


#: The kernel's memo of built-in charts.
BUILT_IN_CHARTS = ChartMemo()
