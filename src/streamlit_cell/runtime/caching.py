"""``st.cache_data`` and ``st.cache_resource``, kept per kernel.

As in Streamlit: a cached function is keyed by its identity (module,
qualified name, source) and the hash of its arguments, parameters whose name
starts with ``_`` are not hashed, ``cache_data`` returns a fresh copy of the
value on every call (it stores a pickle), ``cache_resource`` returns the same
object; ``ttl``, ``max_entries``, ``hash_funcs``, ``.clear()`` work the same.
Caches live as long as the kernel, shared by every cell.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import inspect
import linecache
import pickle
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, ContextManager

from .run_context import get_run_context
from .errors import MarkdownFormattedException, StreamlitAPIException, StreamlitNotSupportedInNotebookError


#: ``st.spinner``, once the ``st`` module is built (it calls
#: ``show_spinners_with``): the runtime cannot import the elements above it.
_spinner: Callable[[str], ContextManager[Any]] | None = None


def show_spinners_with(spinner: Callable[[str], ContextManager[Any]]) -> None:
    """Show a cached function's spinner with ``spinner(text)`` (``st.spinner``)."""
    global _spinner
    _spinner = spinner


class CacheError(Exception):
    """Base of the caching errors (Streamlit's name)."""


class UnhashableTypeError(Exception):
    """An argument has no hash (internal; reported as ``UnhashableParamError``)."""


class UnhashableParamError(StreamlitAPIException):
    def __init__(self, cache_type: str, func: Callable[..., Any], arg_name: str | None,
                 arg_value: Any) -> None:
        name = arg_name if arg_name is not None else "(unnamed)"
        arg_type = f"{type(arg_value).__module__}.{type(arg_value).__qualname__}"
        func_name = getattr(func, "__name__", "unknown")
        replacement = f"_{arg_name}" if arg_name is not None else "_arg"
        super().__init__(
            f"Cannot hash argument '{name}' (of type `{arg_type}`) in '{func_name}'.\n\n"
            "To address this, you can tell Streamlit not to hash this argument by adding a\n"
            f"leading underscore to the argument's name in the function signature:\n\n"
            f"```\n@st.{cache_type}\ndef {func_name}({replacement}, ...):\n    ...\n```")


CACHE_DOCS_URL = "https://docs.streamlit.io/develop/concepts/architecture/caching"


class UnserializableReturnValueError(MarkdownFormattedException):
    def __init__(self, func: Callable[..., Any], return_value: Any) -> None:
        value_type = (f"`{return_value.__module__}.{type(return_value).__name__}`"
                      if hasattr(return_value, "__module__") else f"`{type(return_value)}`")
        super().__init__(
            f"Cannot serialize the return value (of type {value_type}) in "
            f"`{getattr(func, '__name__', 'unknown')}()`. `st.cache_data` uses "
            "[pickle](https://docs.python.org/3/library/pickle.html) to serialize the "
            "function's return value and safely store it in the cache without mutating the "
            "original object. Please convert the return value to a pickle-serializable type. "
            "If you want to cache unserializable objects such as database connections or "
            "Tensorflow sessions, use `st.cache_resource` instead (see "
            f"[our docs]({CACHE_DOCS_URL}) for differences).")


_DURATION_PART = re.compile(
    r"(\d+(?:\.\d+)?)\s*(weeks?|w|days?|d|hours?|h|minutes?|mins?|m|seconds?|secs?|s)"
    r"(?=\d|\s|$)")
_UNIT_SECONDS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}


