"""``st.help`` (and ``st.write`` / magic of a function or class), as
Streamlit's ``elements/help.py``: the name the script wrote, the type
("class" for classes), the docstring, the value (a readable repr, else
``module.qualname(signature)``), the members in Streamlit's order, and the
tester's ``Help.value``; compared field by field with real AppTest."""

from __future__ import annotations

from typing import Any

from support.differential import BACKENDS, app_test_class

SCRIPT = '''
import collections, math
import streamlit as st

def my_func(a, b=1):
    """Adds."""
    return a

class Thing:
    """A thing."""
    size = 3
    def go(self, x):
        pass
    @property
    def area(self):
        """The area."""
        return 1

my_func
Thing
st.help(my_func)
st.help(Thing)
t = Thing()
t
st.help(t)
math
st.help(math.floor)
x = 5
st.help(x)
st.help("hello")
st.write(my_func)
Point = collections.namedtuple("Point", "x y")
p = Point(1, 2)
st.help(p)
st.help(y := [1, 2])
st.help(Point(3, 4))
lambda q: q
if True:
    my_func
'''


def facts(backend: str) -> list[Any]:
    at = app_test_class(backend).from_string(SCRIPT)
    at.run(timeout=30)
    assert not at.exception
    return [(node.name, node.value, node.doc_string, node.proto.type, node.proto.value,
             [(m.name, m.type, m.value, m.doc_string) for m in node.proto.members])
            for node in at.get("help_info")]


def test_help_as_streamlit() -> None:
    expected, actual = (facts(backend) for backend in BACKENDS)
    assert actual == expected


def test_a_bare_function_via_magic_is_named_as_written() -> None:
    first = facts("streamlit_cell")[0]
    assert first[:2] == ("my_func", "my_func")
    assert first[3:5] == ("function", "__main__.my_func(a, b=1)")
    thing = facts("streamlit_cell")[1]
    assert thing[3] == "class"
    assert [m[:2] for m in thing[5]] == [("area", "property"), ("size", "int"), ("go", "function")]
