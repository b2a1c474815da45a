# A to-do list kept in session state: add with a form, tick off, clear done.
# Steps:
#   both(set_value("text_input", "new_task", "buy milk"), click(0))
#   both(set_value("text_input", "new_task", "call Sam"), click(0))
#   set_value("checkbox", "done_0", True)
#   click("clear_done")
#   both(set_value("text_input", "new_task", "  "), click(0))
import streamlit as st

st.title("To-do")
if "tasks" not in st.session_state:
    st.session_state.tasks = []

with st.form("add_task", clear_on_submit=True):
    text = st.text_input("New task", key="new_task")
    added = st.form_submit_button("Add")
if added:
    if text.strip():
        st.session_state.tasks.append({"text": text.strip(), "done": False})
    else:
        st.error("A task needs some text.")

for number, task in enumerate(st.session_state.tasks):
    task["done"] = st.checkbox(task["text"], value=task["done"], key=f"done_{number}")

open_tasks = sum(not t["done"] for t in st.session_state.tasks)
st.caption(f"{open_tasks} open of {len(st.session_state.tasks)}")


def clear_done():
    st.session_state.tasks = [t for t in st.session_state.tasks if not t["done"]]


st.button("Clear done", on_click=clear_done, key="clear_done")
