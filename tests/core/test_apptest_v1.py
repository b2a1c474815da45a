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

import copy
import datetime as dt
import re
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


# ------------------------------------------------ node equality (issue 17 item 2)
EQUALITY = """
import streamlit as st
st.text("a"); st.text("a"); st.text("b")
st.markdown("m"); st.markdown("m", unsafe_allow_html=True); st.caption("m")
st.button("go"); st.button("go", key="other")
st.selectbox("pick", [1, 2, 3], format_func=lambda v: f"#{v}")
with st.sidebar:
    st.text("a")
left, right = st.columns(2)
left.write("x")
with st.expander("e"):
    st.write("y")
with st.expander("e"):
    st.write("y")
with st.expander("e"):
    st.write("z")
st.checkbox("c", key="k1")
st.title("T", anchor="t1"); st.title("T", anchor="t2")
st.error("bad"); st.error("bad", icon="🚨")
st.exception(ValueError("x")); st.exception(ValueError("x"))
"""


def _raises(action: Callable[[], Any]) -> Any:
    try:
        return action()
    except Exception as error:
        return ("raised", type(error).__name__, str(error))


def test_nodes_of_one_run_compare_their_fields_as_streamlit_dataclasses():
    def scenario(AppTest):
        at = AppTest.from_string(EQUALITY).run()
        text, md, exp = at.text, at.markdown, at.expander
        return (
            text[0] == text[1], text[0] == text[2], text[0] == text[3], text[0] != text[2],
            md[0] == md[1], md[0] == at.caption[0], at.button[0] == at.button[1],
            at.button[0] == at.button[0], exp[0] == exp[1], exp[0] == exp[2],
            at.columns[0] == at.columns[0], at.columns[0] == at.columns[1],
            at.main == at.main, at.main == at.sidebar, at.checkbox[0] == at.checkbox(key="k1"),
            at.title[0] == at.title[1], at.error[0] == at.error[1],
            at.exception[0] == at.exception[1], text[0] == "a", text[0] == 1,
            at.text == at.text, at.text[:2] == [text[0], text[1]],
            at.selectbox[0] == at.selectbox[0],
        )
    observed = same(scenario)
    assert observed[:4] == (True, False, True, True)  # same body: equal, even in the sidebar


def test_a_staged_value_is_a_compared_field():
    def scenario(AppTest):
        at = AppTest.from_string(EQUALITY).run()
        first = at.button[0]
        before = first == at.button[0]
        first.click()
        return before, first == at.button[0], at.button[0] is first
    same(scenario)


def test_nodes_of_two_runs_compare_as_streamlit_across_roots():
    def scenario(AppTest):
        at = AppTest.from_string(EQUALITY).run()
        text, md, button, exp = at.text[0], at.markdown[0], at.button[0], at.expander[0]
        pick = at.selectbox[0]
        at.run()
        return (
            text == at.text[2],  # different bodies: unequal before the roots are compared
            _raises(lambda: text == at.text[0]),  # equal fields: the roots compare, and fail
            _raises(lambda: md == at.markdown[0]),
            _raises(lambda: button == at.button[0]),
            _raises(lambda: exp == at.expander[0]),
            exp == at.expander[2],
            _raises(lambda: pick == at.selectbox[0]),  # (a new format_func each run)
        )
    observed = same(scenario)
    assert observed[0] is False and observed[1][1] == "AttributeError"


def test_nodes_and_their_lists_are_unhashable_as_streamlit_dataclasses():
    def scenario(AppTest):
        at = AppTest.from_string(EQUALITY).run()
        nodes = [at.text[0], at.markdown[0], at.button[0], at.selectbox[0], at.checkbox[0],
                 at.columns[0], at.expander[0], at.main, at.title[0], at.error[0],
                 at.exception[0]]
        return ([_raises(lambda n=n: hash(n)) for n in nodes],
                _raises(lambda: hash(at.text)), hash(at.toast) == hash(()),
                _raises(lambda: hash(at.columns)))
    observed = same(scenario)
    assert observed[0][0] == ("raised", "TypeError", "unhashable type: 'Text'")


