"""Streamlit's ``get_option`` / ``set_option`` for the options that matter here.

As in Streamlit, options are read first from ``~/.streamlit/config.toml``,
then from ``.streamlit/config.toml`` in the working folder (the notebook's),
when an option is first read; ``set_option`` overrides both.
"""

from __future__ import annotations

import os
import sys
import tomllib
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
    # What an uncaught exception shows: "full", "stacktrace", "type", "none",
    # or the legacy True ("full") / False ("stacktrace"); see exception_element.
    "client.showErrorDetails": "full",
}

#: Types an option takes besides its default's.
_ALSO_ACCEPTED: dict[str, tuple[type, ...]] = {"client.showErrorDetails": (bool,)}

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


def config_file_paths() -> list[str]:
    """The config files Streamlit reads, in order (later ones win)."""
    return [os.path.join(os.path.expanduser("~"), ".streamlit", "config.toml"),
            os.path.join(os.getcwd(), ".streamlit", "config.toml")]


def _check_value(key: str, value: Any) -> None:
    expected = (type(_DEFAULTS[key]),) + _ALSO_ACCEPTED.get(key, ())
    # bool is an int: a flag given to a number option is a mistake.
    if not isinstance(value, expected) or (isinstance(value, bool) and bool not in expected):
        raise StreamlitAPIException(
            f'Config option "{key}" takes a {expected[0].__name__}, got {value!r}.'
        )


def load_config_files() -> None:
    """Read the known options from the config files (unknown ones are
    Streamlit's, or another tool's: left alone). A malformed file is reported
    on the kernel's stderr and skipped, as Streamlit goes on without it."""
    global _files_loaded, generation
    _files_loaded = True
    for path in config_file_paths():
        if not os.path.isfile(path):
            continue
        try:
            with open(path, "rb") as file:
                parsed = tomllib.load(file)
        except (OSError, tomllib.TOMLDecodeError) as error:
            print(f"streamlit-cell: {path} not read: {error}", file=sys.__stderr__ or sys.stderr)
            continue
        for section, options in parsed.items():
            if not isinstance(options, dict):
                continue
            for name, value in options.items():
                key = f"{section}.{name}"
                if key not in _DEFAULTS or key in _set_by_script:
                    continue
                try:
                    _check_value(key, value)
                except StreamlitAPIException as error:
                    print(f"streamlit-cell: {path}: {error}", file=sys.__stderr__ or sys.stderr)
                    continue
                _options[key] = value
    generation += 1


_files_loaded = False
#: Options given by ``set_option``: the config files do not override them.
_set_by_script: set[str] = set()


def get_option(key: str) -> Any:
    """Return the current value of the config option ``key``."""
    if not _files_loaded:
        load_config_files()
    if key not in _options:  # (every rerun reads two options: no call on the way)
        _check_known(key)
    return _options[key]


def set_option(key: str, value: Any) -> None:
    """Set the config option ``key`` for this kernel."""
    _check_known(key)
    _check_value(key, value)
    if not _files_loaded:
        load_config_files()
    global generation
    _options[key] = value
    _set_by_script.add(key)
    generation += 1
