# Two forms in two tabs; each submits only its own values.
# Steps:
#   both(set_value("text_input", "login_user", "amy"), click(0))
#   both(set_value("text_input", "signup_user", "ben"), click(1))
import streamlit as st

login_tab, signup_tab = st.tabs(["Log in", "Sign up"])
with login_tab:
    with st.form("login"):
        st.text_input("User", key="login_user")
        if st.form_submit_button("Log in"):
            st.session_state.who = st.session_state.login_user
with signup_tab:
    with st.form("signup"):
        st.text_input("New user", key="signup_user")
        if st.form_submit_button("Sign up"):
            st.session_state.who = st.session_state.signup_user + " (new)"
st.write("Current user:", st.session_state.get("who"))
