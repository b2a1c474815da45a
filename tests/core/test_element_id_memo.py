"""The element-id memo is used only for immutable built-in arguments: a user's
object that hashes by identity may print differently from one run to the
next (Streamlit's id then changes), and the memo must not keep it alive."""

from __future__ import annotations

import gc
import weakref

from support.differential import assert_same, set_value

from streamlit_cell.runtime.element_ids import compute_element_id


class Thing:
    """Hashes by identity; prints its (changing) state."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Thing({self.name})"


def test_an_object_whose_repr_changed_gives_a_new_id():
    thing = Thing("a")
    first = compute_element_id("selectbox", None, label="Pick", options=(thing,))
    thing.name = "b"
    second = compute_element_id("selectbox", None, label="Pick", options=(thing,))
    assert first != second
    assert second == compute_element_id("selectbox", None, label="Pick",
                                        options=(Thing("b"),))


def test_the_memo_keeps_no_user_object_alive():
    thing = Thing("a")
    compute_element_id("selectbox", None, label="Pick", options=(thing,), default=thing)
    dead = weakref.ref(thing)
    del thing
    gc.collect()
    assert dead() is None


def test_equal_values_that_print_differently_get_their_own_ids():
    # 1 == 1.0 == True, also inside tuples, but their str() differ.
    ids = {compute_element_id("slider", None, value=value)
           for value in (1, 1.0, True, (1,), (1.0,), (True,), ((1,),), ((1.0,),))}
    assert len(ids) == 8
    assert compute_element_id("x", None, v=frozenset({1})) != \
        compute_element_id("x", None, v=frozenset({1.0}))


def test_immutable_arguments_are_still_memoised():
    compute_element_id("text_input", None, label="Name", value="", options=("a", (1, None)))
    from streamlit_cell.runtime import element_ids

    before = element_ids._memoised_id.cache_info().hits
    compute_element_id("text_input", None, label="Name", value="", options=("a", (1, None)))
    assert element_ids._memoised_id.cache_info().hits == before + 1


def test_an_option_whose_repr_changes_between_runs_makes_a_new_widget_as_in_streamlit():
    # Options reach the id as their labels (str), so this pins parity with
    # Streamlit end to end; the tests above pin the memo itself.
    assert_same(
        """
        import streamlit as st

        class Thing:
            def __init__(self):
                self.n = 0
            def __repr__(self):
                return f"Thing({self.n})"

        if "thing" not in st.session_state:
            st.session_state.thing = Thing()
        thing = st.session_state.thing
        if st.checkbox("Change it"):
            thing.n = 1
        picked = st.selectbox("Pick", options=("a", "b", thing), index=0)
        st.text(repr(picked))
        """,
        [set_value("selectbox", 0, "b"), set_value("checkbox", 0, True)],
    )
