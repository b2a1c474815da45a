"""Session state and widget state, beyond what the conformance suite pins:
stale-widget clean-up, state set before a widget exists, deletes, reserved and
empty keys, the mapping API, and how the state is shown."""

from __future__ import annotations

import datetime

import pytest

from support.differential import (
    Batch,
    assert_same,
    click,
    rerun,
    set_state,
    set_value,
)

# --------------------------------------------------------- stale clean-up
CONDITIONAL_WIDGET = """
import streamlit as st
show = st.checkbox("Show", value=True, key="show")
if show:
    st.text_input("Name", value="default", key="name")
st.text(repr(st.session_state.get("name", "<missing>")))
"""


def test_a_widget_not_rendered_loses_its_state_and_comes_back_at_its_default():
    snaps = assert_same(CONDITIONAL_WIDGET, [
        set_value("text_input", "name", "typed"),
        set_value("checkbox", "show", False),   # hidden: still in state this run
        rerun,                                  # gone after the run that hid it
        set_value("checkbox", "show", True),    # back at its default
    ])
    assert [s.texts[-1] for s in snaps] == [
        "'default'", "'typed'", "'typed'", "'<missing>'", "'default'"]


def test_user_keys_are_never_cleaned_up():
    assert_same(
        """
        import streamlit as st
        if "first" not in st.session_state:
            st.session_state.first = "kept"
            st.session_state["other"] = [1, 2]
        st.text(f"{st.session_state.first} {st.session_state.other}")
        """,
        [rerun, rerun],
    )


def test_a_user_key_named_like_a_removed_widget_survives_after_it_is_reassigned():
    # After the widget is gone, writing its key makes a plain user key.
    assert_same(
        """
        import streamlit as st
        if st.session_state.get("phase", 0) == 0:
            st.text_input("Name", key="name")
        elif st.session_state.phase == 1:
            st.session_state.name = "user value"
        st.text(repr(st.session_state.get("name")))
        """,
        [set_value("text_input", "name", "typed"), set_state("phase", 1), set_state("phase", 2),
         rerun],
    )


def test_unkeyed_widget_state_is_dropped_with_the_widget():
    assert_same(
        """
        import streamlit as st
        if st.session_state.get("show", True):
            st.text(repr(st.slider("Level", 0, 10, 3)))
        """,
        [set_value("slider", 0, 8), set_state("show", False), set_state("show", True)],
    )


def test_a_widget_hidden_by_st_stop_keeps_its_state():
    # st.stop() ends the run early; Streamlit still cleans up the widgets that
    # were not rendered (the script *finished*, just early).
    assert_same(
        """
        import streamlit as st
        st.text_input("Top", key="top")
        if st.session_state.get("stop", False):
            st.stop()
        st.text_input("Bottom", key="bottom")
        st.text(repr(st.session_state.bottom))
        """,
        [set_value("text_input", "bottom", "typed"), set_state("stop", True),
         set_state("stop", False)],
    )


def test_an_exception_keeps_the_widgets_below_it():
    # An uncaught exception skips the clean-up: widgets below keep their state.
    assert_same(
        """
        import streamlit as st
        st.text_input("Top", key="top")
        if st.session_state.get("fail", False):
            raise RuntimeError("boom")
        st.text_input("Bottom", key="bottom")
        st.text(repr(st.session_state.bottom))
        """,
        [set_value("text_input", "bottom", "typed"), set_state("fail", True),
         set_state("fail", False)],
    )


# --------------------------------------------- state set before creation
STATE_BEFORE_WIDGET = [
    ('st.text_input("T", value="from value=", key="w")', "from state"),
    ('st.number_input("N", value=1, key="w")', 42),
    ('st.number_input("N", value=1.5, key="w")', 2.5),
    ('st.slider("S", 0, 10, 5, key="w")', 9),
    ('st.slider("S", 0, 10, (2, 5), key="w")', (1, 9)),
    ('st.checkbox("C", value=False, key="w")', True),
    ('st.selectbox("Sel", ["a", "b", "c"], index=0, key="w")', "c"),
    ('st.selectbox("Sel", ["a", "b", "c"], key="w")', None),
    ('st.radio("R", ["a", "b", "c"], key="w")', "b"),
    ('st.multiselect("M", ["a", "b", "c"], default=["a"], key="w")', ["b", "c"]),
    ('st.select_slider("SS", ["a", "b", "c"], key="w")', "c"),
    ('st.color_picker("Col", "#000000", key="w")', "#00ff00"),
    ('st.number_input("N", value=1, key="w")', None),
    ('st.time_input("T", value=None, key="w")', None),
    ('st.selectbox("Sel", ["a", "b", "c"], key="w")', "not an option"),
    ('st.radio("R", ["a", "b", "c"], key="w")', "not an option"),
    ('st.multiselect("M", ["a", "b", "c"], key="w")', ["a", "zzz"]),
    ('st.number_input("N", 0, 10, 5, key="w")', 99),
    # Values of another type than the widget's. (Not compared: a str in a
    # checkbox/date_input key, an int in a text_input key -- Streamlit fails
    # with protobuf's TypeError while sending such a value to the browser.)
    ('st.number_input("N", value=1, key="w")', 2.5),
    ('st.slider("S", 0, 10, key="w")', 50),
    ('st.slider("S", 0, 10, key="w")', (2, 3)),
    ('st.slider("S", 0.0, 1.0, key="w")', 0.5),
    ('st.select_slider("SS", ["a", "b", "c"], key="w")', ("a", "c")),
    ('st.date_input("D", key="w")', (datetime.date(2024, 1, 1), datetime.date(2024, 1, 3))),
    ('st.date_input("D", datetime.date(2024, 1, 1), min_value=datetime.date(2023, 1, 1), key="w")',
     datetime.date(2020, 1, 1)),
    ('st.time_input("T", datetime.time(1), key="w")', datetime.time(2, 30, 45)),
    ('st.multiselect("M", ["a", "b", "c"], max_selections=1, key="w")', ["a", "b"]),
    ('st.color_picker("Col", key="w")', "not a color"),
    ('st.radio("R", ["a", "b"], key="w")', None),
    ('st.text_area("TA", "x", key="w")', None),
]

