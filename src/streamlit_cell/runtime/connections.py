"""``st.connection`` and ``streamlit.connections``: Streamlit 1.67's connection
factory, ``BaseConnection`` and ``SQLConnection`` (over SQLAlchemy).

As in Streamlit, a connection is made by ``st.cache_resource`` (so it is
shared by every run of the kernel, per name, class and keyword arguments, and
``st.cache_resource.clear()`` closes it), its settings come from the
``[connections.<name>]`` section of the secrets merged under the keyword
arguments, and ``SQLConnection.query`` caches its DataFrame with
``st.cache_data``. The steps, errors and messages are Streamlit's, in its order.

``SnowflakeConnection`` exists under Streamlit's name so that scripts naming it
import; making one needs Streamlit's Snowflake integration (a browser
session on Snowflake's platform), so it raises an error saying what to use.
"""

from __future__ import annotations

import importlib
import json
import math
import os
import re
import time
import uuid
from abc import ABC, abstractmethod
from collections import ChainMap
from copy import deepcopy
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Callable, Final, Generic, Literal, TypeVar, cast

from . import caching, config
from .errors import (
    StreamlitAPIException,
    StreamlitMissingRequiredParameterError,
    StreamlitNotSupportedInNotebookError,
    StreamlitValueError,
)
from .script_imports import MODULE_MAP, streamlit_import
from .secrets import AttrDict, secrets

if TYPE_CHECKING:
    from pandas import DataFrame
    from sqlalchemy.engine import Connection as SQLAlchemyConnection
    from sqlalchemy.engine.base import Engine
    from sqlalchemy.orm import Session

RawConnectionT = TypeVar("RawConnectionT")

_USE_ENV_PREFIX: Final = "env:"
_CONNECTION_DEFAULT_TTL_KEY: Final = "runner.connectionDefaultTTL"
_SNOWPARK_CONNECTION_TYPE: Final = "snowpark"
_SNOWPARK_CONNECTION_REMOVED_ERROR: Final = (
    "The Snowpark connection was removed in favor of the Snowflake connection. "
    'Update your app to use `st.connection("<name>", type="snowflake")` with '
    "`SnowflakeConnection` instead."
)
_MODULE_EXTRACTION_REGEX = re.compile(r"No module named \'(.+)\'")
#: The package to install for a module a connection could not import (Streamlit's table).
_MODULES_TO_PYPI_PACKAGES: Final[dict[str, str]] = {
    "MySQLdb": "mysqlclient",
    "psycopg2": "psycopg2-binary",
    "sqlalchemy": "sqlalchemy",
    "snowflake": "snowflake-connector-python",
    "snowflake.connector": "snowflake-connector-python",
    "snowflake.snowpark": "snowflake-snowpark-python",
}


def _secrets_hash(section: AttrDict) -> str:
    return json.dumps(section.to_dict(), sort_keys=True, default=str)


