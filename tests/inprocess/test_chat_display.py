"""Chat, display elements and fragments as a person meets them in a notebook:
real ipywidgets driven through comm messages (``front_end_sets`` /
``front_end_clicks``)."""

from __future__ import annotations

import pathlib

import ipywidgets as w

from support.ui import (
    find,
    find_all,
    front_end_clicks,
    front_end_sets,
    html_containing,
    session_state,
    text,
    texts,
)

#: The team's dice chat example (examples/dice_chat.py), run as a cell.
DICE_CHAT = (pathlib.Path(__file__).resolve().parents[2] / "examples" / "dice_chat.py").read_text()

STREAMING_BOT = """
import time

def response_generator(prompt):
    for word in f"You said {prompt} and that is all".split():
        yield word + " "
        time.sleep(0.01)

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

COUNTING_CHAT = """
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
said = st.chat_input("Say something", key="said")
st.write(f"runs {st.session_state.runs} said {said}")
"""


def chat_box(app) -> w.Text:
    return find(app.root, w.Text)


def send_button(app) -> w.Button:
    return find(app.root, w.Button)


def chat_rows(app) -> list[w.HBox]:
    return [box for box in find_all(app, w.HBox) if "stc-chat-message" in box._dom_classes]


# ------------------------------------------------------------------ chat_input
def test_enter_submits_once_and_clears_the_box(run_cell, comm_log):
    app = run_cell(COUNTING_CHAT)
    box = chat_box(app)
    assert box.placeholder == "Say something" and box.continuous_update is False
    comm_log.clear()
    front_end_sets(box, value="hello")  # Enter (or a blur with new text)
    assert "runs 2 said hello" in text(app)
    assert box.value == "" and {"value": ""} in [
        m.state for m in comm_log.updates() if m.comm_id == box.model_id]  # cleared on screen
    # The box commits nothing new on a later blur; a click finds it empty.
    front_end_clicks(send_button(app))
    assert session_state()["runs"] == 2
    app.run()
    assert "runs 3 said None" in text(app)  # the submission was for one run only


def test_the_same_text_submitted_twice_is_two_submissions(run_cell):
    app = run_cell(COUNTING_CHAT)
    front_end_sets(chat_box(app), value="again")
    front_end_sets(chat_box(app), value="again")
    assert session_state()["runs"] == 3 and "said again" in text(app)


def test_the_send_button_submits_typed_text(run_cell):
    app = run_cell(COUNTING_CHAT)
    box = chat_box(app)
    box.value = "typed"  # typed text the front end has synced
    front_end_clicks(send_button(app))
    assert "runs 2 said typed" in text(app) and box.value == ""


def test_blank_text_is_not_submitted(run_cell):
    app = run_cell(COUNTING_CHAT)
    front_end_sets(chat_box(app), value="   ")
    assert session_state()["runs"] == 1


def test_a_top_level_chat_input_is_at_the_bottom_of_the_app(run_cell):
    app = run_cell(COUNTING_CHAT + "st.write('written after the input')")
    assert chat_box(app) in find_all(app.bottom_view.widget, w.Text)
    assert not find_all(app.main_view.widget, w.Text)
    inline = run_cell("with st.container():\n    st.chat_input('inline')", key="inline")
    assert find_all(inline.main_view.widget, w.Text) and not inline.bottom_view.widget.children


def test_max_chars_and_submit_mode_disable(run_cell, comm_log):
    app = run_cell("st.write('got', st.chat_input('x', max_chars=3, submit_mode='disable'))")
    box = chat_box(app)
    comm_log.clear()
    front_end_sets(box, value="abcdef")
    assert "got abc" in text(app)
    sent = [m.state for m in comm_log.updates() if m.comm_id == box.model_id]
    assert {"disabled": True} in sent  # while the submission's run goes on
    assert box.disabled is False  # enabled again once it has ended


def test_a_value_set_through_session_state_fills_the_box_without_submitting(run_cell):
    app = run_cell("""
if st.button("Draft"):
    st.session_state.said = "a draft"
