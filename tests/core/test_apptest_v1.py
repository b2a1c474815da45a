"""Streamlit-style AppTest tests, run unchanged on both backends: real
``streamlit.testing.v1.AppTest`` (the oracle) and ours. Each scenario
returns what a test would observe; both backends must observe the same.

Covers the surface of issue 17: element lists on every block (sidebar,
columns, tabs, expanders...), node attributes (heading tags and anchors,
captions, help, placeholders...), every widget's interaction methods,
``run(timeout=)``, ``secrets``, ``query_params``, ``from_function`` /
``from_file``, ``get`` / ``get_by_key`` and Streamlit-set config options.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from support.differential import app_test_class

BACKENDS = ("streamlit", "streamlit_cell")


def same(scenario: Callable[[Any], Any]) -> Any:
    """Run ``scenario(AppTest)`` on both backends; they must observe the same."""
    observed = {backend: _observe(scenario, app_test_class(backend)) for backend in BACKENDS}
    assert observed["streamlit_cell"] == observed["streamlit"], observed
    return observed["streamlit"]


def _observe(scenario: Callable[[Any], Any], cls: Any) -> Any:
    try:
        return scenario(cls)
    except Exception as error:  # the error is part of what a test observes
        return ("raised", type(error).__name__, str(error))


LAYOUT = """
import streamlit as st
st.title("Title", anchor="top")
st.header("Header", help="header help")
st.subheader("Sub", anchor=False)
st.caption("small print")
st.markdown("<b>x</b>", unsafe_allow_html=True)
st.code("x = 1", language="python")
st.error("bad", icon="🚨")
st.metric("Temp", "70 °F", "1.2 °F", help="metric help")
st.json({"a": 1}, expanded=False)
with st.sidebar:
    st.radio("Side", ["a", "b"], horizontal=True, key="side")
left, right = st.columns([2, 1])
left.button("Left", help="press")
right.checkbox("Right")
one, two = st.tabs(["One", "Two"])
one.markdown("in one")
two.text("in two")
with st.expander("More", icon="🔥"):
    st.text_input("Name", max_chars=3, placeholder="ph", key="name")
with st.chat_message("user"):
    st.write("hi")
with st.status("Working", state="complete"):
    st.text("done")
with st.form("f"):
    st.text_area("Notes")
    st.form_submit_button("Send")
