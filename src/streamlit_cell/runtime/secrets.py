"""``st.secrets``: read-only secrets from ``secrets.toml`` files, as in Streamlit.

The files are the ones ``streamlit run`` reads, later ones overriding earlier
ones key by key (top level):

1. ``~/.streamlit/secrets.toml`` (the user's global secrets),
2. ``.streamlit/secrets.toml`` in the current working folder (for a notebook:
   the folder the kernel started in, normally the notebook's),
3. for ``%streamlit_cell run path/app.py``: ``path/.streamlit/secrets.toml``.

Files are parsed with ``tomllib`` when first needed and parsed again when one of
them changes (Streamlit watches them for the same reason). As in Streamlit,
top-level string and number secrets are also set as environment variables,
nested tables are read with item or attribute access, and a missing key raises
``KeyError`` / ``AttributeError`` with Streamlit's wording.
"""

from __future__ import annotations

import os
import threading
import tomllib
from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from copy import deepcopy
from typing import Any, NoReturn

from .run_context import get_run_context
from .errors import StreamlitSecretNotFoundError
from .script_file import current_script

_MISSING_ENTRY_HINT = (
    "Did you forget to add it to secrets.toml, mount it to secret directory, or the app "
    "settings on Streamlit Cloud? More info: "
    "https://docs.streamlit.io/deploy/streamlit-community-cloud/deploy-your-app/secrets-management"
)


def _missing_attr_error_message(attr_name: str) -> str:
    return f'st.secrets has no attribute "{attr_name}". {_MISSING_ENTRY_HINT}'


def _missing_key_error_message(key: str) -> str:
    return f'st.secrets has no key "{key}". {_MISSING_ENTRY_HINT}'


def secrets_file_paths() -> list[str]:
    """Where secrets are read from now, in override order (Streamlit's
    ``get_config_files("secrets.toml")``)."""
    paths = [os.path.join(os.path.expanduser("~"), ".streamlit", "secrets.toml"),
             os.path.join(os.getcwd(), ".streamlit", "secrets.toml")]
    script = current_script()
    if script is not None:
        script_level = os.path.join(script.folder, ".streamlit", "secrets.toml")
        if script_level not in paths:
            paths.append(script_level)
    return paths


class AttrDict(Mapping[str, Any]):
    """A nested table of secrets, with item and attribute access."""

    def __init__(self, value: Mapping[str, Any]) -> None:
        self.__dict__["__nested_secrets__"] = dict(value)

    @staticmethod
    def _maybe_wrap_in_attr_dict(value: Any) -> Any:
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __len__(self) -> int:
        return len(self.__nested_secrets__)

    def __iter__(self) -> Iterator[str]:
        return iter(self.__nested_secrets__)

    def __getitem__(self, key: str) -> Any:
        try:
            return self._maybe_wrap_in_attr_dict(self.__nested_secrets__[key])
        except KeyError:
            raise KeyError(_missing_key_error_message(key)) from None

    def __getattr__(self, attr_name: str) -> Any:
        try:
            return self._maybe_wrap_in_attr_dict(self.__nested_secrets__[attr_name])
        except KeyError:
            raise AttributeError(_missing_attr_error_message(attr_name)) from None

    def __repr__(self) -> str:
        return repr(self.__nested_secrets__)

    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")

    def __delitem__(self, key: str) -> NoReturn:
        raise TypeError("Secrets does not support item deletion.")

    def to_dict(self) -> dict[str, Any]:
        return deepcopy(self.__nested_secrets__)