def test_compared_fields_are_streamlits_for_every_node_class():
    import dataclasses

    from streamlit.testing.v1 import element_tree as theirs

    from streamlit_cell.testing import nodes as ours
    for name, cls in vars(theirs).items():
        if not (isinstance(cls, type) and dataclasses.is_dataclass(cls)
                and cls.__module__ == theirs.__name__ and name != "InitialValue"):
            continue
        expected = tuple(f.name for f in dataclasses.fields(cls) if f.compare)
        assert ours._eq_fields(getattr(ours, name)) == expected, name
        assert getattr(ours, name).__hash__ is None, name
    assert ours.InitialValue.__hash__ is None and ours.InitialValue() == ours.InitialValue()


# ------------------------------------------------- proto fields (issue 17 item 3)
EVERY_KIND = """
import datetime as dt
import streamlit as st
st.title("T", anchor="a", help="th"); st.header("H", anchor=False); st.subheader("S", divider=True)
st.markdown("**m**", help="mh"); st.caption("cap"); st.latex("x^2"); st.divider()
st.code("x=1", language="python", line_numbers=True); st.text("tx", help="th2")
st.error("e", icon="🚨"); st.warning("w"); st.info("i"); st.success("s")
st.json({"a": 1}, expanded=False)
st.metric("M", 10, 2, help="mh"); st.metric("Down", 5, -3, border=True); st.metric("Flat", 1)
st.metric("Inv", 1, 2, delta_color="inverse")
st.progress(0.5, text="half"); st.progress(7); st.html("<b>h</b>")
st.exception(ValueError("boom"))
st.link_button("Go", "https://x.org", help="lh", type="primary")
st.button("B", help="bh", type="primary", key="b"); st.button("Plain", icon="🔥")
st.download_button("D", b"abc", file_name="f.txt", mime="text/plain")
st.checkbox("C", value=True, help="ch"); st.toggle("Tg", disabled=True)
st.color_picker("CP", "#ff0000")
st.number_input("N", min_value=0, max_value=10, value=3, step=1)
st.number_input("NF", value=1.5, format="%.2f", placeholder="p")
st.text_input("TI", "v", max_chars=5, placeholder="ph", help="tih")
st.text_input("PW", type="password", autocomplete="off"); st.text_input("Mail", type="email")
st.text_area("TA", "va", max_chars=50)
st.slider("SL", 0, 100, 25); st.slider("SLR", 0.0, 1.0, (0.2, 0.8), step=0.1)
st.select_slider("SS", ["a", "b", "c"], value="b")
st.select_slider("SSR", [1, 2, 3, 4], value=(2, 4), format_func=lambda v: f"n{v}")
st.selectbox("SB", ["x", "y", "z"], index=1, help="sbh", placeholder="pick")
st.selectbox("SBN", ["x", "y"], index=None, accept_new_options=True)
st.radio("R", ["r1", "r2"], horizontal=True, captions=["c1", "c2"])
st.multiselect("MS", ["m1", "m2", "m3"], default=["m2", "m3"], max_selections=2)
st.date_input("DI", dt.date(2024, 1, 2))
st.date_input("DR", (dt.date(2024, 1, 2), dt.date(2024, 2, 3)), format="DD.MM.YYYY")
st.time_input("TM", dt.time(12, 30)); st.time_input("TS", dt.time(1, 2, 3), step=30)
st.pills("P", ["p1", "p2"], selection_mode="multi", default=["p2"])
st.segmented_control("SC", ["s1", "s2"], default="s1")
st.feedback("thumbs"); st.feedback("stars")
st.file_uploader("FU", type=["csv"], accept_multiple_files=True)
st.chat_input("say", accept_file="multiple", file_type=["txt"], max_chars=9)
with st.form("fm", clear_on_submit=True):
    st.text_input("in form")
    st.form_submit_button("Sub")
c1, c2 = st.columns([2, 1], border=True)
t1, = st.tabs(["Tab1"])
with st.expander("Ex", expanded=True, icon="🔥"):
    st.write("in")
with st.status("St", state="complete"):
    st.write("in")
with st.status("Bad", state="error"):
    st.write("in")
with st.chat_message("user"):
    st.write("hi")
with st.chat_message("ai", avatar="🦜"):
    st.write("hi")
st.toast("toasty", icon="🔥")
"""


