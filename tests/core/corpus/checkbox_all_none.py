# "Select all" and "Select none" buttons setting many checkboxes through
# session state in callbacks.
# Steps:
#   click("all")
#   set_value("checkbox", "opt_b", False)
#   click("none")
import streamlit as st

OPTIONS = ["a", "b", "c"]


def set_all(value):
    for option in OPTIONS:
        st.session_state[f"opt_{option}"] = value


left, right = st.columns(2)
left.button("Select all", on_click=set_all, args=(True,), key="all")
right.button("Select none", on_click=set_all, args=(False,), key="none")
chosen = [o for o in OPTIONS if st.checkbox(o.upper(), key=f"opt_{o}")]
st.write("Chosen:", chosen)
