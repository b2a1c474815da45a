"""Streamlit's ``get_option`` / ``set_option`` for the options that matter here."""

from __future__ import annotations

from typing import Any

from .errors import StreamlitAPIException

_DEFAULTS: dict[str, Any] = {
    # Checked at the end of every run: all session state values must pickle.
    "runner.enforceSerializableSessionState": False,
    # Streamlit logs a warning when a widget has both `value=` and a state value.
    "global.disableWidgetStateDuplicationWarning": False,
    # How many consecutive st.rerun() calls without a user event before we stop
    # a run that loops forever (Streamlit has no bound; a notebook needs one).
    "runner.maxConsecutiveReruns": 100,
    # Streamlit's magic (see `magic.py`): a value on a line of its own is
    # written with st.write; the two `magic.*` options widen it to the module
    # docstring and to the last expression (notebook-like), off by default.
    "runner.magicEnabled": True,
    "magic.displayRootDocString": False,
    "magic.displayLastExprIfNoSemicolon": False,
    # Largest file (MB) a file uploader accepts, unless it sets max_upload_size.
    "server.maxUploadSize": 200,
    # How an Enum option chosen in an earlier run (whose class the script has
    # defined again since) is made a member of this run's class.
    "runner.enumCoercion": "nameOnly",
}

_options: dict[str, Any] = dict(_DEFAULTS)

#: Bumped by every ``set_option``: what was derived from the options (a
#: script compiled under the magic options) stays valid while it is unchanged,
#: checked with one read instead of reading each option on every rerun.
generation = 0


def _check_known(key: str) -> None:
    if key not in _DEFAULTS:
        known = ", ".join(sorted(_DEFAULTS))
        raise StreamlitAPIException(
            f'Unrecognized config option: "{key}". streamlit-cell supports: {known}.'
        )


def get_option(key: str) -> Any:
    """Return the current value of the config option ``key``."""
    if key not in _options:  # (every rerun reads two options: no call on the way)
        _check_known(key)
    return _options[key]


def set_option(key: str, value: Any) -> None:
    """Set the config option ``key`` for this kernel."""
    _check_known(key)
    expected = type(_DEFAULTS[key])
    if not isinstance(value, expected):
        raise StreamlitAPIException(
            f'Config option "{key}" takes a {expected.__name__}, got {value!r}.'
        )
    global generation
    _options[key] = value
    generation += 1
