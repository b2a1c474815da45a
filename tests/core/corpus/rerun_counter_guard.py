# Counting runs per session and marking the first one.
# Steps:
#   rerun
#   click(0)
import streamlit as st

first = "runs" not in st.session_state
st.session_state.runs = st.session_state.get("runs", 0) + 1
if first:
    st.info("Welcome! First run of this session.")
st.write("Runs:", st.session_state.runs)
st.button("Rerun")