st.write("said", st.chat_input("Say", key="said"))
""")
    front_end_clicks(find(app, w.Button, "Draft"))
    assert chat_box(app).value == "a draft"
    assert "said None" in text(app)


# ---------------------------------------------------------------- chat apps
def test_the_dice_chat_example(run_cell):
    app = run_cell(DICE_CHAT)
    assert len(chat_rows(app)) == 1  # the bot's greeting
    front_end_sets(chat_box(app), value="2d6")
    rows = chat_rows(app)
    assert len(rows) == 3
    assert "2d6" in text(rows[1]) and "3 + 2 = 5" in text(rows[2])
    assert "🧑" in rows[1].children[0].value and "🤖" in rows[2].children[0].value
    front_end_sets(chat_box(app), value="d20+3")
    rows = chat_rows(app)
    assert [text(row.children[1]) for row in rows][1:] == ["2d6", "3 + 2 = 5", "d20+3", "15 + 3 = 18"]
    assert session_state()["conversation"][-1] == {"role": "assistant", "text": "15 + 3 = **18**"}


def test_the_streaming_bot_shows_the_answer_as_it_streams(run_cell, comm_log):
    app = run_cell(STREAMING_BOT)
    comm_log.clear()
    front_end_sets(chat_box(app), value="hi")
    answer = "You said hi and that is all"
    rows = chat_rows(app)
    assert text(rows[-1].children[1]) == answer
    assert session_state()["messages"][-1] == {"role": "assistant", "content": answer + " "}
    shown = [m.state["value"] for m in comm_log.updates() if "You said" in
             str(m.state.get("value", ""))]
    assert len(shown) >= 3 and "all" not in shown[0]  # partial answers came first


def test_custom_avatars(run_cell):
    app = run_cell("""
st.chat_message("Bob", avatar="🦜").write("emoji")
st.chat_message("Ann").write("initial")
st.chat_message("X", avatar="https://example.org/a.png").write("image")
""")
    avatars = [row.children[0].value for row in chat_rows(app)]
    assert "🦜" in avatars[0] and ">A</div>" in avatars[1]
    assert '<img src="https://example.org/a.png"' in avatars[2]


# ------------------------------------------------------------------ display
def test_display_elements_render(run_cell):
    app = run_cell(r"""
st.metric("Temperature", 70, "-1.2 °F", border=True, chart_data=[1, 3, 2])
st.badge("New", icon="🔥", color="green")
st.divider()
st.latex(r"a < b \\ x^2")
st.space("medium")
st.html("<p class='x' onclick='alert(1)'>safe</p><script>alert(2)</script><img src=x onerror=alert(3)>")
""")
    metric = html_containing(app, "Temperature")
    assert "70" in metric.value and "↓" in metric.value and "#ff2b2b" in metric.value  # red down
    assert "<svg" in metric.value
    badge = html_containing(app, "New")
    assert "🔥" in badge.value and "#21c354" in badge.value
    assert html_containing(app, "<hr")
    latex = find(app, w.HTMLMath)
    assert latex.value.startswith("$$") and "a &lt; b" in latex.value
    html = html_containing(app, "safe")
    assert "<script" not in html.value and "onclick" not in html.value
    assert "onerror" not in html.value and "class=\"x\"" in html.value
    space = [box for box in find_all(app, w.Box) if box.layout.height == "2.5rem"]
    assert len(space) == 1


def test_html_with_javascript_allowed_is_a_notebook_output(run_cell):
    app = run_cell("st.html('<div>js</div><script>window.x = 1</script>', "
                   "unsafe_allow_javascript=True)")
    output = find(app.main_view.widget, w.Output)
    assert output.outputs[0]["data"]["text/html"].endswith("<script>window.x = 1</script>")


def test_popover_toggles_its_box_without_a_rerun(run_cell):
    app = run_cell("""
st.session_state.setdefault("runs", 0)
st.session_state.runs += 1
with st.popover("Settings"):
    st.write("inside the popover")
""")
    toggle = find(app, w.ToggleButton, "Settings")
    box = html_containing(app, "inside the popover")
    popover_box = next(b for b in find_all(app, w.VBox) if box in b.children)
    assert popover_box.layout.display == "none"
    front_end_sets(toggle, value=True)
    assert popover_box.layout.display is None and session_state()["runs"] == 1


def test_a_tracked_popover_reruns_with_its_open_state(run_cell):
    app = run_cell("""
pop = st.popover("Lazy", on_change="rerun", key="lazy")
with pop:
    if pop.open:
        st.write("loaded content")
st.write("open", pop.open)
""")
    assert "open False" in text(app) and "loaded content" not in text(app)
    front_end_sets(find(app, w.ToggleButton, "Lazy"), value=True)
    assert "open True" in text(app) and "loaded content" in text(app)
    assert session_state()["lazy"] is True


def test_echo_shows_the_cells_code(run_cell):
    app = run_cell("with st.echo():\n    total = 1 + 2\n    st.write('total', total)")
    shown = texts(app)
    assert "total = 1 + 2 st.write('total', total)" in " ".join(shown)
    assert "total 3" in text(app)


def test_a_rerun_with_nothing_changed_sends_no_message(run_cell, comm_log):
    app = run_cell(DICE_CHAT + """
