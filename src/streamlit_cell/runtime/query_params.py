"""``st.query_params``: Streamlit's query-parameter API, kept in memory.

A notebook has no URL, so the parameters are a dict-like object of the
session (one per notebook kernel, one per ``AppTest``) with exactly
Streamlit's API and errors: item and attribute access return the last value
of a key, ``get_all`` all its values, values are stored as strings (or lists
of strings for repeated keys), ``embed`` and ``embed_options`` cannot be set.
Setting a parameter does not rerun anything, as in Streamlit. It starts empty
in every new kernel; a script can fill it (``st.query_params.from_dict(...)``)
to simulate opening the app at a URL.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from typing import Any

from .run_context import get_run_context
from .errors import StreamlitAPIException, StreamlitQueryParamDictValueError
from .shared_session import kernel_session
from .state import SessionState

EMBED_QUERY_PARAMS_KEYS = ("embed", "embed_options")


def missing_key_error_message(key: str) -> str:
    return f'st.query_params has no key "{key}".'


def missing_attr_error_message(key: str) -> str:
    return f'st.query_params has no attribute "{key}".'


class QueryParams(MutableMapping[str, str]):
    """The query parameters of one session: str keys, str or list[str] values."""

    def __init__(self) -> None:
        self._query_params: dict[str, list[str] | str] = {}

    def __iter__(self) -> Iterator[str]:
        return iter([k for k in self._query_params if not _is_embed(k)])

    def __len__(self) -> int:
        return sum(1 for k in self._query_params if not _is_embed(k))

    def __getitem__(self, key: str) -> str:
        if _is_embed(key):
            raise KeyError(missing_key_error_message(key))
        try:
            value = self._query_params[key]
        except KeyError:
            raise KeyError(missing_key_error_message(key)) from None
        if isinstance(value, list):
            return value[-1] if value else ""
        return value

    def __setitem__(self, key: str, value: str | Iterable[str]) -> None:
        _set_item_in_dict(self._query_params, key, value)

    def __delitem__(self, key: str) -> None:
        if _is_embed(key) or key not in self._query_params:
            raise KeyError(missing_key_error_message(key))
        del self._query_params[key]

    def update(self, other: Any = (), /, **kwds: str | Iterable[str]) -> None:
        if hasattr(other, "keys") and hasattr(other, "__getitem__"):
            pairs = [(k, other[k]) for k in list(other.keys())]
        else:
            pairs = list(other)
        for key, value in [*pairs, *kwds.items()]:
            self[key] = value

    def get_all(self, key: str) -> list[str]:
        if key not in self._query_params or _is_embed(key):
            return []
        value = self._query_params[key]
        return list(value) if isinstance(value, list) else [value]

    def clear(self) -> None:
        self._query_params = {k: v for k, v in self._query_params.items() if _is_embed(k)}

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self._query_params if not _is_embed(key)}

    def from_dict(self, params: Any) -> None:
        previous = dict(self._query_params)
        self.clear()
        try:
            self.update(params)
        except StreamlitAPIException:
            self._query_params = previous
            raise

    def __str__(self) -> str:
        return str(self._query_params)


def _is_embed(key: str) -> bool:
    return key.lower() in EMBED_QUERY_PARAMS_KEYS


def _set_item_in_dict(target: dict[str, list[str] | str], key: str,
                      value: str | Iterable[str]) -> None:
    if isinstance(value, dict):
        raise StreamlitQueryParamDictValueError(key)
    if _is_embed(key):
        raise StreamlitAPIException(
            "Query param embed and embed_options (case-insensitive) cannot be set "
            "programmatically.", error_id="query-param-embed-cannot-set")
    # Any other value is stored as its str(), as Streamlit does.
    if isinstance(value, Iterable) and not isinstance(value, str):
        target[key] = [str(item) for item in value]
    else:
        target[key] = str(value)


_params_of_session: "weakref.WeakKeyDictionary[SessionState, QueryParams]" = \
    weakref.WeakKeyDictionary()


def query_params_of(session: SessionState) -> QueryParams:
    """The query parameters of ``session`` (created empty on first use)."""
    params = _params_of_session.get(session)
    if params is None:
        params = _params_of_session[session] = QueryParams()
    return params


def _current() -> QueryParams:
    ctx = get_run_context()
    return query_params_of(ctx.session if ctx is not None else kernel_session())


class QueryParamsProxy(MutableMapping[str, str]):
    """``st.query_params``: the current session's parameters (the kernel's
    outside a run, as ``st.session_state``)."""

    def __iter__(self) -> Iterator[str]:
        return iter(_current())

    def __len__(self) -> int:
        return len(_current())

    def __str__(self) -> str:
        return str(_current())

    def __getitem__(self, key: str) -> str:
        return _current()[key]

    def __delitem__(self, key: str) -> None:
        del _current()[key]

    def __setitem__(self, key: str, value: str | Iterable[str]) -> None:
        _current()[key] = value

    def __getattr__(self, key: str) -> str:
        try:
            return _current()[key]
        except KeyError:
            raise AttributeError(missing_attr_error_message(key)) from None

    def __delattr__(self, key: str) -> None:
        try:
            del _current()[key]
        except KeyError:
            raise AttributeError(missing_key_error_message(key)) from None

    def __setattr__(self, key: str, value: str | Iterable[str]) -> None:
        _current()[key] = value

    def update(self, params: Mapping[str, Any] | Iterable[tuple[str, Any]] = (), /,
               **kwds: str | Iterable[str]) -> None:
        _current().update(params, **kwds)

    def get_all(self, key: str) -> list[str]:
        return _current().get_all(key)

    def clear(self) -> None:
        _current().clear()

    def to_dict(self) -> dict[str, str]:
        return _current().to_dict()

    def from_dict(self, params: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> None:
        _current().from_dict(params)


#: ``st.query_params``.
query_params = QueryParamsProxy()