class BaseConnection(ABC, Generic[RawConnectionT]):
    """What every connection of ``st.connection`` is: a subclass implements
    ``_connect(**kwargs)`` returning the underlying client, made on first use
    and again after ``reset()``. ``scope()`` is ``"global"`` unless overridden."""

    def __init__(self, connection_name: str, **kwargs: Any) -> None:
        self._connection_name = connection_name
        self._kwargs = kwargs
        self._connection_instance_id = uuid.uuid4()
        self._config_section_hash = _secrets_hash(self._secrets)
        self._raw_instance: RawConnectionT | None = self._connect(**kwargs)

    def __getattribute__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, name)
        except AttributeError:
            # Streamlit's hint when the name belongs to the underlying client.
            if hasattr(self._instance, name):
                raise AttributeError(
                    f"`{name}` doesn't exist here, but you can call `._instance.{name}` instead"
                ) from None
            raise

    def _on_secrets_changed(self, _: str) -> None:
        """Reset when this connection's secrets section changed (Streamlit calls
        it when the secrets file changes; here ``_instance`` checks on each use)."""
        new_hash = _secrets_hash(self._secrets)
        if new_hash != self._config_section_hash:
            self._config_section_hash = new_hash
            self.reset()

    @property
    def _secrets(self) -> AttrDict:
        """This connection's ``[connections.<name>]`` section of the secrets (empty if none)."""
        section: Any = None
        if secrets.load_if_toml_exists():
            section = secrets.get("connections")
        if section is None or type(section) is not AttrDict:
            return AttrDict({})
        return cast("AttrDict", section.get(self._connection_name, AttrDict({})))

    def reset(self) -> None:
        """Forget the underlying client: the next use makes a new one."""
        self._raw_instance = None

    @property
    def _instance(self) -> RawConnectionT:
        """The underlying client, made again if reset or if the secrets changed."""
        self._on_secrets_changed("")
        if self._raw_instance is None:
            self._raw_instance = self._connect(**self._kwargs)
        return self._raw_instance

    @abstractmethod
    def _connect(self, **kwargs: Any) -> RawConnectionT:
        """Make the underlying client from ``kwargs`` and ``self._secrets``."""
        raise NotImplementedError

    @classmethod
    def scope(cls) -> Literal["global", "session"]:
        """``"global"``: one connection shared by every session (a kernel has one)."""
        return "global"

    def close(self) -> None:
        """Called when the connection leaves the resource cache (does nothing here)."""


# ===================================================================== SQL
_ALL_CONNECTION_PARAMS = {"url", "driver", "dialect", "username", "password", "host", "port",
                          "database", "query"}
# A set as in Streamlit: with several missing, the one named is the first in set order.
_REQUIRED_CONNECTION_PARAMS = {"dialect", "username", "host"}


def _retry(func: Callable[..., Any], *, attempts: int, wait_seconds: float,
           retry_on: Callable[[Exception], bool], after: Callable[[], None]) -> Callable[..., Any]:
    """``func`` called up to ``attempts`` times while it raises what ``retry_on``
    accepts, ``after()`` (a reset) after each such failure, as Streamlit's queries."""

    def retried(*args: Any, **kwargs: Any) -> Any:
        attempt = 1
        while True:
            try:
                return func(*args, **kwargs)
            except Exception as error:
                if not retry_on(error):
                    raise
                after()
                if attempt >= attempts:
                    raise
                time.sleep(wait_seconds)
                attempt += 1

    retried.__name__ = func.__name__
    retried.__qualname__ = func.__qualname__
    retried.__module__ = func.__module__
    retried.__wrapped__ = func  # type: ignore[attr-defined]
    return retried


