"""``st.set_page_config`` and ``st.balloons`` / ``st.snow`` in a cell's app.

The layout sets the width of the app's main area (Streamlit's centered
content width by default, the whole output width with ``layout="wide"``), an
integer sidebar state the sidebar's width; settings persist across runs, as
Streamlit's calls are additive, and an unchanged setting sends nothing.
"""

from __future__ import annotations

import ipywidgets as w

from support.ui import button, find_all, texts
from streamlit_cell.elements.page_config import CENTERED_WIDTH


def test_the_default_layout_is_centered(run_cell):
    app = run_cell("st.text('hi')")
    assert app.main_view.widget.layout.max_width == CENTERED_WIDTH


def test_wide_layout_fills_the_output(run_cell):
    app = run_cell("""
st.set_page_config(page_title="Wide app", page_icon="🧊", layout="wide")
st.text("hi")
""")
    assert app.main_view.widget.layout.max_width is None
    # Title and icon label a browser tab in Streamlit: kept, not shown here.
    assert app.page_config["page_title"] == "Wide app"
    assert texts(app) == ["hi"]


def test_settings_persist_and_later_calls_override(run_cell):
    app = run_cell("""
if "wide" not in st.session_state:
    st.session_state.wide = True
if st.session_state.wide:
    st.set_page_config(layout="wide")
if st.button("Narrow"):
    st.set_page_config(layout="centered")
st.session_state.wide = False
""")
    assert app.main_view.widget.layout.max_width is None
    app.run({})  # a run that does not call set_page_config keeps the layout
    assert app.main_view.widget.layout.max_width is None
    button(app, "Narrow").click()
    assert app.main_view.widget.layout.max_width == CENTERED_WIDTH


def test_unchanged_page_config_sends_no_message(run_cell, comm_log):
    app = run_cell('st.set_page_config(layout="wide")\nst.text("x")')
    comm_log.clear()
    app.run({})
    assert comm_log.updates() == []


def test_sidebar_width_in_pixels(run_cell):
    app = run_cell('st.set_page_config(initial_sidebar_state=320)\nst.sidebar.text("side")')
    assert app.sidebar_view.widget.layout.width == "320px"


def test_a_page_config_error_is_shown_in_place(run_cell):
    app = run_cell('st.text("above")\nst.set_page_config(layout="full")')
    assert texts(app)[0] == "above"
    # The message is Markdown: `layout` shows as code.
    assert "Invalid layout value. Supported values: 'centered', 'wide'." in texts(app)[1]


def effect_widgets(app) -> list[w.HTML]:
    return [x for x in find_all(app, w.HTML) if "stc-effect" in x.value]


def test_balloons_and_snow_play_over_the_app_without_taking_room(run_cell):
    app = run_cell("st.balloons()\nst.snow()\nst.text('after')")
    balloons, snow = effect_widgets(app)
    assert "🎈" in balloons.value and "stc-effect-balloons" in balloons.value
    assert "❄️" in snow.value and "stc-effect-snow" in snow.value
    assert balloons.layout.height == "0px"
    assert texts(app)[-1] == "after"


def test_balloons_replay_on_every_run_that_calls_them(run_cell):
    app = run_cell("if st.button('Celebrate'):\n    st.balloons()")
    assert effect_widgets(app) == []
    button(app, "Celebrate").click()
    (first,) = effect_widgets(app)
    shown = first.value
    button(app, "Celebrate").click()
    (again,) = effect_widgets(app)
    assert again is first and again.value != shown  # same widget, new effect: it replays
