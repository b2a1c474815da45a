"""Streamlit's look on the widgets (render/look.py): the classes that put
labels above inputs and keep ``label_visibility`` exact, the toggle switch,
content-width buttons, the selectbox placeholder, the multiselect's chips,
toasts over the page; and no flicker when a toast is shown."""

from __future__ import annotations

import re

import ipywidgets as w
import pytest

from support.ui import DateField, Slider, button, find, find_all, front_end_clicks, front_end_sets, is_closed, \
    session_state, text, walk
from streamlit_cell.render.look import LOOK_STYLESHEET, app_stylesheet, config_theme, theme_css


def test_every_input_is_laid_out_with_its_label_above(run_cell):
    app = run_cell("""
import datetime as dt
st.text_input("Name")
st.number_input("Count", value=3)
st.text_area("Notes")
st.slider("Level", 0, 10, 3)
st.select_slider("Size", ["S", "M"])
st.selectbox("Pick", ["x"])
st.radio("Choose", ["a"])
st.multiselect("Many", ["m"])
st.date_input("Day", dt.date(2024, 1, 1))
st.time_input("Alarm", dt.time(8, 0))
st.color_picker("Colour")
""")
    inputs = [x for x in walk(app.body) if getattr(x, "description", "")
              and not isinstance(x, (w.Button, w.Checkbox, w.TagsInput, Slider, DateField))]
    assert len(inputs) == 6
    # Sliders, date and time boxes draw their own label above the control
    # (render/slider_widget.py, render/date_field.py).
    own = find_all(app, (Slider, DateField))
    assert [s.label_html for s in own] == [f'<div class="stc-widget-label">{name}</div>'
                                           for name in ("Level", "Size", "Day", "Alarm")]
    # TagsInput's front end shows no description: its label is an HTML above it.
    chips = find(app, w.TagsInput, "Many")
    (box,) = [x for x in walk(app.body) if chips in getattr(x, "children", ())]
    assert "stc-multiselect" in box._dom_classes and "stc-label-visible" in box._dom_classes
    assert box.children[0].value == '<div class="stc-widget-label">Many</div>'
    for widget in inputs:
        assert {"stc-input", "stc-label-visible"} <= set(widget._dom_classes), widget
    assert ".stc-input.widget-inline-hbox { flex-direction: column" in LOOK_STYLESHEET
    assert LOOK_STYLESHEET in app.root.children[0].value  # the app's one stylesheet


def test_label_visibility_is_exact_and_follows_a_rerun_on_the_same_widget(run_cell):
    app = run_cell("""
mode = st.radio("Mode", ["visible", "hidden", "collapsed"], key="mode")
st.text_input("Name", label_visibility=mode, key="name")
st.checkbox("Agree", label_visibility=mode, key="agree")
""")
    box = find(app, w.Text)
    agree = find(app, w.Checkbox)
    assert box.description == "Name" and "stc-label-visible" in box._dom_classes
    radio = find(app, w.RadioButtons, "Mode")
    front_end_sets(radio, index=1)
    # Hidden: the label keeps its room (CSS hides it), as Streamlit's.
    assert find(app, w.Text) is box and box.description == "Name"
    assert "stc-label-hidden" in box._dom_classes and "stc-label-visible" not in box._dom_classes
    assert "stc-label-hidden" in agree._dom_classes and "stc-input" not in agree._dom_classes
    front_end_sets(radio, index=2)
    # Collapsed: no label at all.
    assert find(app, w.Text) is box and box.description == ""
    assert [c for c in box._dom_classes if c.startswith("stc-label")] == ["stc-label-collapsed"]


def test_toggle_is_a_switch_whose_box_is_the_value(run_cell):
    app = run_cell("""
on = st.toggle("Dark mode", value=True, key="dark")
st.write("dark is", on)
""")
    switch = find(app, w.Checkbox, "Dark mode")
    assert "stc-toggle" in switch._dom_classes and switch.value is True
    front_end_sets(switch, value=False)
    assert session_state()["dark"] is False and "dark is False" in text(app)
    assert find(app, w.Checkbox, "Dark mode") is switch and switch.value is False