st.metric("m", 1, 2)
st.badge("b")
st.divider()
st.latex("x")
st.html("<b>h</b>")
st.space()
with st.popover("p"):
    st.write("in")
""")
    front_end_sets(chat_box(app), value="hello")
    comm_log.clear()
    app.run()  # the prompt is gone for this run: the chat messages stay (history)
    comm_log.clear()
    app.run()
    assert list(comm_log) == []


def test_a_rerun_streams_again_into_the_same_widget(run_cell, comm_log):
    app = run_cell("st.write('before')\nst.write_stream(['a', 'b'])\nst.write('after')")
    stream = html_containing(app, "<p>ab</p>")
    comm_log.clear()
    app.run()
    # Streamed live, as in Streamlit: the text grows again, in the same widget.
    assert {m.comm_id for m in comm_log} == {stream.model_id}
    assert [m.state["value"] for m in comm_log][-1] == stream.value
    assert html_containing(app, "<p>ab</p>") is stream


# ---------------------------------------------------------------- fragments
FRAGMENT_APP = """
st.session_state.setdefault("outer", 0)
st.session_state.setdefault("inner", 0)
st.session_state.outer += 1
st.write(f"outer runs {st.session_state.outer}")

@st.fragment
def panel():
    st.session_state.inner += 1
    st.write(f"inner runs {st.session_state.inner}")
    st.button("Fragment button")
    name = st.text_input("Fragment name")
    st.write(f"hello {name}")

panel()
st.button("Page button")
"""


def test_a_fragment_widget_reruns_only_the_fragment(run_cell, comm_log):
    app = run_cell(FRAGMENT_APP)
    outer = html_containing(app, "outer runs 1")
    comm_log.clear()
    front_end_clicks(find(app, w.Button, "Fragment button"))
    assert session_state()["outer"] == 1 and session_state()["inner"] == 2
    assert "inner runs 2" in text(app) and "outer runs 1" in outer.value
    assert outer.model_id not in {m.comm_id for m in comm_log}  # untouched
    front_end_sets(find(app, w.Text, "Fragment name"), value="Ada")
    assert "hello Ada" in text(app) and session_state()["outer"] == 1
    assert session_state()["inner"] == 3
    front_end_clicks(find(app, w.Button, "Page button"))
    assert session_state()["outer"] == 2 and session_state()["inner"] == 4
    assert "hello Ada" in text(app)  # the fragment's widget kept its value


def test_a_fragment_in_a_column_and_an_error_in_a_fragment_run(run_cell):
    app = run_cell("""
left, right = st.columns(2)
with left:
    st.write("left side")
@st.fragment
def risky():
    if st.button("Fail"):
        raise ValueError("fragment failed")
    st.write("fine")
with right:
    risky()
""")
    front_end_clicks(find(app, w.Button, "Fail"))
    assert "fragment failed" in text(app) and "left side" in text(app)
    front_end_clicks(find(app, w.Button, "Fail"))  # the app still answers
    errors = [h for h in find_all(app, w.HTML) if "stc-exception" in h.value]
    assert len(errors) == 1 and "fragment failed" in errors[0].value


ATTACHING_CHAT = """
msg = st.chat_input("Ask", accept_file="multiple", file_type=["txt"])
if msg is not None:
    st.write("got:", repr(msg.text), ", ".join(f"{f.name}={f.read().decode()}" for f in msg.files))
"""


def test_attached_files_are_sent_with_the_next_submission_then_let_go(run_cell):
    from support.ui import find_all

    app = run_cell(ATTACHING_CHAT)
    picker = find(app.root, w.FileUpload)
    assert (picker.accept, picker.multiple) == (".txt", True)
    for name, content in (("a.txt", b"A"), ("b.txt", b"B")):
        front_end_sets(picker, value=[{"name": name, "type": "text/plain", "size": 1,
                                       "content": memoryview(content), "last_modified": 0}])
    assert picker.value == ()  # the picker is emptied; the row lists the files
    assert any("📎 a.txt, b.txt" in h.value for h in find_all(app.root, w.HTML))
    send = [b for b in find_all(app.root, w.Button) if b.tooltip == "Send"][0]
    front_end_clicks(send)  # files only: the text is ""
    assert "got: '' a.txt=A, b.txt=B" in text(app)
    assert not any("📎" in h.value for h in find_all(app.root, w.HTML))
    front_end_sets(chat_box(app), value="just text")
    assert "got: 'just text'" in text(app) and "a.txt=A" not in text(app)
