"""Streamlit's event container, differential: ``st.toast`` and style-only
``st.html`` go there (not into the page's flow, whatever ``with`` block is
open), and a toast shown before ``st.rerun()`` is still shown after it unless
the next pass writes its place; compared with real Streamlit's AppTest."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from support.differential import BACKENDS, app_test_class, page

SCRIPTS = {
    "toast then st.rerun()": """
        st.text("top")
        if st.button("save"):
            st.toast("Saved")
            st.text("before rerun")
            st.rerun()
        st.text("bottom")
        """,
    "the next pass writes over the first toast only": """
        if st.session_state.get("go"):
            st.session_state.go = False
            for i in range(3):
                st.text(f"first pass {i}")
            st.sidebar.text("side, first pass")
            st.toast("one")
            st.toast("two", icon="🎉")
            st.toast("three")
            st.rerun()
        st.text("main")
        st.button("b", on_click=lambda: st.session_state.update(go=True))
        st.toast("always")
        """,
    "toasts across two reruns in a row": """
        n = st.session_state.setdefault("n", 0)
        if 0 < n < 3:
            st.session_state.n += 1
            st.toast(f"pass {n}")
            st.rerun()
        if st.button("start"):
            st.session_state.n = 1
            st.rerun()
        st.text(f"n={n}")
        """,
    "style-only html and toasts in containers": """
        st.html("<style>p {color: red}</style>")
        st.html("<!-- note --><style>p {color: red}</style>")
        st.html("<p>hi</p><style>x{}</style>")
        st.text("after")
        with st.sidebar:
            st.html("<style>a{}</style>")
            st.toast("side toast")
        c = st.container()
        c.toast("in c")
        c.html("<STYLE>b{}</STYLE>")
        st.button("b")
        """,
    "toast from a callback": """
        def cb():
            st.toast("from cb")
        st.button("b", on_click=cb)
        st.text("x")
        """,
}


def run(backend: str, script: str) -> list[Any]:
    at = app_test_class(backend).from_string("import streamlit as st\n" + textwrap.dedent(script))
    at.run()
    pages = [page(at)]
    at.button[0].click().run()
    pages.append(page(at))
    at.run()
    pages.append(page(at))
    return pages


@pytest.mark.parametrize("name", list(SCRIPTS))
def test_event_area_as_streamlit(name: str) -> None:
    expected, actual = (run(backend, SCRIPTS[name]) for backend in BACKENDS)
    assert actual == expected


def test_a_toast_before_rerun_is_shown_after_it() -> None:
    at = app_test_class("streamlit_cell").from_string(
        "import streamlit as st\n" + textwrap.dedent(SCRIPTS["toast then st.rerun()"]))
    at.run()
    at.button[0].click().run()
    assert [t.value for t in at.toast] == ["Saved"]
    assert [t.value for t in at.text] == ["top", "bottom"]  # the first pass's text is gone
    at.run()
    assert not at.toast


def test_style_only_html_takes_no_place_in_the_page() -> None:
    at = app_test_class("streamlit_cell").from_string(
        "import streamlit as st\n" + textwrap.dedent(SCRIPTS["style-only html and toasts in containers"]))
    at.run()
    assert [n.type for n in at.main.children.values()][:2] == ["html", "text"]
    assert at._root().children[2].type == "event"