def ttl_seconds(ttl: float | dt.timedelta | str | None) -> float | None:
    """Streamlit's ``ttl``: seconds, a timedelta, or a string like "1d2h" / "2 days"."""
    if ttl is None:
        return None
    if isinstance(ttl, dt.timedelta):
        return ttl.total_seconds()
    if isinstance(ttl, (int, float)) and not isinstance(ttl, bool):
        return float(ttl)
    if isinstance(ttl, str):
        text = ttl.strip().lower()
        parts = _DURATION_PART.findall(text)
        if parts and _DURATION_PART.sub("", text).strip() == "":
            return sum(float(n) * _UNIT_SECONDS[unit[0]] for n, unit in parts)
        raise StreamlitAPIException(
            "Time string doesn't look right. It should be formatted as `'1d2h34m'` or "
            f"`2 days`, for example. Got: {ttl}")
    raise StreamlitAPIException(
        f"`ttl` must be a number of seconds, a timedelta or a string like '1d2h', not {ttl!r}.")


def _type_key(value: Any) -> str:
    return f"{type(value).__module__}.{type(value).__qualname__}"


def hash_value(value: Any, hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
               _depth: int = 0) -> bytes:
    """A stable digest of ``value``, Streamlit-style: containers by content,
    frames and arrays by their data, other objects through pickle."""
    h = hashlib.md5(usedforsecurity=False)
    if _depth > 50:
        raise UnhashableTypeError("nesting too deep")
    if hash_funcs:
        for key, func in hash_funcs.items():
            if (isinstance(key, type) and isinstance(value, key)) or key == _type_key(value):
                return hash_value(func(value), None, _depth + 1)
    h.update(_type_key(value).encode())
    if value is None or isinstance(value, (bool, int, float, complex, str, bytes,
                                           dt.date, dt.time, dt.timedelta)):
        h.update(repr(value).encode())
    elif isinstance(value, (list, tuple)):
        for item in value:
            h.update(hash_value(item, hash_funcs, _depth + 1))
    elif isinstance(value, dict):
        for key, item in value.items():
            h.update(hash_value(key, hash_funcs, _depth + 1))
            h.update(hash_value(item, hash_funcs, _depth + 1))
    elif isinstance(value, (set, frozenset)):
        for digest in sorted(hash_value(item, hash_funcs, _depth + 1) for item in value):
            h.update(digest)
    elif type(value).__module__.startswith("pandas"):
        import pandas as pd

        if isinstance(value, (pd.DataFrame, pd.Series, pd.Index)):
            h.update(pd.util.hash_pandas_object(value, index=True).values.tobytes())
            h.update(repr(getattr(value, "columns", getattr(value, "name", ""))).encode())
        else:
            h.update(_pickled(value))
    elif type(value).__module__ == "numpy" and hasattr(value, "tobytes"):
        h.update(repr((value.dtype, getattr(value, "shape", ()))).encode())
        h.update(value.tobytes())
    elif inspect.isfunction(value) or inspect.ismethod(value):
        h.update(function_identity(value).encode())
    else:
        h.update(_pickled(value))
    return h.digest()


def _pickled(value: Any) -> bytes:
    try:
        return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:
        raise UnhashableTypeError(str(error)) from error


#: Source blocks found by ``inspect.getsource``, by code object. A script
#: redefines its cached functions on every rerun; their code objects compare
#: equal while the script is unchanged, and finding a block (tokenising it)
#: costs milliseconds.
_SOURCE_BLOCKS: dict[Any, list[str]] = {}


def _function_source(func: Callable[..., Any]) -> str:
    code = getattr(func, "__code__", None)
    block = _SOURCE_BLOCKS.get(code) if code is not None else None
    if block is not None:
        # Same code, and still the same lines in the file: the same block
        # (a comment-only edit keeps the code but changes these lines).
        start = code.co_firstlineno - 1
        if linecache.getlines(code.co_filename)[start:start + len(block)] == block:
            return "".join(block)
    lines, _ = inspect.getsourcelines(func)
    if code is not None:
        if len(_SOURCE_BLOCKS) >= 4096:
            _SOURCE_BLOCKS.clear()
        _SOURCE_BLOCKS[code] = lines
    return "".join(lines)


def function_identity(func: Callable[..., Any]) -> str:
    try:
        source = _function_source(func)
    except (OSError, TypeError):
        code = getattr(func, "__code__", None)
        source = repr(code.co_code) if code is not None else ""
    return f"{func.__module__}.{func.__qualname__}:{hashlib.md5(source.encode(), usedforsecurity=False).hexdigest()}"


