"""Session state: the values that survive reruns, and their association with
widgets.

This mirrors the model of Streamlit's ``runtime/state/session_state.py`` so that
its observable behaviour is the same:

* ``_old_state``: everything from previous runs, keyed by user key or widget id;
* ``_new_session_state``: values the script (or a callback) set this run, by user key;
* ``_new_widget_state``: values the front end sent for this run, by widget id;
* ``_key_to_id``: user key -> id of the widget registered with that key.

Reads look in that order (new user value, new widget value, old widget value,
old user value). A rerun first *compacts* the new values into ``_old_state``,
then records the front end's values, then runs the callbacks of the widgets
whose value changed.

Beyond Streamlit, one session is shared by several notebook cells: each
widget's metadata names the cell that owns it, and stale-widget clean-up after
a run only touches the widgets of the cell that ran.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator, MutableMapping
from copy import deepcopy
from dataclasses import dataclass
from typing import Any

from . import config
from .run_context import RunContext, get_run_context, yield_point
from .script_control import RerunException
from .errors import StreamlitAPIException, StreamlitValueError, StreamlitWidgetAlreadyInstantiatedError, UnserializableSessionStateError

GENERATED_ELEMENT_ID_PREFIX = "$$ID"
INTERNAL_KEY_PREFIX = "$$STREAMLIT_INTERNAL_KEY"

_MISSING_KEY_HELP = (
    "More info: https://docs.streamlit.io/develop/concepts/architecture/"
    "session-state#initialization"
)


#: Values ``deepcopy`` returns as they are.
_IMMUTABLE_TYPES = frozenset({type(None), bool, int, float, complex, str, bytes})


def is_element_id(key: str) -> bool:
    return key.startswith(GENERATED_ELEMENT_ID_PREFIX)


def is_keyed_element_id(key: str) -> bool:
    return is_element_id(key) and not key.endswith("-None")


def user_key_from_element_id(element_id: str) -> str | None:
    """The user key embedded at the end of an element id, if any."""
    user_key = element_id.split("-", 2)[-1]
    return None if user_key == "None" else user_key


def missing_key_message(key: str) -> str:
    return f'st.session_state has no key "{key}". Did you forget to initialize it? {_MISSING_KEY_HELP}'


def missing_attribute_message(name: str) -> str:
    return (
        f'st.session_state has no attribute "{name}". Did you forget to initialize it? '
        f"{_MISSING_KEY_HELP}"
    )


def require_valid_user_key(key: str) -> None:
    """Reject keys Streamlit rejects: empty ones and the reserved id prefix."""
    if key == "":
        raise StreamlitValueError("key", ["a non-empty string"])
    if key.startswith(GENERATED_ELEMENT_ID_PREFIX):  # is_element_id, on every access
        raise StreamlitAPIException(
            f"Keys beginning with {GENERATED_ELEMENT_ID_PREFIX} are reserved.",
            error_id="reserved-generated-element-id-prefix",
        )


@dataclass
class WidgetMetadata:
    """What the session needs to know about a widget between runs."""

    id: str
    #: ``deserializer(None)`` is the widget's default; ``deserializer(v)`` turns
    #: a value sent by a front end into the value the script sees.
    deserializer: Callable[[Any], Any]
    #: "trigger" for buttons (True for one run), "chat_input_value" for chat
    #: inputs (the submitted text for one run, then None), "value" for the rest.
    value_type: str = "value"
    callback: Callable[..., Any] | None = None
    #: As the script passed them (an iterable and a mapping, or None).
    callback_args: Any = None
    callback_kwargs: Any = None
    form_id: str = ""
    disabled: bool = False
    #: The notebook cell that rendered the widget ("" in AppTest).
    owner: str = ""
    #: The widget's user key, if any.
    user_key: str | None = None
    #: The ``@st.fragment`` the widget was rendered in (innermost), if any.
    fragment_id: str | None = None
    #: How the widget's value lives in ``st.query_params`` when the script
    #: passed ``bind="query-params"`` (None: not bound).
    url_codec: "UrlCodec | None" = None


@dataclass(frozen=True)
class UrlCodec:
    """How a widget bound with ``bind="query-params"`` reads its value from a
    query parameter and writes it back (Streamlit's serde, with URL strings)."""

    #: Streamlit's WidgetState field the value travels in: "bool_value",
    #: "string_value" or "double_array_value"; it decides how a URL string parses.
    value_type: str
    #: Whether an empty parameter (``?key=``) is a value (an empty text)
    #: rather than an invalid one.
    clearable: bool
    #: A parsed URL value -> the front-end value the widget's deserializer
    #: takes; ValueError if the URL names nothing the widget can show.
    to_front_end: Callable[[Any], Any]
    #: A widget value -> its parsed URL form (Streamlit's serializer).
    serialize: Callable[[Any], Any]
    #: For a list of option labels: Streamlit's ``_sanitize_url_array`` (the
    #: labels the widget can take out of those the URL names), or None.
    sanitize: Callable[[list[str]], list[str]] | None = None


class _WidgetDefault:
    """Sent by a front end to say "this widget is back at its default"
    (a form cleared by ``clear_on_submit``)."""

    def __repr__(self) -> str:
        return "WIDGET_DEFAULT"


WIDGET_DEFAULT = _WidgetDefault()

#: What a trigger-like widget holds after the run that saw it fire.
_TRIGGER_RESET_VALUES: dict[str, Any] = {"trigger": False, "chat_input_value": None,
                                         "string_trigger_value": None}


class _NoValue:
    """``SessionState.key_value`` of a key that holds nothing (None is a value)."""

    def __repr__(self) -> str:
        return "NO_VALUE"


NO_VALUE = _NoValue()


class SessionState:
    """The per-session (per-kernel) store behind ``st.session_state``."""

    def __init__(self) -> None:
        self._old_state: dict[str, Any] = {}
        self._new_session_state: dict[str, Any] = {}
        self._new_widget_state: dict[str, Any] = {}
        self._widget_metadata: dict[str, WidgetMetadata] = {}
        self._key_to_id: dict[str, str] = {}
        self._id_to_key: dict[str, str] = {}

    # ------------------------------------------------------------------ lookup
    def _get_widget_id(self, key: str) -> str:
        return self._key_to_id.get(key, key)

    def _keys(self) -> set[str]:
        """All live keys, with widget keys turned into widget ids."""
        widget_id = self._key_to_id.get  # `_get_widget_id`, once per run per key
        keys = {widget_id(k, k) for k in self._old_state}
        keys.update(self._new_widget_state)
        keys.update(widget_id(k, k) for k in self._new_session_state)
        return keys

    def __getitem__(self, key: str) -> Any:
        # Streamlit's lookup order: what the script set this run, what the
        # front end sent, then the compacted state, by widget id and by key.
        # (One method: every widget and st.session_state read comes here.)
        widget_id = self._key_to_id.get(key, key)
        if widget_id == key:
            key = self._id_to_key.get(widget_id, key)
        if key in self._new_session_state:
            return self._new_session_state[key]
        if widget_id in self._new_widget_state:
            return self._new_widget_state[widget_id]
        if widget_id in self._old_state:
            return self._old_state[widget_id]
        if key in self._old_state:
            return self._old_state[key]
        raise KeyError(missing_key_message(key))

    def __contains__(self, key: str) -> bool:
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())

    def is_new_state_value(self, user_key: str) -> bool:
        """True if the script set ``user_key`` during the current run."""
        return user_key in self._new_session_state

    @property
    def filtered_state(self) -> dict[str, Any]:
        """User keys and keyed widgets' values, as ``st.session_state`` shows them."""
        state: dict[str, Any] = {}
        for k in self._keys():
            if k.startswith(INTERNAL_KEY_PREFIX):
                continue
            if not is_element_id(k):
                state[k] = self[k]
            elif is_keyed_element_id(k) and k in self._id_to_key:
                state[self._id_to_key[k]] = self[k]
        return state

    def key_value(self, key: str | None) -> Any:
        """``filtered_state.get(key, NO_VALUE)`` without building the whole dict:
        widgets look their key up on every run, and an app has many widgets."""
        if key is None or is_element_id(key) or key.startswith(INTERNAL_KEY_PREFIX):
            return NO_VALUE
        try:
            return self[key]
        except KeyError:
            return NO_VALUE

    # ------------------------------------------------------------------ writes
    def __setitem__(self, user_key: str, value: Any) -> None:
        ctx = get_run_context()
        if ctx is not None and ctx.session is self:
            widget_id = self._key_to_id.get(user_key)
            if widget_id in ctx.widget_ids_this_run or user_key in ctx.form_ids_this_run:
                raise StreamlitWidgetAlreadyInstantiatedError(user_key)
        self._new_session_state[user_key] = value

    def __delitem__(self, key: str) -> None:
        widget_id = self._get_widget_id(key)
        if not (key in self or widget_id in self):
            raise KeyError(missing_key_message(key))
        self._new_session_state.pop(key, None)
        self._old_state.pop(key, None)
        if key in self._key_to_id:
            self._id_to_key.pop(self._key_to_id.pop(key), None)
        self._new_widget_state.pop(widget_id, None)
        self._old_state.pop(widget_id, None)

    def clear(self) -> None:
        """Forget everything (a kernel restart does this implicitly)."""
        self._old_state.clear()
        self._new_session_state.clear()
        self._new_widget_state.clear()
        self._key_to_id.clear()
        self._id_to_key.clear()

    # ----------------------------------------------------------- run lifecycle
    def _compact_state(self) -> None:
        for key_or_id in list(self._keys()):
            try:
                self._old_state[key_or_id] = self[key_or_id]
            except KeyError:
                pass
        self._new_session_state.clear()
        self._new_widget_state.clear()

    def _reset_triggers(self) -> None:
        for store in (self._new_widget_state, self._old_state):
            for state_id in store:
                metadata = self._widget_metadata.get(state_id)
                if metadata is not None and metadata.value_type in _TRIGGER_RESET_VALUES:
                    store[state_id] = _TRIGGER_RESET_VALUES[metadata.value_type]

    def set_widget_values(self, values: dict[str, Any]) -> None:
        """Record values a front end sent, by widget id, in page order."""
        for widget_id, value in values.items():
            metadata = self._widget_metadata.get(widget_id)
            if metadata is not None:
                value = metadata.deserializer(None if value is WIDGET_DEFAULT else value)
            self._new_widget_state[widget_id] = value

    def _widget_changed(self, widget_id: str) -> bool:
        return bool(self._new_widget_state.get(widget_id) != self._old_state.get(widget_id))

    def on_script_will_rerun(self, widget_values: dict[str, Any] | None) -> None:
        """Compact, take the front end's values, and run changed widgets' callbacks.

        Callbacks run in the order the values were given (page order). An
        exception in a callback propagates: the run shows it, as Streamlit does.
        ``st.rerun()`` in a callback ends that callback only: the others still
        run, then the rerun happens (before the body, which Streamlit preempts).
        """
        self._reset_triggers()
        self._compact_state()
        if not widget_values:
            return
        self.set_widget_values(widget_values)
        rerun: RerunException | None = None
        for widget_id in list(self._new_widget_state):
            if not self._widget_changed(widget_id):
                continue
            metadata = self._widget_metadata.get(widget_id)
            if metadata is None or metadata.disabled or metadata.callback is None:
                continue
            try:
                metadata.callback(*(metadata.callback_args or ()),
                                  **(metadata.callback_kwargs or {}))
            except RerunException as request:
                rerun = request
        if rerun is not None:
            raise rerun

    def on_script_finished(self, widget_ids_this_run: set[str], owner: str = "",
                           *, remove_stale_widgets: bool = True,
                           fragment_ids_this_run: list[str] | None = None) -> None:
        """Reset triggers and drop the state of ``owner``'s widgets not rendered
        this run (only those of the fragments that ran, in a fragment run)."""
        self._reset_triggers()
        if remove_stale_widgets:
            self._remove_stale_widgets(widget_ids_this_run, owner, fragment_ids_this_run)

    def _remove_stale_widgets(self, active: set[str], owner: str,
                              fragment_ids: list[str] | None = None) -> None:
        """Streamlit's ``_remove_stale_widgets``: forget ``owner``'s widgets
        not in ``active``, and the state of widgets nobody registered.

        A widget is stale (Streamlit's ``_is_stale_widget``) if it has no
        metadata, or it is ``owner``'s and was not rendered; in a fragment
        run only the widgets of the fragments that ran can be (the rest of the
        page did not run, and later runs still need its values). Once the
        stale metadata is gone, "has metadata" is "not stale"."""
        metadata = self._widget_metadata
        stale = [widget_id for widget_id, m in metadata.items()
                 if m.owner == owner and widget_id not in active
                 and (not fragment_ids or m.fragment_id in fragment_ids)]
        # A bound widget's value outlives it under its user key (Streamlit's
        # "bind unmount"): shown again, the widget (and the URL) get it back.
        preserved = {}
        for widget_id in stale:
            user_key = metadata[widget_id].user_key
            if (metadata[widget_id].url_codec is not None and user_key is not None
                    and widget_id in self._old_state):
                preserved[user_key] = self[widget_id]
        for widget_id in stale:
            del metadata[widget_id]
        self._new_widget_state = {k: v for k, v in self._new_widget_state.items()
                                  if k in metadata}
        self._old_state = {k: v for k, v in self._old_state.items()
                           if k in metadata or not k.startswith(GENERATED_ELEMENT_ID_PREFIX)}
        self._old_state.update(preserved)

    # ------------------------------------------------------------- widgets
    def widget_metadata(self, widget_id: str) -> WidgetMetadata | None:
        return self._widget_metadata.get(widget_id)

    def widget_id_for_key(self, user_key: str) -> str | None:
        return self._key_to_id.get(user_key)

    def owner_of_key(self, user_key: str) -> str | None:
        """The cell owning the live widget registered with ``user_key``, if any."""
        widget_id = self._key_to_id.get(user_key)
        metadata = self._widget_metadata.get(widget_id) if widget_id else None
        return metadata.owner if metadata is not None else None

    def register_widget(self, metadata: WidgetMetadata, user_key: str | None) -> tuple[Any, bool]:
        """Register a widget for this run; return its value and whether the
        value was set through session state this run (the front end must show it)."""
        widget_id = metadata.id
        self._widget_metadata[widget_id] = metadata
        if user_key is not None:
            previous = self._key_to_id.get(user_key)
            if previous is not None and previous != widget_id:
                self._id_to_key.pop(previous, None)
            self._key_to_id[user_key] = widget_id
            self._id_to_key[widget_id] = user_key

        if metadata.disabled and widget_id in self._new_widget_state:
            # A disabled widget cannot have been changed by a person.
            del self._new_widget_state[widget_id]

        # Looking the id up also finds the user key's value (the key maps to
        # this id from here on); without either, the widget starts at its default.
        try:
            value = self[widget_id]
        except KeyError:
            value = self._new_widget_state[widget_id] = deepcopy(metadata.deserializer(None))
        # The script gets its own copy: mutating a returned list must not
        # change the state (immutable values are their own copy).
        if type(value) not in _IMMUTABLE_TYPES:
            value = deepcopy(value)
        changed = user_key is not None and user_key in self._new_session_state
        return value, changed

    def has_widget_state(self, widget_id: str) -> bool:
        """Whether the widget holds a value already (it ran before, or a
        front end sent one): a bound widget is seeded from the URL only
        when it does not."""
        return widget_id in self._new_widget_state or widget_id in self._old_state

    def kept_under_key(self, user_key: str) -> bool:
        """Whether the key holds a value from before this run (a bound widget's
        value kept while the widget was not rendered)."""
        return user_key in self._old_state

    def had_state_before(self, widget_id: str, user_key: str) -> bool:
        """Whether the widget or its key held a value before this run."""
        return widget_id in self._old_state or user_key in self._old_state

    def seed_widget_value(self, widget_id: str, user_key: str, value: Any) -> None:
        """Give a widget the value its query parameter names (Streamlit puts it
        in both the widget's and the key's state)."""
        self._new_widget_state[widget_id] = value
        self._new_session_state[user_key] = value

    def reset_state_value(self, user_key: str, value: Any) -> None:
        """Set a keyed widget's value while it registers, without the
        "modified after instantiation" check (its arguments made the old value
        invalid)."""
        self._new_session_state[user_key] = value

    def widget_value(self, widget_id: str) -> Any:
        """The value a registered widget holds now."""
        return self[widget_id]

    # --------------------------------------------------------- serializable
    def check_serializable(self) -> None:
        """Raise ``UnserializableSessionStateError`` for the first value that won't pickle."""
        for k in self:
            try:
                pickle.dumps(self[k])
            except Exception as error:
                message = (
                    f"Cannot serialize the value (of type `{type(self[k])}`) of '{k}' in "
                    "st.session_state. Streamlit has been configured to use "
                    "[pickle](https://docs.python.org/3/library/pickle.html) to "
                    "serialize session_state values. Please convert the value to a "
                    "pickle-serializable type. To learn more about this behavior, "
                    "see [our docs](https://docs.streamlit.io/knowledge-base/using-streamlit/"
                    "serializable-session-state)."
                )
                raise UnserializableSessionStateError(message) from error

    def maybe_check_serializable(self) -> None:
        if config.get_option("runner.enforceSerializableSessionState"):
            self.check_serializable()


