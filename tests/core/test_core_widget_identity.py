"""Widget identity: which argument changes make a new widget (its value resets)
and which keep the widget (its value survives), with and without a key.

Each case renders an unkeyed and a keyed widget whose call depends on
``st.session_state.v`` (0, then 1). The tester changes both values, then ``v``
flips; the displayed ``repr`` of each return value shows whether it survived.
All cases run in one script (see ``support.differential.Batch``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from support.differential import Batch, assert_same, set_state, set_value

# (widget kind, call with {key} and pick(...) for the argument that changes,
#  value the tester sets, keeps state when keyed? -- None: only compared)
CASES = [
    ("checkbox-label", "checkbox", 'st.checkbox(pick("A", "B"){key})', True, True),
    # A bool has no third value: whether it was kept is not visible, only compared.
    ("checkbox-value", "checkbox", 'st.checkbox("A", value=pick(False, True){key})', True, None),
    ("toggle-label", "toggle", 'st.toggle(pick("A", "B"){key})', True, True),
    ("number-label", "number_input", 'st.number_input(pick("A", "B"){key})', 5.0, True),
    ("number-min", "number_input", 'st.number_input("A", min_value=pick(0, 1){key})', 5, True),
    ("number-max", "number_input", 'st.number_input("A", max_value=pick(10, 20){key})', 5, True),
    ("number-value", "number_input", 'st.number_input("A", value=pick(1, 2){key})', 5, True),
    ("number-step", "number_input", 'st.number_input("A", step=pick(1, 2){key})', 5, True),
    ("text-label", "text_input", 'st.text_input(pick("A", "B"){key})', "typed", True),
    ("text-value", "text_input", 'st.text_input("A", pick("x", "y"){key})', "typed", True),
    ("text-max-chars", "text_input", 'st.text_input("A", max_chars=pick(10, 20){key})', "typed", False),
    ("text-placeholder", "text_input", 'st.text_input("A", placeholder=pick("p", "q"){key})', "typed", True),
    ("area-label", "text_area", 'st.text_area(pick("A", "B"){key})', "typed", True),
    ("area-max-chars", "text_area", 'st.text_area("A", max_chars=pick(10, 20){key})', "typed", False),
    ("slider-label", "slider", 'st.slider(pick("A", "B"), 0, 10{key})', 7, True),
    ("slider-value", "slider", 'st.slider("A", 0, 10, pick(1, 2){key})', 7, True),
    ("slider-min", "slider", 'st.slider("A", pick(0, 1), 10{key})', 7, False),
    ("slider-max", "slider", 'st.slider("A", 0, pick(10, 11){key})', 7, False),
    ("slider-step", "slider", 'st.slider("A", 0, 10, step=pick(1, 2){key})', 6, False),
    ("select-slider-options", "select_slider",
     'st.select_slider("A", pick(["a", "b", "c"], ["a", "b", "c", "d"]){key})', "b", True),
    ("select-slider-value", "select_slider",
     'st.select_slider("A", ["a", "b", "c"], value=pick("a", "c"){key})', "b", True),
    ("selectbox-label", "selectbox", 'st.selectbox(pick("A", "B"), ["a", "b", "c"]{key})', "c", True),
    ("selectbox-options", "selectbox", 'st.selectbox("A", pick(["a", "b", "c"], ["b", "c"]){key})', "c", True),
    ("selectbox-index", "selectbox", 'st.selectbox("A", ["a", "b", "c"], index=pick(0, 1){key})', "c", True),
    ("selectbox-new-options", "selectbox",
     'st.selectbox("A", ["a", "b", "c"], accept_new_options=pick(False, True){key})', "c", False),
    ("radio-options", "radio", 'st.radio("A", pick(["a", "b", "c"], ["c", "b"]){key})', "b", True),
    ("radio-horizontal", "radio", 'st.radio("A", ["a", "b"], horizontal=pick(False, True){key})', "b", True),
    ("radio-captions", "radio", 'st.radio("A", ["a", "b"], captions=pick(["x", "y"], ["z", "w"]){key})', "b", True),
    ("multiselect-options", "multiselect",
     'st.multiselect("A", pick(["a", "b", "c"], ["a", "b", "c", "d"]){key})', ["b"], True),
    ("multiselect-default", "multiselect",
     'st.multiselect("A", ["a", "b", "c"], default=pick(None, ["a"]){key})', ["b"], True),
    ("multiselect-max", "multiselect",
     'st.multiselect("A", ["a", "b", "c"], max_selections=pick(2, 3){key})', ["b"], False),
    ("date-value", "date_input",
     'st.date_input("A", pick(datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)){key})',
     dt.date(2024, 3, 3), True),
    ("date-min", "date_input",
     'st.date_input("A", datetime.date(2024, 1, 1), min_value=pick(None, datetime.date(2020, 1, 1)){key})',
     dt.date(2024, 3, 3), True),
    ("date-format", "date_input",
     'st.date_input("A", datetime.date(2024, 1, 1), format=pick("YYYY/MM/DD", "DD/MM/YYYY"){key})',
     dt.date(2024, 3, 3), False),
    ("time-value", "time_input",
     'st.time_input("A", pick(datetime.time(8, 0), datetime.time(9, 0)){key})', dt.time(10, 30), True),
    ("time-step", "time_input",
     'st.time_input("A", datetime.time(8, 0), step=pick(900, 1800){key})', dt.time(10, 30), False),
    ("color-label", "color_picker", 'st.color_picker(pick("A", "B"), "#000000"{key})', "#ff0000", True),
    ("color-value", "color_picker", 'st.color_picker("A", pick("#000000", "#00ff00"){key})', "#ff0000", True),
    ("color-none-vs-black", "color_picker", 'st.color_picker("A", pick(None, "#000000"){key})', "#ff0000", True),
    # A keyed widget keeps its identity, but Streamlit resets a value that the
    # new arguments make invalid (out of the bounds, not among the options).
    ("number-min-excludes-value", "number_input",
     'st.number_input("A", min_value=pick(0, 6){key})', 5, False),
    ("number-max-excludes-value", "number_input",
     'st.number_input("A", 0.0, pick(10.0, 4.0){key})', 5.0, False),
    ("selectbox-option-removed", "selectbox", 'st.selectbox("A", pick(["a", "b", "c"], ["a", "b"]){key})', "c", False),
    ("radio-option-removed", "radio", 'st.radio("A", pick(["a", "b", "c"], ["a", "b"]){key})', "c", False),
    ("select-slider-option-removed", "select_slider",
     'st.select_slider("A", pick(["a", "b", "c"], ["a", "c"]){key})', "b", False),
    ("multiselect-option-removed", "multiselect",
     'st.multiselect("A", pick(["a", "b", "c"], ["a", "c"]){key})', ["b", "c"], False),
    ("date-max-excludes-value", "date_input",
     'st.date_input("A", datetime.date(2024, 1, 1), max_value=pick(None, datetime.date(2024, 2, 1)){key})',
     dt.date(2024, 3, 3), False),
    ("width", "text_input", 'st.text_input("A", width=pick("stretch", 200){key})', "typed", True),
    ("help", "checkbox", 'st.checkbox("A", help=pick("h1", "h2"){key})', True, True),
]


def _case_code(number: int, call: str) -> str:
    # Labels made unique per case, so that all cases run in one script.
    call = call.replace('"A"', f'"A{number}"').replace('"B"', f'"B{number}"')
    return (f"unkeyed = {call.format(key='')}\n"
            f"keyed = {call.format(key=f', key={number!r}')}\n"
            "st.text(repr(unkeyed))\nst.text(repr(keyed))")


def _set_every_widget(at) -> None:
    """Stage each case's new value on its unkeyed and its keyed widget."""
    for number, (_, kind, _, new_value, _) in enumerate(CASES):
        for widget in getattr(at, kind):
            if widget.label == f"A{number}":
                widget.set_value(new_value)