class _Entry:
    __slots__ = ("value", "created", "size")

    def __init__(self, value: Any, size: int) -> None:
        self.value = value
        self.created = time.monotonic()
        self.size = size


class _Storage:
    """The cached values of one function (by identity), kept per kernel."""

    def __init__(self) -> None:
        self.entries: OrderedDict[bytes, _Entry] = OrderedDict()
        self.lock = threading.RLock()


_STORAGES: dict[tuple[str, str], _Storage] = {}


def _storage_for(kind: str, identity: str) -> _Storage:
    return _STORAGES.setdefault((kind, identity), _Storage())


class CachedFunc:
    """A function wrapped by ``st.cache_data`` / ``st.cache_resource``."""

    def __init__(self, func: Callable[..., Any], kind: str, *, ttl: float | None,
                 max_entries: int | None, show_spinner: bool | str,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None,
                 max_size: int | None = None,
                 validate: Callable[[Any], bool] | None = None,
                 on_release: Callable[[Any], None] | None = None) -> None:
        self._func = func
        self._kind = kind
        self._ttl = ttl
        self._max_entries = max_entries
        self._max_size = max_size
        self._show_spinner = show_spinner
        self._hash_funcs = hash_funcs
        self._validate = validate
        self._on_release = on_release
        self._signature = inspect.signature(func)
        self._identity = function_identity(func)
        # A script decorates its functions again on every rerun: the values
        # live in storage shared by every wrapper of the same function.
        self._storage = _storage_for(kind, self._identity)
        self._entries = self._storage.entries
        self._lock = self._storage.lock
        functools.update_wrapper(self, func)

    def _key(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> bytes:
        h = hashlib.md5(self._identity.encode(), usedforsecurity=False)
        try:
            bound = self._signature.bind(*args, **kwargs)
        except TypeError:
            bound = None
        items = bound.arguments.items() if bound is not None else \
            [*((None, a) for a in args), *kwargs.items()]
        for name, value in items:
            if name is not None and name.startswith("_"):
                continue
            try:
                h.update(hash_value(value, self._hash_funcs))
            except UnhashableTypeError:
                raise UnhashableParamError(self._kind, self._func, name, value) from None
        return h.digest()

    def _spinner_text(self) -> str | None:
        if not self._show_spinner:
            return None
        if isinstance(self._show_spinner, str):
            return self._show_spinner
        return f"Running `{self._func.__name__}(...)`."

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        key = self._key(args, kwargs)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and self._ttl is not None and \
                    time.monotonic() - entry.created > self._ttl:
                self._evict(key)
                entry = None
            if entry is not None and self._validate is not None and \
                    not self._validate(entry.value):
                self._evict(key)
                entry = None
            if entry is not None:
                self._entries.move_to_end(key)
                return pickle.loads(entry.value) if self._kind == "cache_data" else entry.value
        value = self._compute(args, kwargs)
        with self._lock:
            if self._kind == "cache_data":
                try:
                    stored = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
                except (pickle.PicklingError, TypeError, RuntimeError) as error:
                    # Streamlit reports these; other pickling errors (a lambda's
                    # AttributeError) reach the user as they are, as in Streamlit.
                    raise UnserializableReturnValueError(self._func, value) from error
                self._entries[key] = _Entry(stored, len(stored))
                result = pickle.loads(stored)
            else:
                self._entries[key] = _Entry(value, 0)
                result = value
            self._shrink()
        return result

    def _compute(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        text = self._spinner_text()
        if text is None:
            return self._func(*args, **kwargs)
        if get_run_context() is None or _spinner is None:
            return self._func(*args, **kwargs)
        with _spinner(text):
            return self._func(*args, **kwargs)

    def _shrink(self) -> None:
        while self._max_entries is not None and len(self._entries) > self._max_entries:
            self._evict(next(iter(self._entries)))
        if self._max_size is not None:
            while self._entries and sum(e.size for e in self._entries.values()) > self._max_size:
                self._evict(next(iter(self._entries)))

    def _evict(self, key: bytes) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None and self._on_release is not None:
            self._on_release(entry.value)

    def clear(self, *args: Any, **kwargs: Any) -> None:
        """Forget every cached value of this function (or only the one for these arguments)."""
        with self._lock:
            if args or kwargs:
                self._evict(self._key(args, kwargs))
                return
            for key in list(self._entries):
                self._evict(key)


class _CacheAPI:
    kind = ""

    def __init__(self) -> None:
        #: The latest wrapper of each cached function (by identity).
        self._functions: dict[str, CachedFunc] = {}

    def _make(self, func: Callable[..., Any] | None, **options: Any) -> Any:
        if func is None:
            return lambda f: self._make(f, **options)
        if not callable(func):
            raise StreamlitAPIException(
                f"`st.{self.kind}` decorates a function; got {type(func).__name__}.")
        if inspect.iscoroutinefunction(func):
            raise StreamlitAPIException(
                f"`st.{self.kind}` cannot cache an async function: it would cache the "
                "coroutine, not its result. Cache a synchronous helper instead.")
        cached = CachedFunc(func, self.kind, **options)
        self._functions[cached._identity] = cached
        return cached

    def clear(self) -> None:
        """Clear every function cached with this decorator."""
        for cached in self._functions.values():
            cached.clear()


def _check_common(max_entries: Any, scope: Any, refresh_mode: Any) -> None:
    if max_entries is not None and (not isinstance(max_entries, int) or max_entries < 0):
        raise StreamlitAPIException(f"`max_entries` must be a non-negative int or None, not {max_entries!r}.")
    if scope not in ("global", "session"):
        raise StreamlitAPIException(f"`scope` must be 'global' or 'session', not {scope!r}.")
    if refresh_mode != "foreground":
        raise StreamlitNotSupportedInNotebookError(
            f"`refresh_mode={refresh_mode!r}`",
            "A kernel runs one thing at a time: use the default refresh_mode='foreground'.")


class CacheDataAPI(_CacheAPI):
    kind = "cache_data"

    def __call__(self, func: Callable[..., Any] | None = None, *, ttl: Any = None,
                 max_entries: int | None = None, max_size: int | str | None = None,
                 show_spinner: bool | str = True, show_time: bool = False,
                 persist: Any = None, hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
                 scope: str = "global", refresh_mode: str = "foreground") -> Any:
        _check_common(max_entries, scope, refresh_mode)
        if persist not in (None, False):
            raise StreamlitNotSupportedInNotebookError(
                f"`st.cache_data(persist={persist!r})`",
                "Caches live as long as the kernel; leave `persist` unset.")
        if isinstance(max_size, str) or (max_size is not None and max_size <= 0):
            raise StreamlitAPIException(
                f"`max_size` must be a positive number of bytes or None, not {max_size!r}.")
        return self._make(func, ttl=ttl_seconds(ttl), max_entries=max_entries,
                          max_size=max_size, show_spinner=show_spinner, hash_funcs=hash_funcs)


class CacheResourceAPI(_CacheAPI):
    kind = "cache_resource"

    def __call__(self, func: Callable[..., Any] | None = None, *, ttl: Any = None,
                 max_entries: int | None = None, show_spinner: bool | str = True,
                 show_time: bool = False, validate: Callable[[Any], bool] | None = None,
                 hash_funcs: dict[Any, Callable[[Any], Any]] | None = None,
                 on_release: Callable[[Any], None] | None = None, scope: str = "global",
                 refresh_mode: str = "foreground") -> Any:
        _check_common(max_entries, scope, refresh_mode)
        return self._make(func, ttl=ttl_seconds(ttl), max_entries=max_entries,
                          show_spinner=show_spinner, hash_funcs=hash_funcs,
                          validate=validate, on_release=on_release)


cache_data = CacheDataAPI()
cache_resource = CacheResourceAPI()