def _proto_value(value: Any) -> Any:
    """A protobuf field's value as plain data (repeated fields as lists,
    button-group options as their labels)."""
    if hasattr(value, "content"):
        return value.content
    if isinstance(value, (str, bytes, int, float, bool)) or value is None:
        return value
    if hasattr(value, "form_id") and hasattr(value, "clear_on_submit"):  # BlockProto.Form
        return (value.form_id, value.clear_on_submit, value.border, value.enter_to_submit)
    return [_proto_value(v) for v in value]


def test_proto_fields_read_as_streamlits_for_every_element_kind():
    from streamlit_cell.testing.proto_fields import proto_fields
    theirs = [n for n in app_test_class("streamlit").from_string(EVERY_KIND).run()._tree
              if n.type not in ("root", "main", "sidebar", "event", "unknown")]
    ours = [n for n in app_test_class("streamlit_cell").from_string(EVERY_KIND).run()._root()
            if n.type not in ("root", "main", "sidebar", "event", "unknown")]
    assert [n.type for n in ours] == [n.type for n in theirs]
    compared = 0
    mismatches = []
    for mine, real in zip(ours, theirs):
        for name in proto_fields(mine._element):
            expected = _proto_value(getattr(real.proto, name))
            actual = _proto_value(getattr(mine.proto, name))
            if name == "id" and expected.startswith("$$ID-"):  # ids: the key part is shared
                expected, actual = expected.rsplit("-", 1)[-1], actual.rsplit("-", 1)[-1]
            if expected != actual:
                mismatches.append((mine.type, mine.label if hasattr(mine, "label") else "",
                                   name, expected, actual))
            compared += 1
    assert not mismatches, mismatches
    assert compared > 300  # every kind of the script has its fields compared


def test_proto_fields_a_test_reads():
    def scenario(AppTest):
        at = AppTest.from_string(EVERY_KIND).run()
        return (at.button[0].proto.type, at.button[0].proto.help, at.markdown[0].proto.body,
                at.exception[0].proto.message, at.exception[0].proto.type,
                list(at.selectbox[0].proto.options), at.selectbox[0].proto.default,
                at.text_input[2].proto.form_id, at.text_input[1].proto.type,
                at.slider[1].proto.default[:], at.multiselect[0].proto.default[:],
                at.title[0].proto.anchor, at.title[0].proto.tag, at.error[0].proto.icon,
                at.checkbox[0].proto.default, at.number_input[0].proto.max,
                at.form[0].proto.form.clear_on_submit, at.columns[0].proto.weight)
    observed = same(scenario)
    assert observed[0] == "primary" and observed[5] == ["x", "y", "z"]


# ------------------------------------------- get_widget_states (issue 17 item 1)
STATES = """
import datetime as dt
import streamlit as st
st.button("B", key="b"); st.checkbox("C", key="c"); st.toggle("T", key="t")
st.color_picker("CP", "#ff0000", key="cp")
st.number_input("N", 0, 10, 3, key="n"); st.number_input("NN", value=None, key="nn")
st.text_input("TI", "v", key="ti"); st.text_area("TA", key="ta")
st.text_input("TN", value=None, key="tn")
st.slider("SL", 0, 100, 25, key="sl"); st.slider("SLR", 0.0, 1.0, (0.2, 0.8), key="slr")
st.slider("SD", dt.date(2024, 1, 1), dt.date(2024, 12, 31), dt.date(2024, 6, 1), key="sd")
st.slider("ST", value=dt.time(9, 30), key="st")
st.select_slider("SS", ["a", "b", "c"], value="b", key="ss")
st.select_slider("SSR", [1, 2, 3, 4], value=(2, 4), format_func=lambda v: f"n{v}", key="ssr")
st.selectbox("SB", ["x", "y", "z"], index=1, key="sb")
st.selectbox("SBN", ["x", "y"], index=None, key="sbn")
st.radio("R", [1, 2], format_func=lambda v: f"r{v}", key="r")
st.multiselect("MS", ["m1", "m2", "m3"], default=["m2"], key="ms")
st.date_input("DI", dt.date(2024, 1, 2), key="di"); st.date_input("DN", None, key="dn")
st.date_input("DR", (dt.date(2024, 1, 2), dt.date(2024, 2, 3)), key="dr")
st.time_input("TM", dt.time(12, 30), key="tm"); st.time_input("TS", dt.time(1, 2, 3), step=30, key="ts")
st.pills("P", ["p1", "p2"], selection_mode="multi", key="p")
st.segmented_control("SC", ["s1", "s2"], default="s1", key="sc")
st.feedback("stars", key="fb")
st.file_uploader("FU", accept_multiple_files=True, key="fu")
st.chat_input("say", key="ci")
with st.form("fm", clear_on_submit=True):
    st.text_input("in form", key="inf")
    st.checkbox("check in form", key="cf")
    st.form_submit_button("Sub", key="sub")
"""


