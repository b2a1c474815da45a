"""Callbacks (order, arguments, errors) and the run controls st.rerun / st.stop."""

from __future__ import annotations

import datetime as dt

import pytest

from support.differential import Batch, assert_same, both, click, rerun, set_state, set_value


def test_callbacks_of_several_changed_widgets_run_in_page_order():
    snaps = assert_same(
        """
        import streamlit as st
        if "order" not in st.session_state:
            st.session_state.order = []
        def note(name):
            st.session_state.order.append(name)
        st.sidebar.checkbox("Side", key="side", on_change=note, args=("side",))
        st.text_input("First", key="first", on_change=note, args=("first",))
        left, right = st.columns(2)
        right.slider("Right", 0, 5, key="right", on_change=note, args=("right",))
        left.number_input("Left", key="left", on_change=note, args=("left",))
        st.checkbox("Unchanged", key="unchanged", on_change=note, args=("unchanged",))
        st.button("Last", key="last", on_click=note, args=("last",))
        st.text(str(st.session_state.order))
        """,
        [both(set_value("checkbox", "side", True), set_value("button", "last", True),
              set_value("slider", "right", 3), set_value("number_input", "left", 2.0),
              set_value("text_input", "first", "x"))],
    )
    assert snaps[1].texts == ["['first', 'left', 'right', 'last', 'side']"]


# (widget kind, call with on_change wired to `cb`, value to set)
CALLBACK_WIDGETS = [
    ("button", 'st.button("W", key="w", on_click=cb, {extra})', True),
    ("checkbox", 'st.checkbox("W", key="w", on_change=cb, {extra})', True),
    ("toggle", 'st.toggle("W", key="w", on_change=cb, {extra})', True),
    ("number_input", 'st.number_input("W", key="w", on_change=cb, {extra})', 3.5),
    ("text_input", 'st.text_input("W", key="w", on_change=cb, {extra})', "typed"),
    ("text_area", 'st.text_area("W", key="w", on_change=cb, {extra})', "typed"),
    ("slider", 'st.slider("W", 0, 9, key="w", on_change=cb, {extra})', 4),
    ("slider", 'st.slider("W", 0, 9, (1, 2), key="w", on_change=cb, {extra})', (3, 7)),
    ("select_slider", 'st.select_slider("W", [1, 2, 3], key="w", on_change=cb, {extra})', 3),
    ("selectbox", 'st.selectbox("W", ["a", "b"], key="w", on_change=cb, {extra})', "b"),
    ("radio", 'st.radio("W", ["a", "b"], key="w", on_change=cb, {extra})', "b"),
    ("multiselect", 'st.multiselect("W", ["a", "b"], key="w", on_change=cb, {extra})', ["b", "a"]),
    ("date_input", 'st.date_input("W", datetime.date(2024, 1, 1), key="w", on_change=cb, {extra})',
     dt.date(2024, 5, 6)),
    ("time_input", 'st.time_input("W", datetime.time(1, 0), key="w", on_change=cb, {extra})',
     dt.time(2, 15)),
    ("color_picker", 'st.color_picker("W", key="w", on_change=cb, {extra})', "#123456"),
]


def _set_every_widget(at) -> None:
    for number, (kind, _, new_value) in enumerate(CALLBACK_WIDGETS):
        getattr(at, kind)(key=f"w{number}").set_value(new_value)


# All widgets in one script; one run changes them all, so every callback runs.
CALLBACK_BATCH = Batch(
    [f"""
     def cb(*args, **kwargs):
         st.session_state["got{n}"] = (args, kwargs, st.session_state["w{n}"])
     {call.replace('key="w"', f'key="w{n}"').format(extra='args=(1, [2]), kwargs={"k": "v"}')}
     st.text(repr(st.session_state.get("got{n}")))
     """ for n, (_, call, _) in enumerate(CALLBACK_WIDGETS)],
    steps=[_set_every_widget],
)


