"""The reconciler: widgets reused across reruns, only changed traits sent,
no echo of runner-set values, removed elements closed."""

from __future__ import annotations

import ipywidgets as w

from support.ui import (Slider, button, find, find_all, front_end_clicks, front_end_sets, html_containing,
                 is_closed, session_state, text, walk)

COUNTER = """
st.title("Counter")
if "count" not in st.session_state:
    st.session_state.count = 0

def increment():
    st.session_state.count += 1

st.text_input("Name", key="name")
st.slider("Level", 0, 10, 3)
st.button("Increment", on_click=increment)
st.write("Count = ", st.session_state.count)
"""


def test_reruns_reuse_the_same_widget_objects(run_cell):
    app = run_cell(COUNTER)
    before = list(walk(app.root))
    button(app, "Increment").click()
    find(app, w.Text, "Name").value = "Ada"
    find(app, Slider, "Level").value = 7
    app.run()
    after = list(walk(app.root))
    assert len(after) == len(before)
    assert all(a is b for a, b in zip(after, before))
    assert not any(is_closed(x) for x in after)


def test_a_rerun_that_changes_nothing_visible_sends_no_message(run_cell, comm_log):
    app = run_cell(COUNTER)
    comm_log.clear()
    app.run()
    assert list(comm_log) == []


def test_a_counter_click_sends_exactly_one_update_the_count_html(run_cell, comm_log):
    app = run_cell(COUNTER)
    count_html = html_containing(app, "Count =")
    comm_log.clear()
    button(app, "Increment").click()
    assert [(m.kind, m.comm_id, m.state) for m in comm_log] == [
        ("comm_msg", count_html.model_id, {"value": count_html.value})]
    assert "Count = 1" in text(app)


def test_a_front_end_slider_move_sends_back_only_what_the_rerun_changed(run_cell, comm_log):
    app = run_cell("""
level = st.slider("Level", 0, 10, 3)
st.write("Level is", level)
st.caption("unchanged")
""")
    slider = find(app, Slider, "Level")
    level_text = html_containing(app, "Level is")
    comm_log.clear()
    front_end_sets(slider, value=8)
    # ipywidgets' own echo of the new value, then the one element that changed.
    assert [(m.comm_id, m.data["method"], m.state) for m in comm_log] == [
        (slider.model_id, "echo_update", {"value": 8}),
        (level_text.model_id, "update", {"value": level_text.value}),
    ]
    assert "Level is 8" in text(app)


def test_a_front_end_click_sends_one_update(run_cell, comm_log):
    app = run_cell(COUNTER)
    count_html = html_containing(app, "Count =")
    comm_log.clear()
    front_end_clicks(button(app, "Increment"))
    assert [m.comm_id for m in comm_log] == [count_html.model_id]
    assert "Count = 1" in text(app)


def test_reset_button_callback_sets_a_text_input_without_a_second_run(run_cell, comm_log):
    app = run_cell("""
st.session_state.runs = st.session_state.get("runs", 0) + 1

def reset():
    st.session_state.name = ""

name = st.text_input("Name", key="name")
st.button("Reset", on_click=reset)
st.write("Hello", name or "nobody")
""")
    box = find(app, w.Text, "Name")
    box.value = "Ada"
    assert session_state()["runs"] == 2
    assert "Hello Ada" in text(app)

    comm_log.clear()
    button(app, "Reset").click()
    assert box.value == ""  # the runner's value is on screen...
    assert session_state()["runs"] == 3  # ...and setting it was not taken for a person's edit
    assert session_state()["name"] == ""
    assert "Hello nobody" in text(app)
    assert {"value": ""} in [m.state for m in comm_log.updates() if m.comm_id == box.model_id]


def test_removed_elements_are_closed_and_a_returning_widget_starts_at_its_default(run_cell,
                                                                                   comm_log):
    app = run_cell("""
show = st.checkbox("Show details")
if show:
    st.subheader("Details")
    st.text_input("Nickname", "anon")
    with st.expander("More"):
        st.write("inside")
st.caption("end")
""")
    show = find(app, w.Checkbox, "Show details")
    show.value = True
    nickname = find(app, w.Text, "Nickname")
    expander = find(app, w.Accordion)
    heading = html_containing(app, "Details")
    inner = html_containing(app, "inside")
    nickname.value = "Bob"
    assert session_state().to_dict() == {}  # unkeyed: nothing user-visible
    comm_log.clear()

    show.value = False
    gone = [nickname, expander, heading, inner]
    assert all(is_closed(x) for x in gone)
    assert not find_all(app, w.Text) and not find_all(app, w.Accordion)
    assert len(comm_log.closed_ids()) >= len(gone)
    assert all(not is_closed(x) for x in walk(app.root))

    show.value = True
    back = find(app, w.Text, "Nickname")
    assert back is not nickname
    assert back.value == "anon"


