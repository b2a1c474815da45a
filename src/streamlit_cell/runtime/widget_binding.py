"""Widgets with ``bind="query-params"``: their value kept in ``st.query_params``.

Streamlit 1.67 keeps a bound widget's value in the page URL: the parameter
named by the widget's key seeds the widget when it first appears (an
invalid value, or one equal to the default, is dropped from the URL; a value
the widget corrects, e.g. cut at ``max_chars``, is written back corrected),
a value set through ``st.session_state`` is written to the URL, a value back
at its default is removed, and the front end writes the user's changes. A
bound parameter cannot be set, deleted or cleared through ``st.query_params``.
A notebook has no URL, so the widget is bound to the session's emulated
``st.query_params`` mapping instead, with the same rules; the notebook's front
end writes the user's changes there (``write_front_end_values``).
"""

from __future__ import annotations

import logging
import math
from typing import Any

from .errors import StreamlitMissingRequiredParameterError, StreamlitValueError
from .query_params import QueryParams, query_params_of
from .state import WIDGET_DEFAULT, SessionState, UrlCodec, WidgetMetadata

_LOGGER = logging.getLogger("streamlit_cell.widget_binding")

BIND_QUERY_PARAMS = "query-params"


def check_bind(bind: Any, key: str | None) -> bool:
    """Streamlit's checks of ``bind`` (in ``register_widget``); True if bound."""
    if bind is not None and bind != BIND_QUERY_PARAMS:
        raise StreamlitValueError("bind", ["'query-params'", "None"])
    if bind is None:
        return False
    if key is None:
        raise StreamlitMissingRequiredParameterError(
            "key", detail=(
                "When using bind='query-params', the widget must have a unique 'key' "
                "parameter specified. This 'key' will be used as the name of the query "
                "parameter."))
    return True


# ------------------------------------------------------------ URL strings
def _is_empty(value: str | list[str]) -> bool:
    if isinstance(value, list):
        return len(value) > 0 and all(v == "" for v in value)
    return value == ""


def parse_url_value(value: str | list[str], value_type: str) -> Any:
    """Streamlit's ``parse_url_param`` for the value types bound widgets use
    here: a URL value -> the typed value; ValueError if it is not one."""
    last = value[-1] if isinstance(value, list) else value
    if _is_empty(value):
        if value_type in ("double_array_value", "string_array_value"):
            return []
        return "" if value_type == "string_value" else None
    if value_type == "bool_value":
        if last.lower() == "true":
            return True
        if last.lower() == "false":
            return False
        raise ValueError(f"Invalid boolean value: {last}")
    if value_type == "double_value":
        return float(last)
    if value_type == "string_array_value":
        # A repeated parameter; "" is no value (Streamlit's empty state).
        return [part for part in (value if isinstance(value, list) else [value]) if part != ""]
    if value_type == "double_array_value":
        parts = list(value) if isinstance(value, list) else [value]
        return [float(part) for part in parts if part != ""]
    return last


def sanitize_labels(labels: list[str], *, valid: list[str] | None,
                    max_length: int | None) -> list[str]:
    """Streamlit's ``_sanitize_url_array``: unknown labels dropped (``valid``
    None: any label), repeats dropped, at most ``max_length`` kept."""
    kept = [label for label in labels if valid is None or label in valid]
    kept = list(dict.fromkeys(kept))
    if max_length is not None and max_length > 0:
        kept = kept[:max_length]
    return kept


def _url_number(v: Any) -> str:
    # Streamlit writes 5.0 as "5" (finite floats equal to an int).
    if isinstance(v, float) and math.isfinite(v) and v == int(v):
        return str(int(v))
    return str(v)


def format_url_value(serialized: Any, value_type: str) -> str | list[str]:
    """Streamlit's ``_coerce_value_for_query_url``: a serialized value -> the URL form."""
    # (A double_value is written as str(): 5.0 stays "5.0", as in Streamlit.)
    if value_type == "double_array_value":
        if isinstance(serialized, (list, tuple)):
            return [_url_number(v) for v in serialized]
        return _url_number(serialized)
    if value_type == "string_array_value":
        if isinstance(serialized, (list, tuple)):
            return [str(v) for v in serialized]
    if value_type == "bool_value" and isinstance(serialized, bool):
        return str(serialized).lower()
    return str(serialized)