BATCH = Batch(
    [_case_code(n, case[2]) for n, case in enumerate(CASES)],
    prelude="""
    V = st.session_state.get("v", 0)
    def pick(a, b):
        return a if V == 0 else b
    """,
    steps=[_set_every_widget, set_state("v", 1)],
)


@pytest.mark.parametrize("number", range(len(CASES)), ids=[c[0] for c in CASES])
def test_changing_an_argument_keeps_or_resets_the_widget(number):
    _, kind, _, new_value, keyed_keeps = CASES[number]
    first, after_set, after_flip = BATCH.assert_case_same(number)
    texts = lambda elements: [e[1] for e in elements if e[0] == "text"]  # noqa: E731
    assert texts(after_set) == [repr(new_value)] * 2
    if keyed_keeps is not None:
        unkeyed_kept, keyed_kept = (text == repr(new_value) for text in texts(after_flip))
        assert not unkeyed_kept
        assert keyed_kept == keyed_keeps


def test_changing_arguments_whole_page_and_state():
    BATCH.assert_same()


def test_widgets_in_main_and_sidebar_with_the_same_arguments_are_different_widgets():
    assert_same(
        """
        import streamlit as st
        a = st.text_input("Name")
        b = st.sidebar.text_input("Name")
        st.text(f"{a!r} {b!r}")
        """,
        [set_value("text_input", 0, "main"), set_value("text_input", 1, "side")],
    )