"""


def test_blocks_have_the_element_lists_of_the_app():
    def scenario(AppTest):
        at = AppTest.from_string(LAYOUT).run()
        return (
            at.sidebar.radio[0].value, at.sidebar.radio[0].horizontal,
            at.columns[0].button[0].label, at.columns[1].checkbox[0].label,
            [c.weight for c in at.columns], len(at.columns),
            at.tabs[0].markdown[0].value, at.tabs[1].text[0].value, at.tabs[1].label,
            at.expander[0].text_input[0].label, at.expander[0].label, at.expander[0].icon,
            at.chat_message[0].markdown[0].value, at.chat_message[0].name,
            at.status[0].text[0].value, at.status[0].state, at.status[0].label,
            at.form[0].text_area[0].label, at.form[0].key, at.form_submit_button[0].label,
            at.main.title[0].value, len(at.main.button), len(at.sidebar.button),
            type(at.main).__name__, type(at.columns[0]).__name__, type(at.tabs[0]).__name__,
            type(at.expander[0]).__name__, type(at.status[0]).__name__,
            type(at.chat_message[0]).__name__,
            [type(n).__name__ for n in at.columns[0]],
            len(at.get("columns")), len(at.get("tabs")), len(at.get("expander")),
            [type(n).__name__ for n in at.get("markdown")],
            at.get_by_key("name").label, at.get_by_key("side").value,
            type(at.columns).__name__, type(at.button).__name__, type(at.markdown).__name__,
            at.columns[0].children[0].label, at.expander[0][0].label,
        )
    observed = same(scenario)
    assert observed[0] == "a" and observed[2] == "Left"


def test_node_attributes_match_streamlit():
    def scenario(AppTest):
        at = AppTest.from_string(LAYOUT).run()
        title, header, sub = at.title[0], at.header[0], at.subheader[0]
        return (
            [(h.tag, h.anchor, h.hide_anchor, h.value, h.type) for h in (title, header, sub)],
            (at.caption[0].value, at.caption[0].is_caption, at.markdown[0].is_caption),
            at.markdown[0].allow_html, (at.code[0].value, at.code[0].language,
                                        at.code[0].show_line_numbers),
            (at.error[0].value, at.error[0].icon),
            (at.metric[0].label, at.metric[0].value, at.metric[0].delta, at.metric[0].help,
             at.metric[0].color),
            (at.json[0].value, at.json[0].expanded),
            (at.button[0].help, at.checkbox[0].help, at.checkbox[0].disabled,
             at.checkbox[0].form_id, at.text_area[0].form_id),
            (at.text_input[0].max_chars, at.text_input[0].placeholder,
             at.text_area[0].max_chars, at.text_area[0].placeholder),
            (at.radio[0].options, at.radio[0].index),
        )
    observed = same(scenario)
    assert observed[0][0] == ("h1", "top", False, "Title", "title")
    assert observed[0][2][2] is True  # anchor=False hides the anchor


WIDGETS = """
import datetime
import streamlit as st
st.text(repr(st.color_picker("Color", key="color")))
st.text(repr(st.selectbox("Box", ["a", "b", "c"], key="box")))
st.text(repr(st.multiselect("Multi", ["a", "b", "c"], ["a"], key="multi")))
st.text(repr(st.slider("Range", 0, 10, (2, 3), key="range")))
st.text(repr(st.select_slider("Sel", ["x", "y", "z"], ("x", "y"), key="sel")))
st.text(repr(st.text_input("Short", max_chars=3, key="short")))
st.text(repr(st.text_area("Area", key="area")))
st.text(repr(st.date_input("Date", datetime.date(2024, 1, 1), key="date")))
st.text(repr(st.time_input("Time", datetime.time(1, 0), step=60, key="time")))
st.text(repr(st.number_input("Num", 0, 10, 5, step=2, key="num")))
st.text(repr(st.radio("Radio", ["r1", "r2"], key="radio")))
st.text(repr(st.toggle("Tog", key="tog")))
st.text(repr(st.checkbox("Check", key="check")))
st.text(repr(st.chat_input("Say", key="chat")))
"""


def _texts(at: Any) -> list[str]:
    return [t.value for t in at.text]


@pytest.mark.parametrize("interaction", [
    lambda at: at.color_picker[0].pick("ABCDEF"),
    lambda at: at.color_picker[0].pick("#123456"),
    lambda at: at.selectbox[0].select("c"),
    lambda at: at.selectbox[0].select_index(1),
    lambda at: at.selectbox[0].select_index(None),
    lambda at: at.selectbox[0].select("zzz"),
    lambda at: at.radio[0].set_value("r2"),
    lambda at: at.radio[0].set_value("nope"),
    lambda at: at.multiselect[0].select("c"),
    lambda at: at.multiselect[0].select("a"),
    lambda at: at.multiselect[0].unselect("a"),
    lambda at: at.multiselect[0].unselect("b"),
    lambda at: at.slider[0].set_range(4, 7),
    lambda at: at.select_slider[0].set_range("y", "z"),
    lambda at: at.text_input[0].input("abc"),
    lambda at: at.text_input[0].input("abcdef"),
    lambda at: at.text_area[0].input("long text"),
    lambda at: at.date_input[0].set_value(dt.date(2024, 5, 6)),
    lambda at: at.date_input[0].set_value(dt.datetime(2024, 5, 6, 7, 8)),
    lambda at: at.time_input[0].increment(),
    lambda at: at.time_input[0].decrement(),
    lambda at: at.time_input[0].set_value(dt.datetime(2024, 1, 1, 9, 30)),
    lambda at: at.number_input[0].increment(),
    lambda at: at.number_input[0].decrement(),
    lambda at: at.number_input[0].increment().increment().increment(),
    lambda at: at.toggle[0].set_value(True),
    lambda at: at.checkbox[0].check(),
    lambda at: at.chat_input[0].set_value("hello"),
], ids=lambda f: f.__code__.co_firstlineno)
def test_every_widget_interaction_matches_streamlit(interaction):
    def scenario(AppTest):
        at = AppTest.from_string(WIDGETS).run()
        widget = interaction(at)
        staged = widget.value
        at.run()
        second = _texts(at)
        at.run()
        return staged, second, _texts(at), sorted(at.session_state.to_dict().items(),
                                                  key=lambda kv: kv[0])
    same(scenario)


def test_widget_node_properties_match_streamlit():
    def scenario(AppTest):
        at = AppTest.from_string(WIDGETS).run()
        return (
            at.multiselect[0].values, at.multiselect[0].indices, at.multiselect[0].options,
            at.selectbox[0].index, at.selectbox[0].options,
            (at.date_input[0].min, at.date_input[0].max, at.date_input[0].is_range),
            at.time_input[0].step, (at.number_input[0].min, at.number_input[0].max,
                                    at.number_input[0].step),
            at.chat_input[0].placeholder, at.chat_input[0].value,
            at.selectbox[0].format_func("b"), at.radio[0].format_func("r1"),
        )
    same(scenario)


def test_a_run_longer_than_its_timeout_raises_runtime_error():
    script = "import time\nimport streamlit as st\ntime.sleep(0.3)\nst.text('late')\n"

    def scenario(AppTest):
        at = AppTest.from_string(script, default_timeout=5)
        with pytest.raises(RuntimeError) as error:
            at.run(timeout=0.05)
        return str(error.value)
    assert same(scenario) == "AppTest script run timed out after 0.05(s)"


def test_default_timeout_is_enforced_and_a_quick_run_is_not():
    script = "import time\nimport streamlit as st\ntime.sleep(0.2)\nst.text('late')\n"

    def scenario(AppTest):
        slow = AppTest.from_string(script, default_timeout=0.05)
        try:
            slow.run()
            raised = None
        except RuntimeError as error:
            raised = str(error)
        return raised, AppTest.from_string(script).run().text[0].value
    assert same(scenario)[0] == "AppTest script run timed out after 0.05(s)"


def test_secrets_are_what_the_script_reads():
    script = """