class Secrets(Mapping[str, Any]):
    """``st.secrets``: parses the secrets files on demand; cannot be changed."""

    def __init__(self) -> None:
        object.__setattr__(self, "_lock", threading.RLock())
        #: (path, modification time) of each file, when last parsed.
        object.__setattr__(self, "_parsed_from", None)
        object.__setattr__(self, "_secrets", None)

    # ------------------------------------------------------------- parsing
    def _parse(self) -> Mapping[str, Any]:
        """The merged secrets; parsed again when a file appeared, changed or
        went away since the last parse."""
        paths = secrets_file_paths()
        stamp = tuple((path, _mtime(path)) for path in paths)
        with self._lock:
            if self._secrets is not None and stamp == self._parsed_from:
                return self._secrets
            secrets: dict[str, Any] = {}
            found = False
            for path, mtime in stamp:
                if mtime is None:
                    continue
                secrets.update(_parse_toml_file(path))
                found = True
            if not found:
                raise StreamlitSecretNotFoundError(
                    "No secrets found. Valid paths for a secrets.toml file or secret "
                    "directories are: {file_paths}",
                    file_paths=", ".join(paths),
                    error_id="no-secrets-found",
                )
            self._replace_environment(self._secrets or {}, secrets)
            object.__setattr__(self, "_secrets", secrets)
            object.__setattr__(self, "_parsed_from", stamp)
            return secrets

    @staticmethod
    def _replace_environment(old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        """Streamlit sets top-level string and number secrets as environment
        variables; a reload removes the ones it set before."""
        for key, value in old.items():
            if type(value) in (str, int, float) and os.environ.get(key) == str(value):
                del os.environ[key]
        for key, value in new.items():
            if type(value) in (str, int, float):
                os.environ[key] = str(value)

    def load_if_toml_exists(self) -> bool:
        """True if a secrets file could be loaded (never raises)."""
        try:
            self._parse()
        except StreamlitSecretNotFoundError:
            return False
        return True

    # ----------------------------------------------------------- reading
    def __getattr__(self, key: str) -> Any:
        try:
            value = self._parse()[key]
        except (KeyError, FileNotFoundError):
            # __getattr__ may only raise AttributeError (hasattr, mocks).
            raise AttributeError(_missing_attr_error_message(key)) from None
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __getitem__(self, key: str) -> Any:
        try:
            value = self._parse()[key]
        except KeyError:
            raise KeyError(_missing_key_error_message(key)) from None
        return AttrDict(value) if isinstance(value, Mapping) else value

    def __len__(self) -> int:
        return len(self._parse())

    def __iter__(self) -> Iterator[str]:
        return iter(self._parse())

    def __contains__(self, key: object) -> bool:
        return key in self._parse()

    def has_key(self, k: str) -> bool:
        return k in self._parse()

    def keys(self) -> KeysView[str]:
        return self._parse().keys()

    def values(self) -> ValuesView[Any]:
        return self._parse().values()

    def items(self) -> ItemsView[str, Any]:
        return self._parse().items()

    def to_dict(self) -> dict[str, Any]:
        return {k: v.to_dict() if isinstance(v, AttrDict) else deepcopy(v)
                for k, v in self._parse().items()}

    def __repr__(self) -> str:
        # As Streamlit outside a running app: no contents. Here this also keeps
        # secrets out of a notebook's saved outputs when `st.secrets` is shown
        # in an ordinary cell.
        if get_run_context() is None:
            return type(self).__name__
        return repr(self._parse())

    # ----------------------------------------------------------- writing
    def __setitem__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support item assignment.")

    def __delitem__(self, key: str) -> NoReturn:
        raise TypeError("Secrets does not support item deletion.")

    def __setattr__(self, key: str, value: Any) -> NoReturn:
        raise TypeError("Secrets does not support attribute assignment.")


def _mtime(path: str) -> int | None:
    try:
        return os.stat(path).st_mtime_ns
    except OSError:
        return None


def _parse_toml_file(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as file:
            text = file.read()
    except FileNotFoundError:  # removed since it was seen
        return {}
    try:
        return tomllib.loads(text)
    except (TypeError, tomllib.TOMLDecodeError) as error:
        raise StreamlitSecretNotFoundError(
            "Error parsing secrets file at {path}: {error}",
            path=path,
            error=str(error),
            error_id="failed-parsing-secrets-file",
        ) from error


#: ``st.secrets``.
secrets = Secrets()