STATE_BEFORE_WIDGET_BATCH = Batch(
    [f"""
     if "w{n}" not in st.session_state:
         st.session_state["w{n}"] = {state_value!r}
     x = {call.replace('key="w"', f'key="w{n}"')}
     st.text(repr(x))
     st.text(repr(st.session_state["w{n}"]))
     """ for n, (call, state_value) in enumerate(STATE_BEFORE_WIDGET)],
    steps=[rerun],
)


@pytest.mark.parametrize("number", range(len(STATE_BEFORE_WIDGET)),
                         ids=[f"{c} <- {v!r}" for c, v in STATE_BEFORE_WIDGET])
def test_state_set_before_the_widget_wins_over_value(number):
    first_run, _ = STATE_BEFORE_WIDGET_BATCH.assert_case_same(number)
    texts = [e[1] for e in first_run if e[0] == "text"]
    if not texts[0].startswith("!"):
        assert texts[0] == texts[1]  # what the widget returned is what the state holds


def test_value_set_in_a_callback_for_another_widget():
    assert_same(
        """
        import streamlit as st
        def copy():
            st.session_state.target = st.session_state.source.upper()
            st.session_state.level = len(st.session_state.source)
        st.text_input("Source", key="source", on_change=copy)
        st.text_input("Target", key="target")
        st.slider("Level", 0, 20, key="level")
        st.text(f"{st.session_state.target} {st.session_state.level}")
        """,
        [set_value("text_input", "source", "hello"), set_value("text_input", "target", "edited"),
         set_value("text_input", "source", "hi")],
    )


def test_deleting_a_widget_key_resets_the_widget():
    assert_same(
        """
        import streamlit as st
        def forget():
            del st.session_state.name
        st.text_input("Name", value="default", key="name")
        st.button("Forget", on_click=forget)
        st.text(repr(st.session_state.get("name")))
        """,
        [set_value("text_input", "name", "typed"), click(0), rerun],
    )


def test_deleting_a_widget_key_in_the_body_before_the_widget():
    assert_same(
        """
        import streamlit as st
        if st.session_state.get("reset"):
            del st.session_state["name"]
            st.session_state.reset = False
        st.text_input("Name", value="default", key="name")
        st.text(repr(st.session_state.name))
        """,
        [set_value("text_input", "name", "typed"), set_state("reset", True), rerun],
    )


# Not compared: deleting a widget's key from the tester between runs. Streamlit's
# own AppTest then fails in its next run() (KeyError while it collects the
# widget values of the previous page); a browser cannot do it at all.


def test_writing_a_widget_key_in_a_run_before_the_widget_is_rendered():
    # The widget appears in the run after the one that wrote its key.
    assert_same(
        """
        import streamlit as st
        if st.session_state.get("phase", 0) == 0:
            st.session_state.late = "written early"
            st.session_state.phase = 1
        else:
            st.text(repr(st.text_input("Late", key="late")))
        """,
        [rerun, rerun],
    )


def test_writing_a_widget_key_after_the_widget_raises_and_keeps_the_widget_value():
    snaps = assert_same(
        """
        import streamlit as st
        st.number_input("N", value=1, key="n")
        st.session_state.n = 5
        """,
        [set_value("number_input", "n", 3), rerun],
    )
    assert snaps[1].exception_types == ["StreamlitWidgetAlreadyInstantiatedError"]


def test_writing_a_widget_key_from_the_tester_between_runs():
    assert_same(
        """
        import streamlit as st
        def log():
            st.session_state.log = st.session_state.get("log", []) + [st.session_state.n]
        st.number_input("N", value=1, key="n", on_change=log)
        st.text(repr(st.session_state.get("log")))
        """,
        [set_state("n", 7), rerun, set_value("number_input", "n", 8)],
    )