def test_same_widget_inside_and_outside_a_form_are_different_widgets():
    assert_same(
        """
        import streamlit as st
        a = st.checkbox("Check")
        with st.form("f"):
            b = st.checkbox("Check")
            st.form_submit_button()
        st.text(f"{a} {b}")
        """,
        [set_value("checkbox", 0, True)],
    )


# Keys and labels carry {n}, the case number, so that all cases run in one script.
DUPLICATES = [
    ("unkeyed-text", 'st.text_input("Same{n}")\nst.text_input("Same{n}")', "StreamlitDuplicateElementId"),
    ("unkeyed-button", 'st.button("Go{n}")\nst.button("Go{n}")', "StreamlitDuplicateElementId"),
    ("unkeyed-checkbox-in-columns", 'a, b = st.columns(2)\na.checkbox("C{n}")\nb.checkbox("C{n}")',
     "StreamlitDuplicateElementId"),
    ("key-same-type", 'st.text_input("A", key="k{n}")\nst.text_input("B", key="k{n}")',
     "StreamlitDuplicateElementKey"),
    ("key-other-type", 'st.text_input("A", key="k{n}")\nst.checkbox("B", key="k{n}")',
     "StreamlitDuplicateElementKey"),
    ("key-button-and-widget", 'st.button("A", key="k{n}")\nst.slider("B", key="k{n}")',
     "StreamlitDuplicateElementKey"),
    ("key-form-and-widget",
     'with st.form("k{n}"):\n    st.form_submit_button()\nst.text_input("A", key="k{n}")', None),
    ("key-int-and-str", 'st.text_input("A", key={n}00)\nst.text_input("B", key="{n}00")',
     "StreamlitDuplicateElementKey"),
    ("different-labels-ok", 'st.text_input("A{n}")\nst.text_input("B{n}")', None),
    ("unkeyed-and-keyed-ok", 'st.text_input("A{n}")\nst.text_input("A{n}", key="k{n}")', None),
    ("same-label-different-kinds-ok", 'st.text_input("X{n}")\nst.text_area("X{n}")', None),
    ("same-label-main-and-sidebar-ok", 'st.checkbox("X{n}")\nst.sidebar.checkbox("X{n}")', None),
]
DUPLICATES_BATCH = Batch(
    [body.replace("{n}", str(n)) + "\nst.text('after')" for n, (_, body, _) in enumerate(DUPLICATES)])


@pytest.mark.parametrize("number", range(len(DUPLICATES)), ids=[d[0] for d in DUPLICATES])
def test_duplicate_widgets(number):
    [elements] = DUPLICATES_BATCH.assert_case_same(number)
    error = DUPLICATES[number][2]
    texts = [e[1] for e in elements if e[0] == "text"]
    if error is None:
        assert texts == ["after"]
    else:
        assert texts[0].startswith(f"!{error}:")
