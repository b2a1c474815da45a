"""Buttons and forms: trigger values, read-only keys, several forms, staged
values, clear_on_submit with callbacks, and the layout errors."""

from __future__ import annotations

import pytest

from support.differential import Batch, assert_same, both, click, rerun, set_state, set_value


def test_keyed_button_is_in_state_true_only_for_the_click_run():
    snaps = assert_same(
        """
        import streamlit as st
        clicked = st.button("Go", key="go")
        st.text(f"{clicked} {st.session_state.go}")
        """,
        [click("go"), rerun, click("go"), click("go")],
    )
    assert [s.texts[0] for s in snaps] == [
        "False False", "True True", "False False", "True True", "True True"]


def test_button_state_seen_by_another_widgets_callback_in_the_click_run():
    assert_same(
        """
        import streamlit as st
        def cb():
            st.session_state.seen = st.session_state.go
        st.button("Go", key="go")
        st.text_input("T", key="t", on_change=cb)
        st.text(repr(st.session_state.get("seen")))
        """,
        [both(click("go"), set_value("text_input", "t", "x"))],
    )


def test_form_submit_button_key_is_in_state():
    snaps = assert_same(
        """
        import streamlit as st
        with st.form("f"):
            st.text_input("In form", key="name")
            submitted = st.form_submit_button("Save", key="save")
        st.text(f"{submitted} {st.session_state.save} {st.session_state.name!r}")
        """,
        [both(set_value("text_input", "name", "bob"), click("save")), rerun],
    )
    assert [s.texts[0] for s in snaps] == ["False False ''", "True True 'bob'", "False False 'bob'"]


@pytest.mark.parametrize("statement", [
    'st.session_state.my_form = 1',
    'st.session_state["my_form"] = "x"',
])
def test_form_key_is_read_only_when_set_before_the_form(statement):
    snaps = assert_same(
        f"""
        import streamlit as st
        {statement}
        with st.form("my_form"):
            st.text_input("T")
            st.form_submit_button()
        st.text("after")
        """
    )
    assert snaps[0].exception_types == ["StreamlitValueAssignmentNotAllowedError"]


def test_form_key_set_after_the_form_raises():
    assert_same(
        """
        import streamlit as st
        with st.form("my_form"):
            st.form_submit_button()
        st.session_state.my_form = 1
        """
    )


@pytest.mark.parametrize("statement", [
    'st.session_state.b = True',
    'st.session_state.sub = True',
])
def test_button_keys_are_read_only(statement):
    assert_same(
        f"""
        import streamlit as st
        {statement}
        st.button("B", key="b")
        with st.form("f"):
            st.form_submit_button(key="sub")
        """
    )


def test_several_forms_commit_independently():
    assert_same(
        """
        import streamlit as st
        with st.form("one"):
            a = st.text_input("A", key="a")
            one = st.form_submit_button("Submit one")
        with st.form("two"):
            b = st.slider("B", 0, 10, key="b")
            two = st.form_submit_button("Submit two")
        st.text(f"a={a!r} b={b} one={one} two={two}")
        """,
        [
            both(set_value("text_input", "a", "x"), set_value("slider", "b", 5)),
            click(1),  # submits form two: only b commits
            click(0),  # staged values do not survive a rerun in AppTest: "" commits
            both(set_value("text_input", "a", "y"), click(0)),
        ],
    )


def test_widget_outside_a_form_changes_while_form_values_wait():
    snaps = assert_same(
        """
        import streamlit as st
        if "log" not in st.session_state:
            st.session_state.log = []
        def outside_changed():
            st.session_state.log.append(("outside", st.session_state.inner))
        with st.form("f"):
            inner = st.number_input("Inner", value=1, key="inner")
            st.form_submit_button("Go")
        st.checkbox("Outside", key="outside", on_change=outside_changed)
        st.text(f"inner={inner} log={st.session_state.log}")
        """,
        [
            # The outside change reruns the app; the staged form value waits.
            both(set_value("number_input", "inner", 5), set_value("checkbox", "outside", True)),
            both(set_value("number_input", "inner", 6), click(0)),
            set_value("checkbox", "outside", False),
        ],
    )
    assert [s.texts[0] for s in snaps] == [
        "inner=1 log=[]",
        "inner=1 log=[('outside', 1)]",
        "inner=6 log=[('outside', 1)]",
        "inner=6 log=[('outside', 1), ('outside', 6)]",
    ]


def test_clear_on_submit_with_callbacks():
    snaps = assert_same(
        """
        import streamlit as st
        if "seen" not in st.session_state:
            st.session_state.seen = []
        def on_submit():
            st.session_state.seen.append((st.session_state.name, st.session_state.n))
        with st.form("f", clear_on_submit=True):
            st.text_input("Name", key="name")
            st.number_input("N", value=5, key="n")
            st.form_submit_button("Submit", on_click=on_submit, args=())
        st.text(f"{st.session_state.seen} {st.session_state.name!r} {st.session_state.n}")
        """,
        [
            both(set_value("text_input", "name", "bob"), set_value("number_input", "n", 9),
                 click(0)),
            rerun,
            click(0),
        ],
    )
    assert snaps[1].texts[0] == "[('bob', 9)] 'bob' 9"