def _wire(states: Any) -> list[tuple[Any, ...]]:
    """What a test reads of a WidgetStates: per widget, its key, the value
    field set and the value (file ids left out: they are new uuids)."""
    rows = []
    for state in states.widgets:
        field = state.WhichOneof("value")
        value = getattr(state, field) if field else None
        if field in ("double_array_value", "string_array_value", "int_array_value",
                     "string_trigger_value"):
            value = value.data if field == "string_trigger_value" else list(value.data)
        elif field == "file_uploader_state_value":
            value = [(f.name, f.size) for f in value.uploaded_file_info]
        elif field == "chat_input_value":
            value = (value.data, [(f.name, f.size)
                                  for f in value.file_uploader_state.uploaded_file_info])
        rows.append((state.id.rsplit("-", 1)[-1], field, value, state.HasField(field)
                     if field else None, state.string_value, state.bool_value))
    return rows


@pytest.mark.parametrize("interaction", [
    "initial", "set values", "unsubmitted form", "submitted form", "cleared form",
])
def test_get_widget_states_is_what_streamlit_sends(interaction):
    def scenario(AppTest):
        at = AppTest.from_string(STATES).run()
        if interaction == "set values":
            at.button(key="b").click(); at.checkbox(key="c").check()
            at.number_input(key="nn").set_value(4); at.text_input(key="tn").input("typed")
            at.slider(key="sd").set_value(dt.date(2024, 2, 29))
            at.select_slider(key="ssr").set_range(1, 3); at.selectbox(key="sbn").select("y")
            at.radio(key="r").set_value(2); at.multiselect(key="ms").select("m3")
            at.date_input(key="dn").set_value(dt.date(2023, 5, 6))
            at.time_input(key="ts").increment(); at.pills(key="p").select("p2")
            at.feedback(key="fb").set_value(3); at.chat_input(key="ci").set_value("hello")
            at.file_uploader(key="fu").upload("a.txt", b"abc", "text/plain")
        elif interaction in ("unsubmitted form", "submitted form", "cleared form"):
            at.text_input(key="inf").input("draft"); at.checkbox(key="cf").check()
            if interaction != "unsubmitted form":
                at.button(key="sub").click()
            if interaction == "cleared form":
                at.run()
                at.text_input(key="inf")  # not set again: the cleared default is sent
                at.button(key="sub").click()
        states = at._tree.get_widget_states()  # (Streamlit's AppTest keeps its tree there)
        return type(states).__name__, len(states.widgets), _wire(states)
    observed = same(scenario)
    assert observed[0] == "WidgetStates" and observed[1] > 25


def test_a_widget_state_reads_like_streamlits_protobuf():
    def scenario(AppTest):
        at = AppTest.from_string(STATES).run()
        tree = at._tree
        states = tree.get_widget_states()
        checkbox = next(s for s in states.widgets if s.id.endswith("-c"))
        return (checkbox.WhichOneof("value"), checkbox.HasField("bool_value"),
                checkbox.HasField("string_value"), checkbox.double_value,
                list(checkbox.string_array_value.data), checkbox.trigger_value,
                _raises(lambda: checkbox.WhichOneof("other")),
                _raises(lambda: checkbox.HasField("nope")), _raises(lambda: checkbox.HasField("id")),
                _raises(lambda: checkbox.nope), _raises(lambda: hash(states)),
                [s.id for s in states.widgets] == [w.id for w in tree if hasattr(w, "_value")])
    same(scenario)


