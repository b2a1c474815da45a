"""Widgets with ``bind="query-params"`` against real Streamlit's AppTest.

Each case runs the same script through both AppTests, starting from the same
``at.query_params``, and compares after every run what a user observes (the
page, the session state) and the query parameters the tester holds.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from support.differential import app_test_class, set_state, set_value, snapshot

Step = Callable[[Any], None]


def run_with_params(backend: str, script: str, params: dict[str, Any],
                    steps: Sequence[Step]) -> list[tuple[Any, ...]]:
    at = app_test_class(backend).from_string(textwrap.dedent(script))
    at.query_params.update(params)
    at.run()
    observed = []
    for step in [None, *steps]:
        if step is not None:
            step(at)
            at.run()
        snap = snapshot(at)
        observed.append((snap.elements, snap.state, dict(at.query_params)))
    return observed


def assert_same_with_params(script: str, params: dict[str, Any],
                            steps: Sequence[Step] = ()) -> list[tuple[Any, ...]]:
    expected = run_with_params("streamlit", script, params, steps)
    actual = run_with_params("streamlit_cell", script, params, steps)
    for number, (want, got) in enumerate(zip(expected, actual)):
        assert got == want, f"run {number}:\n  streamlit:      {want}\n  streamlit_cell: {got}"
    return expected


WIDGETS = """
import streamlit as st
st.checkbox("C", key="c", bind="query-params")
st.toggle("T", value=True, key="t", bind="query-params")
st.text_input("TI", "hi", key="ti", bind="query-params", max_chars=5)
st.text_area("TA", key="ta", bind="query-params")
st.slider("S", 0, 100, 10, key="s", bind="query-params")
st.slider("F", 0.0, 1.0, 0.5, key="f", bind="query-params")
st.slider("R", 0, 10, (2, 8), key="r", bind="query-params")
st.selectbox("SB", ["a", "b", "c"], key="sb", bind="query-params")
st.selectbox("SN", ["a", "b"], index=None, key="sn", bind="query-params")
st.selectbox("SX", ["a", "b"], key="sx", accept_new_options=True, bind="query-params")
st.radio("RA", [1, 2, 3], format_func=lambda o: f"n{o}", key="ra", bind="query-params")
st.number_input("NI", 0, 50, 5, key="ni", bind="query-params")
st.number_input("NF", value=None, key="nf", bind="query-params")
st.color_picker("CP", "#ff0000", key="cp", bind="query-params")
st.multiselect("MS", ["x", "y", "z"], key="ms", bind="query-params")
st.multiselect("MD", ["x", "y", "z"], ["x"], key="md", max_selections=2, bind="query-params")
st.multiselect("MN", ["x", "y"], key="mn", accept_new_options=True, bind="query-params")
st.select_slider("SS", ["a", "b", "c", "d"], key="ss", bind="query-params")
st.select_slider("SR", list("abcde"), value=("a", "e"), key="sr", bind="query-params")
st.pills("PS", ["p", "q", "r"], key="ps", bind="query-params")
st.pills("PM", ["p", "q", "r"], selection_mode="multi", default=["q"], key="pm",
         bind="query-params")
st.segmented_control("SC", [1, 2, 3], format_func=lambda o: f"v{o}", default=2, key="sc",
                     bind="query-params")
