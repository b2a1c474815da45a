"""Chat, display elements and fragments in the core, most of them compared
with real Streamlit's AppTest (see ``tests/support/differential.py``).

Differences kept on purpose (pinned below):

* ``@st.fragment(run_every=...)`` raises ``StreamlitNotSupportedInNotebookError``.
* ``st.html`` of only ``<style>`` stays where it is written (Streamlit moves
  it to its hidden event container); the styles apply the same.
* In a *fragment run* (a notebook event; Streamlit's AppTest never does one
  for a widget, it reruns the whole script, and so does ours), a fragment
  cannot add elements outside its container.
"""

from __future__ import annotations

import pathlib

import textwrap

import pytest

from support.differential import Batch, assert_same, click, set_value
from streamlit_cell.runtime.errors import StreamlitAPIException, StreamlitNotSupportedInNotebookError
from streamlit_cell.runtime.script_runner import ScriptRunner
from streamlit_cell.runtime.state import SessionState
from streamlit_cell.testing import AppTest


def chat(locator: str | int, text: str):
    """Submit ``text`` through a chat input (found by key or index)."""
    return set_value("chat_input", locator, text)


# ------------------------------------------------------------ element cases
DISPLAY_CASES = [
    'st.metric("M", 42, -3)',
    'st.metric("M", None)',
    'st.metric("M", 1.5, "+1.2%", delta_color="inverse")',
    'st.metric("M", 3, 0, delta_arrow="up", border=True, chart_data=[1, 2, 3])',
    'st.metric("M", "x", delta_color="bad")',
    'st.metric("M", [1])',
    'st.metric("M", 1, delta=[2])',
    'st.metric("M", 1, delta_arrow="sideways")',
    'st.metric("M", 1, chart_data=[1, "a"])',
    'st.metric("M", 1, label_visibility="nope")',
    'st.metric("M", 1, width=0)',
    'st.badge("New [x]", icon="🔥", color="green")',
    'st.badge("x", icon=":rocket:")',
    'st.badge("x", icon="abc")',
    'st.badge("x", icon=":material/home:")',
    'st.badge("x", icon="https://x.org/a.png")',
    'st.divider()',
    'st.divider(width="content")',
    'st.latex(r"\\frac{a}{b} < c")',
    'st.latex("  x  ", help="h")',
    'st.html("<b>x</b><script>alert(1)</script>")',
    'st.html("")',
    'st.space()',
    'st.space("large")',
    'st.space(12)',
    'st.space(0)',
    'st.space("huge")',
    'p = st.popover("Pop")\np.write("in")\nst.write(p.open)',
    'with st.popover("Pop", on_change="rerun", key="pk") as p:\n    st.write(p.open)',
    'st.popover("Pop", type="nope")',
    'st.popover(None)',
    'st.popover("P", on_change=None)',
    'st.popover("P", on_change="bogus")',
    'with st.echo():\n    y = 1\n    st.write(y)',
    'with st.echo("below"):\n    st.write(2)',
]

OPENAI_CHUNKS = """
from types import SimpleNamespace as NS
class ChatCompletionChunk:
    def __init__(self, text):
        self.choices = [NS(delta=NS(content=text))] if text is not None else []
ChatCompletionChunk.__module__ = "openai.types.chat.chat_completion_chunk"
class ResponseTextDeltaEvent:
    def __init__(self, kind, delta):
        self.type, self.delta = kind, delta
ResponseTextDeltaEvent.__module__ = "openai.types.responses.response_text_delta_event"
class AIMessageChunk:
    def __init__(self, content):
        self.content = content
AIMessageChunk.__module__ = "langchain_core.messages.ai"
chunks = [ChatCompletionChunk("Hel"), ChatCompletionChunk(None), ChatCompletionChunk("lo"),
          ResponseTextDeltaEvent("response.output_text.delta", " wor"),
          ResponseTextDeltaEvent("response.completed", "ignored"), AIMessageChunk("ld")]
st.write(repr(st.write_stream(chunks)))
"""

