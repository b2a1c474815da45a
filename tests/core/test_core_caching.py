"""st.cache_data / st.cache_resource: Streamlit's semantics, kernel-wide.

Differential where both backends can be compared in one process (each test
uses functions of its own, so Streamlit's global cache does not carry over);
plain assertions for what Streamlit's AppTest cannot show (time, clearing).
"""

from __future__ import annotations

import datetime as dt

import pytest

from support.differential import assert_same, click, rerun
from streamlit_cell.runtime import caching
from streamlit_cell.runtime.errors import StreamlitAPIException
from streamlit_cell.testing import AppTest


def test_cache_data_returns_a_copy_and_computes_once():
    assert_same("""
import streamlit as st
st.session_state.setdefault("calls", 0)
@st.cache_data
def load_copy_once(n):
    st.session_state.calls += 1
    return [n, n]
first = load_copy_once(3)
first.append("mutated")
st.write(load_copy_once(3))
st.write(st.session_state.calls)
st.button("again")
""", [rerun, click(0)])


def test_cache_resource_returns_the_same_object():
    assert_same("""
import streamlit as st
@st.cache_resource
def shared_resource(n):
    return {"n": n}
a = shared_resource(1)
a["seen"] = True
st.write(shared_resource(1))
st.write(shared_resource(1) is a)
""", [rerun])


def test_underscore_parameters_are_not_hashed_and_unhashable_ones_raise():
    assert_same("""
import streamlit as st
import threading
@st.cache_data
def skip_underscore(_lock, n):
    return n * 2
st.write(skip_underscore(threading.Lock(), 4))
@st.cache_data
def unhashable_arg(lock):
    return 1
unhashable_arg(threading.Lock())
""")


def test_unpicklable_return_value_of_cache_data_raises():
    assert_same("""
import streamlit as st
@st.cache_data
def returns_lambda_value():
    return lambda: 1
returns_lambda_value()
""")


def test_clear_a_function_and_all_functions():
    at = AppTest.from_string("""
import streamlit as st
st.session_state.setdefault("calls", 0)
@st.cache_data
def cleared_fn(n):
    st.session_state.calls += 1
    return n
cleared_fn(1)
if st.session_state.get("clear_one"):
    cleared_fn.clear()
    st.session_state.clear_one = False
if st.session_state.get("clear_all"):
    st.cache_data.clear()
    st.session_state.clear_all = False
""").run()
    at.run()
    assert at.session_state.calls == 1
    at.session_state.clear_one = True
    at.run()
    at.run()
    assert at.session_state.calls == 2
    at.session_state.clear_all = True
    at.run()
    at.run()
    assert at.session_state.calls == 3


def test_ttl_and_max_entries(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(caching.time, "monotonic", lambda: now[0])
    calls = []

    @caching.cache_data(ttl="1m", max_entries=2, show_spinner=False)
    def compute(n):
        calls.append(n)
        return n

    compute(1), compute(1)
    assert calls == [1]
    now[0] += 61
    compute(1)
    assert calls == [1, 1]  # expired after its ttl
    compute(2), compute(3)  # max_entries=2 evicts the least recently used (1)
    compute(1)
    assert calls == [1, 1, 2, 3, 1]


@pytest.mark.parametrize("ttl, seconds", [
    (5, 5.0), (dt.timedelta(minutes=2), 120.0), ("1d2h", 93600.0), ("2 days", 172800.0),
    ("30s", 30.0), (None, None),
])
def test_ttl_forms(ttl, seconds):
    assert caching.ttl_seconds(ttl) == seconds


def test_bad_ttl_string_names_the_problem():
    with pytest.raises(StreamlitAPIException, match="Time string doesn't look right"):
        caching.ttl_seconds("soon")


def test_hash_funcs_decide_identity():
    calls = []

    class Connection:
        def __init__(self, url):
            self.url = url

    @caching.cache_resource(hash_funcs={Connection: lambda c: c.url}, show_spinner=False)
    def query(connection):
        calls.append(connection.url)
        return len(calls)

    assert query(Connection("db://a")) == query(Connection("db://a")) == 1
    assert query(Connection("db://b")) == 2


def test_cache_resource_validate_and_on_release():
    released = []

    @caching.cache_resource(validate=lambda value: value["alive"], on_release=released.append,
                            show_spinner=False)
    def connect():
        return {"alive": True}

    first = connect()
    first["alive"] = False  # validate fails: a new value is made, the old one released
    second = connect()
    assert second is not first and released == [first]


def test_dataframes_are_hashed_by_content():
    pd = pytest.importorskip("pandas")
    calls = []

    @caching.cache_data(show_spinner=False)
    def total(frame):
        calls.append(1)
        return int(frame["x"].sum())

    assert total(pd.DataFrame({"x": [1, 2]})) == total(pd.DataFrame({"x": [1, 2]})) == 3
    assert total(pd.DataFrame({"x": [1, 3]})) == 4
    assert len(calls) == 2


def test_unsupported_options_say_what_to_do():
    with pytest.raises(StreamlitAPIException, match="persist"):
        caching.cache_data(persist="disk")
    with pytest.raises(StreamlitAPIException, match="refresh_mode"):
        caching.cache_resource(refresh_mode="background")


def test_a_cached_functions_identity_follows_its_source_even_when_its_code_is_the_same():
    """Identities are remembered by code object (a rerun redefines the
    function); an edit that keeps the code (a comment) still changes it, as
    Streamlit's identity is made from the source."""
    import linecache

    from streamlit_cell.runtime.caching import function_identity

    filename = "<identity test script>"

    def define(source: str):
        linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
        namespace: dict = {}
        exec(compile(source, filename, "exec"), namespace)
        return namespace["load"]

    first = function_identity(define("def load():\n    return 1  # one\n"))
    assert function_identity(define("def load():\n    return 1  # one\n")) == first
    assert function_identity(define("def load():\n    return 1  # two\n")) != first
    assert function_identity(define("def load():\n    return 2  # one\n")) != first
    linecache.cache.pop(filename, None)