@pytest.mark.parametrize("number", range(len(CALLBACK_WIDGETS)),
                         ids=[f"{w[0]}-{i}" for i, w in enumerate(CALLBACK_WIDGETS)])
def test_callbacks_get_args_and_kwargs_and_see_the_new_value(number):
    CALLBACK_BATCH.assert_case_same(number)
    kind, _, new_value = CALLBACK_WIDGETS[number]
    got = CALLBACK_BATCH.snapshots("streamlit")[1].state[f"got{number}"]
    assert got[1][:2] == [("tuple", [("int", 1), ("list", [("int", 2)])]), ("dict", {"k": "v"})]


def test_callbacks_whole_page_and_state():
    CALLBACK_BATCH.assert_same()


def test_a_callback_with_a_bad_signature_raises_type_error():
    assert_same(
        """
        import streamlit as st
        def cb(a):
            pass
        st.checkbox("C", key="c", on_change=cb, args=(1, 2))
        st.text("body ran")
        """,
        [set_value("checkbox", "c", True), rerun],
    )


def test_an_exception_in_a_callback_is_shown_and_the_next_run_works():
    snaps = assert_same(
        """
        import streamlit as st
        if "runs" not in st.session_state:
            st.session_state.runs = 0
        def cb():
            st.session_state.before_error = True
            raise ValueError("bad callback")
        st.session_state.runs += 1
        st.text_input("T", key="t", on_change=cb)
        st.text(f"runs={st.session_state.runs} t={st.session_state.t!r}")
        """,
        [set_value("text_input", "t", "x"), rerun, set_value("text_input", "t", "y")],
    )
    assert snaps[1].exceptions == [("ValueError", "bad callback")]
    assert snaps[1].texts == []                     # the body did not run
    assert snaps[1].state["before_error"] == ("bool", True)
    assert snaps[2].texts == ["runs=2 t='x'"]       # the value was kept


def test_an_exception_in_the_first_of_two_callbacks_skips_the_second():
    assert_same(
        """
        import streamlit as st
        def bad():
            raise KeyError("first")
        def good():
            st.session_state.second_ran = True
        st.checkbox("A", key="a", on_change=bad)
        st.checkbox("B", key="b", on_change=good)
        st.text(repr(st.session_state.get("second_ran")))
        """,
        [both(set_value("checkbox", "a", True), set_value("checkbox", "b", True)), rerun],
    )


