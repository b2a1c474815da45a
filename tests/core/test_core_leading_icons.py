"""Leading icons, compared with Streamlit's AppTest: an alert whose body
starts with an emoji or a Material shortcode shows it as its icon (and not
in its text); a pills / segmented-control option whose first word is an icon
is listed by the tester as its content only. Found on apps written by others
("🚨 Something failed" is a common way to decorate an alert)."""

from __future__ import annotations

import pytest

from support.differential import app_test_class

pytest.importorskip("streamlit")

ALERTS = """
import streamlit as st
st.warning("⚠️ Disk almost full")
st.error("🚨Build failed")
st.info(":material/info: Read the guide")
st.info(":material/Info:Capitalised shortcode")
st.info(":material/not valid: text kept")
st.success("Saved ✅ in the middle")
st.info("👩🏽‍💻 - joined emoji then a dash")
st.info("🎉")
st.info("🔔 explicit icon wins", icon="⏰")
st.info("🔔 empty icon keeps the text", icon="")
st.error('''
    📦 Dedented first, then the icon is taken
''')
"""

OPTIONS = """
import streamlit as st
picked = st.pills("Fruit", ["🍎 Apple", ":material/eco: Leaf", "Plain", "🍌", "🍇🍇 two"],
                  key="fruit")
st.segmented_control("Mode", ["✏️ Edit", "👀View"], key="mode")
st.write(picked)
"""


def _alerts(backend: str) -> list[tuple[str, str, str]]:
    at = app_test_class(backend).from_string(ALERTS).run()
    return [(node.type, node.value, node.icon) for node in at.main.children.values()]


def test_alerts_take_their_leading_icon_as_streamlit_does():
    ours = _alerts("streamlit_cell")
    assert ours == _alerts("streamlit")
    assert ours[0] == ("warning", "Disk almost full", "⚠️")
    assert ours[2] == ("info", "Read the guide", ":material/info:")


def _options(backend: str) -> tuple[list[list[str]], list[str]]:
    at = app_test_class(backend).from_string(OPTIONS).run()
    options = [list(group.options) for group in at.button_group]
    at.button_group(key="fruit").set_value("🍎 Apple").run()
    return options, [m.value for m in at.markdown]


def test_button_group_options_are_listed_without_their_icon():
    ours = _options("streamlit_cell")
    assert ours == _options("streamlit")
    assert ours[0][0] == ["Apple", "Leaf", "Plain", "", "🍇🍇 two"]
    assert ours[1] == ["🍎 Apple"]  # the value is still the whole option