# ------------------------------------- realistic app tests (both backends)
def _seen(at: Any) -> dict[str, Any]:
    """What a realistic test asserts on: the page's text-like values, the
    widgets' values by key (or label), the user's session keys and errors."""
    texts = [(n.type, n.value) for n in at if n.type in (
        "title", "header", "subheader", "markdown", "caption", "text", "error", "warning",
        "info", "success", "code")]
    widgets = {(getattr(n, "key", None) or n.label): n.value for n in at
               if any(c.__name__ == "Widget" for c in type(n).__mro__)
               and n.type not in ("button", "download_button", "chat_input")}
    return {"texts": texts, "widgets": widgets,
            "errors": [(e.message, e.is_warning) for e in at.exception],
            "state": {k: copy.deepcopy(at.session_state[k]) for k in ("user", "todos", "step", "messages",
                                                        "count", "total", "answers")
                      if k in at.session_state}}


LOGIN = """
import streamlit as st
USERS = {"ada": "lovelace"}
if st.session_state.get("user"):
    st.success(f"Welcome {st.session_state.user}")
    if st.sidebar.button("Log out"):
        del st.session_state["user"]
        st.rerun()
    st.stop()
with st.form("login"):
    name = st.text_input("Name")
    password = st.text_input("Password", type="password")
    sent = st.form_submit_button("Log in")
if sent:
    if USERS.get(name) == password:
        st.session_state.user = name
        st.rerun()
    st.error("Wrong name or password")
"""


def test_realistic_login_form_submitted_through_its_button():
    def scenario(AppTest):
        at = AppTest.from_string(LOGIN).run()
        steps = [_seen(at)]
        at.text_input[0].input("ada"); at.text_input[1].input("wrong")
        steps.append(_seen(at.run()))  # not submitted: nothing happens, the staging is gone
        at.text_input[0].input("ada"); at.text_input[1].input("wrong")
        at.button[0].click()
        steps.append(_seen(at.run()))  # submitted: wrong password
        at.text_input[0].input("ada"); at.text_input[1].input("lovelace")
        at.form_submit_button[0].click()
        steps.append(_seen(at.run()))  # logged in, form gone
        steps.append((len(at.form), len(at.sidebar.button), at.sidebar.button[0].label))
        at.sidebar.button[0].click()
        steps.append(_seen(at.run()))  # logged out: the form again
        return steps
    observed = same(scenario)
    assert observed[2]["texts"] == [("error", "Wrong name or password")]
    assert observed[3]["state"] == {"user": "ada"}


FILTERS = """
import streamlit as st
FRUIT = {"apple": ("red", 3), "banana": ("yellow", 1), "cherry": ("red", 9), "lime": ("green", 4)}
with st.sidebar:
    st.header("Filters")
    color = st.selectbox("Color", ["any", "red", "yellow", "green"], key="color")
    limit = st.slider("Max price", 0, 10, 10, key="limit")
    sort = st.radio("Sort", ["name", "price"], horizontal=True, key="sort")
rows = [(name, price) for name, (c, price) in FRUIT.items()
        if (color == "any" or c == color) and price <= limit]
rows.sort(key=(lambda r: r[1]) if sort == "price" else (lambda r: r[0]))
st.title("Fruit")
for name, price in rows:
    st.markdown(f"- {name}: {price} €")
if not rows:
    st.info("Nothing matches")
st.caption(f"{len(rows)} of {len(FRUIT)}")
"""


def test_realistic_sidebar_filters_drive_the_main_area():
    def scenario(AppTest):
        at = AppTest.from_string(FILTERS).run()
        steps = [_seen(at), len(at.sidebar.selectbox), len(at.main.selectbox)]
        at.sidebar.selectbox[0].select("red")
        steps.append(_seen(at.run()))
        at.sidebar.slider[0].set_value(5); at.sidebar.radio[0].set_value("price")
        steps.append(_seen(at.run()))
        at.sidebar.selectbox(key="color").select("green").run()
        at.sidebar.slider(key="limit").set_value(2).run()
        steps.append(_seen(at))
        return steps
    observed = same(scenario)
    assert observed[-1]["texts"][-3] == ("info", "Nothing matches")


