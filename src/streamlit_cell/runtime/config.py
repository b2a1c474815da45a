"""Streamlit's configuration: every option of Streamlit 1.67 (``config_options``)
with its default, overridden by ``.streamlit/config.toml`` files as Streamlit
reads them (the one in the home folder, then the one in the working folder).

Two ways to set an option, as in Streamlit:

* ``set_option`` (``streamlit_cell.config.set_option``, Streamlit's
  ``streamlit.config.set_option``): any option, for the kernel;
* ``set_user_option`` (``st.set_option`` in a script): only the options
  Streamlit lets a script set; any other raises Streamlit's error.

Options of streamlit-cell only (``EXTRA_OPTIONS``) can be set both ways.
"""

from __future__ import annotations

import logging
import os
import secrets
import sys
import tomllib
from typing import Any

from .config_options import COMPUTED, STREAMLIT_OPTIONS
from .errors import StreamlitAPIException

#: Options that only streamlit-cell has: name -> (default, settable by a script).
EXTRA_OPTIONS: dict[str, tuple[Any, bool]] = {
    # How many consecutive st.rerun() calls without a user event before a run
    # that loops forever is stopped (Streamlit has no bound; a notebook needs one).
    "runner.maxConsecutiveReruns": (100, True),
}

#: The options that change what a run does here: the ones an AppTest takes
#: over from real Streamlit's config when a test set them there.
RUNTIME_OPTIONS: tuple[str, ...] = (
    "runner.enforceSerializableSessionState",
    "global.disableWidgetStateDuplicationWarning",
    "runner.magicEnabled",
    "magic.displayRootDocString",
    "magic.displayLastExprIfNoSemicolon",
    "server.maxUploadSize",
    "runner.enumCoercion",
)

_TABLE: dict[str, tuple[Any, bool]] = {**STREAMLIT_OPTIONS, **EXTRA_OPTIONS}

_log = logging.getLogger(__name__)


def _config_files(name: str) -> list[str]:
    """``~/.streamlit/NAME`` then ``./.streamlit/NAME``, as Streamlit's
    ``get_config_files`` (later files win)."""
    home = os.path.join(os.path.expanduser("~"), ".streamlit", name)
    local = os.path.join(os.getcwd(), ".streamlit", name)
    return [home] if os.path.abspath(home) == os.path.abspath(local) else [home, local]


def _computed_default(name: str, options: dict[str, Any]) -> Any:
    """The defaults Streamlit works out (``@_create_option`` functions)."""
    if name == "global.developmentMode":
        return False  # True only when Streamlit runs from its own source tree
    if name == "logger.level":
        return "info"
    if name == "logger.messageFormat":
        return "%(asctime)s %(message)s"
    if name == "logger.enableRich":
        return False
    if name == "server.cookieSecret":
        return secrets.token_hex()
    if name == "server.headless":
        return (sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
                and not os.getenv("DISPLAY") and not os.getenv("WAYLAND_DISPLAY"))
    if name == "browser.serverPort":
        return int(options["server.port"])
    if name == "secrets.files":
        return _config_files("secrets.toml")
    raise KeyError(name)


def _defaults() -> dict[str, Any]:
    options = {name: default for name, (default, _) in _TABLE.items()}
    for name, value in options.items():
        if value is COMPUTED:
            options[name] = _computed_default(name, options)
    return options


#: The defaults, computed once (``server.cookieSecret`` is drawn once a kernel).
_DEFAULTS: dict[str, Any] = _defaults()

_options: dict[str, Any] = dict(_DEFAULTS)
_files_read = False

#: Bumped by every ``set_option``: what was derived from the options (a
#: script compiled under the magic options) stays valid while it is unchanged,
#: checked with one read instead of reading each option on every rerun.
generation = 0


def _read_config_files() -> None:
    """Apply ``config.toml`` files once, on the first read (Streamlit parses
    them on first use too). A file that is not valid TOML is skipped with a
    warning, as Streamlit does not start with it either."""
    global _files_read
    _files_read = True
    for path in _config_files("config.toml"):
        if not os.path.isfile(path):
            continue
        try:
            with open(path, "rb") as file:
                parsed = tomllib.load(file)
        except (OSError, tomllib.TOMLDecodeError) as error:
            _log.warning("Ignored %s: %s", path, error)
            continue
        for section, values in parsed.items():
            if isinstance(values, dict):
                _apply_table(section, values, path)
    if _options.get("server.port") != _DEFAULTS["server.port"] and \
            _options["browser.serverPort"] == _DEFAULTS["browser.serverPort"]:
        _options["browser.serverPort"] = int(_options["server.port"])


def _apply_table(section: str, values: dict[str, Any], path: str) -> None:
    """The options of one TOML table; a nested table (``[theme.sidebar]``)
    is a section of its own, as in Streamlit."""
    for option_name, value in values.items():
        name = f"{section}.{option_name}"
        if name in _TABLE:
            _options[name] = value
        elif isinstance(value, dict):
            _apply_table(name, value, path)
        else:
            _log.warning('"%s" (in %s) is not a valid config option.', name, path)


def get_option(key: str) -> Any:
    """The current value of the config option ``key`` (Streamlit's error for
    an unknown one)."""
    if not _files_read:
        _read_config_files()
    try:
        return _options[key]
    except KeyError:
        raise RuntimeError(f'Config key "{key}" not defined.') from None


#: Options whose values a run here depends on, beyond their default's type.
_VALUE_TYPES: dict[str, tuple[type, ...]] = {
    # "full", "stacktrace", "type", "none", or the legacy True / False.
    "client.showErrorDetails": (str, bool),
}


def _check_value(key: str, value: Any) -> None:
    # Streamlit does not check; these would break a run here, so say so now.
    if key in _VALUE_TYPES:
        if not isinstance(value, _VALUE_TYPES[key]):
            names = " or ".join(t.__name__ for t in _VALUE_TYPES[key])
            raise StreamlitAPIException(f'Config option "{key}" takes a {names}, got {value!r}.')
        return
    default = _DEFAULTS[key]
    if isinstance(default, bool) and not isinstance(value, bool):
        raise StreamlitAPIException(f'Config option "{key}" takes a bool, got {value!r}.')
    if type(default) is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise StreamlitAPIException(f'Config option "{key}" takes an int, got {value!r}.')


def set_option(key: str, value: Any) -> None:
    """Set the config option ``key`` for this kernel (any option)."""
    if key not in _TABLE:
        raise StreamlitAPIException(f"Unrecognized config option: {key}")
    if not _files_read:
        _read_config_files()
    _check_value(key, value)
    global generation
    _options[key] = value
    generation += 1


def set_user_option(key: str, value: Any) -> None:
    """``st.set_option``: only the options Streamlit lets a script set."""
    try:
        scriptable = _TABLE[key][1]
    except KeyError:
        raise StreamlitAPIException(f"Unrecognized config option: {key}") from None
    if not scriptable:
        raise StreamlitAPIException(
            f"{key} cannot be set on the fly. Set as command line option, e.g. "
            f"streamlit run script.py --{key}, or in config.toml instead.")
    set_option(key, value)


def is_scriptable(key: str) -> bool:
    """Whether a script may set ``key`` with ``st.set_option``."""
    return _TABLE[key][1]


def reload() -> None:
    """Back to the defaults and the ``config.toml`` files as they are now
    (options set since are forgotten), as a restarted Streamlit would be."""
    global generation
    _DEFAULTS["secrets.files"] = _config_files("secrets.toml")  # the folders may differ now
    _options.clear()
    _options.update(_DEFAULTS)
    _read_config_files()
    generation += 1