def test_stable_element_order_does_not_reassign_children(run_cell, comm_log):
    app = run_cell("""
st.header("A")
if st.checkbox("Extra"):
    st.write("extra line")
st.header("B")
""")
    main = app.main_view.widget
    children = main.children
    comm_log.clear()
    find(app, w.Checkbox, "Extra").value = True
    assert len(main.children) == len(children) + 1
    assert [m for m in comm_log.updates() if m.comm_id == main.model_id]
    assert "extra line" in text(app)
    comm_log.clear()
    app.run()
    assert list(comm_log) == []


def test_a_callback_that_rewrites_the_typed_value_shows_the_rewrite(run_cell, comm_log):
    app = run_cell("""
def shout():
    st.session_state.name = st.session_state.name.upper()
st.text_input("Name", key="name", on_change=shout)
st.write("Hi", st.session_state.name)
""")
    box = find(app, w.Text, "Name")
    comm_log.clear()
    front_end_sets(box, value="ada")
    assert box.value == "ADA"
    assert session_state()["name"] == "ADA"
    # The browser shows "ada" (its own edit): the rewrite must be sent to it.
    assert {"value": "ADA"} in [m.state for m in comm_log.updates() if m.comm_id == box.model_id]
    assert "Hi ADA" in text(app)


def test_form_clear_on_submit_puts_the_inputs_back_to_their_defaults(run_cell):
    app = run_cell("""
with st.form("add", clear_on_submit=True):
    item = st.text_input("Item", "default item")
    qty = st.number_input("Qty", value=1)
    if st.form_submit_button("Add"):
        st.session_state.added = (item, qty)
""")
    item, qty = find(app, w.Text, "Item"), find(app, w.IntText, "Qty")
    item.value, qty.value = "apples", 3
    button(app, "Add").click()
    assert session_state()["added"] == ("apples", 3)
    assert (item.value, qty.value) == ("default item", 1)
    button(app, "Add").click()
    assert session_state()["added"] == ("default item", 1)


def test_a_widget_with_on_change_ignore_sends_its_value_with_the_next_run(run_cell):
    app = run_cell("""
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.text_input("Quiet", key="quiet", on_change="ignore")
st.button("Go")
""")
    find(app, w.Text, "Quiet").value = "later"
    assert session_state()["runs"] == 1
    button(app, "Go").click()
    assert session_state()["runs"] == 2
    assert session_state()["quiet"] == "later"


def test_a_keyed_widget_that_comes_back_starts_at_its_default(run_cell):
    app = run_cell("""
if st.checkbox("Show", value=True):
    st.slider("Volume", 0, 10, 5, key="volume")
""")
    find(app, Slider, "Volume").value = 9
    find(app, w.Checkbox, "Show").value = False
    assert "volume" not in session_state()
    find(app, w.Checkbox, "Show").value = True
    assert find(app, Slider, "Volume").value == 5
    assert session_state()["volume"] == 5


def test_an_expander_opened_by_a_person_stays_open_across_reruns(run_cell):
    app = run_cell("""
with st.expander("Details"):
    st.write("hidden at first")
st.button("Rerun")
""")
    expander = find(app, w.Accordion)
    front_end_sets(expander, selected_index=0)
    button(app, "Rerun").click()
    assert expander.selected_index == 0


def test_options_that_depend_on_another_widget_follow_it(run_cell):
    app = run_cell("""
kind = st.radio("Kind", ["fruit", "vegetable"])
options = {"fruit": ["apple", "pear"], "vegetable": ["leek", "kale", "pea"]}[kind]
choice = st.selectbox("Item", options)
st.write("Chose", choice)
""")
    find(app, w.Dropdown, "Item").label = "pear"
    assert "Chose pear" in text(app)
    find(app, w.RadioButtons, "Kind").label = "vegetable"
    item = find(app, w.Dropdown, "Item")
    assert [label for label, _ in item.options] == ["leek", "kale", "pea"]
    assert item.label == "leek" and "Chose leek" in text(app)
    item.label = "pea"
    assert "Chose pea" in text(app)


def test_staged_form_values_stay_on_screen_through_other_reruns(run_cell):
    app = run_cell("""
with st.form("order"):
    size = st.selectbox("Size", ["S", "M", "L"], index=None, key="size")
    amount = st.number_input("Amount", value=None, key="amount")
    st.form_submit_button("Order")
st.checkbox("Unrelated")
""")
    size, amount = find(app, w.Dropdown, "Size"), find(app, w.Text, "Amount")
    size.label, amount.value = "M", "2"
    button(app, "Order").click()
    assert (session_state()["size"], session_state()["amount"]) == ("M", 2.0)

    size.value, amount.value = None, ""  # staged: both cleared
    find(app, w.Checkbox, "Unrelated").value = True  # a rerun before the submit
    assert (size.value, amount.value) == (None, "")  # still what the person staged
    assert (session_state()["size"], session_state()["amount"]) == ("M", 2.0)
    button(app, "Order").click()
    assert (session_state()["size"], session_state()["amount"]) == (None, None)
