# Pages offered depend on a "logged in" flag, as apps with a login gate do.
# Steps:
#   both(set_value("text_input", "user_box", "ann"), click("login"))
#   rerun
import streamlit as st

st.session_state.setdefault("user", "")


def login():
    st.title("Log in")
    st.text_input("User", key="user_box")
    if st.button("Log in", key="login"):
        st.session_state.user = st.session_state.user_box
        st.rerun()


def dashboard():
    st.title(f"Hello {st.session_state.user}")
    st.page_link(st.Page(login, title="Switch user"), label="Switch user")


pages = [st.Page(dashboard, title="Dashboard")] if st.session_state.user else [
    st.Page(login, title="Log in")]
st.navigation(pages, position="hidden").run()