# -------------------------------------------------- keys and their errors
KEY_ACCESS = [
    'st.session_state[""] = 1',
    'st.text(st.session_state[""])',
    'st.text("" in st.session_state)',
    'st.session_state["$$ID-abc-None"] = 1',
    'st.text(st.session_state["$$ID-abc-None"])',
    'st.text_input("T", key="")',
    'st.text_input("T", key="$$ID-x")',
    'st.text(st.session_state.get("missing", "fallback"))',
    'del st.session_state["missing"]',
    'del st.session_state.missing',
    'st.text(st.session_state.missing)',
    'st.text(st.session_state["missing"])',
    'st.session_state[1] = "int key"; st.text(st.session_state["1"])',
    'st.session_state.x = 1; st.text(getattr(st.session_state, "x"))',
    'st.text(hasattr(st.session_state, "nothing"))',
    'st.text(st.session_state.setdefault("k", 5)); st.text(st.session_state.k)',
    'st.text(st.session_state.pop("missing", "popped default"))',
    'st.session_state.update({"a": 1, "b": 2}); st.text(sorted(st.session_state.keys()))',
    'st.session_state.a = 1; st.session_state.clear(); st.text(len(st.session_state))',
    'st.session_state.a = 1; st.text(st.session_state.to_dict())',
    'st.text(st.session_state == {})',
]

# The cases run in order in one script, so later ones see the keys earlier
# ones set (identically on both backends).
KEY_ACCESS_BATCH = Batch(KEY_ACCESS)


@pytest.mark.parametrize("number", range(len(KEY_ACCESS)), ids=KEY_ACCESS)
def test_key_access_and_errors(number):
    KEY_ACCESS_BATCH.assert_case_same(number)


def test_mapping_api_on_an_empty_state():
    snaps = assert_same(
        """
        import streamlit as st
        st.text(len(st.session_state))
        st.text(list(st.session_state))
        st.text(list(st.session_state.keys()))
        st.text(list(st.session_state.items()))
        st.text(st.session_state.get("x"))
        st.text("x" in st.session_state)
        st.text(bool(st.session_state))
        st.text(st.session_state.to_dict())
        """
    )
    assert snaps[0].texts == ["0", "[]", "[]", "[]", "None", "False", "False", "{}"]


def test_write_session_state_with_widgets_and_user_keys():
    assert_same(
        """
        import streamlit as st
        st.session_state.setdefault("count", 0)
        st.text_input("Name", key="name")
        st.checkbox("Unkeyed")
        st.write(st.session_state)
        st.json(st.session_state)
        st.text(str(sorted(st.session_state.to_dict())))
        """,
        [set_value("text_input", "name", "abc"), set_value("checkbox", 0, True)],
    )


def test_str_of_the_state_and_writing_it():
    assert_same(
        """
        import streamlit as st
        st.session_state.a = 1
        st.text(str(st.session_state))
        st.write("state:", st.session_state)
        """
    )


def test_repr_of_the_state_is_the_dict_unlike_streamlit():
    # Product difference: Streamlit's proxy has object's default repr
    # ("<...SessionStateProxy object at 0x...>"); in a notebook, showing the
    # state itself is what a user wants from `st.session_state` in a cell.
    from streamlit_cell.testing import AppTest

    at = AppTest.from_string(
        "import streamlit as st\nst.session_state.a = 1\nst.text(repr(st.session_state))"
    ).run()
    assert at.text[0].value == "{'a': 1}"


def test_tester_reads_widget_values_by_key_and_unknown_keys_are_missing():
    snaps = assert_same(
        """
        import streamlit as st
        st.slider("S", 0, 10, 4, key="s")
        st.button("B", key="b")
        st.text_input("Unkeyed")
        """,
        [set_value("slider", "s", 6), click("b")],
    )
    assert set(snaps[-1].state) == {"s", "b"}


def test_a_disabled_widget_cannot_be_changed_by_the_tester_and_fires_no_callback():
    snaps = assert_same(
        """
        import streamlit as st
        def cb():
            st.session_state.called = True
        x = st.text_input("T", disabled=True, key="t", on_change=cb)
        st.text(repr(x))
        st.text(repr(st.session_state.get("called")))
        """,
        [set_value("text_input", "t", "typed"), rerun],
    )
    assert snaps[1].step_error == "AppTestError"


def test_on_change_ignore_still_commits_the_value():
    assert_same(
        """
        import streamlit as st
        st.checkbox("Quiet", key="quiet", on_change="ignore")
        st.text(repr(st.session_state.quiet))
        """,
        [set_value("checkbox", "quiet", True)],
    )


def test_mutating_a_widget_value_the_script_got_leaves_the_state_alone():
    # Streamlit returns a deep copy of a widget's value (register_widget), so
    # the script may change the list it got; an immutable value needs no copy.
    snaps = assert_same(
        """
        import streamlit as st
        picked = st.multiselect("fruit", ["apple", "pear", "plum"], ["apple"], key="fruit")
        picked.append("changed by the script")
        name = st.text_input("name", "ann", key="name")
        st.text(f"{st.session_state.fruit} {st.session_state.name} {len(picked)}")
        """,
        [rerun, set_value("multiselect", "fruit", ["pear", "plum"]), rerun],
    )
    assert snaps[-1].texts[-1] == "['pear', 'plum'] ann 3"
