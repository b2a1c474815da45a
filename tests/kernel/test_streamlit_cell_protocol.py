"""``%%streamlit_cell`` apps in a real ipykernel, driven over the wire protocol.

Cells run via ``execute_request``; clicks and value changes are the front-end
``comm_msg`` a browser sends; what the user sees is the model mirror built from
IOPub ``comm_open``/``comm_msg``. Ground truth about ``st.session_state`` comes
from an ordinary cell in the same kernel (``print(st.session_state.count)``).

Scripts are the Session State concept page's own examples
(https://docs.streamlit.io/develop/concepts/architecture/session-state).

The tests share one kernel (a kernel start costs ~1-2 s). Between tests the
extension is unloaded (closing every app, so no app of an earlier test reruns
when a later one writes ``count``), the session state is cleared, and the
extension is loaded again.
"""

from __future__ import annotations

import html as html_lib
import re

import pytest
from support.kernel_client import ExecutionResult, KernelSession, WidgetModel

pytestmark = pytest.mark.kernel

EXAMPLE_2 = """%%streamlit_cell
import streamlit as st

st.title('Counter Example using Callbacks')
if 'count' not in st.session_state:
    st.session_state.count = 0

def increment_counter():
    st.session_state.count += 1

st.button('Increment', on_click=increment_counter)

st.write('Count = ', st.session_state.count)
"""

EXAMPLE_3_ARGS = """%%streamlit_cell
import streamlit as st

st.title('Counter Example using Callbacks with args')
if 'count' not in st.session_state:
    st.session_state.count = 0

increment_value = st.number_input('Enter a value', value=0, step=1)

def increment_counter(increment_value):
    st.session_state.count += increment_value

increment = st.button('Increment', on_click=increment_counter,
    args=(increment_value, ))

st.write('Count = ', st.session_state.count)
"""

EXAMPLE_4 = """%%streamlit_cell
import streamlit as st
import datetime

st.title('Counter Example')
if 'count' not in st.session_state:
    st.session_state.count = 0
    st.session_state.last_updated = datetime.time(0,0)

def update_counter():
    st.session_state.count += st.session_state.increment_value
    st.session_state.last_updated = st.session_state.update_time

with st.form(key='my_form'):
    st.time_input(label='Enter the time', value=datetime.datetime.now().time(), key='update_time')
    st.number_input('Enter a value', value=0, step=1, key='increment_value')
    submit = st.form_submit_button(label='Update', on_click=update_counter)

st.write('Current Count = ', st.session_state.count)
st.write('Last Updated = ', st.session_state.last_updated)
"""

SLIDER_CELL_A = """%%streamlit_cell
st.slider("x", min_value=0, max_value=100, value=10, key="x")
"""

READER_CELL_B = """%%streamlit_cell
st.write(st.session_state.x)
"""


# ------------------------------------------------------------------- helpers
RESET = """
%unload_ext streamlit_cell
from streamlit_cell.runtime.shared_session import kernel_session as _kernel_session
_kernel_session().clear()
del _kernel_session
%load_ext streamlit_cell
"""


@pytest.fixture
def ks(kernel: KernelSession) -> KernelSession:
    """The module's kernel with streamlit_cell freshly loaded and empty session state."""
    kernel.execute(RESET, store_history=False).raise_for_error()
    assert kernel_print(kernel, "len(st.session_state)") == "0"
    assert not [m for m in kernel.models.values() if m.open], "an app survived the reset"
    return kernel


def run_app(ks: KernelSession, cell: str) -> tuple[str, ExecutionResult]:
    """Execute a ``%%streamlit_cell`` cell; return its root model id and the result."""
    res = ks.execute(cell).raise_for_error()
    assert len(res.displayed_model_ids) == 1, res.outputs
    return res.displayed_model_ids[0], res


def kernel_print(ks: KernelSession, expr: str) -> str:
    return ks.execute(f"print({expr})", store_history=False).raise_for_error().stdout.strip()


