# Code that checks for a script run context, as helper libraries do.
# Steps:
#   click(0)
import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

ctx = get_script_run_ctx()
st.write("Inside a script run:", ctx is not None)
if st.button("Again"):
    st.write("Still inside:", get_script_run_ctx() is not None)