import streamlit as st
st.text(st.secrets["token"])
st.text(st.secrets.db.user)
st.text(repr("missing" in st.secrets))
"""

    def scenario(AppTest):
        at = AppTest.from_string(script)
        at.secrets["token"] = "s3cret"
        at.secrets["db"] = {"user": "ada"}
        at.run()
        return _texts(at), dict(at.secrets)
    assert same(scenario)[0] == ["s3cret", "ada", "False"]


def test_query_params_go_in_and_come_back():
    script = """
import streamlit as st
st.text(st.query_params.get("page", "none"))
st.text(repr(st.query_params.get_all("tag")))
st.query_params["seen"] = "yes"
"""

    def scenario(AppTest):
        at = AppTest.from_string(script)
        at.query_params["page"] = "2"
        at.query_params["tag"] = ["a", "b"]
        at.run()
        first = (_texts(at), dict(at.query_params))
        at.query_params["page"] = 3
        at.run()
        return first, _texts(at), dict(at.query_params)
    observed = same(scenario)
    assert observed[0][1] == {"page": "2", "tag": ["a", "b"], "seen": "yes"}


def test_from_function_passes_args_and_kwargs():
    def app(greeting, name="world"):
        import streamlit as st
        st.text(f"{greeting}, {name}!")

    def scenario(AppTest):
        at = AppTest.from_function(app, args=("Hi",), kwargs={"name": "Ada"}).run()
        plain = AppTest.from_function(app, args=("Yo",)).run()
        return at.text[0].value, plain.text[0].value
    assert same(scenario) == ("Hi, Ada!", "Yo, world!")


def test_from_file_resolves_relative_to_the_test_file():
    def scenario(AppTest):
        at = AppTest.from_file("apps/greeter.py").run()
        at.text_input("name").input("Ada")
        at.button[0].click().run()
        return at.success[0].value, at.session_state["name"]
    assert same(scenario) == ("Hello Ada", "Ada")


def test_from_file_of_a_missing_file_says_where_it_looked():
    def scenario(AppTest):
        with pytest.raises(FileNotFoundError) as error:
            AppTest.from_file("apps/nope.py")
        return "apps/nope.py" in str(error.value), "relative" in str(error.value).lower()
    assert same(scenario) == (True, True)


def test_exceptions_and_session_state_as_streamlit():
    script = """
import streamlit as st
st.session_state.setdefault("n", 0)
st.session_state.n += 1
if st.session_state.n > 1:
    raise ValueError("second run")
"""

    def scenario(AppTest):
        at = AppTest.from_string(script).run()
        first = (len(at.exception), at.session_state.n)
        at.run()
        return first, at.exception[0].value, at.exception[0].is_warning, at.session_state["n"]
    assert same(scenario)[1] == "second run"


def test_config_set_through_real_streamlit_applies_to_our_apptest():
    from streamlit import config as st_config

    script = """