def test_buttons_are_content_width_unless_they_stretch(run_cell):
    app = run_cell("""
st.button("Plain")
st.button("Wide", use_container_width=True)
st.button("Stretch", width="stretch")
st.button("Narrow", use_container_width=False, width="stretch")
with st.form("f"):
    st.form_submit_button("Send", use_container_width=True)
""")
    classes = {name: [c for c in button(app, name)._dom_classes if c.startswith("stc-button")]
               for name in ("Plain", "Wide", "Stretch", "Narrow", "Send")}
    assert classes == {"Plain": ["stc-button-content"], "Wide": ["stc-button-stretch"],
                       "Stretch": ["stc-button-stretch"], "Narrow": ["stc-button-content"],
                       "Send": ["stc-button-stretch"]}


def test_a_selectbox_without_a_choice_shows_its_placeholder(run_cell):
    app = run_cell("""
fruit = st.selectbox("Fruit", ["apple", "banana"], index=None, placeholder="Pick a fruit",
                     key="fruit")
plain = st.selectbox("Plain", ["x", "y"], index=None)
st.write("fruit is", fruit)
""")
    fruit = find(app, w.Dropdown, "Fruit")
    assert fruit.label == "Pick a fruit"
    assert [label for label, _ in fruit.options] == ["Pick a fruit", "apple", "banana"]
    assert find(app, w.Dropdown, "Plain").label == "Choose an option"  # Streamlit's default
    fruit.label = "banana"
    assert session_state()["fruit"] == "banana" and "fruit is banana" in text(app)
    # Chosen: the placeholder is no option any more (as in Streamlit's list).
    assert find(app, w.Dropdown, "Fruit") is fruit and fruit.label == "banana"
    assert [label for label, _ in fruit.options] == ["apple", "banana"]
    session_state()["fruit"] = None  # state set back to None: the placeholder again
    app.run()
    assert fruit.label == "Pick a fruit" and "fruit is None" in text(app)


def test_a_selectbox_with_a_choice_has_no_placeholder_option(run_cell):
    app = run_cell('st.selectbox("Pick", ["x", "y"], placeholder="never shown")')
    assert [label for label, _ in find(app, w.Dropdown, "Pick").options] == ["x", "y"]


def test_multiselect_is_chips_of_the_option_labels_with_max_selections(run_cell):
    app = run_cell("""
chosen = st.multiselect("Colours", [1, 2, 3, 4], default=[2], max_selections=2,
                        format_func=lambda n: f"#{n}", key="colours")
st.write("chosen", chosen)
""")
    chips = find(app, w.TagsInput, "Colours")
    assert chips.allowed_tags == ["#1", "#2", "#3", "#4"] and chips.value == ["#2"]
    assert chips.allow_duplicates is False and chips.placeholder == "Choose options"
    front_end_sets(chips, value=["#2", "#4"])
    assert session_state()["colours"] == [2, 4]
    # A third chip is over max_selections: the value keeps two, the widget shows them.
    front_end_sets(chips, value=["#2", "#4", "#1"])
    assert session_state()["colours"] == [2, 4] and chips.value == ["#2", "#4"]
    front_end_sets(chips, value=[])
    assert session_state()["colours"] == [] and chips.value == []


SAVE_APP = """
st.title("Saving")
st.text_input("Name", key="name")
if st.button("Save"):
    st.toast("Saved!", icon="✅")
st.slider("Level", 0, 10, 3)
st.write("end")
"""


def test_a_rerun_that_shows_a_toast_recreates_no_widget(run_cell, comm_log):
    app = run_cell(SAVE_APP)
    before = list(walk(app.root))
    comm_log.clear()
    front_end_clicks(button(app, "Save"))
    after = list(walk(app.root))
    assert all(any(a is b for a in after) for b in before)  # every widget kept
    assert not any(is_closed(b) for b in before)
    new = [a for a in after if not any(a is b for b in before)]
    stack = app.reconciler.toast_stack
    (toast,) = stack.children
    # New: the toast's box, message and close button, and its empty place in the page.
    assert set(map(id, new)) == {id(toast), *map(id, toast.children),
                                 *(id(x) for x in new if x.layout.display == "none")}
    assert len(new) == 4
    assert "Saved!" in toast.children[0].value and "stc-toast-box" in toast._dom_classes
    assert "Saved!" not in text(app)  # not in the page's flow: nothing moves
    assert stack in app.root.children and stack not in list(walk(app.body))
    assert "stc-toasts" in stack._dom_classes
    rule = LOOK_STYLESHEET.split(".stc-app .stc-toasts {")[1].split("}")[0]
    assert "position: absolute" in rule and "height: 0" in rule  # takes no room


