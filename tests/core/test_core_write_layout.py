"""st.write / st.json / text elements, and the layout containers."""

from __future__ import annotations

import pytest

from support.differential import (
    Batch,
    app_test_class,
    assert_same,
    click,
    option,
    rerun,
    run_backend,
    set_state,
    set_value,
)

# ------------------------------------------------------------------ st.write
WRITE_CASES = [
    'st.write("plain **markdown**")',
    'st.write("a", "b", "c")',
    'st.write(1, 2.5, -3)',
    'st.write("Count =", 3)',
    'st.write(True, None)',
    'st.write({"a": 1, "b": [1, 2]})',
    'st.write([1, "two", 3.0])',
    'st.write((1, 2))',
    'st.write({1, 2})',
    'st.write("x", {"a": 1}, "y")',
    'st.write(ValueError("bad value"))',
    'st.write("before", KeyError("k"), "after")',
    'st.write("multi\\nline")',
    'st.write(3 + 4j)',
    'st.write(b"bytes")',
    'st.write()',
    'st.write("")',
    'st.write("`code`", "text with `backticks`")',
    'st.write(1, unsafe_allow_html=True)',
    'st.write(range(3))',
    'st.write({"nested": {"deep": [1, {"x": None}]}})',
    'st.write(datetime.date(2024, 1, 2))',
    'st.write(collections.OrderedDict(a=1))',
    'st.write(collections.namedtuple("P", "x y")(1, 2))',
    'st.write({"k": 1}.keys())',
    'st.write(map(str, [1, 2]))',
    'st.write(st.session_state)',
    'st.json({"a": [1, 2], "b": None})',
    'st.json(\'{"already": "json"}\')',
    'st.json([1, 2, 3])',
    'st.json("not json")',
    'st.json(None)',
    'st.json({"date": datetime.date(2024, 1, 2)})',
    'st.json({"set": {1}})',
    'st.json(st.session_state)',
    'st.text("  indented\\n    more  ")',
    'st.markdown("""\n    # Title\n    body\n    """)',
    'st.code("  keep\\n    indent  ")',
    'st.caption(None)',
    'st.title(12)',
    'st.exception(RuntimeError("shown"))',
    'st.exception("not an exception")',
    'st.error("E"); st.warning("W"); st.info("I"); st.success("S")',
    'st.help(print)',
    'st.write(print, collections.Counter)',
    'st.dataframe({"a": [1, 2]}); st.table({"a": [1]})',
]


WRITE_BATCH = Batch(WRITE_CASES, prelude="st.session_state.counter = 1\n")


@pytest.mark.parametrize("number", range(len(WRITE_CASES)), ids=WRITE_CASES)
def test_write_json_and_text(number):
    WRITE_BATCH.assert_case_same(number)


def test_text_elements_are_dedented_and_stripped_code_is_not():
    # Compared raw (not through the whitespace-collapsing snapshot): an
    # indented triple-quoted Markdown string must not become a code block.
    script = (
        'import streamlit as st\n'
        'st.markdown("""\n    # Title\n      body\n    """)\n'
        'st.text("  a\\n    b  ")\n'
        'st.code("\\n  a\\n    b  \\n")\n'
        'st.write("  written  ")\n'
    )
    values = {}
    for backend in ("streamlit", "streamlit_cell"):
        at = app_test_class(backend).from_string(script).run()
        values[backend] = [(n.type, n.value) for n in at if n.type in ("markdown", "text", "code")]
    assert values["streamlit_cell"] == values["streamlit"]
    assert values["streamlit"][0] == ("markdown", "# Title\n  body")


# ---------------------------------------------------------------- containers
def test_widgets_inside_columns_keep_their_identity_and_values():
    assert_same(
        """
        import streamlit as st
        left, right = st.columns([2, 1])
        a = left.text_input("Same label")
        with right:
            b = st.number_input("N", value=1)
            c = st.checkbox("C")
        st.text(f"{a!r} {b} {c}")
        """,
        [set_value("text_input", 0, "typed"), set_value("number_input", 0, 5),
         set_value("checkbox", 0, True), rerun],
    )


def test_moving_an_unkeyed_widget_between_columns_keeps_it():
    # A column is not part of an unkeyed widget's identity (only the form and
    # whether it is in the sidebar are).
    assert_same(
        """
        import streamlit as st
        left, right = st.columns(2)
        where = right if st.session_state.get("move") else left
        st.text(repr(where.text_input("Name")))
        """,
        [set_value("text_input", 0, "typed"), set_state("move", True)],
    )


def test_moving_an_unkeyed_widget_into_the_sidebar_makes_a_new_one():
    assert_same(
        """
        import streamlit as st
        where = st.sidebar if st.session_state.get("move") else st
        st.text(repr(where.text_input("Name")))
        """,
        [set_value("text_input", 0, "typed"), set_state("move", True)],
    )


def test_empty_placeholder_replacement():
    snaps = assert_same(
        """
        import streamlit as st
        slot = st.empty()
        slot.text("first")
        slot.text("second")
        st.text("below")
        other = st.empty()
        other.markdown("md")
        with other:
            st.text("replaced by with")
        never = st.empty()
        """
    )
    assert snaps[0].texts == ["second", "below", "replaced by with"]