def test_form_submit_button_callback_args_and_kwargs():
    assert_same(
        """
        import streamlit as st
        def record(prefix, *, suffix):
            st.session_state.msg = f"{prefix}{st.session_state.t}{suffix}"
        with st.form("f"):
            st.text_input("T", key="t")
            st.form_submit_button("Send", on_click=record, args=("<",), kwargs={"suffix": ">"})
        st.text(st.session_state.get("msg", "none"))
        """,
        [both(set_value("text_input", "t", "hi"), click(0))],
    )


# Form keys carry {n}, the case number, so that all cases run in one script.
LAYOUT_ERRORS = [
    ("nested-form", 'with st.form("a{n}"):\n    with st.form("b{n}"):\n        st.form_submit_button()'),
    ("button-in-form", 'with st.form("a{n}"):\n    st.button("B")\n    st.form_submit_button()'),
    ("submit-outside-form", 'st.form_submit_button("Submit")'),
    ("submit-in-column-in-form",
     'with st.form("a{n}"):\n    c1, c2 = st.columns(2)\n    c1.text_input("T")\n    c2.form_submit_button()'),
    ("form-in-column", 'c1, c2 = st.columns(2)\nwith c1.form("a{n}"):\n    st.form_submit_button()'),
    ("form-in-sidebar", 'with st.sidebar.form("a{n}"):\n    st.text_input("T")\n    st.form_submit_button()'),
    ("form-without-submit", 'with st.form("a{n}"):\n    st.text_input("T")'),
    ("duplicate-form-key", 'with st.form("a{n}"):\n    st.form_submit_button()\nwith st.form("a{n}"):\n    st.form_submit_button("Other")'),
    ("form-dg-call", 'f = st.form("a{n}")\nf.text_input("T")\nf.form_submit_button()'),
    ("two-submit-buttons", 'with st.form("a{n}"):\n    st.form_submit_button("One")\n    st.form_submit_button("Two")'),
    ("same-submit-label-twice", 'with st.form("a{n}"):\n    st.form_submit_button()\n    st.form_submit_button()'),
    ("callback-on-widget-in-form", 'with st.form("a{n}"):\n    st.checkbox("C", on_change=print)\n    st.form_submit_button()'),
    ("on-change-ignore-in-form", 'with st.form("a{n}"):\n    st.checkbox("C", on_change="ignore")\n    st.form_submit_button()'),
    ("expander-in-form", 'with st.form("a{n}"):\n    with st.expander("E"):\n        st.text_input("T")\n    st.form_submit_button()'),
]


LAYOUT_ERRORS_BATCH = Batch(
    [body.replace("{n}", str(n)) + "\nst.text('after')" for n, (_, body) in enumerate(LAYOUT_ERRORS)])


@pytest.mark.parametrize("number", range(len(LAYOUT_ERRORS)), ids=[e[0] for e in LAYOUT_ERRORS])
def test_form_layout_rules(number):
    LAYOUT_ERRORS_BATCH.assert_case_same(number)


def test_form_layout_rules_whole_page():
    LAYOUT_ERRORS_BATCH.assert_same()


def test_form_widgets_inside_columns_of_a_form_commit_on_submit():
    assert_same(
        """
        import streamlit as st
        with st.form("f"):
            left, right = st.columns(2)
            a = left.text_input("A", key="a")
            b = right.checkbox("B", key="b")
            st.form_submit_button()
        st.text(f"{a!r} {b}")
        """,
        [both(set_value("text_input", "a", "x"), set_value("checkbox", "b", True)),
         click(0)],
    )


def test_a_disabled_submit_button_and_form_widgets():
    assert_same(
        """
        import streamlit as st
        with st.form("f"):
            st.text_input("A", key="a", disabled=True)
            pressed = st.form_submit_button(disabled=True)
        st.text(f"{pressed} {st.session_state.a!r}")
        """,
        [rerun],
    )


def test_st_button_callback_sees_form_values_only_after_submit():
    assert_same(
        """
        import streamlit as st
        def show():
            st.session_state.shown = st.session_state.inner
        with st.form("f"):
            st.text_input("Inner", key="inner")
            st.form_submit_button()
        st.button("Show", on_click=show)
        st.text(repr(st.session_state.get("shown")))
        """,
        [set_value("text_input", "inner", "staged"), click(1), click(0), click(1)],
    )


def test_set_state_of_a_form_widget_from_outside_before_the_form():
    assert_same(
        """
        import streamlit as st
        if st.button("Fill"):
            pass
        with st.form("f"):
            st.text_input("Inner", key="inner")
            st.form_submit_button()
        st.text(repr(st.session_state.inner))
        """,
        [set_state("inner", "from tester"), click(1)],
    )
