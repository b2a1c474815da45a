"""A test that stages a choice widget's *label* (what ``format_func`` shows)
gets the option behind it, as with Streamlit's AppTest: its tester sends the
label and the app maps it back to the first option showing it. A label of no
option is a new option where those are accepted (the label itself). Found
running a widget gallery written by others through both testers."""

from __future__ import annotations

import pytest

from support.differential import assert_same, rerun, set_value

pytest.importorskip("streamlit")

SCRIPT = """
import streamlit as st
cap = lambda x: x.capitalize()
up = lambda x: x.upper()
st.write(st.radio("Sex", ["male", "female"], format_func=cap, key="radio"))
st.write(st.selectbox("Pick", ["male", "female"], format_func=cap, key="select"))
st.write(st.multiselect("Many", ["male", "female"], format_func=cap, key="multi"))
st.write(st.select_slider("Slide", ["male", "female"], format_func=cap, key="slide"))
st.write(st.select_slider("Range", ["a", "b", "c"], value=("a", "b"), format_func=up, key="range"))
st.write(st.multiselect("Fruit", ["apple", "kiwi"], format_func=up, accept_new_options=True,
                        key="fruit"))
st.write(st.selectbox("Twice", ["x", "x", "y"], index=1, key="twice"))
st.write(st.radio("Number", [1, 2, 3], format_func=lambda n: f"#{n}", key="number"))
"""


@pytest.mark.parametrize("step", [
    set_value("radio", "radio", "Female"),
    set_value("selectbox", "select", "Female"),
    set_value("multiselect", "multi", ["Female", "male"]),
    set_value("select_slider", "slide", "Female"),
    set_value("select_slider", "range", ("B", "c")),
    set_value("multiselect", "fruit", ["KIWI", "melon"]),
    set_value("selectbox", "twice", "x"),
    set_value("radio", "number", 3),
], ids=lambda step: step.__name__)
def test_a_staged_label_chooses_the_option_it_shows(step):
    assert_same(SCRIPT, [step, rerun])


def test_the_label_is_mapped_to_its_option():
    snaps = assert_same(SCRIPT, [set_value("radio", "radio", "Female"),
                                 set_value("multiselect", "fruit", ["KIWI", "melon"])])
    assert snaps[1].state["radio"] == ("str", "female")
    assert snaps[2].state["fruit"] == ("list", [("str", "kiwi"), ("str", "MELON")])