def test_empty_placeholder_holding_a_widget_then_cleared():
    assert_same(
        """
        import streamlit as st
        slot = st.empty()
        value = slot.text_input("Name", key="name")
        if value == "clear":
            slot.empty()
        st.text(repr(value))
        """,
        [set_value("text_input", "name", "clear"), rerun],
    )


def test_empty_placeholder_holding_a_container():
    assert_same(
        """
        import streamlit as st
        slot = st.empty()
        with slot.container():
            st.text("one")
            st.text("two")
        slot2 = st.empty()
        box = slot2.container()
        box.text("three")
        slot2.text("four")
        """
    )


def test_with_nesting_of_containers():
    snaps = assert_same(
        """
        import streamlit as st
        with st.container():
            st.text("c1")
            with st.expander("Exp", expanded=True):
                st.text("e1")
                left, right = st.columns(2)
                with right:
                    st.text("r1")
                    with st.container(border=True):
                        st.text("inner")
                with left:
                    st.text("l1")
                st.text("e2")
            st.text("c2")
        with st.sidebar:
            st.text("s1")
            with st.expander("Side exp"):
                st.text("s2")
            st.sidebar.text("s3")
        st.text("main end")
        outer = st.container()
        st.text("after outer")
        outer.text("into outer")
        tab_a, tab_b = st.tabs(["A", "B"])
        tab_b.text("in b")
        with tab_a:
            st.text("in a")
        """
    )
    assert snaps[0].texts == ["c1", "e1", "l1", "r1", "inner", "e2", "c2", "main end",
                              "into outer", "after outer", "in a", "in b", "s1", "s2", "s3"]


def test_element_returned_dg_replaces_its_element():
    assert_same(
        """
        import streamlit as st
        t = st.text("first")
        t.text("replaced")
        m = st.markdown("md")
        m.write("written over")
        st.write("end")
        """
    )


def test_write_of_several_args_into_a_placeholder_raises():
    assert_same(
        """
        import streamlit as st
        slot = st.empty()
        slot.write("a", "b")
        """
    )


LAYOUT_ARGUMENTS = [
    'st.columns(0)', 'st.columns([])', 'st.columns([1, -1])', 'st.columns(True)',
    'st.columns("ab")', 'st.columns([1, "x"])', 'st.columns(2, gap="huge")',
    'st.columns(2, gap=12)', 'st.columns(2, gap=None)', 'st.columns(2, vertical_alignment="middle")',
    'st.container(gap="LARGE")', 'st.expander("")', 'st.tabs([])',
    'c = st.columns(2)[0]\nc.columns(2)[0].columns(2)[0].text("deep")',
]
LAYOUT_ARGUMENTS_BATCH = Batch(LAYOUT_ARGUMENTS)


@pytest.mark.parametrize("number", range(len(LAYOUT_ARGUMENTS)), ids=LAYOUT_ARGUMENTS)
def test_layout_arguments_and_errors(number):
    LAYOUT_ARGUMENTS_BATCH.assert_case_same(number)


def test_sidebar_widgets_and_main_widgets_page_order_and_clicks():
    assert_same(
        """
        import streamlit as st
        st.sidebar.button("Side button", key="side")
        st.button("Main button", key="main")
        st.text(f"{st.session_state.side} {st.session_state.main}")
        """,
        [click("side"), click("main")],
    )


def test_expander_and_tabs_do_not_change_widget_identity():
    assert_same(
        """
        import streamlit as st
        if st.session_state.get("in_expander"):
            with st.expander("E"):
                v = st.slider("S", 0, 10)
        else:
            v = st.slider("S", 0, 10)
        st.text(repr(v))
        """,
        [set_value("slider", 0, 7), set_state("in_expander", True)],
    )


# ------------------------------------------------------ serializable state
@pytest.mark.parametrize("enforce", [False, True])
def test_serializable_state_enforcement(enforce):
    script = """
    import threading
    import streamlit as st
    st.text("start")
    if st.session_state.get("store"):
        st.session_state.lock = threading.Lock()
    st.text("end")
    """
    results = {}
    for backend in ("streamlit", "streamlit_cell"):
        with option(backend, "runner.enforceSerializableSessionState", enforce):
            results[backend] = run_backend(backend, script, [set_state("store", True), rerun])
    assert results["streamlit_cell"] == results["streamlit"]
    errors = [snap.exception_types for snap in results["streamlit"]]
    expected = ["UnserializableSessionStateError"] if enforce else []
    assert errors == [[], expected, expected]


def test_serializable_state_checks_widget_values_and_user_keys_at_the_end_of_the_run():
    script = """
    import streamlit as st
    st.session_state.fine = [1, 2]
    st.selectbox("Pick", [lambda: 1], format_func=lambda f: "the function", key="pick")
    st.text("body finished")
    """
    results = {}
    for backend in ("streamlit", "streamlit_cell"):
        with option(backend, "runner.enforceSerializableSessionState", True):
            results[backend] = run_backend(backend, script, [])
    assert results["streamlit_cell"][0].exception_types == results["streamlit"][0].exception_types
    assert results["streamlit_cell"][0].texts == results["streamlit"][0].texts