# ------------------------------------------------------- widget registration
def bind_before_register(session: SessionState, metadata: WidgetMetadata,
                         user_key: str) -> bool:
    """Bind the widget to its parameter and, when it has no value yet, seed it
    from the parameter. True if the URL gave the widget its value."""
    codec = metadata.url_codec
    assert codec is not None
    params = query_params_of(session)
    params.bind_widget(user_key, metadata.id)
    if session.has_widget_state(metadata.id):
        # It ran before (or the front end sent a value): that value stands.
        # A disabled widget is the exception (no person changed it): the URL
        # still decides, unless the script set its key this run.
        if not metadata.disabled or session.is_new_state_value(user_key):
            return False
    raw = params.raw_value(user_key)
    if raw is None:
        return False
    return _seed_from_url(session, params, metadata, codec, user_key, raw)


def _seed_from_url(session: SessionState, params: QueryParams, metadata: WidgetMetadata,
                   codec: UrlCodec, user_key: str, raw: str | list[str]) -> bool:
    if _is_empty(raw) and not codec.clearable:
        params.remove_param(user_key)
        return False
    try:
        parsed = parse_url_value(raw, codec.value_type)
        value = metadata.deserializer(codec.to_front_end(parsed))
        default = metadata.deserializer(None)
    except (ValueError, TypeError, IndexError) as error:
        _LOGGER.debug("Invalid query parameter for bound widget %r, dropped: %s",
                      user_key, error)
        params.remove_param(user_key)
        return False
    if value == default:
        # The default is never kept in the URL (nor an invalid value the
        # deserializer turned into the default).
        params.remove_param(user_key)
        return False
    if codec.sanitize is not None and isinstance(parsed, list):
        # Then the labels the widget cannot take go (Streamlit checks the
        # default on the URL's labels first, then on what is left).
        kept = codec.sanitize(parsed)
        if kept != parsed:
            if not kept:
                params.remove_param(user_key)
                return False
            value = metadata.deserializer(codec.to_front_end(kept))
            if value == default:
                params.remove_param(user_key)
                return False
    session.seed_widget_value(metadata.id, user_key, value)
    serialized = codec.serialize(value)
    if serialized != parsed:  # the widget corrected the URL's value
        params.set_bound_value(user_key, format_url_value(serialized, codec.value_type))
    return True


def sync_after_register(session: SessionState, metadata: WidgetMetadata, user_key: str,
                        value: Any, seeded: bool) -> None:
    """Streamlit's URL sync after a bound widget's value is known: a value set
    through ``st.session_state`` is written, a default value is removed (the
    front end is told only when the script reset it)."""
    codec = metadata.url_codec
    assert codec is not None
    params = query_params_of(session)
    set_by_script = (session.is_new_state_value(user_key) and not seeded
                     and session.had_state_before(metadata.id, user_key))
    if value != metadata.deserializer(None):
        if (session.kept_under_key(user_key) and params.raw_value(user_key) is None
                and not session.is_new_state_value(user_key)):
            # Rendered again with the value it kept: the URL gets it back.
            params.set_bound_value(user_key,
                                   format_url_value(codec.serialize(value), codec.value_type))
        elif set_by_script:
            params.set_bound_value(user_key,
                                   format_url_value(codec.serialize(value), codec.value_type))
    elif set_by_script:
        params.remove_param(user_key)  # a reset through st.session_state: the URL follows
    else:
        params.discard_param_silently(user_key)


def unbind_if_bound(session: SessionState, widget_id: str) -> None:
    """A keyed widget rendered without ``bind``: forget an earlier binding and
    its parameter (Streamlit's ``unbind_and_clear_param``)."""
    query_params_of(session).unbind_widget(widget_id, clear_param=True)


def remove_stale_bindings(session: SessionState) -> None:
    """After a run: widgets no longer rendered lose their binding and parameter."""
    params = query_params_of(session)
    for widget_id in params.bound_widget_ids():
        if session.widget_metadata(widget_id) is None:
            params.unbind_widget(widget_id, clear_param=True)


# ------------------------------------------------------------- front end
def write_front_end_values(session: SessionState, widget_values: dict[str, Any]) -> None:
    """What Streamlit's front end does to the URL when a person changes a
    bound widget: the new value is written, a value back at its default removed.
    (A notebook's front end writes to ``st.query_params``; ``AppTest`` has no
    front end and, like Streamlit's, writes nothing.)"""
    params = query_params_of(session)
    for widget_id, sent in widget_values.items():
        metadata = session.widget_metadata(widget_id)
        if metadata is None or metadata.url_codec is None or metadata.user_key is None:
            continue
        if not params.is_bound(metadata.user_key):
            continue
        codec = metadata.url_codec
        try:
            value = metadata.deserializer(None if sent is WIDGET_DEFAULT else sent)
        except (ValueError, TypeError, IndexError):
            continue  # the run reports the bad value; the URL keeps the last good one
        if value == metadata.deserializer(None):
            params.remove_param(metadata.user_key)
        else:
            params.set_bound_value(metadata.user_key,
                                   format_url_value(codec.serialize(value), codec.value_type))
