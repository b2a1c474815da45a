"""``st.connection``: the factory, ``BaseConnection`` and ``SQLConnection``
over a SQLite file, each scenario run through real Streamlit's AppTest and
ours and compared (texts shown, exceptions with their type and message)."""

from __future__ import annotations

import json
import re
import sqlite3
import textwrap
from pathlib import Path
from typing import Any, Iterator

import pytest

pytest.importorskip("sqlalchemy")
streamlit = pytest.importorskip("streamlit")

from streamlit_cell import api  # noqa: E402
from streamlit_cell.testing import AppTest as OurAppTest  # noqa: E402
from streamlit.testing.v1 import AppTest as TheirAppTest  # noqa: E402


@pytest.fixture
def pets_db(tmp_path: Path) -> str:
    path = tmp_path / "pets.db"
    with sqlite3.connect(path) as db:
        db.execute("create table pets (name text, owner text, age int)")
        db.executemany("insert into pets values (?, ?, ?)",
                       [("rex", "ann", 3), ("tom", "bob", 5), ("kit", "ann", 1)])
    return f"sqlite:///{path}"


def _page(at: Any) -> tuple[list[str], list[tuple[str, str]]]:
    texts = [t.value for t in at.text]
    # Our classes live in our module: their reprs name it, not Streamlit's.
    errors = [(str(e.proto.type).rsplit(".", 1)[-1],
               re.sub(r"streamlit_cell\.runtime\.connections\.|streamlit\.connections\.\w+\.",
                      "", e.message)) for e in at.exception]
    return texts, errors


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def _write_secrets(secrets: dict[str, Any]) -> None:
    """``.streamlit/secrets.toml`` in the working folder, as an app has it
    (real AppTest's ``at.secrets`` does not reach ``st.connection``)."""
    lines = []
    for name, section in secrets.get("connections", {}).items():
        lines.append(f"[connections.{name}]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in section.items()]
    folder = Path(".streamlit")
    folder.mkdir(exist_ok=True)
    (folder / "secrets.toml").write_text("\n".join(lines) + "\n")


@pytest.fixture(autouse=True)
def _in_app_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test in its own working folder; real Streamlit's secrets reread."""
    from streamlit.runtime.secrets import secrets_singleton

    app = tmp_path / "app"
    app.mkdir()
    monkeypatch.chdir(app)
    secrets_singleton._reset()
    yield
    secrets_singleton._reset()


def same(script: str, secrets: dict[str, Any] | None = None, runs: int = 1) -> list[Any]:
    """The pages of ``runs`` runs of ``script`` on both backends: equal, returned.
    Caches are cleared first, as connections live in ``st.cache_resource``."""
    if secrets:
        _write_secrets(secrets)
    results = []
    for AppTest, module in ((TheirAppTest, streamlit), (OurAppTest, api)):
        module.cache_resource.clear()
        module.cache_data.clear()
        at = AppTest.from_string(textwrap.dedent(script), default_timeout=30)
        pages = []
        for _ in range(runs):
            at.run()
            pages.append(_page(at))
        results.append(pages)
    theirs, ours = results
    assert ours == theirs
    return theirs


def test_sql_url_from_secrets_query_with_params_and_driver(pets_db):
    pages = same("""
        import streamlit as st
        from streamlit.connections import SQLConnection
        conn = st.connection("pets", type="sql")
        df = conn.query("select name, age from pets where owner = :owner order by name",
                        params={"owner": "ann"})
        st.text(repr(df.to_dict("records")))
        st.text(conn.driver)
        st.text(type(conn).__name__)
        st.text(repr(isinstance(conn, SQLConnection)))
        st.text(repr(isinstance(conn, st.connections.BaseConnection)))
        """, {"connections": {"pets": {"url": pets_db}}})
    assert pages[0][0] == ["[{'name': 'kit', 'age': 1}, {'name': 'rex', 'age': 3}]",
                           "pysqlite", "SQLConnection", "True", "True"]


def test_type_inferred_from_name_sql_and_from_the_secrets_section(pets_db):
    pages = same("""
        import streamlit as st
        st.text(repr(len(st.connection("sql").query("select * from pets"))))
        st.text(repr(len(st.connection("other").query("select * from pets"))))
        """, {"connections": {"sql": {"url": pets_db},
                              "other": {"url": pets_db, "type": "sql"}}})
    assert pages[0] == (["3", "3"], [])


def test_type_as_a_class_and_as_a_dotted_path(pets_db):
    pages = same("""
        import streamlit as st
        from streamlit.connections import SQLConnection
        a = st.connection("pets", type=SQLConnection)
        b = st.connection("pets", type="streamlit.connections.SQLConnection")
        st.text(type(a).__name__ + " " + type(b).__name__)
        st.text(repr(int(a.query("select count(*) as n from pets")["n"][0])))
        """, {"connections": {"pets": {"url": pets_db}}})
    assert pages[0][0] == ["SQLConnection SQLConnection", "3"]


def test_the_connection_is_cached_across_runs_per_name_and_kwargs(pets_db):
    pages = same("""
        import streamlit as st
        conn = st.connection("pets", type="sql")
        ids = st.session_state.setdefault("ids", [])
        ids.append(id(conn))
        st.text(repr(len(set(ids))))
        st.text(repr(st.connection("pets", type="sql") is conn))
        st.text(repr(st.connection("pets", type="sql", ttl=60) is conn))
        """, {"connections": {"pets": {"url": pets_db}}}, runs=2)
    assert pages[1] == (["1", "True", "False"], [])


def test_query_results_are_cached_until_ttl_or_clear(pets_db):
    pages = same("""
        import streamlit as st
        from sqlalchemy import text
        conn = st.connection("pets", type="sql")
        before = conn.query("select count(*) as n from pets")["n"][0]
        with conn.session as session:
            session.execute(text("insert into pets values ('new', 'cy', 2)"))
            session.commit()
        cached = conn.query("select count(*) as n from pets")["n"][0]
        st.cache_data.clear()
        fresh = conn.query("select count(*) as n from pets")["n"][0]
        st.text(repr((int(before), int(cached), int(fresh))))
        with conn.session as session:  # as it was, for the other backend
            session.execute(text("delete from pets where name = 'new'"))
            session.commit()
        """, {"connections": {"pets": {"url": pets_db}}})
    assert pages[0][0] == ["(3, 3, 4)"]


def test_create_engine_kwargs_from_secrets_and_autocommit(pets_db):
    pages = same("""
        import streamlit as st
        conn = st.connection("f", type="sql", autocommit=True)
        st.text(repr(conn.engine.pool._pre_ping))
        st.text(repr(conn.engine.get_execution_options().get("isolation_level")))
        st.text(repr(st.connection("f", type="sql").engine.pool._pre_ping))
        """, {"connections": {"f": {"url": pets_db,
                                    "create_engine_kwargs": {"pool_pre_ping": True}}}})
    assert pages[0] == (["True", "'AUTOCOMMIT'", "True"], [])


def test_dialect_fields_make_the_url():
    """dialect/driver/username/host/port/database give SQLAlchemy's URL
    (SQLite refuses one with a user and host: the same error on both)."""
    pages = same("""
        import streamlit as st
        st.connection("f", type="sql")
        """, {"connections": {"f": {"dialect": "sqlite", "driver": "pysqlite", "username": "u",
                                    "host": "h", "port": 5, "database": "x.db"}}})
    assert "Invalid SQLite URL: sqlite+pysqlite://u@h:5/x.db" in pages[0][1][0][1]


@pytest.mark.parametrize("call, secrets", [
    ('st.connection("sql")', {}),
    ('st.connection("x", type="sql", dialect="sqlite", username="u")', {}),
    # One parameter missing at a time: Streamlit looks for them in a set, whose
    # order differs between processes, and names the first it misses.
    ('st.connection("x", type="sql")', {"connections": {"x": {"dialect": "sqlite",
                                                               "host": "h"}}}),
    ('st.connection("nosection")', {"connections": {"x": {"url": "sqlite://"}}}),
    ('st.connection("x")', {"connections": {"x": {"url": "sqlite://"}}}),
    ('st.connection("x", type="nosuch")', {}),
    ('st.connection("snowpark")', {}),
    ('st.connection("x", type="snowpark")', {}),
    ('st.connection("x", type=dict)', {}),
    ('st.connection("x", type="streamlit.connections.NoSuchClass")', {}),
    ('st.connection("x", type="sql", url="nosuchdialect://h/db")', {}),
])
def test_errors_are_streamlits(call, secrets):
    pages = same(f"""
        import streamlit as st
        st.text("before")
        {call}
        """, secrets)
    assert pages[0][0] == ["before"] and len(pages[0][1]) == 1


def test_a_user_connection_class_with_connect_reset_and_scope():
    pages = same("""
        import streamlit as st
        from streamlit.connections import BaseConnection

        class Counter(BaseConnection[dict]):
            def _connect(self, start=0, **kwargs):
                made = st.session_state.setdefault("made", [])
                made.append(start)
                return {"start": start, "secret": self._secrets.get("word", "-")}

            def value(self):
                return self._instance["start"], self._instance["secret"]

        conn = st.connection("counter", type=Counter, start=5)
        st.text(repr(conn.value()))
        conn.reset()
        st.text(repr(conn.value()))
        st.text(repr(st.session_state["made"]))
        st.text(Counter.scope())
        try:
            conn.no_such_method
        except AttributeError as error:
            st.text(str(error))
        try:
            conn.keys
        except AttributeError as error:
            st.text(str(error))
        """, {"connections": {"counter": {"word": "hi"}}})
    assert pages[0][0][:4] == ["(5, 'hi')", "(5, 'hi')", "[5, 5]", "global"]
    assert pages[0][0][5] == "`keys` doesn't exist here, but you can call `._instance.keys` instead"


def test_env_prefix_reads_the_name_from_the_environment(pets_db, monkeypatch):
    monkeypatch.setenv("PETS_CONNECTION", "pets")
    pages = same("""
        import streamlit as st
        st.text(repr(len(st.connection("env:PETS_CONNECTION", type="sql").query("select * from pets"))))
        """, {"connections": {"pets": {"url": pets_db}}})
    assert pages[0][0] == ["3"]


def test_snowflake_without_its_package_says_what_to_install():
    pytest.importorskip("pytest")
    try:
        import snowflake.connector  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("snowflake-connector-python is installed")
    pages = same("""
        import streamlit as st
        st.connection("snowflake")
        """)
    assert "snowflake-connector-python" in pages[0][1][0][1]