def text_of(html: str) -> str:
    """Visible text of an HTML value: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", html)).split())


def visible(substring: str, *, exact: bool = False):
    """State matcher for ``find_model(value=...)``: the HTML's visible text contains
    (or is) ``substring``. Never matches the app's stylesheet."""

    def match(value: object) -> bool:
        if not isinstance(value, str) or "<style" in value:
            return False
        text = text_of(value)
        return text == substring if exact else substring in text

    return match


def shown_number(model: WidgetModel, label: str = "Count") -> int:
    """The integer after ``<label> =`` in an HTML model (``Count =  <code>3</code>``)."""
    match = re.search(rf"\b{re.escape(label)}\s*=\s*(-?\d+)\b", text_of(model["value"]))
    assert match, f"no '{label} = N' in {model['value']!r}"
    return int(match.group(1))


def count_html(ks: KernelSession, root: str, label: str = "Count =") -> WidgetModel:
    return ks.find_model("HTMLModel", within=root, value=visible(label))


def texts(ks: KernelSession, root: str) -> list[str]:
    """Visible texts of the app's HTML models (the stylesheet excluded)."""
    return [text_of(m["value"]) for m in ks.walk(root)
            if m.model_name == "HTMLModel" and "<style" not in m["value"]]


# --------------------------------------------------------------------- tests
def test_example2_counter_with_callback(ks: KernelSession):
    root, first = run_app(ks, EXAMPLE_2)
    assert first.count("comm_open") > 0
    assert "Counter Example using Callbacks" in texts(ks, root)
    button = ks.find_model("ButtonModel", within=root, description="Increment")
    counter = count_html(ks, root)
    assert shown_number(counter) == 0

    n = 7
    mark = ks.mark()
    for i in range(1, n + 1):
        res = ks.click(button.model_id)
        assert res.ok, res.errors
        # the callback ran before the script, so this very run shows the new count
        assert shown_number(counter) == i
        assert 1 <= res.count("update") <= 2, res.comm_events
        assert res.count("comm_open") == 0
        assert res.count("comm_close") == 0
    assert ks.count_since(mark, "comm_open") == 0
    assert kernel_print(ks, "st.session_state.count") == str(n)
    # the same model is still the one on screen, and the mirror agrees with the kernel
    assert count_html(ks, root).model_id == counter.model_id
    assert ks.mirror_mismatches() == []


def test_example3_args_are_bound_when_the_button_is_rendered(ks: KernelSession):
    root, _ = run_app(ks, EXAMPLE_3_ARGS)
    number = ks.find_model("IntTextModel", within=root, description="Enter a value")
    button = ks.find_model("ButtonModel", within=root, description="Increment")
    counter = count_html(ks, root)

    # Committing the number reruns the script (it is not in a form) but changes no count.
    res = ks.set_value(number.model_id, 5)
    assert res.ok, res.errors
    assert res.count("update", model_id=counter.model_id) == 0
    assert shown_number(counter) == 0
    assert kernel_print(ks, "st.session_state.count") == "0"

    # That rerun rendered the button with args=(5,): the click adds 5.
    assert ks.click(button.model_id).ok
    assert shown_number(counter) == 5
    assert ks.click(button.model_id).ok
    assert shown_number(counter) == 10

    # The number changes and the button is clicked right away (both messages in
    # flight). Streamlit binds args when the button is rendered: if both events
    # land in one run, the callback gets the old 5 (the one-rerun lag); if the
    # number's rerun happens first, it gets 2. Either way the click after that
    # is bound to 2.
    pending = [ks.set_value(number.model_id, 2, wait=False), ks.click(button.model_id, wait=False)]
    for p in pending:
        assert p.wait().ok
    burst = shown_number(counter)
    assert burst in (15, 12), burst
    assert ks.click(button.model_id).ok
    assert shown_number(counter) == burst + 2
    assert kernel_print(ks, "st.session_state.count") == str(burst + 2)
    assert number["value"] == 2