WRITE_STREAM_CASES = [
    'st.write(st.write_stream(["a", "b", 3, "c"]))',
    'st.write(st.write_stream(x for x in ["a", "", "b"]))',
    'def g():\n    yield "a"\n    yield {"k": 1}\nst.write(st.write_stream(g))',
    'st.write(repr(st.write_stream([])))',
    'st.write_stream("abc")',
    'st.write_stream(5)',
    'st.write(st.write_stream(["a", "b"], cursor="▌"))',
    'st.write((x for x in ["a", "b"]))',
    'out = st.write_stream(["a", 1, "b"])\nst.write(out)',
    'async def ag():\n    yield "x"\n    yield "y"\nst.write(st.write_stream(ag))',
    'st.write("before", (x for x in ["s"]), "after")',
    # OpenAI and LangChain chunks, recognised by their types' names as Streamlit does
    OPENAI_CHUNKS,
]

COLUMNS_CASES = [
    'st.columns(2, gap="large")',
    'st.columns(2, gap="huge")',
    'st.columns(2, gap=None)',
    'st.columns(2, gap=8)',
    'st.columns(2, vertical_alignment="middle")',
    'st.columns(2, vertical_alignment="bottom")',
    'st.columns(2, width="content")',
    'st.columns(2, width=0)',
    'st.columns([1, 0])',
    'st.columns("ab")',
    'st.columns(2, wrap="x")',
    # Streamlit 1.67 no longer limits nesting, in the main area or the sidebar
    'a, b = st.columns(2)\nwith a:\n    x, y = st.columns(2)\n    with x:\n'
    '        p, q = st.columns(2)\n        p.write("deep")',
    'with st.sidebar:\n    a, b = st.columns(2)\n    with a:\n        c, d = st.columns(2)\n'
    '        c.write("s")',
]

WRITE_CASES = [
    'st.write(1, "a", [1], {"b": 2}, ValueError("e"))',
    'st.write(st.session_state)',
    'import matplotlib\nmatplotlib.use("Agg")\nimport matplotlib.pyplot as plt\n'
    'fig, ax = plt.subplots()\nst.write("figure:", fig)',
    'import pandas as pd\nst.write(pd.DataFrame({"a": [1]}), "and text")',
]

CHAT_CASES = [
    'with st.chat_message("user"):\n    st.write("hi")',
    'with st.chat_message("assistant"):\n    st.write("hi")',
    'with st.chat_message("AI"):\n    st.write("hi")',
    'with st.chat_message("Bob", avatar="🦜"):\n    st.write("hi")',
    'with st.chat_message("🦜"):\n    st.write("hi")',
    'st.chat_message("Ann").write("plain name")',
    'st.chat_message(None)',
    'st.chat_message("x", avatar="notanimage")',
    'st.chat_message("x", width="bad")',
    'with st.container():\n    st.write(st.chat_input("inline", key="ci_in"))',
    'with st.form("f"):\n    st.chat_input("x")\n    st.form_submit_button()',
    'st.chat_input("x", submit_mode="bad")',
    'st.chat_input("x", accept_file="bad")',
    'st.chat_input("x", max_upload_size=0)',
    'st.chat_input("x", audio_sample_rate=5, key="ar")',
    'st.chat_input("x", on_submit="rerun", key="osr")',
]

display_batch = Batch(DISPLAY_CASES)
stream_batch = Batch(WRITE_STREAM_CASES)
chat_batch = Batch(CHAT_CASES, steps=[set_value("chat_input", "ci_in", "typed")])
columns_batch = Batch(COLUMNS_CASES)
write_batch = Batch(WRITE_CASES)


@pytest.mark.parametrize("number", range(len(COLUMNS_CASES)))
def test_columns_options_match_streamlit(number: int) -> None:
    columns_batch.assert_case_same(number)


@pytest.mark.parametrize("number", range(len(WRITE_CASES)))
def test_write_of_each_kind_matches_streamlit(number: int) -> None:
    write_batch.assert_case_same(number)


