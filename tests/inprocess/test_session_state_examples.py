"""The examples of Streamlit's Session State page, clicked through as a person would."""

from __future__ import annotations

import datetime as dt

import ipywidgets as w

from support.ui import DateField, button, find, session_state, text


def test_counter_without_session_state_stays_at_one(run_cell):
    app = run_cell("""
st.title('Counter Example without session state')
count = 0
increment = st.button('Increment')
if increment:
    count += 1
st.write('Count = ', count)
""")
    assert "Count = 0" in text(app)
    button(app, "Increment").click()
    assert "Count = 1" in text(app)
    button(app, "Increment").click()
    assert "Count = 1" in text(app)


def test_example_1_increment_and_decrement(run_cell):
    app = run_cell("""
st.title('Counter Example')
if 'count' not in st.session_state:
    st.session_state.count = 0

increment = st.button('Increment')
if increment:
    st.session_state.count += 1

decrement = st.button('Decrement')
if decrement:
    st.session_state.count -= 1

st.write('Count = ', st.session_state.count)
""")
    assert "Count = 0" in text(app)
    button(app, "Increment").click()
    button(app, "Increment").click()
    assert "Count = 2" in text(app)
    button(app, "Decrement").click()
    assert "Count = 1" in text(app)
    assert session_state()["count"] == 1


def test_example_2_callback_runs_before_the_script(run_cell):
    app = run_cell("""
if 'count' not in st.session_state:
    st.session_state.count = 0

def increment_counter():
    st.session_state.count += 1

st.button('Increment', on_click=increment_counter)
st.write('Count = ', st.session_state.count)
""")
    button(app, "Increment").click()
    # The callback ran before the body, so this very run shows the new count.
    assert "Count = 1" in text(app)
    button(app, "Increment").click()
    assert "Count = 2" in text(app)


_EXAMPLE_3 = """
if 'count' not in st.session_state:
    st.session_state.count = 0

def increment_counter(increment_value):
    st.session_state.count += increment_value

increment_value = st.number_input('Enter a value', value=0, step=1)
st.button('Increment', on_click=increment_counter, args=(increment_value, ))
st.write('Count = ', st.session_state.count)
"""


def test_example_3_args_are_bound_when_the_button_is_drawn(run_cell):
    app = run_cell(_EXAMPLE_3)
    number = find(app, w.IntText, "Enter a value")
    number.value = 5  # committed (Enter / blur): a rerun draws the button with args=(5,)
    assert "Count = 0" in text(app)
    button(app, "Increment").click()
    assert "Count = 5" in text(app)
    number.value = 2
    assert "Count = 5" in text(app)
    button(app, "Increment").click()
    assert "Count = 7" in text(app)


def test_example_3_args_lag_when_value_and_click_arrive_together(run_cell):
    """Streamlit's documented lag: a callback's args are those of the run that
    drew the button, even if the number changed in the same event."""
    app = run_cell(_EXAMPLE_3)
    number = app.result.main.items[0]
    increment = app.result.main.items[1]
    assert (number.type, increment.type) == ("number_input", "button")
    app.interact({number.id: 3, increment.id: True})
    assert session_state()["count"] == 0  # args were (0,)
    assert find(app, w.IntText, "Enter a value").value == 3
    button(app, "Increment").click()
    assert session_state()["count"] == 3


def test_callback_kwargs(run_cell):
    app = run_cell("""
if 'count' not in st.session_state:
    st.session_state.count = 0

def increment_counter(increment_value=0):
    st.session_state.count += increment_value

def decrement_counter(decrement_value=0):
    st.session_state.count -= decrement_value

st.button('Increment', on_click=increment_counter, kwargs=dict(increment_value=5))
st.button('Decrement', on_click=decrement_counter, kwargs=dict(decrement_value=1))
st.write('Count = ', st.session_state.count)
""")
    button(app, "Increment").click()
    assert "Count = 5" in text(app)
    button(app, "Decrement").click()
    assert "Count = 4" in text(app)


def test_example_4_form_commits_on_submit_only(run_cell):
    app = run_cell("""
import datetime
st.title('Counter Example')
if 'count' not in st.session_state:
    st.session_state.count = 0
    st.session_state.last_updated = datetime.time(0, 0)
    st.session_state.seen_by_callback = None

def update_counter():
    st.session_state.count += st.session_state.increment_value
    st.session_state.last_updated = st.session_state.update_time
    st.session_state.seen_by_callback = (st.session_state.update_time,
                                         st.session_state.increment_value)

with st.form(key='my_form'):
    st.time_input(label='Enter the time', value=datetime.datetime.now().time(),
                  key='update_time')
    st.number_input('Enter a value', value=0, step=1, key='increment_value')
    submit = st.form_submit_button(label='Update', on_click=update_counter)

st.write('Current Count = ', st.session_state.count)
st.write('Last Updated = ', st.session_state.last_updated)
""")
    runs_before = app.result
    time_picker = find(app, DateField, "Enter the time")
    number = find(app, w.IntText, "Enter a value")

    time_picker.value = dt.time(9, 30)
    number.value = 4
    # Staged in the form: no rerun, nothing committed, and the inputs keep what was typed.
    assert app.result is runs_before
    assert session_state()["count"] == 0
    assert session_state()["increment_value"] == 0
    assert (time_picker.value, number.value) == (dt.time(9, 30), 4)

    button(app, "Update").click()
    assert session_state()["seen_by_callback"] == (dt.time(9, 30), 4)
    assert session_state()["count"] == 4
    assert session_state()["last_updated"] == dt.time(9, 30)
    assert session_state()["increment_value"] == 4
    assert "Current Count = 4" in text(app)
    assert "09:30" in text(app)
    assert (time_picker.value, number.value) == (dt.time(9, 30), 4)
    assert find(app, DateField, "Enter the time") is time_picker  # keyed: same widget

    button(app, "Update").click()  # same values again: committed again
    assert session_state()["count"] == 8
