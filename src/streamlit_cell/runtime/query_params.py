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
        # Widgets bound with bind="query-params": parameter -> widget id and back.
        self._widget_of_param: dict[str, str] = {}
        self._param_of_widget: dict[str, str] = {}
        # Parameters the backend dropped without telling the front end (a
        # bound widget back at its default: Streamlit's front end already
        # removed them from its URL). A test's front end (AppTest) still has them.
        self.dropped_silently: dict[str, list[str] | str] = {}

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
        self._refuse_set_if_bound(key)
        _set_item_in_dict(self._query_params, key, value)

    def __delitem__(self, key: str) -> None:
        if _is_embed(key):
            raise KeyError(missing_key_error_message(key))
        if self.is_bound(key):
            raise StreamlitAPIException(
                f"Cannot directly delete query parameter '{key}' - it is bound to a widget. "
                "Modify the widget value instead.", error_id="query-param-bound-cannot-delete")
        if key not in self._query_params:
            raise KeyError(missing_key_error_message(key))
        del self._query_params[key]

    def update(self, other: Any = (), /, **kwds: str | Iterable[str]) -> None:
        if hasattr(other, "keys") and hasattr(other, "__getitem__"):
            pairs = [(k, other[k]) for k in list(other.keys())]
        else:
            pairs = list(other)
        pairs += list(kwds.items())
        # Streamlit refuses the whole update before changing anything.
        for key, _ in pairs:
            self._refuse_set_if_bound(key)
        for key, value in pairs:
            _set_item_in_dict(self._query_params, key, value)

    def _refuse_set_if_bound(self, key: str) -> None:
        if self.is_bound(key):
            raise StreamlitAPIException(
                f"Cannot directly set query parameter '{key}' - it is bound to a widget. "
                "Modify the widget value instead.", error_id="query-param-bound-cannot-set")

    def get_all(self, key: str) -> list[str]:
        if key not in self._query_params or _is_embed(key):
            return []
        value = self._query_params[key]
        return list(value) if isinstance(value, list) else [value]

    def clear(self) -> None:
        bound = [key for key in self._query_params if self.is_bound(key)]
        if bound:
            raise StreamlitAPIException(
                "Cannot clear query parameters - the following are bound to widgets: "
                f"{', '.join(repr(k) for k in bound)}. "
                "Modify the widget values instead, or remove the bind parameter.",
                error_id="query-param-bound-cannot-clear")
        self._query_params = {k: v for k, v in self._query_params.items() if _is_embed(k)}

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self._query_params if not _is_embed(key)}

    def from_dict(self, params: Any) -> None:
        previous = dict(self._query_params)
        # As Streamlit's: emptied without the bound-parameter check (the
        # update that follows makes it, for the keys it sets).
        self._query_params = {k: v for k, v in self._query_params.items() if _is_embed(k)}
        try:
            self.update(params)
        except StreamlitAPIException:
            self._query_params = previous
            raise

    def __str__(self) -> str:
        return str(self._query_params)

    # ----------------------------------------- widgets with bind="query-params"
    def bind_widget(self, param_key: str, widget_id: str) -> None:
        """Bind ``param_key`` to the widget (replacing another widget's binding)."""
        if param_key.lower() in EMBED_QUERY_PARAMS_KEYS:
            raise StreamlitAPIException(
                f"Cannot bind to reserved query parameter '{param_key}'. 'embed' and "
                "'embed_options' are used internally for Streamlit's embed functionality.",
                error_id="query-param-reserved-cannot-bind")
        previous = self._widget_of_param.get(param_key)
        if previous is not None and previous != widget_id:
            self._param_of_widget.pop(previous, None)
        old_param = self._param_of_widget.get(widget_id)
        if old_param is not None and old_param != param_key:
            self._widget_of_param.pop(old_param, None)
        self._widget_of_param[param_key] = widget_id
        self._param_of_widget[widget_id] = param_key

    def unbind_widget(self, widget_id: str, *, clear_param: bool) -> None:
        """Forget the widget's binding; with ``clear_param``, its parameter too."""
        param_key = self._param_of_widget.pop(widget_id, None)
        if param_key is None:
            return
        self._widget_of_param.pop(param_key, None)
        if clear_param:
            self._query_params.pop(param_key, None)

    def is_bound(self, param_key: str) -> bool:
        """Whether a widget is bound to ``param_key`` (case-sensitive, as Streamlit)."""
        return param_key in self._widget_of_param

    def bound_widget_ids(self) -> list[str]:
        return list(self._param_of_widget)

    def raw_value(self, param_key: str) -> list[str] | str | None:
        """The parameter as the URL holds it (str, or list for a repeated key)."""
        return self._query_params.get(param_key)

    def set_bound_value(self, param_key: str, value: list[str] | str) -> None:
        """Write a bound widget's value (no bound-parameter check: the binding
        itself writes)."""
        self._query_params[param_key] = value
        self.dropped_silently.pop(param_key, None)

    def remove_param(self, param_key: str) -> None:
        """Drop a parameter without the bound-parameter check."""
        self._query_params.pop(param_key, None)
        self.dropped_silently.pop(param_key, None)

    def discard_param_silently(self, param_key: str) -> None:
        """Streamlit's ``discard_param_no_forward_msg``: drop the parameter
        here only (the front end removed it from its URL itself)."""
        if param_key in self._query_params:
            self.dropped_silently[param_key] = self._query_params.pop(param_key)


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