def test_example3_one_rerun_lag_when_both_events_arrive_before_a_rerun(ks: KernelSession):
    """The conformance suite's lag (Streamlit AppTest: set_value, click, one run):
    the number changes and the button is clicked before a rerun starts (both
    messages wait while the kernel is busy), so one run handles both and the
    callback gets the args bound when the button was rendered: the old number."""
    root, _ = run_app(ks, EXAMPLE_3_ARGS)
    number = ks.find_model("IntTextModel", within=root, description="Enter a value")
    button = ks.find_model("ButtonModel", within=root, description="Increment")
    counter = count_html(ks, root)
    old, count = 0, 0
    for new in (5, 2, 7):
        busy = ks.execute("import time; time.sleep(0.3)", wait=False)
        pending = [ks.set_value(number.model_id, new, wait=False),
                   ks.click(button.model_id, wait=False)]
        assert busy.wait().ok
        assert all(p.wait().ok for p in pending)
        count += old  # the stale argument
        assert (new, shown_number(counter)) == (new, count)
        old = new


def test_example4_form_commits_only_on_submit(ks: KernelSession):
    root, _ = run_app(ks, EXAMPLE_4)
    number = ks.find_model("IntTextModel", within=root, description="Enter a value")
    clock = ks.find_model("AnyModel", within=root, description="Enter the time")  # date_field
    submit = ks.find_model("ButtonModel", within=root, description="Update")
    counter = count_html(ks, root, "Current Count =")
    updated = count_html(ks, root, "Last Updated =")
    assert shown_number(counter, "Count") == 0
    assert "Last Updated = 00:00:00" in text_of(updated["value"])

    # Inside a form a change does not rerun: the kernel only echoes it.
    mark = ks.mark()
    res = ks.set_value(number.model_id, 3)
    assert res.ok, res.errors
    res2 = ks.set_value(clock.model_id, "12:34:00")
    assert res2.ok, res2.errors
    assert ks.count_since(mark, "update") == 0, ks.messages_since(mark)
    assert ks.count_since(mark, "comm_open") == 0
    assert shown_number(counter) == 0
    assert kernel_print(ks, "st.session_state.increment_value") == "0"
    assert kernel_print(ks, "st.session_state.count") == "0"

    # Submit: the form's values are committed, then the callback, then the script.
    res = ks.click(submit.model_id)
    assert res.ok, res.errors
    assert res.count("update", model_id=counter.model_id) == 1
    assert shown_number(counter) == 3
    assert "Last Updated = 12:34:00" in text_of(count_html(ks, root, "Last Updated =")["value"])
    assert kernel_print(ks, "st.session_state.count") == "3"
    assert kernel_print(ks, "st.session_state.increment_value") == "3"
    assert kernel_print(ks, "st.session_state.last_updated") == "12:34:00"

    # Submitting again adds the (unchanged) form value again.
    assert ks.click(submit.model_id).ok
    assert shown_number(counter) == 6
    assert number["value"] == 3


def test_text_input_set_value_reruns(ks: KernelSession):
    root, _ = run_app(ks, """%%streamlit_cell
name = st.text_input("Your name", key="name")
st.write(f"Hello, {name or 'stranger'}!")
""")
    box = ks.find_model("TextModel", within=root, description="Your name")
    greeting = ks.find_model("HTMLModel", within=root, value=visible("Hello"))
    assert text_of(greeting["value"]) == "Hello, stranger!"
    res = ks.set_value(box.model_id, "Ada")
    assert res.ok, res.errors
    assert res.count("update", model_id=greeting.model_id) == 1
    assert text_of(greeting["value"]) == "Hello, Ada!"
    assert kernel_print(ks, "repr(st.session_state.name)") == "'Ada'"
    # the cell's top-level names are published to the notebook
    assert kernel_print(ks, "name") == "Ada"