class SQLConnection(BaseConnection["Engine"]):
    """A SQL database through a SQLAlchemy ``Engine``: ``st.connection("sql")``
    or ``st.connection(name, type="sql")``.

    Settings (secrets section and keyword arguments, the latter winning):
    ``url``, or ``dialect``/``driver``/``username``/``password``/``host``/
    ``port``/``database``/``query`` (``dialect``, ``username`` and ``host``
    required without ``url``); any other keyword goes to
    ``sqlalchemy.create_engine`` (over a ``create_engine_kwargs`` table of the
    secrets); ``autocommit=True`` for a non-transactional engine.
    """

    def _connect(self, autocommit: bool = False, **kwargs: Any) -> "Engine":
        import sqlalchemy
        from sqlalchemy.engine import URL, make_url

        kwargs = deepcopy(kwargs)
        conn_param_kwargs = {k: kwargs.pop(k) for k in list(kwargs) if k in _ALL_CONNECTION_PARAMS}
        conn_params = ChainMap(conn_param_kwargs, self._secrets.to_dict())
        if not len(conn_params):
            raise StreamlitAPIException(
                "Missing SQL DB connection configuration. "
                "Did you forget to set this in `secrets.toml` or as kwargs to `st.connection`?",
                error_id="sql-missing-connection-config")
        if "url" in conn_params:
            url = make_url(conn_params["url"])
        else:
            for param in _REQUIRED_CONNECTION_PARAMS:
                if param not in conn_params:
                    raise StreamlitMissingRequiredParameterError(
                        param, detail=("Set this SQL DB connection parameter in `secrets.toml` "
                                       "or pass it as a kwarg to `st.connection`."))
            drivername = conn_params["dialect"] + (
                f"+{conn_params['driver']}" if "driver" in conn_params else "")
            url = URL.create(
                drivername=drivername, username=conn_params["username"],
                password=conn_params.get("password"), host=conn_params["host"],
                port=int(conn_params["port"]) if "port" in conn_params else None,
                database=conn_params.get("database"), query=conn_params.get("query", {}))
        create_engine_kwargs = ChainMap(kwargs, self._secrets.get("create_engine_kwargs", {}))
        engine = sqlalchemy.create_engine(url, **create_engine_kwargs)
        if autocommit:
            return cast("Engine", engine.execution_options(isolation_level="AUTOCOMMIT"))
        return cast("Engine", engine)

    def query(self, sql: str, *, show_spinner: bool | str = "Running `sql.query(...)`.",
              ttl: float | int | timedelta | None = None,
              index_col: str | list[str] | None = None, chunksize: int | None = None,
              params: Any | None = None, **kwargs: Any) -> "DataFrame":
        """Run a read-only query and return its rows as a DataFrame, cached as
        ``st.cache_data`` caches (for ``ttl`` seconds, forever by default) per
        query, parameters and connection. Other keywords go to ``pandas.read_sql``.
        A database error resets the connection and the query is tried again
        (three attempts, one second apart), as in Streamlit."""
        from sqlalchemy import text
        from sqlalchemy.exc import DatabaseError, InternalError, OperationalError

        def _query(instance_id: uuid.UUID, sql: str, index_col: str | list[str] | None = None,
                   chunksize: int | None = None, params: Any | None = None,
                   **kwargs: Any) -> "DataFrame":
            import pandas as pd

            # The connection is left to the pool's garbage collection, as Streamlit does.
            instance = self._instance.connect()
            return cast("DataFrame", pd.read_sql(text(sql), instance, index_col=index_col,
                                                 chunksize=chunksize, params=params, **kwargs))

        # One cache per connection name and ttl, as Streamlit names the function.
        ttl_str = str(ttl).replace(".", "_")
        _query.__qualname__ = f"{_query.__qualname__}_{self._connection_name}_{ttl_str}"
        retried = _retry(
            _query, attempts=3, wait_seconds=1, after=self.reset,
            retry_on=lambda e: isinstance(e, (DatabaseError, InternalError, OperationalError)))
        cached_query = caching.cache_data(show_spinner=show_spinner, ttl=ttl)(retried)
        return cast("DataFrame", cached_query(
            self._connection_instance_id, sql, index_col=index_col, chunksize=chunksize,
            params=params, **kwargs))

    def connect(self) -> "SQLAlchemyConnection":
        """A new SQLAlchemy ``Connection`` from the engine."""
        return self._instance.connect()

    @property
    def engine(self) -> "Engine":
        """The SQLAlchemy ``Engine``."""
        return self._instance

    @property
    def driver(self) -> str:
        """The engine's driver name, e.g. ``"pysqlite"`` or ``"psycopg2"``."""
        return cast(str, self._instance.driver)

    @property
    def session(self) -> "Session":
        """A new SQLAlchemy ``Session`` on the engine (use it in a ``with``
        block for writes and transactions)."""
        from sqlalchemy.orm import Session

        return Session(self._instance)


# =============================================================== Snowflake
_SNOWFLAKE_INSTEAD = (
    "Connect with the Snowflake connector itself in a function decorated with "
    "`@st.cache_resource`, e.g. `snowflake.connector.connect(**st.secrets['connections']"
    "['snowflake'])`, or use `st.connection(name, type='sql')` with the snowflake-sqlalchemy "
    "dialect.")