def test_openai_and_langchain_chunks_are_streamed_as_text() -> None:
    assert stream_batch.case("streamlit", len(WRITE_STREAM_CASES) - 1)[0] == [
        ("markdown", "Hello world"), ("markdown", "'Hello world'")]


@pytest.mark.parametrize("number", range(len(DISPLAY_CASES)))
def test_display_elements_match_streamlit(number: int) -> None:
    display_batch.assert_case_same(number)


@pytest.mark.parametrize("number", range(len(WRITE_STREAM_CASES)))
def test_write_stream_matches_streamlit(number: int) -> None:
    stream_batch.assert_case_same(number)


@pytest.mark.parametrize("number", range(len(CHAT_CASES)))
def test_chat_elements_match_streamlit(number: int) -> None:
    chat_batch.assert_case_same(number)


def test_write_stream_returns_text_and_written_chunks() -> None:
    # st.write of what write_stream returned writes the same elements again
    first_run = stream_batch.case("streamlit", 0)[0]
    assert first_run == [("markdown", "ab"), ("markdown", "3"), ("markdown", "c")] * 2


def test_inline_chat_input_returns_submission_for_one_run() -> None:
    values = [case[-1] for case in chat_batch.case("streamlit", 9)]
    assert values[0] == ("markdown", "None") and values[1] == ("markdown", "typed")


# ----------------------------------------------------------------- chat apps
#: The team's dice chat example (examples/dice_chat.py), as a user runs it.
DICE_CHAT = (pathlib.Path(__file__).resolve().parents[2] / "examples" / "dice_chat.py").read_text()

STREAMING_BOT = """
import streamlit as st

def response_generator(prompt):
    for word in f"You said {prompt}, I think.".split():
        yield word + " "

st.title("Simple chat")
if "messages" not in st.session_state:
    st.session_state.messages = []
for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])
if prompt := st.chat_input("What is up?"):
    st.session_state.messages.append({"role": "user", "content": prompt})
    with st.chat_message("user"):
        st.markdown(prompt)
    with st.chat_message("assistant"):
        response = st.write_stream(response_generator(prompt))
    st.session_state.messages.append({"role": "assistant", "content": response})
"""


def test_dice_chat_example() -> None:
    snaps = assert_same(DICE_CHAT, [chat(0, "2d6"), lambda at: None, chat(0, "hello")])
    assert snaps[-1].state["conversation"][1][-1] == (
        "dict", {"role": "assistant", "text": "I roll dice: try `2d6`, `d20` or `3d8+2`."})
    # The history is drawn again on the rerun with nothing sent.
    assert [e for e in snaps[2].elements if e[0] == "markdown"] == [
        ("markdown", "I roll dice: try 2d6, d20 or 3d8+2."), ("markdown", "2d6"),
        ("markdown", "3 + 2 = 5")]


def test_streaming_chat_bot_from_streamlits_docs() -> None:
    snaps = assert_same(STREAMING_BOT, [chat(0, "hi"), chat(0, "yo")])
    texts = [e[1] for e in snaps[-1].elements if e[0] == "markdown"]
    assert texts == ["hi", "You said hi, I think.", "yo", "You said yo, I think."]


def test_chat_input_callback_and_key() -> None:
    script = """
import streamlit as st
st.session_state.setdefault("log", [])
def sent():
    st.session_state.log.append(st.session_state.box)
value = st.chat_input("Say", key="box", on_submit=sent, max_chars=3)
st.write("value", value)
st.write(st.session_state.log)
"""
    snaps = assert_same(script, [chat("box", "abcdef"), lambda at: None, chat("box", "abc")])
    assert snaps[1].state["log"] == ("list", [("str", "abc")])


def test_chat_input_value_set_through_session_state_only_fills_the_box() -> None:
    script = """
import streamlit as st
if st.button("fill"):
    st.session_state.box = "draft"
st.write("got", st.chat_input("Say", key="box"))
"""
    assert_same(script, [click(0), lambda at: None])
    at = AppTest.from_string(script).run()
    at.button[0].click().run()
    proto = at.chat_input[0].proto  # as Streamlit's: the text, and the flag that it was set
    assert (proto.value, proto.set_value) == ("draft", True)