def test_exception_is_shown_in_place_and_the_app_recovers(ks: KernelSession):
    root, res = run_app(ks, """%%streamlit_cell
st.header("Above the error")
if "fail" not in st.session_state:
    st.session_state.fail = True
if st.session_state.fail:
    raise ZeroDivisionError("no dividing by zero in here")
st.write("Recovered")
""")
    assert not res.errors  # the error is part of the app, not of the cell
    error = ks.find_model("HTMLModel", within=root, value=visible("ZeroDivisionError"))
    assert "no dividing by zero in here" in text_of(error["value"])
    assert "Above the error" in texts(ks, root)
    assert not any("Recovered" in t for t in texts(ks, root))

    # An ordinary cell writes the key the app read: the app reruns without the error.
    ks.execute("st.session_state.fail = False").raise_for_error()
    ks.drain()
    assert not ks.find_models("HTMLModel", within=root, value=visible("ZeroDivisionError"))
    assert "Recovered" in texts(ks, root)


CALLBACK_ERROR_CELL = """%%streamlit_cell
def explode():
    raise ValueError("kaboom")
st.button("Boom", on_click=explode)
st.button("Fine")
st.write("runs:", st.session_state.setdefault("runs", 0))
"""


def test_exception_in_a_callback_is_shown_and_the_cell_runs_again(ks: KernelSession):
    root, _ = run_app(ks, CALLBACK_ERROR_CELL)
    boom = ks.find_model("ButtonModel", within=root, description="Boom")
    res = ks.click(boom.model_id)
    assert ks.is_alive()
    assert not res.errors  # shown in the app, not as a kernel traceback
    error = ks.find_model("HTMLModel", within=root, value=visible("ValueError"))
    assert "kaboom" in text_of(error["value"])
    # As in Streamlit, a failing callback ends the run before the body: the run
    # rendered only the exception, so the buttons are gone (and their comms closed);
    # only the app's Rerun button (Streamlit's Rerun) is offered.
    assert [b.get("description") for b in ks.find_models("ButtonModel", within=root)] == ["Rerun"]
    assert not boom.open

    # Re-executing the cell gives a working app again; the old one is closed.
    root2, _ = run_app(ks, CALLBACK_ERROR_CELL)
    assert not ks.models[root].open
    fine = ks.find_model("ButtonModel", within=root2, description="Fine")
    assert ks.click(fine.model_id).ok
    assert not ks.find_models("HTMLModel", within=root2, value=visible("ValueError"))
    assert ks.find_model("HTMLModel", within=root2, value=visible("runs:"))


def test_two_cells_share_state(ks: KernelSession):
    root_a, _ = run_app(ks, SLIDER_CELL_A)
    root_b, _ = run_app(ks, READER_CELL_B)
    slider = ks.find_model("AnyModel", within=root_a, description="x")
    shown = ks.find_model("HTMLModel", within=root_b, value=visible("10", exact=True))
    assert text_of(shown["value"]) == "10"

    res = ks.set_value(slider.model_id, 42)
    assert res.ok, res.errors
    # B reran in response to A's event: its update is parented to the slider's comm_msg
    assert res.count("update", model_id=shown.model_id) == 1
    assert text_of(shown["value"]) == "42"
    assert kernel_print(ks, "st.session_state.x") == "42"

    # An ordinary cell writing the key drives both apps.
    ks.execute("st.session_state.x = 77").raise_for_error()
    ks.drain()
    assert text_of(shown["value"]) == "77"
    assert slider["value"] == 77


def test_queued_slider_events_end_at_the_last_value(ks: KernelSession):
    root_a, _ = run_app(ks, SLIDER_CELL_A)
    root_b, _ = run_app(ks, READER_CELL_B)
    slider = ks.find_model("AnyModel", within=root_a, description="x")
    shown = ks.find_model("HTMLModel", within=root_b, value=visible("10", exact=True))

    values = [(7 * i) % 101 for i in range(1, 21)]  # ends at 39
    mark = ks.mark()
    pending = [ks.set_value(slider.model_id, v, wait=False) for v in values]
    results = [p.wait() for p in pending]
    assert all(r.ok for r in results), [r.errors for r in results]
    assert text_of(shown["value"]) == str(values[-1])
    assert slider["value"] == values[-1]
    assert kernel_print(ks, "st.session_state.x") == str(values[-1])
    assert ks.count_since(mark, "comm_open") == 0
    assert ks.mirror_mismatches() == []


