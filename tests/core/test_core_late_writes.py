"""Writes into a container an earlier run made (kept in session state or in a
callback's closure) land where Streamlit puts them: at that container's path
in the new page, at the index its cursor reached; compared with real
Streamlit's AppTest, nesting and order included."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from support.differential import BACKENDS, app_test_class, nested

SCRIPTS = {
    "closure writes into an empty container": """
        c = st.container()
        def cb():
            c.write("from callback")
        st.button("go", on_click=cb)
        """,
    "container the script also writes": """
        c = st.container()
        def cb():
            c.write("from callback")
            c.write("from callback 2")
        st.button("go", on_click=cb)
        c.text("in c")
        """,
    "container kept in session state, elements above": """
        st.text("top")
        c = st.container()
        st.session_state["c"] = c
        def cb():
            st.session_state["c"].write("from callback")
        st.button("go", on_click=cb)
        st.text("bottom")
        """,
    "a column": """
        a, b = st.columns(2)
        def cb():
            b.write("from callback")
        st.button("go", on_click=cb)
        a.text("in a")
        """,
    "sidebar and main written by the callback": """
        st.text("top")
        def cb():
            st.sidebar.write("side cb")
            st.write("main cb")
        st.button("go", on_click=cb)
        st.sidebar.text("side")
        """,
    "expander and placeholder": """
        e = st.expander("exp")
        ph = st.empty()
        def cb():
            e.write("in exp")
            ph.write("in ph")
        st.button("go", on_click=cb)
        """,
    "container made by the callback inside a kept one": """
        c = st.container(border=True)
        def cb():
            inner = c.container()
            inner.text("inner 1")
            with inner:
                st.text("inner 2")
        st.button("go", on_click=cb)
        """,
    "main write then kept container": """
        st.text("top")
        box = st.container()
        def cb():
            st.text("cb main")
            box.text("cb box")
        st.button("go", on_click=cb)
        """,
    "the script body writes into the last run's container": """
        if "box" in st.session_state:
            st.session_state.box.text("late from body")
        st.text("first")
        st.session_state.box = st.container()
        st.text("last")
        st.button("go")
        """,
    "tabs": """
        t1, t2 = st.tabs(["one", "two"])
        def cb():
            t2.text("in two")
        st.button("go", on_click=cb)
        t1.text("in one")
        """,
}


def run(backend: str, script: str, clicks: int) -> list[Any]:
    at = app_test_class(backend).from_string("import streamlit as st\n" + textwrap.dedent(script))
    at.run()
    pages = []
    for _ in range(clicks):
        at.button[0].click().run()
        pages.append((nested(at.main), nested(at.sidebar)))
    at.run()
    pages.append((nested(at.main), nested(at.sidebar)))
    return pages


@pytest.mark.parametrize("name", list(SCRIPTS))
def test_late_writes_as_streamlit(name: str) -> None:
    expected, actual = (run(backend, SCRIPTS[name], clicks=2) for backend in BACKENDS)
    assert actual == expected


def test_callback_write_into_kept_container_is_shown() -> None:
    # Plain assertion (not only agreement): the write is in the container.
    at = app_test_class("streamlit_cell").from_string(
        "import streamlit as st\n" + textwrap.dedent(SCRIPTS["container the script also writes"]))
    at.run()
    at.button[0].click().run()
    container = at.main.children[0]
    assert [n.value for n in container.children.values()] == [
        "from callback", "from callback 2", "in c"]
    assert [n.value for n in at.markdown] == ["from callback", "from callback 2"]