@pytest.mark.parametrize("kwargs", ["accept_audio=True", "accept_audio=True, accept_file=True",
                                    "accept_audio=True, audio_sample_rate=None",
                                    "accept_audio=True, audio_sample_rate=123"])
def test_audio_chat_input_returns_a_value_with_its_recording_as_streamlit(kwargs: str) -> None:
    # A typed message: a ChatInputValue whose audio is None (AppTest cannot record).
    snaps = assert_same(f"""
import streamlit as st
value = st.chat_input("Say", key="voice", {kwargs})
st.write(repr(value))
if value is not None:
    st.write(value.text, value.audio, list(value.to_dict()))
""", [chat("voice", "hi"), lambda at: None])
    assert snaps[0].exceptions or "ChatInputValue(text='hi'" in snaps[1].texts[0]


def test_a_recording_reaches_the_script_as_the_chat_input_audio() -> None:
    from streamlit_cell.elements.file_widgets import UploadedFile
    runner, session = _runner("""
import streamlit as st
said = st.chat_input("Say", key="voice", accept_audio=True)
if said:
    st.session_state.heard = (said.text, said.audio.name, said.audio.read())
""")
    result = runner.run()
    chat_input = next(e for e in result.roots[-1].items if e.type == "chat_input")
    assert chat_input.props["accept_audio"] is True
    recording = UploadedFile(b"RIFF....WAVE", "audio-x.wav", "audio/wav")
    runner.run({chat_input.id: {"text": "", "files": [], "audio": recording}},
               changed_widgets=[chat_input.id])
    assert session["heard"] == ("", "audio-x.wav", b"RIFF....WAVE")


def test_disabled_chat_input() -> None:
    assert_same("import streamlit as st\nst.write(st.chat_input('x', disabled=True))",
                [chat(0, "hi")])


# ---------------------------------------------------------------- st.write
def test_write_replays_a_streaming_output_and_streams_generators() -> None:
    assert_same("""
import streamlit as st
out = st.write_stream(["a", {"x": 1}, "b"])
st.write(out)
def gen():
    yield "g1"
    yield "g2"
st.write(gen)
st.write(st.container())
""")


# ------------------------------------------------------------------ fragments
FRAGMENT_APP = """
import streamlit as st
st.session_state.setdefault("outer", 0)
st.session_state.setdefault("inner", 0)
st.session_state.outer += 1
st.write("outer", st.session_state.outer)

@st.fragment
def panel(title):
    st.session_state.inner += 1
    st.write(title, st.session_state.inner)
    if st.button("go", key="fb"):
        st.write("clicked")
    st.text_input("t", key="ft")

panel("inner")
st.button("outer button", key="ob")
"""


def test_fragment_widgets_rerun_the_whole_script_in_apptest_as_in_streamlit() -> None:
    snaps = assert_same(FRAGMENT_APP, [click("fb"), set_value("text_input", "ft", "x"),
                                       click("ob")])
    assert snaps[1].state["outer"] == ("int", 2) and snaps[1].state["inner"] == ("int", 2)


@pytest.mark.parametrize("script", [
    # an error in a fragment is shown in its container and ends the run
    "@st.fragment\ndef f():\n    st.write('in')\n    raise ValueError('boom')\nf()\nst.write('after')",
    # scope="fragment" outside a fragment run
    "@st.fragment\ndef f():\n    st.write('in')\n    st.rerun(scope='fragment')\nf()",
    "st.rerun(scope='fragment')",
    # reserved and duplicate keys
    "@st.fragment(key='app')\ndef f():\n    pass\nf()",
    "@st.fragment(key='k')\ndef f():\n    pass\n@st.fragment(key='k')\ndef g():\n    pass\nf()\ng()",
    "@st.fragment(key='k')\ndef f():\n    st.write('x')\nf()\nf()",
    # arguments, return value, wraps, nesting, other containers
    "@st.fragment()\ndef f(a, b=2):\n    '''doc'''\n    st.write('in', a, b)\n    return a + b\n"
    "st.write(f(1), f.__name__, f.__doc__)\nwith st.sidebar:\n    f(5)",
    "@st.fragment\ndef outer():\n    st.write('o')\n    @st.fragment\n    def inner():\n"
    "        st.button('b')\n    inner()\nouter()",
    "@st.fragment(parallel=True)\ndef f():\n    st.write('p')\nf()",
    "@st.fragment\ndef f():\n    st.stop()\n    st.write('no')\nf()\nst.write('no')",
    "def cb():\n    st.rerun(scope='nope')\nst.button('b', on_click=cb, key='cbb')",
])
def test_fragment_rules_match_streamlit(script: str) -> None:
    assert_same("import streamlit as st\n" + script)