def test_toasts_stack_close_and_leave_with_their_run(run_cell):
    app = run_cell("""
if st.button("Two"):
    st.toast("first")
    st.toast("second")
""")
    front_end_clicks(button(app, "Two"))
    stack = app.reconciler.toast_stack
    first, second = stack.children
    assert "first" in first.children[0].value and "second" in second.children[0].value
    close = first.children[1]
    front_end_clicks(close)
    assert "stc-toast-gone" in first._dom_classes and "stc-toast-gone" not in second._dom_classes
    app.run()  # a run without toasts: they are gone, their widgets closed
    assert stack.children == ()
    assert is_closed(first) and is_closed(close) and is_closed(second)


def test_toasts_are_closed_with_the_app(run_cell):
    app = run_cell('st.toast("bye")')
    (toast,) = app.reconciler.toast_stack.children
    app.close()
    assert is_closed(toast) and is_closed(app.reconciler.toast_stack)


@pytest.fixture
def project_folder(tmp_path, monkeypatch):
    from streamlit_cell.runtime import config

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    yield tmp_path
    monkeypatch.undo()
    config.reload()


def _write_config(folder, text: str) -> None:
    from streamlit_cell.runtime import config

    (folder / ".streamlit").mkdir(parents=True, exist_ok=True)
    (folder / ".streamlit" / "config.toml").write_text(text)
    config.reload()


def test_the_theme_of_streamlit_config_is_the_apps(project_folder):
    _write_config(project_folder / "home", '[theme]\nprimaryColor = "#123456"\n')
    _write_config(project_folder, '[theme]\nprimaryColor = "#ff8800"\n'
                                  'backgroundColor = "#fafafa"\ntextColor = "#111111"\n')
    theme = config_theme()
    assert theme["theme.primaryColor"] == "#ff8800"  # the project's file wins
    css = app_stylesheet("<style></style>")
    rule = css[css.rindex("<style>"):]
    assert "--stc-primary: #ff8800;" in rule and "--jp-layout-color0: #fafafa;" in rule
    assert "--jp-ui-font-color1: #111111;" in rule and rule.startswith("<style>.stc-app.stc-theme-")
    assert "--jp-border-color1" not in rule  # unset options leave Jupyter's theme


def test_no_theme_config_leaves_jupyters_theme(project_folder):
    from streamlit_cell.runtime import config

    config.reload()
    assert theme_css(config_theme()) == ""
    assert app_stylesheet("") == LOOK_STYLESHEET


def test_a_configured_colour_cannot_close_the_stylesheet(project_folder):
    _write_config(project_folder, '[theme]\nprimaryColor = "red;}</style><script>x</script>"\n')
    injected = app_stylesheet("")
    assert "<script>" not in injected and injected.count("</style>") == 2


def _theme_rule(css: str) -> str:
    """The theme's rules, their app scope (``.stc-app.stc-theme-<digest>``) as ``.stc-app``."""
    import re

    return re.sub(r"\.stc-app\.stc-theme-[0-9a-f]{10}", ".stc-app", css[css.rindex("<style>"):])


def test_theme_rules_apply_to_the_apps_made_under_that_config_only(project_folder, run_cell):
    from streamlit_cell.render.look import app_theme_class

    _write_config(project_folder, '[theme]\nbase = "dark"\n')
    dark = run_cell("st.write('dark')", key="dark_app")
    dark_class = app_theme_class()
    css = dark.root.children[0].value
    assert dark_class in dark.root._dom_classes
    assert f".stc-app.{dark_class} {{" in css and ".stc-app {  --jp-layout-color0" not in css
    _write_config(project_folder, '[theme]\nbase = "light"\n')
    light = run_cell("st.write('light')", key="light_app")
    assert app_theme_class() != dark_class and app_theme_class() in light.root._dom_classes
    assert dark_class not in light.root._dom_classes  # the dark app's rules miss it


