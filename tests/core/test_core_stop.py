"""``st.stop()`` is a stop *request*, as in Streamlit 1.67: catching its
StopException does not keep the script going, the next ``st.*`` call,
widget or ``st.session_state`` access stops the run again, and a run that
ends after a caught stop counts as stopped. Compared with real AppTest."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from support.differential import BACKENDS, app_test_class, page

SCRIPTS = {
    "caught StopException, then an element": """
        from streamlit.runtime.scriptrunner import StopException
        try:
            st.stop()
        except StopException:
            x = 1
        st.text("after")
        """,
    "except Exception does not catch it": """
        try:
            st.stop()
        except Exception as error:
            st.text(f"caught {type(error).__name__}")
        st.text("after")
        """,
    "plain code runs, the session state write stops": """
        n = 0
        try:
            st.stop()
        except BaseException:
            n = 5
        st.session_state.n = n
        st.text(f"n={n}")
        """,
    "a read stops too": """
        st.session_state.setdefault("seen", 0)
        try:
            st.stop()
        except BaseException:
            pass
        st.text(str("seen" in st.session_state))
        """,
    "a widget stops too": """
        try:
            st.stop()
        except BaseException:
            pass
        st.checkbox("box", key="box")
        """,
    "stop in a callback": """
        def cb():
            st.session_state.x = 1
            st.stop()
            st.session_state.y = 2
        st.button("b", on_click=cb)
        st.text(str(sorted(st.session_state.to_dict())))
        """,
    "caught stop and nothing after: stale widgets are kept": """
        if st.session_state.get("second"):
            st.text("second run")
            try:
                st.stop()
            except BaseException:
                pass
        else:
            st.checkbox("kept", key="kept", value=True)
        st.session_state.second = True
        st.button("b")
        """,
}


def run(backend: str, script: str) -> list[Any]:
    at = app_test_class(backend).from_string("import streamlit as st\n" + textwrap.dedent(script))
    at.run()
    states = [(page(at), sorted(at.session_state))]
    for _ in range(2):
        if at.button:
            at.button[0].click()
        at.run()
        states.append((page(at), sorted(at.session_state)))
    return states


@pytest.mark.parametrize("name", list(SCRIPTS))
def test_stop_as_streamlit(name: str) -> None:
    expected, actual = (run(backend, SCRIPTS[name]) for backend in BACKENDS)
    assert actual == expected


def test_code_after_a_caught_stop_shows_nothing() -> None:
    at = app_test_class("streamlit_cell").from_string(
        "import streamlit as st\n" + textwrap.dedent(SCRIPTS["caught StopException, then an element"]))
    at.run()
    assert not at.text and not at.exception