st.write(st.query_params.to_dict())
"""

SEEDS = {
    "valid": {"c": "true", "t": "false", "ti": "yo", "ta": "long\ntext", "s": "42",
              "f": "0.25", "r": ["3", "7"], "sb": "c", "sn": "b", "sx": "zzz", "ra": "n3",
              "ni": "7", "nf": "2.5", "cp": "#00ff00", "ms": ["z", "x"], "md": "y",
              "mn": ["new", "x"], "ss": "c", "sr": ["b", "d"], "ps": "r", "pm": ["r", "p"],
              "sc": "v3", "other": "kept"},
    "case and number forms": {"c": "TRUE", "t": "False", "s": "42.0", "f": "1", "r": ["3.0", "7"],
                              "ni": "7.0", "nf": "3", "cp": "00FF00"},
    "defaults are dropped": {"c": "false", "t": "true", "ti": "hi", "s": "10", "f": "0.5",
                             "r": ["2", "8"], "sb": "a", "ra": "n1", "ni": "5", "cp": "#ff0000",
                             "md": "x"},
    "invalid are dropped": {"c": "yes", "s": "abc", "f": "nan", "sb": "zzz", "ra": "3",
                            "r": "5", "t": "", "ni": "x", "nf": "inf", "cp": "#12",
                            "ms": ["w", "v"], "ss": "zz", "sr": "c", "ps": "zz",
                            "pm": ["zz"], "sc": "3"},
    "out of range is dropped": {"s": "101", "f": "-1", "r": ["3", "11"], "ni": "51"},
    "corrected values are written back": {"ti": "abcdefgh", "s": "42.6", "ni": "7.9",
                                          "cp": "abc", "ms": ["y", "w", "y", "x"],
                                          "md": ["x", "y", "z"], "sr": ["d", "b"]},
    "select slider labels": {"ss": ["a", "c"], "sr": ["c", "c"]},
    "button group labels": {"ps": ["q", "r"], "pm": ["r", "zz", "r", "q"], "sc": ["zz", "v1"]},
    "button group defaults": {"pm": "q", "sc": "v2"},
    "select slider unknown labels": {"ss": ["zz", "c"], "sr": ["c", "zz", "d"]},
    "select slider unknown in a range": {"sr": ["zz", "c"]},
    "empty values": {"ti": "", "ta": "", "sn": "", "sb": "", "s": "", "sx": "", "ni": "",
                     "nf": "", "cp": "", "ms": "", "md": "", "mn": ["", ""],
                     "ss": "", "sr": "", "ps": "", "pm": "", "sc": ""},
    "repeated values take the last": {"c": ["false", "true"], "ti": ["x", "y"], "sb": ["b", "c"]},
}


@pytest.mark.parametrize("name", list(SEEDS))
def test_widgets_start_from_their_query_parameter(name: str) -> None:
    assert_same_with_params(WIDGETS, SEEDS[name])


def test_a_person_changing_a_bound_widget_and_going_back_to_the_default() -> None:
    # AppTest has no front end: the user's value is not written; back at its
    # default the backend drops the parameter from st.query_params (only).
    observed = assert_same_with_params(WIDGETS, {"s": "42", "ti": "yo"}, [
        set_value("slider", "s", 77), set_value("slider", "s", 10),
        set_value("text_input", "ti", "hi"), set_value("checkbox", "c", True),
        set_value("number_input", "ni", 9), set_value("color_picker", "cp", "#0000ff"),
        set_value("multiselect", "md", ["y", "z"]), set_value("multiselect", "md", ["x"]),
        set_value("select_slider", "sr", ("b", "c")),
        set_value("button_group", "pm", ["p"]), set_value("button_group", "sc", None),
    ])
    assert observed[0][2]["s"] == "42"


def test_a_value_set_through_session_state_is_written_and_a_reset_removes_it() -> None:
    script = """
    import streamlit as st
    if st.button("set"):
        st.session_state.s = 55
    if st.button("reset"):
        st.session_state.s = 10
    st.slider("S", 0, 100, 10, key="s", bind="query-params")
    st.write(st.query_params.to_dict())
    """
    observed = assert_same_with_params(script, {"x": "1"}, [
        lambda at: at.button[0].click(), lambda at: at.button[1].click(),
        set_state("s", 66),
    ])
    assert observed[1][2] == {"x": "1", "s": "55"}
    assert observed[2][2] == {"x": "1"}


def test_a_widget_no_longer_rendered_takes_its_parameter_away() -> None:
    # Its value stays under its key; rendered again, it shows it and the URL
    # gets it back.
    script = """
    import streamlit as st
    if st.checkbox("show", key="show"):
        st.text_input("T", key="t", bind="query-params")
    st.write(st.query_params.to_dict())
    """
    assert_same_with_params(script, {"show": "x", "t": "hello"}, [
        set_value("checkbox", "show", True), set_value("checkbox", "show", False),
        set_value("checkbox", "show", True), set_value("text_input", "t", "typed"),
        set_value("checkbox", "show", False), set_value("checkbox", "show", True),
    ])
    observed = assert_same_with_params(
        script.replace('key="show")', 'key="show", value=True)'), {"t": "hello"},
        [set_value("checkbox", "show", False)])
    assert observed[0][2] == {"t": "hello"} and observed[1][2] == {}


def test_a_widget_that_stops_binding_clears_its_parameter() -> None:
    script = """
    import streamlit as st
    bound = st.session_state.get("bound", True)
    st.text_input("T", key="t", bind="query-params" if bound else None)
    st.write(st.query_params.to_dict())
    """
    assert_same_with_params(script, {"t": "hello"}, [set_state("bound", False)])


BOUND_PARAM_ERRORS = [
    'st.query_params["t"] = "x"',
    'st.query_params.t = "x"',
    'del st.query_params["t"]',
    'del st.query_params.t',
    'st.query_params.clear()',
    'st.query_params.update({"a": "1", "t": "x"})',
    'st.query_params.update(t="x")',
    'st.query_params.from_dict({"t": "x"})',
    'st.query_params.from_dict({"a": "x"})',
    'st.query_params["T"] = "other case is another parameter"',
]


@pytest.mark.parametrize("statement", BOUND_PARAM_ERRORS)
def test_a_bound_parameter_cannot_be_changed_through_query_params(statement: str) -> None:
    script = f"""
    import streamlit as st
    st.text_input("T", key="t", bind="query-params")
    try:
        {statement}
    except Exception as error:
        st.text(type(error).__name__ + ": " + str(error))
    st.write(st.query_params.to_dict())
    """
    assert_same_with_params(script, {"t": "hello", "a": "0"})


BIND_ARGUMENT_ERRORS = [
    'st.checkbox("C", bind="query-params")',
    'st.slider("S", bind="url")',
    'st.text_input("T", key="embed", bind="query-params")',
    'st.toggle("T", key="Embed_Options", bind="query-params")',
    'st.text_input("P", key="p", type="password", bind="query-params")',
    'st.selectbox("S", [1, 2], key="s", bind=True)',
]


@pytest.mark.parametrize("statement", BIND_ARGUMENT_ERRORS)
def test_bind_arguments_streamlit_refuses(statement: str) -> None:
    script = f"""
    import streamlit as st
    try:
        {statement}
    except Exception as error:
        st.text(type(error).__name__ + ": " + str(error))
    """
    assert_same_with_params(script, {})


def test_unsupported_widgets_still_refuse_bind() -> None:
    from streamlit_cell.testing import AppTest

    at = AppTest.from_string("""
import datetime, streamlit as st
st.slider("D", value=datetime.date(2024, 1, 1), key="d", bind="query-params")
""").run()
    assert "not supported in a notebook" in at.exception[0].value
    at = AppTest.from_string(
        'import streamlit as st\nst.feedback(key="m", bind="query-params")').run()
    assert "A notebook has no URL query parameters" in at.exception[0].value
    at = AppTest.from_string(
        'import streamlit as st\nst.checkbox("C", key="c", persist_state="page")').run()
    assert "persist_state" in at.exception[0].value


def test_a_disabled_bound_widget_follows_the_url_unless_the_script_sets_it() -> None:
    script = """
    import streamlit as st
    if st.button("set"):
        st.session_state.d = 8
    st.slider("D", 0, 10, 1, key="d", disabled=True, bind="query-params")
    st.write(st.query_params.to_dict())
    """
    assert_same_with_params(script, {"d": "4"}, [
        lambda at: at.query_params.update(d="6"), lambda at: at.button[0].click(),
        lambda at: at.query_params.update(d="2"),
    ])