import streamlit as st
st.session_state.lock = __import__("threading").Lock()
"""

    def scenario(AppTest):
        at = AppTest.from_string(script).run()
        return len(at.exception) > 0

    previous = st_config.get_option("runner.enforceSerializableSessionState")
    st_config.set_option("runner.enforceSerializableSessionState", True)
    try:
        assert same(scenario) is True
    finally:
        st_config.set_option("runner.enforceSerializableSessionState", previous)
    assert same(scenario) is False


def test_streamlit_patch_config_options_applies_to_our_apptest():
    from streamlit.testing.v1.util import patch_config_options

    script = 'import streamlit as st\nst.session_state.f = lambda: 1\n'

    def scenario(AppTest):
        with patch_config_options({"runner.enforceSerializableSessionState": True}):
            at = AppTest.from_string(script).run()
        return len(at.exception) > 0
    assert same(scenario) is True


def test_switch_page_to_a_file_that_does_not_exist_is_a_value_error():
    """As Streamlit's AppTest: the path is checked against the main script's folder."""
    from streamlit_cell.testing import AppTest

    at = AppTest.from_string("import streamlit as st\nst.text('x')").run()
    with pytest.raises(ValueError, match="Could not find page 'pages/other.py' relative to"):
        at.switch_page("pages/other.py")


MISC = """
import streamlit as st
st.toast("Saved", icon="✅")
st.progress(0.42, text="loading")
st.progress(7)
st.latex("x^2")
st.divider()
st.help(len)
st.download_button("Get", b"data", key="dl")
st.button("Go", key="go")
st.pills("Pick", ["p", "q"], key="pills")
st.segmented_control("Seg", ["s", "t"], key="seg")
st.number_input("Zero max", -10, 0, -5, step=3, key="zmax")
st.number_input("Zero min", 0, 10, 5, step=3, key="zmin")
st.text(repr(st.session_state.get("zmax")))
st.text(repr(st.session_state.get("zmin")))
"""


def test_lists_and_other_nodes_match_streamlit():
    def scenario(AppTest):
        at = AppTest.from_string(MISC).run()
        errors = []
        for call in (lambda: at.latex[0].set_value(1), lambda: at.button[0].set_value,
                     lambda: at.checkbox, lambda: at.toast[0].click()):
            try:
                call()
            except Exception as error:
                errors.append((type(error).__name__, str(error)))
        return (
            (at.toast[0].value, at.toast[0].icon), [(p.value, p.text) for p in at.progress],
            (at.latex[0].value, at.divider[0].value, at.help[0].value, at.help[0].name,
             at.help[0].type),
            (at.download_button[0].label, at.download_button[0].value, at.button("go").value),
            (len(at.button_group), len(at.pills), len(at.segmented_control), at.pills[0].options,
             len(at.get("pills")), len(at.get("button_group"))),
            (at.button.len, len(at.button[0:1]), type(at.button[0:1]).__name__,
             at.text.values, at.get_by_key("dl").type),
            errors,
        )
    same(scenario)


def test_number_input_steps_as_streamlit_even_at_a_zero_bound():
    def scenario(AppTest):
        at = AppTest.from_string(MISC).run()
        at.number_input("zmax").increment().increment()
        at.number_input("zmin").decrement().decrement()
        staged = (at.number_input("zmax").value, at.number_input("zmin").value)
        at.run()
        return staged, at.text.values, [e.value for e in at.exception]
    same(scenario)


def test_clicks_and_typed_interactions_on_the_wrong_node_say_why():
    def scenario(AppTest):
        at = AppTest.from_string(WIDGETS).run()
        out = []
        for call in (lambda: at.checkbox[0].click(), lambda: at.text_input[0].click(),
                     lambda: at.text[0].set_value("x")):
            try:
                call()
                out.append(None)
            except Exception as error:
                out.append((type(error).__name__, str(error)))
        return out
    same(scenario)


def test_user_is_what_the_script_reads_as_st_user():
    script = """
import streamlit as st
st.text(repr(st.user.to_dict()))
st.text(repr(st.user.get("email")))
st.text(repr(st.user.get("is_logged_in")))
"""

    def scenario(AppTest):
        default = AppTest.from_string(script).run()
        at = AppTest.from_string(script)
        at.user = {"is_logged_in": True, "name": "Ada", "email": "ada@example.com"}
        at.run()
        bad = AppTest.from_string(script)
        bad.user = ["not", "a", "dict"]
        try:
            bad.run()
            refused = None
        except Exception as error:
            refused = (type(error).__name__, str(error))
        return default.text.values, at.text.values, at.user, refused
    observed = same(scenario)
    assert observed[0][1] == "'test@example.com'"


DATES = """
import datetime
import streamlit as st
st.text(repr(st.date_input("Range", (datetime.date(2024, 1, 1), datetime.date(2024, 1, 5)),
                           key="range")))
st.text(repr(st.datetime_input("When", datetime.datetime(2024, 1, 1, 9, 0), key="when")))
st.text(repr(st.time_input("Maybe", None, key="maybe")))
"""


@pytest.mark.parametrize("interaction", [
    lambda at: at.date_input[0].set_value((dt.date(2024, 2, 1), dt.date(2024, 2, 9))),
    lambda at: at.date_input[0].set_value([dt.datetime(2024, 3, 1, 5)]),
    lambda at: at.datetime_input[0].set_value(dt.datetime(2024, 6, 7, 8, 15)),
    lambda at: at.time_input[0].increment(),
    lambda at: at.time_input[0].set_value(dt.time(7, 30)),
], ids=lambda f: f.__code__.co_firstlineno)
def test_date_and_time_widgets_match_streamlit(interaction):
    def scenario(AppTest):
        at = AppTest.from_string(DATES).run()
        widget = interaction(at)
        staged = widget.value
        at.run()
        return (staged, at.text.values, at.date_input[0].is_range,
                (at.datetime_input[0].min, at.datetime_input[0].max,
                 at.datetime_input[0].step, at.datetime_input[0].format))
    same(scenario)