def test_events_queued_before_a_rerun_are_coalesced(ks: KernelSession):
    """DESIGN: "Several events arriving before a rerun starts are coalesced into
    one run." 20 slider moves arrive while the kernel is busy: one rerun of the
    slider's app, hence one of the app that reads its key."""
    root_a, _ = run_app(ks, SLIDER_CELL_A)
    root_b, _ = run_app(ks, READER_CELL_B)
    slider = ks.find_model("AnyModel", within=root_a, description="x")
    shown = ks.find_model("HTMLModel", within=root_b, value=visible("10", exact=True))

    for first in (21, 61):
        mark = ks.mark()
        busy = ks.execute("import time; time.sleep(0.3)", wait=False)
        pending = [ks.set_value(slider.model_id, v, wait=False) for v in range(first, first + 20)]
        assert busy.wait().ok
        assert all(p.wait().ok for p in pending)
        assert text_of(shown["value"]) == str(first + 19)
        assert ks.count_since(mark, "update", model_id=shown.model_id) == 1


EVERY_INPUT_CELL = """%%streamlit_cell
import datetime as dt
st.checkbox("Tick", key="w_check")
st.toggle("Switch", key="w_toggle")
st.number_input("Num", value=3, key="w_num")
st.number_input("FNum", value=0.5, key="w_fnum")
st.text_input("Name", key="w_text")
st.text_area("Notes", key="w_area")
st.slider("Level", 0, 10, 3, key="w_slider")
st.slider("Ratio", 0.0, 1.0, 0.5, key="w_fslider")
st.slider("Range", 0, 10, (2, 5), key="w_range")
st.slider("When", min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 1, 31),
          value=dt.date(2024, 1, 5), key="w_dslider")
st.select_slider("Size", ["S", "M", "L"], "M", key="w_sel_slider")
st.select_slider("Sizes", ["S", "M", "L", "XL"], ("S", "L"), key="w_sel_range")
st.selectbox("Pick", ["x", "y", "z"], key="w_select")
st.radio("Choose", ["r1", "r2"], key="w_radio")
st.multiselect("Many", ["m1", "m2", "m3"], ["m2"], key="w_multi")
st.date_input("Day", dt.date(2024, 5, 1), key="w_date")
st.time_input("Alarm", dt.time(8, 45), key="w_time")
st.color_picker("Colour", "#00ff00", key="w_color")
st.text(repr(sorted((k, v) for k, v in st.session_state.items() if k.startswith("w_"))))
"""

# (label, model, state a browser sends, key, repr of the value in session state).
# Selection widgets send their ``index``.
BROWSER_EDITS = [
    ("Tick", "CheckboxModel", {"value": True}, "w_check", "True"),
    ("Switch", "CheckboxModel", {"value": True}, "w_toggle", "True"),
    ("Num", "IntTextModel", {"value": 7}, "w_num", "7"),
    ("FNum", "TextModel", {"value": "2.25"}, "w_fnum", "2.25"),
    ("Name", "TextModel", {"value": "Ada"}, "w_text", "'Ada'"),
    ("Notes", "TextareaModel", {"value": "hi"}, "w_area", "'hi'"),
    # Sliders are render/slider_widget.py's (an anywidget): a date crosses the
    # wire as microseconds since the epoch, a select slider's value is an index.
    ("Level", "AnyModel", {"value": 9}, "w_slider", "9"),
    ("Ratio", "AnyModel", {"value": 0.25}, "w_fslider", "0.25"),
    ("Range", "AnyModel", {"value": [1, 8]}, "w_range", "(1, 8)"),
    ("When", "AnyModel", {"value": 1_704_844_800_000_000}, "w_dslider",
     "datetime.date(2024, 1, 10)"),
    ("Size", "AnyModel", {"value": 2}, "w_sel_slider", "'L'"),
    ("Sizes", "AnyModel", {"value": [1, 3]}, "w_sel_range", "('M', 'XL')"),
    ("Pick", "DropdownModel", {"index": 2}, "w_select", "'z'"),
    ("Choose", "RadioButtonsModel", {"index": 1}, "w_radio", "'r2'"),
    ("Many", "TagsInputModel", {"value": ["m1", "m3"]}, "w_multi", "['m1', 'm3']"),
    # Dates and times are render/date_field.py's: ISO text on the wire.
    ("Day", "AnyModel", {"value": "2024-07-15"}, "w_date", "datetime.date(2024, 7, 15)"),
    ("Alarm", "AnyModel", {"value": "09:30:00"}, "w_time", "datetime.time(9, 30)"),
    ("Colour", "ColorPickerModel", {"value": "#123456"}, "w_color", "'#123456'"),
]