class SnowflakeConnection(BaseConnection[Any]):
    """Streamlit's Snowflake connection. Streamlit builds it on its own
    Snowflake integration (connection files, Snowflake-hosted sessions), which
    a notebook does not have: making one raises an error saying what to use
    (after Streamlit's error when the connector package is missing)."""

    def _connect(self, **kwargs: Any) -> Any:
        import snowflake.connector  # noqa: F401 - Streamlit's error when it is missing

        raise StreamlitNotSupportedInNotebookError(
            "`st.connection(type='snowflake')`", _SNOWFLAKE_INSTEAD)


class SnowflakeCallersRightsConnection(SnowflakeConnection):
    """Streamlit's caller's-rights Snowflake connection (Snowpark Container
    Services only, as in Streamlit; not in a notebook)."""

    def _connect(self, **kwargs: Any) -> Any:
        import snowflake.connector  # noqa: F401

        raise StreamlitNotSupportedInNotebookError(
            "`st.connection(type='snowflake-callers-rights')` (it only works inside Snowpark "
            "Container Services)", _SNOWFLAKE_INSTEAD)


_FIRST_PARTY_CONNECTIONS: Final[dict[str, type[BaseConnection[Any]]]] = {
    "snowflake": SnowflakeConnection,
    "snowflake-callers-rights": SnowflakeCallersRightsConnection,
    "sql": SQLConnection,
}

ConnectionClass = TypeVar("ConnectionClass", bound=BaseConnection[Any])


class _TTLNotSpecified:
    """``ttl`` left out of ``st.connection`` (``runner.connectionDefaultTTL``
    applies), as opposed to ``ttl=None`` (no expiry)."""

    def __repr__(self) -> str:
        return "<unset>"


_TTL_NOT_SPECIFIED: float = cast(float, _TTLNotSpecified())


def _invalid_connection_default_ttl(value: Any) -> StreamlitAPIException:
    return StreamlitAPIException(
        "Invalid `runner.connectionDefaultTTL` value. "
        "Use a finite, non-negative number of seconds, or leave the option unset "
        "to keep connections cached until they are cleared. "
        f"Received {value!r}.", error_id="connection-default-ttl-invalid")


def _configured_connection_ttl() -> float | None:
    """``runner.connectionDefaultTTL`` in seconds (None: no expiry)."""
    try:
        value = config.get_option(_CONNECTION_DEFAULT_TTL_KEY)
    except StreamlitAPIException:
        return None  # an option this config does not know yet: its default, None
    if value is None:
        return None
    original = value
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            raise _invalid_connection_default_ttl(original) from None
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not math.isfinite(value) or value < 0:
        raise _invalid_connection_default_ttl(original)
    return float(value)


def _get_first_party_connection(connection_class: str) -> type[BaseConnection[Any]]:
    if connection_class == _SNOWPARK_CONNECTION_TYPE:
        raise StreamlitAPIException(_SNOWPARK_CONNECTION_REMOVED_ERROR,
                                    error_id="snowpark-connection-removed")
    if connection_class in _FIRST_PARTY_CONNECTIONS:
        return _FIRST_PARTY_CONNECTIONS[connection_class]
    raise StreamlitAPIException(
        f"Invalid connection '{connection_class}'. "
        f"Supported connection classes: {_FIRST_PARTY_CONNECTIONS}",
        error_id="invalid-first-party-connection")


def _import_class(path: str) -> Any:
    """The class at a dotted path; ``streamlit.*`` modules are the emulation's,
    as a script's ``import streamlit...`` gives."""
    module_name, _, class_name = path.rpartition(".")
    if module_name in MODULE_MAP:
        module = streamlit_import(module_name, fromlist=("*",))
    else:
        module = importlib.import_module(module_name)
    return getattr(module, class_name)


def _class_hash(cls: type) -> str:
    # Streamlit's cache hashes a class by its name only.
    return cls.__name__


