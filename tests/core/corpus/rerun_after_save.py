# Saving a setting writes it and reruns at once so the header shows it.
# Steps:
#   set_value("text_input", "draft", "Dark")
#   click("save")
import streamlit as st

st.session_state.setdefault("theme", "Light")
st.header(f"Theme: {st.session_state.theme}")
draft = st.text_input("Theme name", key="draft")
if st.button("Save", key="save") and draft:
    st.session_state.theme = draft
    st.rerun()