def test_st_rerun_in_the_body():
    snaps = assert_same(
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        st.text(f"n={st.session_state.n}")
        if st.session_state.n < 3:
            st.rerun()
        st.text("done")
        """,
        [rerun],
    )
    assert snaps[0].texts == ["n=3", "done"]
    assert snaps[1].texts == ["n=4", "done"]


def test_st_rerun_after_a_widget_change_keeps_the_new_value_and_callbacks_run_once():
    assert_same(
        """
        import streamlit as st
        st.session_state.setdefault("calls", 0)
        st.session_state.setdefault("reran", False)
        def cb():
            st.session_state.calls += 1
        v = st.slider("S", 0, 10, key="s", on_change=cb)
        if v == 5 and not st.session_state.reran:
            st.session_state.reran = True
            st.rerun()
        st.text(f"v={v} calls={st.session_state.calls}")
        """,
        [set_value("slider", "s", 5), rerun],
    )


def test_st_rerun_in_a_callback():
    assert_same(
        """
        import streamlit as st
        st.session_state.setdefault("body_runs", 0)
        def cb():
            st.rerun()
        st.session_state.body_runs += 1
        st.button("B", on_click=cb)
        st.text(f"runs={st.session_state.body_runs}")
        """,
        [click(0)],
    )


def test_st_stop_in_a_callback():
    assert_same(
        """
        import streamlit as st
        def cb():
            st.session_state.in_cb = True
            st.stop()
        st.button("B", on_click=cb)
        st.text(f"body ran {st.session_state.get('in_cb')}")
        """,
        [click(0), rerun],
    )


def test_st_stop_ends_the_run_and_keeps_elements_above():
    snaps = assert_same(
        """
        import streamlit as st
        st.title("Top")
        name = st.text_input("Name", key="name")
        if not name:
            st.warning("Enter a name")
            st.stop()
        st.text(f"Hello {name}")
        """,
        [set_value("text_input", "name", "Ada"), set_value("text_input", "name", "")],
    )
    assert snaps[0].texts == ["Top"]
    assert snaps[1].texts == ["Top", "Hello Ada"]


def test_st_stop_inside_a_container_and_a_form():
    assert_same(
        """
        import streamlit as st
        with st.sidebar:
            st.text("side")
        with st.expander("E"):
            st.text("inside")
            with st.form("f"):
                st.text_input("T")
                st.form_submit_button()
                st.stop()
        st.text("never")
        """
    )


def test_exceptions_caught_by_the_script_do_not_catch_rerun_or_stop():
    assert_same(
        """
        import streamlit as st
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        try:
            if st.session_state.n == 1:
                st.rerun()
            st.stop()
        except Exception:
            st.text("swallowed")
        st.text("after")
        """
    )


def test_rerun_loop_is_bounded_in_streamlit_cell_only():
    # Product difference: Streamlit reruns forever; a notebook kernel must not
    # hang, so streamlit-cell stops after runner.maxConsecutiveReruns.
    from streamlit_cell import config
    from streamlit_cell.testing import AppTest

    previous = config.get_option("runner.maxConsecutiveReruns")
    config.set_option("runner.maxConsecutiveReruns", 5)
    try:
        at = AppTest.from_string(
            """
            import streamlit as st
            st.session_state.setdefault("n", 0)
            st.session_state.n += 1
            st.rerun()
            """
        ).run()
    finally:
        config.set_option("runner.maxConsecutiveReruns", previous)
    assert at.session_state.n == 6
    assert len(at.exception) == 1
    assert str(at.exception[0].proto.type).rsplit(".", 1)[-1] == "StreamlitAPIException"
    assert "maxConsecutiveReruns" in at.exception[0].message


def test_rerun_scope_fragment_outside_a_fragment():
    assert_same(
        """
        import streamlit as st
        st.rerun(scope="fragment")
        """
    )


def test_rerun_with_an_invalid_scope():
    assert_same(
        """
        import streamlit as st
        st.rerun(scope="page")
        """
    )


def test_callback_set_state_read_by_the_tester_and_state_set_by_tester_read_by_callback():
    assert_same(
        """
        import streamlit as st
        def cb():
            st.session_state.doubled = st.session_state.factor * st.session_state.n
        st.number_input("N", value=1, key="n", on_change=cb)
        st.text(repr(st.session_state.get("doubled")))
        """,
        [set_state("factor", 2), set_value("number_input", "n", 4), set_state("factor", 10),
         set_value("number_input", "n", 5)],
    )


RERUN_SCOPE_ERRORS = [
    'st.rerun(scope=5)', 'st.rerun(scope="")', 'st.rerun(scope=[])', 'st.rerun(scope=b"x")',
    'st.rerun(scope=3.5)', 'st.rerun(scope=["a", None])', 'st.rerun(scope=["a", ""])',
    'st.rerun(scope=["app"])', 'st.rerun(scope=["k1", 2])',
]
RERUN_SCOPE_BATCH = Batch(RERUN_SCOPE_ERRORS)


@pytest.mark.parametrize("number", range(len(RERUN_SCOPE_ERRORS)), ids=RERUN_SCOPE_ERRORS)
def test_rerun_scope_errors_in_the_body(number):
    [elements] = RERUN_SCOPE_BATCH.assert_case_same(number)
    assert elements[0][1].startswith("!")


def test_rerun_of_an_unknown_fragment_key_in_a_callback():
    assert_same(
        """
        import streamlit as st
        st.button("B", on_click=lambda: st.rerun("charts"))
        st.text("body")
        """,
        [click(0), rerun],
    )
