# Tabs whose chosen tab is tracked (on_change="rerun") and read back.
# Steps:
#   rerun
import streamlit as st

first, second = st.tabs(["Overview", "Details"], key="section", on_change="rerun")
first.write("overview body")
second.write("details body")
st.write("Open tab:", st.session_state.get("section"))