TODOS = """
import streamlit as st
if "todos" not in st.session_state:
    st.session_state.todos = []
def add():
    text = st.session_state.new.strip()
    if text:
        st.session_state.todos.append(text)
    st.session_state.new = ""
def remove(i):
    st.session_state.todos.pop(i)
st.text_input("New item", key="new", on_change=add)
st.button("Add", on_click=add)
for i, item in enumerate(st.session_state.todos):
    left, right = st.columns([4, 1])
    left.write(item)
    right.button("Done", key=f"done{i}", on_click=remove, args=(i,))
st.write(f"{len(st.session_state.todos)} left")
"""


def test_realistic_todo_list_with_callbacks_and_keyed_buttons_in_columns():
    def scenario(AppTest):
        at = AppTest.from_string(TODOS).run()
        at.text_input(key="new").input("milk").run()
        at.text_input(key="new").input("eggs")
        at.button[0].click().run()
        at.text_input(key="new").input("   ").run()  # blank: not added
        steps = [_seen(at), [c.markdown[0].value for c in at.columns[::2]],
                 [b.key for b in at.button]]
        at.button(key="done0").click().run()
        steps.append(_seen(at))
        steps.append(at.columns[1].button[0].key)
        return steps
    observed = same(scenario)
    assert observed[0]["state"] == {"todos": ["milk", "eggs"]}
    assert observed[3]["state"] == {"todos": ["eggs"]}


TABS = """
import streamlit as st
data, settings = st.tabs(["Data", "Settings"])
with settings:
    unit = st.radio("Unit", ["°C", "°F"], key="unit")
    digits = st.number_input("Digits", 0, 3, 1, key="digits")
    with st.expander("Advanced"):
        offset = st.number_input("Offset", value=0.0, key="offset")
        show_raw = st.checkbox("Show raw", key="raw")
with data:
    values = [20.0, 21.5, 19.25]
    shown = [v + offset if unit == "°C" else (v + offset) * 9 / 5 + 32 for v in values]
    st.subheader(f"Temperatures in {unit}")
    st.write(", ".join(f"{v:.{digits}f}" for v in shown))
    if show_raw:
        st.code(repr(values))
"""


def test_realistic_tabs_and_an_expander_hold_the_settings():
    def scenario(AppTest):
        at = AppTest.from_string(TABS).run()
        steps = [_seen(at), [t.label for t in at.tabs], len(at.tabs[1].number_input),
                 len(at.tabs[1].expander[0].number_input), at.expander[0].label]
        at.tabs[1].radio[0].set_value("°F")
        at.tabs[1].expander[0].checkbox[0].check()
        steps.append(_seen(at.run()))
        at.expander[0].number_input(key="offset").increment()
        at.number_input(key="digits").set_value(3).run()
        steps.append((_seen(at), at.tabs[0].markdown[0].value, at.tabs[0].code[0].value))
        return steps
    observed = same(scenario)
    assert observed[1] == ["Data", "Settings"]


WIZARD = """
import streamlit as st
st.session_state.setdefault("step", 1)
st.session_state.setdefault("answers", {})
def go(delta):
    st.session_state.step += delta
st.progress(st.session_state.step / 3, text=f"Step {st.session_state.step} of 3")
if st.session_state.step == 1:
    st.session_state.answers["name"] = st.text_input("Your name", st.session_state.answers.get("name", ""))
elif st.session_state.step == 2:
    st.session_state.answers["level"] = st.select_slider("Level", ["low", "mid", "high"],
                                                          st.session_state.answers.get("level", "mid"))
else:
    st.json(st.session_state.answers)
back, forward = st.columns(2)
back.button("Back", on_click=go, args=(-1,), disabled=st.session_state.step == 1)
forward.button("Next", on_click=go, args=(1,), disabled=st.session_state.step == 3)
"""