def test_theme_base_dark_gives_streamlits_dark_palette_whatever_the_notebooks(project_folder):
    _write_config(project_folder, '[theme]\nbase = "dark"\nprimaryColor = "#00aa00"\n')
    rule = _theme_rule(app_stylesheet(""))
    assert "--jp-layout-color0: #0e1117;" in rule and "--jp-layout-color1: #262730;" in rule
    assert "--jp-ui-font-color1: #fafafa;" in rule and "color-scheme: dark;" in rule
    assert "--jp-widgets-input-background-color: #0e1117;" in rule  # ipywidgets' inputs too
    # a colour option wins over the base palette: it comes later in the rule
    assert rule.index("--stc-primary: #ff4b4b;") < rule.index("--stc-primary: #00aa00;")
    _write_config(project_folder, '[theme]\nbase = "light"\n')
    rule = _theme_rule(app_stylesheet(""))
    assert "--jp-layout-color0: #ffffff;" in rule and "--jp-ui-font-color1: #31333f;" in rule
    assert "color-scheme: light;" in rule


def test_theme_fonts_sizes_and_radius_from_config(project_folder):
    _write_config(project_folder, "\n".join([
        "[theme]",
        'font = "Nunito:https://fonts.googleapis.com/css2?family=Nunito, serif"',
        'headingFont = "monospace"',
        'codeFont = "Fira Code"',
        "baseFontSize = 18",
        'baseRadius = "none"',
        'buttonRadius = "12px"',
        'codeFontSize = "0.8rem"',
        'headingFontSizes = ["3rem", "2rem"]',
        "linkUnderline = false",
        "[theme.sidebar]",
        'backgroundColor = "#eeeeee"',
        'font = "serif"',
    ]) + "\n")
    rule = _theme_rule(app_stylesheet(""))
    # a Google font is not fetched: its name, then the local fallback stack
    assert '--jp-ui-font-family: "Nunito", "Source Serif Pro"' in rule and "googleapis" not in rule
    assert '--stc-heading-font: "Source Code Pro", monospace;' in rule
    assert '--jp-code-font-family: "Fira Code", "Source Code Pro", monospace;' in rule
    assert "--jp-ui-font-size1: 18px;" in rule and "font-size: 18px;" in rule
    assert "--stc-radius: 0;" in rule and "--stc-button-radius: 12px;" in rule
    assert "--jp-code-font-size: 0.8rem;" in rule
    assert ".stc-app h1 { font-size: 3rem; }" in rule and ".stc-app h2 { font-size: 2rem; }" in rule
    assert ".stc-app a { text-decoration: none; }" in rule
    sidebar = rule[rule.index(".stc-app .stc-sidebar {"):]
    assert "--jp-layout-color0: #eeeeee;" in sidebar and '"Source Serif Pro"' in sidebar


def test_theme_values_cannot_close_the_stylesheet_or_add_rules(project_folder):
    _write_config(project_folder, "\n".join([
        "[theme]",
        'base = "dark}</style><script>x</script>"',
        'font = "x;}</style><img src=x onerror=alert(1)>"',
        'codeFont = "a\\"}; body{display:none"',
        'baseRadius = "1rem; } body { display: none"',
        'headingFontSizes = ["1rem}</style>"]',
        "[theme.sidebar]",
        'font = "</style><script>y</script>"',
    ]) + "\n")
    css = app_stylesheet("")
    rule = _theme_rule(css)
    assert css.count("</style>") == 2 and "<script>" not in css and "<img" not in css
    # what is left of the values are quoted names or nothing: no new rule
    import re
    assert "body" not in re.sub(r'"[^"]*"', "", rule)
    assert "--jp-layout-color0: #0e1117" not in rule  # an unknown base is no base
    assert "--stc-radius" not in rule and "h1 {" not in rule  # not a size: ignored
    assert rule.count("{") == rule.count("}")


def test_chat_messages_are_unboxed_rows_and_the_chat_input_sits_under_the_main_area(run_cell):
    app = run_cell("""
with st.chat_message("user"):
    st.write("hello")
if st.session_state.get("side"):
    st.sidebar.write("a sidebar")
st.chat_input("Say something", key="said")
st.checkbox("Sidebar", key="side")
""")
    (row,) = [x for x in walk(app.body) if "stc-chat-message" in getattr(x, "_dom_classes", ())]
    assert row.layout.border is None  # Streamlit's messages have no box
    assert "stc-chat-user" in row._dom_classes  # the user's on a light background
    bottom = app.bottom_view.widget
    assert "stc-bottom" in bottom._dom_classes  # pinned (sticky) at the app's bottom
    main_width = app.main_view.widget.layout.max_width
    assert main_width and bottom.layout.max_width == main_width  # as wide as the messages
    assert bottom.layout.margin == "0"
    front_end_sets(find(app, w.Checkbox, "Sidebar"), value=True)
    assert bottom.layout.margin == "0 0 0 16rem"  # right of the sidebar, under the messages
    assert ".stc-app .stc-sidebar { width: 16rem;" in LOOK_STYLESHEET


