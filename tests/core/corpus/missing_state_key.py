# Reading a session-state key nobody set: Streamlit's AttributeError and
# KeyError messages.
# Steps:
#   click(0)
import streamlit as st

try:
    st.session_state.missing
except AttributeError as error:
    st.write("AttributeError:", str(error))
if st.button("Read by item"):
    st.session_state["also_missing"]
