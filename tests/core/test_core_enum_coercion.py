"""``runner.enumCoercion``, differential: a script defines its Enum class
afresh on every run, so an option chosen in one run is a member of the last
run's class; Streamlit makes it a member of this run's class (by name with
"nameOnly", by names and values with "nameAndValue", never with "off").
Compared with real Streamlit's AppTest for every choice widget."""

from __future__ import annotations

import textwrap
from typing import Any

import pytest

from support.differential import BACKENDS, Step, assert_same, option, run_backend

SCRIPT = """
import enum
import streamlit as st

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Other(enum.Enum):  # same names as Color: no coercion across classes
    RED = 1
    GREEN = 2
    BLUE = 3

def shown(name, value):
    if isinstance(value, (list, tuple)):
        st.text(f"{name}: {type(value).__name__} {[isinstance(v, Color) for v in value]} "
                f"{[getattr(v, 'name', v) for v in value]}")
    else:
        st.text(f"{name}: {isinstance(value, Color)} {getattr(value, 'name', value)}")

shown("selectbox", st.selectbox("selectbox", Color, key="selectbox"))
shown("selectbox list", st.selectbox("selectbox list", list(Color), key="selectbox_list"))
shown("radio", st.radio("radio", Color, key="radio"))
shown("multiselect", st.multiselect("multiselect", Color, default=[Color.RED], key="multiselect"))
shown("select_slider", st.select_slider("select_slider", Color, key="select_slider"))
shown("select_slider range", st.select_slider(
    "select_slider range", list(Color), value=(Color.RED, Color.GREEN), key="range"))
shown("pills", st.pills("pills", Color, key="pills"))
shown("pills multi", st.pills("pills multi", Color, selection_mode="multi", key="pills_multi"))
shown("segmented", st.segmented_control("segmented", Color, key="segmented"))
shown("mixed options", st.selectbox("mixed", [Color.RED, Other.GREEN, "text"], key="mixed"))
shown("state", st.session_state.selectbox)
"""


def choose(kind: str, key: str, pick: Any) -> Step:
    def step(at: Any) -> None:
        widget = getattr(at, kind)(key=key)
        widget.set_value(pick(widget))
    step.__name__ = f"choose({kind}, {key})"
    return step


def member(name: str) -> Any:
    """The member of the class the app showed last (the tester has no class)."""
    return lambda widget: type(widget.value if not isinstance(widget.value, (list, tuple))
                               else widget.value[0]).__members__[name]


STEPS = [
    choose("selectbox", "selectbox", member("GREEN")),
    choose("selectbox", "selectbox_list", member("BLUE")),
    choose("radio", "radio", member("GREEN")),
    choose("multiselect", "multiselect", lambda w: [*w.value, member("BLUE")(w)]),
    choose("select_slider", "select_slider", member("BLUE")),
    choose("select_slider", "range", lambda w: (member("GREEN")(w), member("BLUE")(w))),
]


@pytest.mark.parametrize("setting", ["nameOnly", "nameAndValue", "off"])
def test_enum_options_as_streamlit(setting: str) -> None:
    with option("streamlit", "runner.enumCoercion", setting), \
            option("streamlit_cell", "runner.enumCoercion", setting):
        snapshots = assert_same(SCRIPT, [*STEPS, lambda at: None])
    texts = snapshots[-1].texts
    coerced = setting != "off"
    assert f"selectbox: {coerced} GREEN" in texts
    assert "state: False GREEN" in texts  # session state keeps what was chosen


def test_default_setting_is_name_only() -> None:
    for backend in BACKENDS:
        from support.differential import config_module
        assert config_module(backend).get_option("runner.enumCoercion") == "nameOnly"


VALUES_CHANGED = """
import enum
import streamlit as st
run = st.session_state.setdefault("run", 0)
st.session_state.run += 1
# The class keeps its names; its values change from one run to the next.
Size = enum.Enum("Size", {"S": 1 + run, "L": 10 + run})
value = st.selectbox("size", Size, key="size")
st.text(f"{isinstance(value, Size)} {value.name}")
"""

NAMES_CHANGED = """
import enum
import streamlit as st
run = st.session_state.setdefault("run", 0)
st.session_state.run += 1
names = ["S", "L"] if run < 2 else ["S", "L", "XL"]
Size = enum.Enum("Size", names)
value = st.selectbox("size", Size, key="size")
st.text(f"{isinstance(value, Size)} {value.name}")
"""


@pytest.mark.parametrize("setting", ["nameOnly", "nameAndValue"])
@pytest.mark.parametrize("script", [VALUES_CHANGED, NAMES_CHANGED], ids=["values", "names"])
def test_what_each_setting_requires_to_match(setting: str, script: str) -> None:
    steps = [choose("selectbox", "size", member("L")), lambda at: None]
    with option("streamlit", "runner.enumCoercion", setting), \
            option("streamlit_cell", "runner.enumCoercion", setting):
        assert_same(script, steps)


def test_an_unknown_setting_fails_as_in_streamlit() -> None:
    script = SCRIPT.split("shown(\"selectbox list\"")[0]
    steps = [choose("selectbox", "selectbox", member("GREEN"))]
    results = {}
    for backend in BACKENDS:
        with option(backend, "runner.enumCoercion", "nameonly"):
            results[backend] = run_backend(backend, textwrap.dedent(script), steps)
    assert results["streamlit_cell"] == results["streamlit"]
    assert results["streamlit"][-1].exception_types == ["StreamlitValueError"]