def _create_connection(name: str, connection_class: type[ConnectionClass],
                       max_entries: int | None = None, ttl: float | timedelta | None = None,
                       **kwargs: Any) -> ConnectionClass:
    """The connection from ``st.cache_resource`` (one cache per ttl and max_entries)."""

    def __create_connection(name: str, connection_class: type[ConnectionClass],
                            **kwargs: Any) -> ConnectionClass:
        return connection_class(connection_name=name, **kwargs)

    if not issubclass(connection_class, BaseConnection):
        raise StreamlitAPIException(f"{connection_class} is not a subclass of BaseConnection!",
                                    error_id="connection-not-base-connection-subclass")
    if isinstance(ttl, timedelta):
        ttl = ttl.total_seconds()
    elif isinstance(ttl, (int, float)) and not isinstance(ttl, bool):
        ttl = float(ttl)
    ttl_str = str(ttl).replace(".", "_")
    __create_connection.__qualname__ = \
        f"{__create_connection.__qualname__}_{ttl_str}_{max_entries}"
    scope = connection_class.scope()
    if scope not in {"global", "session"}:
        raise StreamlitValueError("scope", ["'global'", "'session'"],
                                  detail=f"Connection class {connection_class.__name__} "
                                         f"has scope {scope!r}.")
    cached_create_connection = caching.cache_resource(
        max_entries=max_entries, show_spinner="Running `st.connection(...)`.", ttl=ttl,
        scope=scope, on_release=lambda connection: connection.close(),
        hash_funcs={type: _class_hash})(__create_connection)
    return cast(ConnectionClass, cached_create_connection(name, connection_class, **kwargs))


def connection_factory(name, type=None, max_entries=None, ttl=_TTL_NOT_SPECIFIED,  # type: ignore[no-untyped-def]
                       **kwargs):
    """``st.connection``: a new connection to a data store, or the cached one.

    ``name`` is the ``[connections.<name>]`` section of the secrets
    (``"env:VAR"`` reads the name from an environment variable). ``type`` is
    ``"sql"``, ``"snowflake"``, a dotted path to a class or a class extending
    ``BaseConnection``; left out, ``"sql"``/``"snowflake"`` are inferred from
    the name, else read from the section's ``type``. ``max_entries`` and
    ``ttl`` (seconds or timedelta; left out: ``runner.connectionDefaultTTL``)
    bound the resource cache; other keywords go to the class's ``_connect``.
    """
    if name.startswith(_USE_ENV_PREFIX):
        name = os.environ[name.removeprefix(_USE_ENV_PREFIX)]
    connection_class = type
    if connection_class is None:
        if name == _SNOWPARK_CONNECTION_TYPE:
            raise StreamlitAPIException(_SNOWPARK_CONNECTION_REMOVED_ERROR,
                                        error_id="snowpark-connection-removed")
        if name in _FIRST_PARTY_CONNECTIONS:
            connection_class = _get_first_party_connection(name)
        else:
            # As in Streamlit, a missing section or `type` is the secrets' own error.
            secrets.load_if_toml_exists()
            connection_class = secrets["connections"][name]["type"]
    if isinstance(connection_class, str):
        if "." in connection_class:
            connection_class = _import_class(connection_class)
        else:
            connection_class = _get_first_party_connection(connection_class)
    if ttl is _TTL_NOT_SPECIFIED:
        ttl = _configured_connection_ttl()
    try:
        return _create_connection(name, connection_class, max_entries=max_entries, ttl=ttl,
                                  **kwargs)
    except ModuleNotFoundError as error:
        missing_module = re.search(_MODULE_EXTRACTION_REGEX, str(error))
        extra_info = "You may be missing a dependency required to use this connection."
        if missing_module:
            package = _MODULES_TO_PYPI_PACKAGES.get(missing_module.group(1))
            if package:
                extra_info = f"You need to install the '{package}' package to use this connection."
        raise ModuleNotFoundError(f"{error}. {extra_info}") from error


__all__ = ["BaseConnection", "SQLConnection", "SnowflakeConnection",
           "SnowflakeCallersRightsConnection", "connection_factory"]


def __getattr__(name: str) -> Any:
    # A script reaches this module as `streamlit.connections`: name that one.
    raise AttributeError(f"module 'streamlit.connections' has no attribute {name!r}", name=name)
