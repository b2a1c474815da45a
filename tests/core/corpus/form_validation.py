# A registration form validated on submit, errors listed under it.
# Steps:
#   click(0)
#   both(set_value("text_input", "username", "al"), set_value("number_input", "age", 15), click(0))
#   both(set_value("text_input", "username", "alice"), set_value("number_input", "age", 30), set_value("checkbox", "terms", True), click(0))
import streamlit as st

with st.form("register"):
    username = st.text_input("Username", key="username")
    age = st.number_input("Age", 0, 120, 0, key="age")
    terms = st.checkbox("I accept the terms", key="terms")
    submitted = st.form_submit_button("Register")
if submitted:
    problems = []
    if len(username) < 3:
        problems.append("The username needs 3 characters or more.")
    if age < 18:
        problems.append("You must be 18 or older.")
    if not terms:
        problems.append("Accept the terms.")
    for problem in problems:
        st.error(problem)
    if not problems:
        st.success(f"Welcome, {username}!")