def test_keyed_rerun_of_an_unknown_fragment_from_a_callback() -> None:
    assert_same("import streamlit as st\ndef cb():\n    st.rerun(scope='nope')\n"
                "st.button('b', on_click=cb)", [click(0)])


def test_run_every_is_not_supported_in_a_notebook() -> None:
    at = AppTest.from_string(
        "import streamlit as st\n@st.fragment(run_every=2)\ndef f():\n    pass\nf()").run()
    assert at.exception[0].proto.type.endswith("StreamlitNotSupportedInNotebookError")
    with pytest.raises(StreamlitNotSupportedInNotebookError):
        from streamlit_cell.elements.fragment import fragment
        fragment(lambda: None, run_every="1s")


# Fragment runs are what a notebook front end asks for; Streamlit's AppTest
# never does one for a widget, so these drive the runner directly.
def _runner(source: str) -> tuple[ScriptRunner, SessionState]:
    session = SessionState()
    return ScriptRunner(textwrap.dedent(source), session, cell_id="c"), session


def _texts(result) -> list[str]:
    from streamlit_cell.runtime.page_tree import walk

    return [e.props["body"] for e in walk(result.main) if e.type == "markdown"]


def _widget(result, key: str):
    from streamlit_cell.runtime.page_tree import walk

    return next(e for e in walk(result.main) if e.key == key)


def test_a_fragment_run_reruns_only_the_fragment() -> None:
    runner, session = _runner(FRAGMENT_APP)
    first = runner.run()
    button = _widget(first, "fb")
    second = runner.run({button.id: True}, fragment_ids=[session.widget_metadata(button.id)
                                                        .fragment_id])
    assert session["outer"] == 1 and session["inner"] == 2
    assert _texts(second) == ["outer `1`", "inner `2`", "clicked"]
    # the rest of the page is the last run's, element for element
    assert second.main.items[0] is first.main.items[0]
    assert _widget(second, "ob") is _widget(first, "ob")
    third = runner.run(None)
    assert session["outer"] == 2 and _texts(third) == ["outer `2`", "inner `3`"]


def test_a_fragment_run_cleans_up_only_the_fragments_widgets() -> None:
    runner, session = _runner("""
    import streamlit as st
    show = st.checkbox("outside", key="out", value=True)
    @st.fragment
    def f():
        if st.checkbox("show inner", key="si", value=True):
            st.text_input("inner", key="inner_text")
    f()
    """)
    first = runner.run()
    runner.run({_widget(first, "inner_text").id: "kept?"},
               fragment_ids=[session.widget_metadata(_widget(first, "si").id).fragment_id])
    assert session["inner_text"] == "kept?"
    si = _widget(first, "si")
    runner.run({si.id: False}, fragment_ids=[session.widget_metadata(si.id).fragment_id])
    assert "inner_text" not in session  # the fragment's stale widget is gone
    assert session["out"] is True  # a widget outside the fragment is untouched


def test_rerun_scope_fragment_in_a_fragment_run_reruns_the_fragment() -> None:
    runner, session = _runner("""
    import streamlit as st
    st.session_state.setdefault("outer", 0)
    st.session_state.outer += 1
    @st.fragment
    def f():
        st.session_state.setdefault("n", 0)
        st.session_state.n += 1
        if st.button("again", key="again") and st.session_state.n < 5:
            st.rerun(scope="fragment")
        st.write("n", st.session_state.n)
    f()
    """)
    first = runner.run()
    button = _widget(first, "again")
    result = runner.run({button.id: True},
                        fragment_ids=[session.widget_metadata(button.id).fragment_id])
    assert session["n"] == 3 and session["outer"] == 1
    assert _texts(result) == ["n `3`"]