class KeysAsAttributes:
    """``state.key`` is ``state["key"]``, with Streamlit's AttributeError
    wording for a missing key (``st.session_state`` and ``at.session_state``)."""

    def __getattr__(self, key: str) -> Any:
        if key.startswith("__") and key.endswith("__"):
            raise AttributeError(key)
        try:
            return self[key]  # type: ignore[index]
        except KeyError:
            raise AttributeError(missing_attribute_message(key)) from None

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value  # type: ignore[index]

    def __delattr__(self, key: str) -> None:
        try:
            del self[key]  # type: ignore[attr-defined]
        except KeyError:
            raise AttributeError(missing_attribute_message(key)) from None


class SessionStateProxy(KeysAsAttributes, MutableMapping[str, Any]):
    """``st.session_state``: item and attribute access to the current session.

    Outside a run (an ordinary notebook cell) it reaches the kernel's session
    given by ``default_session``; writes made there are reported to
    ``on_external_write`` so the streamlit cells that read them can rerun.
    """

    def __init__(self, session_getter: Callable[[], SessionState]) -> None:
        object.__setattr__(self, "_session_getter", session_getter)

    def _session(self) -> SessionState:
        ctx = get_run_context()
        if ctx is not None:
            return ctx.session
        return self._session_getter()

    def _read(self, key: str) -> SessionState:
        """The session to read ``key`` from; the run in progress (if any) notes
        the read (cross-cell reactivity). One context lookup: every
        ``st.session_state`` access of every rerun comes through here."""
        ctx = get_run_context()
        if ctx is None:
            return self._session_getter()
        if ctx.stop_requested:
            yield_point(ctx)
        ctx.read_keys.add(key)
        return ctx.session

    def _write_target(self) -> tuple[RunContext | None, SessionState]:
        """The run in progress (None in an ordinary cell) and the session a
        write goes to, with one context lookup."""
        ctx = get_run_context()
        if ctx is None:
            return None, self._session_getter()
        if ctx.stop_requested:
            yield_point(ctx)
        return ctx, ctx.session

    @staticmethod
    def _wrote(key: str, ctx: RunContext | None) -> None:
        """Note a write of ``key``: by the run in progress, or else by an
        ordinary cell (the apps that read it rerun when the cell ends)."""
        if ctx is not None:
            ctx.written_keys.add(key)
        else:
            _notify_external_write(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self._session().filtered_state)

    def __len__(self) -> int:
        return len(self._session().filtered_state)

    def __str__(self) -> str:
        return str(self._session().filtered_state)

    def __repr__(self) -> str:
        return repr(self._session().filtered_state)

    def __contains__(self, key: object) -> bool:
        key = str(key)
        # As in Streamlit (a Mapping's `in` is a lookup): invalid keys raise.
        require_valid_user_key(key)
        return key in self._read(key)

    def __getitem__(self, key: Any) -> Any:
        key = str(key)
        require_valid_user_key(key)
        return self._read(key)[key]

    def __setitem__(self, key: Any, value: Any) -> None:
        key = str(key)
        require_valid_user_key(key)
        ctx, session = self._write_target()
        session[key] = value
        self._wrote(key, ctx)

    def __delitem__(self, key: Any) -> None:
        key = str(key)
        require_valid_user_key(key)
        ctx, session = self._write_target()
        del session[key]
        self._wrote(key, ctx)

    def to_dict(self) -> dict[str, Any]:
        """All user keys and keyed widget values, as a plain dict."""
        return self._session().filtered_state

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        printer.text(repr(self))


#: Set by the notebook layer: called with a key written outside any run.
_external_write_listeners: list[Callable[[str], None]] = []


def _notify_external_write(key: str) -> None:
    for listener in list(_external_write_listeners):
        listener(key)


def add_external_write_listener(listener: Callable[[str], None]) -> None:
    _external_write_listeners.append(listener)


def remove_external_write_listener(listener: Callable[[str], None]) -> None:
    if listener in _external_write_listeners:
        _external_write_listeners.remove(listener)