def test_realistic_wizard_moves_through_steps_with_session_state():
    def scenario(AppTest):
        at = AppTest.from_string(WIZARD).run()
        steps = [_seen(at), _raises(lambda: at.button[0].click())]
        at.text_input[0].input("Ada").run()
        at.button[1].click().run()
        steps.append((_seen(at), at.progress[0].value))
        at.select_slider[0].set_value("high")
        at.button[1].click().run()
        steps.append((_seen(at), at.json[0].value, at.button[1].disabled))
        at.button[0].click().run()
        steps.append((_seen(at), at.select_slider[0].value))
        return steps
    observed = same(scenario)
    assert observed[1][0] == "raised"  # a disabled Back button cannot be clicked


CHAT = """
import streamlit as st
st.session_state.setdefault("messages", [])
for role, text in st.session_state.messages:
    with st.chat_message(role):
        st.markdown(text)
if prompt := st.chat_input("Ask something"):
    st.session_state.messages.append(("user", prompt))
    with st.chat_message("user"):
        st.markdown(prompt)
    answer = prompt[::-1]
    st.session_state.messages.append(("assistant", answer))
    with st.chat_message("assistant"):
        st.markdown(answer)
"""


def test_realistic_chat_keeps_its_history_across_runs():
    def scenario(AppTest):
        at = AppTest.from_string(CHAT).run()
        steps = [len(at.chat_message)]
        at.chat_input[0].set_value("hello").run()
        steps.append([(m.name, m.markdown[0].value) for m in at.chat_message])
        at.chat_input[0].set_value("abc").run()
        at.run()  # a rerun without a message: the history only
        steps.append(([(m.name, m.markdown[0].value) for m in at.chat_message],
                      at.chat_input[0].value, _seen(at)["state"]))
        return steps
    observed = same(scenario)
    assert observed[2][0][-1] == ("assistant", "cba")


FEEDBACK_FORM = """
import streamlit as st
st.session_state.setdefault("count", 0)
with st.form("feedback", clear_on_submit=True):
    rating = st.slider("Rating", 1, 5, 3)
    comment = st.text_area("Comment")
    topics = st.multiselect("Topics", ["ui", "speed", "docs"])
    if st.form_submit_button("Send"):
        st.session_state.count += 1
        st.session_state.total = st.session_state.get("total", 0) + rating
        st.write(f"Thanks! {rating} stars, {len(comment)} chars, {', '.join(topics) or 'no topics'}")
st.metric("Responses", st.session_state.count)
"""


def test_realistic_clear_on_submit_form_collects_responses():
    def scenario(AppTest):
        at = AppTest.from_string(FEEDBACK_FORM).run()
        at.slider[0].set_value(5); at.text_area[0].input("great"); at.multiselect[0].select("ui")
        at.form[0].button[0].click().run()
        steps = [(_seen(at), at.metric[0].value)]
        at.form_submit_button[0].click().run()  # the defaults again
        steps.append((_seen(at), at.metric[0].value))
        return steps
    observed = same(scenario)
    assert observed[1][0]["state"] == {"count": 2, "total": 8}


FAILING = """
import streamlit as st
divisor = st.number_input("Divisor", value=1, key="divisor")
st.write("before")
if st.checkbox("Strict", key="strict") and divisor < 0:
    raise ValueError("negative divisor")
st.write(f"100 / {divisor} = {100 / divisor}")
"""


def test_realistic_exceptions_show_and_go_away_as_the_inputs_change():
    def scenario(AppTest):
        at = AppTest.from_string(FAILING).run()
        at.number_input[0].set_value(0).run()
        steps = [_seen(at), str(at.exception[0].proto.type) if at.exception else None]
        at.number_input[0].set_value(-2); at.checkbox[0].check()
        steps.append(_seen(at.run()))
        at.session_state["divisor"] = 4
        steps.append(_seen(at.run()))
        return steps
    observed = same(scenario)
    assert observed[0]["errors"] == [("division by zero", False)]
    assert observed[-1]["errors"] == []


DEPENDENT = """
import streamlit as st
CITIES = {"France": ["Paris", "Lyon"], "Japan": ["Tokyo", "Osaka", "Kyoto"]}
country = st.selectbox("Country", list(CITIES), key="country")
city = st.selectbox("City", CITIES[country], key=f"city_{country}")
st.write(f"{city}, {country}")
"""