def test_a_keyed_rerun_from_a_callback_runs_that_fragment() -> None:
    runner, session = _runner("""
    import streamlit as st
    st.session_state.setdefault("outer", 0)
    st.session_state.outer += 1
    @st.fragment(key="chart")
    def chart():
        st.session_state.setdefault("chart", 0)
        st.session_state.chart += 1
    chart()
    st.button("refresh", key="r", on_click=lambda: st.rerun(scope="chart"))
    """)
    first = runner.run()
    runner.run({_widget(first, "r").id: True})
    assert session["outer"] == 1 and session["chart"] == 2


def test_a_fragment_run_cannot_write_outside_its_container() -> None:
    runner, session = _runner("""
    import streamlit as st
    @st.fragment
    def f():
        if st.button("b", key="b"):
            st.sidebar.write("outside")
    f()
    """)
    first = runner.run()
    button = _widget(first, "b")
    result = runner.run({button.id: True},
                        fragment_ids=[session.widget_metadata(button.id).fragment_id])
    assert isinstance(result.exception, StreamlitAPIException)
    assert "outside of their container" in str(result.exception)
    assert [e.type for e in result.main.items[0].items] == ["button", "exception"]


def test_a_fragment_run_of_a_fragment_gone_from_the_page_is_a_full_run() -> None:
    runner, session = _runner("""
    import streamlit as st
    st.session_state.setdefault("outer", 0)
    st.session_state.outer += 1
    @st.fragment
    def f():
        st.button("b", key="b")
    if st.session_state.outer == 1:
        f()
    """)
    first = runner.run()
    fragment_id = session.widget_metadata(_widget(first, "b").id).fragment_id
    runner.run()  # the fragment is not called any more
    runner.run(None, fragment_ids=[fragment_id])
    assert session["outer"] == 3


# ------------------------------------------- write_stream without threads (Pyodide)
def test_async_write_stream_under_pyodide_runs_on_the_scripts_own_thread(monkeypatch):
    import asyncio
    import socket
    import threading

    from streamlit_cell.elements import display

    monkeypatch.setattr(display.sys, "platform", "emscripten")
    monkeypatch.setattr(threading.Thread, "start", lambda self: pytest.fail("started a thread"))

    def no_socketpair(*args, **kwargs):
        raise OSError(138, "Not supported")  # what Pyodide answers

    monkeypatch.setattr(socket, "socketpair", no_socketpair)  # undone below
    script = textwrap.dedent("""
        import asyncio
        import threading
        import streamlit as st
        async def words():
            for word in ["one", "two", "three"]:
                await asyncio.sleep(0.01)
                st.caption(threading.current_thread().name)
                yield word + " "
        st.write(repr(st.write_stream(words)))
    """)
    at = AppTest.from_string(script).run()
    assert not at.exception
    assert [m.value for m in at.markdown][-1] == repr("one two three ")
    assert {c.value for c in at.caption} == {threading.current_thread().name}

    # A kernel's loop running on the thread (the Pyodide kernel's) is set
    # aside while the stream's items are awaited, then restored.
    monkeypatch.undo()
    monkeypatch.setattr(display.sys, "platform", "emscripten")
    async def in_a_running_loop() -> list:
        async def numbers():
            for n in range(3):
                await asyncio.sleep(0)
                yield n
        running = asyncio.get_running_loop()
        items = list(display._iterate_async(numbers()))
        assert asyncio.get_running_loop() is running
        return items

    # On a thread of its own: in a session that ran the browser tier first,
    # Playwright's sync API keeps an event loop running on the main thread.
    results: list = []
    runner = threading.Thread(target=lambda: results.append(asyncio.run(in_a_running_loop())))
    runner.start()
    runner.join(timeout=30)
    assert results == [[0, 1, 2]]