def test_a_number_input_shows_its_format_and_steps_with_its_buttons(run_cell):
    app = run_cell("""
st.number_input("Price", min_value=0.0, max_value=2.0, value=1.5, step=0.25, key="price")
st.number_input("Count", value=3, key="count")
st.number_input("Hex", value=255, format="%x", key="hex")
""")
    price = find(app, w.Text, "Price")
    assert price.value == "1.50"  # Streamlit's %0.2f, not the browser's 1.5
    assert find(app, w.IntText, "Count").value == 3  # %d: the browser's number box
    assert find(app, w.Text, "Hex").value == "ff"
    (box,) = [x for x in walk(app.body) if price in getattr(x, "children", ())]
    assert "stc-number" in box._dom_classes
    minus, plus = box.children[1:]
    assert (minus.description, plus.description) == ("\u2212", "+")
    front_end_clicks(plus)
    assert session_state()["price"] == 1.75 and find(app, w.Text, "Price") is price
    assert price.value == "1.75" and not plus.disabled
    front_end_clicks(plus)
    front_end_clicks(plus)  # clamped at the maximum, where + is disabled as in Streamlit
    assert session_state()["price"] == 2.0 and price.value == "2.00" and plus.disabled
    front_end_clicks(minus)
    assert session_state()["price"] == 1.75 and not plus.disabled
    # Typed text that is no number: the box shows the value again, no rerun.
    front_end_sets(price, value="abc")
    assert price.value == "1.75" and session_state()["price"] == 1.75
    front_end_sets(price, value="0.5")
    assert session_state()["price"] == 0.5 and price.value == "0.50"
    count_box = [x for x in walk(app.body) if find(app, w.IntText, "Count") in getattr(x, "children", ())]
    front_end_clicks(count_box[0].children[2])
    assert session_state()["count"] == 4


def test_a_dataframe_grid_scrolls_without_a_rerun_and_never_sends_the_whole_frame(run_cell, comm_log):
    from support.ui import data_grids
    from streamlit_cell.render.data_grid import WINDOW_ROWS

    app = run_cell("""
import pandas as pd
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
frame = pd.DataFrame({"x": [i / 3 for i in range(5000)], "name": [f"n{i}" for i in range(5000)]})
st.dataframe(frame, hide_index=True, height=300)
st.dataframe(frame.head(3))
""")
    big, small = data_grids(app)
    assert big.height == 300 and big.total == 5000 and big.index_columns == 0
    assert big.rows[1] == ["0.3333", "n1"]  # up to four decimals, as Streamlit's
    assert small.height == 4 * 35 + 2  # "auto": header and three rows
    # A window, not 5000 rows: no message so far names a row past the window
    # (the grids' script and the app's stylesheet are the rest of what is sent).
    sent = " ".join(str(m.data) for m in comm_log)
    rows_sent = {int(n) for n in re.findall(r"'n(\d+)'", sent)}
    assert rows_sent and max(rows_sent) < WINDOW_ROWS, max(rows_sent)
    assert len(sent) < 120_000, len(sent)
    front_end_sets(big, window_start=4990)
    assert big.rows_start == 4990 and big.rows[-1] == ["1666.3333", "n4999"]
    assert len(big.rows) == 10 <= WINDOW_ROWS
    assert session_state()["runs"] == 1  # scrolling reruns nothing


def test_only_the_users_messages_are_on_a_background(run_cell):
    app = run_cell("""
who = st.radio("Who", ["user", "assistant", "Ada"], key="who")
with st.chat_message(who):
    st.write("hi")
""")
    (row,) = [x for x in walk(app.body) if "stc-chat-message" in getattr(x, "_dom_classes", ())]
    assert "stc-chat-user" in row._dom_classes
    front_end_sets(find(app, w.RadioButtons, "Who"), index=1)
    (again,) = [x for x in walk(app.body) if "stc-chat-message" in getattr(x, "_dom_classes", ())]
    assert "stc-chat-user" not in again._dom_classes