def test_realistic_dependent_selectboxes_reset_with_their_options():
    def scenario(AppTest):
        at = AppTest.from_string(DEPENDENT).run()
        at.selectbox(key="city_France").select("Lyon").run()
        steps = [_seen(at)]
        at.selectbox(key="country").select("Japan").run()
        steps.append((_seen(at), at.selectbox[1].options, at.selectbox[1].key))
        at.selectbox(key="city_Japan").select_index(2).run()
        steps.append(_seen(at))
        at.selectbox(key="country").select("France").run()
        steps.append(_seen(at))  # the France city selectbox starts over
        return steps
    observed = same(scenario)
    assert observed[2]["texts"][-1] == ("markdown", "Kyoto, Japan")


SETTINGS_STATE = """
import streamlit as st
st.session_state.setdefault("count", 0)
st.session_state.count += 1
name = st.text_input("Name", key="name")
loud = st.toggle("Loud", key="loud")
greeting = f"Hello {name or 'stranger'}"
st.header(greeting.upper() if loud else greeting)
st.caption(f"run {st.session_state.count}")
"""


def test_realistic_state_set_by_the_test_drives_keyed_widgets():
    def scenario(AppTest):
        at = AppTest.from_string(SETTINGS_STATE)
        at.session_state["name"] = "Grace"
        at.run()
        steps = [_seen(at)]
        at.session_state["loud"] = True
        steps.append(_seen(at.run()))
        at.text_input(key="name").input("Linus").run()
        steps.append((_seen(at), at.session_state["name"], "name" in at.session_state,
                      at.session_state.count))
        return steps
    observed = same(scenario)
    assert observed[1]["texts"][0] == ("header", "HELLO GRACE")


DASHBOARD = """
import streamlit as st
left, mid, right = st.columns(3)
a = left.number_input("A", value=2, key="a")
b = mid.number_input("B", value=3, key="b")
op = right.segmented_control("Op", ["+", "×"], default="+", key="op")
total = a + b if op == "+" else a * b
st.session_state.total = total
st.metric("Result", total, delta=total - 5)
with st.container(border=True):
    st.write("History")
    st.session_state.setdefault("answers", [])
    if st.button("Save"):
        st.session_state.answers.append(total)
    for value in st.session_state.answers:
        st.text(value)
"""


def test_realistic_columns_and_a_container_with_a_saved_history():
    def scenario(AppTest):
        at = AppTest.from_string(DASHBOARD).run()
        steps = [(_seen(at), at.metric[0].value, at.metric[0].delta, len(at.columns))]
        at.columns[2].button_group[0].set_value("×")
        at.columns[0].number_input[0].increment().run()
        at.button[0].click().run()
        at.number_input(key="b").set_value(10).run()
        at.button[0].click().run()
        steps.append((_seen(at), at.metric[0].value, at.metric[0].delta,
                      [t.value for t in at.container[0].text], at.columns[2].button_group[0].value))
        return steps
    observed = same(scenario)
    assert observed[1][3] == ["9", "30"]


TRACES = """
import streamlit as st
def inner():
    return 1 / 0
try:
    inner()
except Exception as error:
    st.exception(error)
try:
    try:
        {}["k"]
    except KeyError as error:
        raise ValueError("v") from error
except Exception as error:
    st.exception(error)
try:
    try:
        [][1]
    except IndexError:
        raise RuntimeError("while handling")
except Exception as error:
    st.exception(error)
try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b")])
except Exception as error:
    st.exception(error)
st.exception(RuntimeError("never raised"))
try:
    st.number_input("n", min_value=5, max_value=1)
except Exception as error:
    st.exception(error)  # an st.* error: the trace ends at the script's line
inner()
"""


def test_stack_traces_have_streamlits_rows():
    def scenario(AppTest):
        at = AppTest.from_string(TRACES).run()
        # The script's temporary file differs between backends: keep its name.
        return [[re.sub(r'File "[^"]*/', 'File "', row) for row in e.stack_trace]
                for e in at.exception]
    observed = same(scenario)
    assert observed[-3] == [] and observed[1][1] == "KeyError: 'k'"
    assert len(observed[-2]) == 1
