"""The contract between commands, renderer and AppTest: every element type a
``st.*`` command produces has its props declared (``runtime/element_props``),
a view registered in ``render`` and a node in AppTest; and what commands put
in props matches the declaration."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from streamlit_cell.runtime.element_props import BLOCK_TYPES, ELEMENT_PROPS
from streamlit_cell.runtime.page_tree import TRANSIENT_CLEARED, Block, Element, walk
from streamlit_cell.testing import AppTest
from streamlit_cell.testing.nodes import ElementTree, Node, Widget

PACKAGE = Path(__import__("streamlit_cell").__file__).parent
#: Calls whose first argument is the type of the element they make.
_MAKERS = {"Element", "Block", "_widget_element"}


def _element_types_in_source() -> dict[str, str]:
    """Element type -> a module that makes it, for every literal type passed
    to Element(...), Block(...) or DeltaGenerator._widget_element(...)."""
    found: dict[str, str] = {}
    for path in sorted((PACKAGE / "elements").rglob("*.py")) + sorted((PACKAGE / "runtime").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            first = node.args[0]
            if name in _MAKERS and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, path.name)
    return found


def _required(props_class: type) -> set[str]:
    # Annotations are strings (``from __future__ import annotations``).
    return {name for name, annotation in props_class.__annotations__.items()
            if not str(getattr(annotation, "__forward_arg__", annotation)).startswith("NotRequired[")}


def test_every_element_type_a_command_makes_has_declared_props():
    made = _element_types_in_source()
    assert len(made) > 40  # the scan finds the commands
    missing = {t: module for t, module in made.items()
               if t not in ELEMENT_PROPS and t != TRANSIENT_CLEARED}
    assert not missing, f"declare their props in runtime/element_props.py: {missing}"


@pytest.mark.parametrize("element_type", sorted(ELEMENT_PROPS))
def test_every_element_type_has_a_view_and_an_apptest_node(element_type):
    import streamlit_cell.render  # noqa: F401 - registers every view
    from streamlit_cell.render.base import VIEWS

    assert element_type in VIEWS or element_type in BLOCK_TYPES, \
        f"register a view for {element_type!r} (render/, @register_view)"
    props = {name: None for name in ELEMENT_PROPS[element_type].__annotations__}
    element = (Block if element_type in BLOCK_TYPES else Element)(element_type, props, id="x")
    # Charts and media are UnknownElement nodes, as in Streamlit's AppTest.
    node_class = ElementTree.node_class(element)
    assert issubclass(node_class, Node), f"give {element_type!r} a node class in testing/nodes.py"


_MANY_COMMANDS = """
import streamlit as st
st.title("T"); st.header("H"); st.subheader("S"); st.markdown("*m*"); st.caption("c")
st.text("t"); st.code("x = 1"); st.latex("x^2"); st.divider(); st.json({"a": 1})
st.error("e"); st.warning("w"); st.info("i"); st.success("s"); st.exception(ValueError("v"))
st.metric("M", 1, 2); st.badge("b"); st.help(len); st.html("<b>x</b>"); st.empty()
st.progress(10, text="p"); st.toast("toast"); st.space()
st.button("B"); st.checkbox("C"); st.toggle("Tg"); st.radio("R", ["a", "b"])
st.selectbox("Sb", ["a"]); st.multiselect("Ms", ["a"]); st.slider("Sl"); st.select_slider("Ss", [1, 2])
st.text_input("Ti"); st.text_area("Ta"); st.number_input("N"); st.date_input("D"); st.time_input("Tm")
st.color_picker("Cp"); st.pills("P", ["a"]); st.segmented_control("Sc", ["a"]); st.feedback()
st.file_uploader("F"); st.link_button("L", "https://example.com"); st.chat_input("Ci")
st.camera_input("Cam", resolution="480p"); st.audio_input("Mic", sample_rate=None)
st.page_link("https://example.com", label="Pl")
st.download_button("Db", b"x"); st.table({"a": [1]}); st.dataframe({"a": [1]})
st.data_editor({"a": [1]}); st.image("https://example.com/a.png"); st.audio(b"x"); st.video("https://example.com/v.mp4")
st.iframe("https://example.com") if hasattr(st, "iframe") else None
a, b = st.columns(2)
with a.expander("E"):
    st.write("in")
with st.form("f", clear_on_submit=True):
    st.text_input("In form"); st.form_submit_button()
with st.container(border=True):
    st.popover("Po").write("x")
t1, t2 = st.tabs(["1", "2"])
with st.chat_message("user"):
    st.write("hi")
with st.status("St"):
    st.write("s")
st.sidebar.write("side")
"""


def test_what_commands_put_in_props_matches_the_declaration():
    at = AppTest.from_string(textwrap.dedent(_MANY_COMMANDS)).run()
    assert [error.value for error in at.exception] == ["v"]  # st.exception's own
    result = at._result
    checked = set()
    problems = []
    for root in result.roots:
        for element in walk(root):
            if element is root or element.type == TRANSIENT_CLEARED:
                continue
            declared = ELEMENT_PROPS.get(element.type)
            if declared is None:
                problems.append(f"{element.type}: no props declared")
                continue
            checked.add(element.type)
            if element.is_widget and element.type not in ("data_editor", "link_button"):
                # (Streamlit's AppTest has no widget node for those two either.)
                assert isinstance(at._root()._wrap(element), Widget), element.type
            unknown = set(element.props) - set(declared.__annotations__)
            missing = _required(declared) - set(element.props)
            if unknown or missing:
                problems.append(f"{element.type}: unknown {sorted(unknown)}, missing {sorted(missing)}")
    assert not problems
    assert len(checked) > 45