def test_every_input_widget_reruns_with_what_the_browser_sent(ks: KernelSession):
    root, _ = run_app(ks, EVERY_INPUT_CELL)
    listing = ks.find_model("HTMLModel", within=root, value=visible("w_check"))
    mark = ks.mark()
    for label, model_name, state, key, expected in BROWSER_EDITS:
        model = ks.find_model(model_name, within=root, description=label)
        res = ks.set_state(model.model_id, state)
        assert res.ok, (label, res.errors)
        # one rerun, which shows the new value in the listing of session state
        assert res.count("update", model_id=listing.model_id) == 1, label
        assert f"('{key}', {expected})" in text_of(listing["value"]), label
    assert ks.count_since(mark, "comm_open") == 0
    assert ks.mirror_mismatches() == []


def test_form_clear_on_submit(ks: KernelSession):
    root, _ = run_app(ks, """%%streamlit_cell
if "sent" not in st.session_state:
    st.session_state.sent = []
def send():
    st.session_state.sent.append((st.session_state.who, st.session_state.level))
with st.form("f", clear_on_submit=True):
    st.text_input("Who", value="nobody", key="who")
    st.slider("Level", 0, 10, 1, key="level")
    st.form_submit_button("Send", on_click=send)
st.write(f"sent: {st.session_state.sent}")
""")
    who = ks.find_model("TextModel", within=root, description="Who")
    level = ks.find_model("AnyModel", within=root, description="Level")
    send = ks.find_model("ButtonModel", within=root, description="Send")
    sent = ks.find_model("HTMLModel", within=root, value=visible("sent:"))

    mark = ks.mark()
    assert ks.set_value(who.model_id, "Ada").ok
    assert ks.set_value(level.model_id, 7).ok
    assert ks.count_since(mark, "update") == 0  # a form does not rerun on change
    assert ks.click(send.model_id).ok
    # the callback saw the submitted values; the form shows its defaults again
    assert text_of(sent["value"]) == "sent: [('Ada', 7)]"
    assert (who["value"], level["value"]) == ("nobody", 1)
    # the next submit sends what the form shows: its defaults
    assert ks.click(send.model_id).ok
    assert text_of(sent["value"]) == "sent: [('Ada', 7), ('nobody', 1)]"
    assert kernel_print(ks, "st.session_state.sent") == "[('Ada', 7), ('nobody', 1)]"


def test_no_comm_left_behind(ks: KernelSession):
    """Widgets that disappear, and apps replaced by re-executing their cell, close
    every model they opened (layouts and styles included)."""
    cell = """%%streamlit_cell --key leak-check
show = st.checkbox("Show details", key="show")
st.button("Go")
if show:
    with st.expander("Details", expanded=True):
        st.slider("Level", 0, 5, 1)
        st.write("details")
"""
    root, _ = run_app(ks, cell)
    box = ks.find_model("CheckboxModel", within=root, description="Show details")
    baseline = len(ks.kernel_states())
    for _ in range(3):
        assert ks.set_value(box.model_id, True).ok
        assert ks.find_model("AnyModel", within=root, description="Level")
        assert ks.set_value(box.model_id, False).ok
        assert ks.find_models("AnyModel", within=root) == []
        assert len(ks.kernel_states()) == baseline
    for _ in range(3):
        run_app(ks, cell)
        assert len(ks.kernel_states()) == baseline
    assert ks.mirror_mismatches() == []
