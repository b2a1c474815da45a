# Catching Streamlit's own exceptions, imported from streamlit.errors.
# Steps:
#   rerun
import streamlit as st
from streamlit.errors import StreamlitAPIException

try:
    st.slider("Bad", 10, 1)
except StreamlitAPIException as error:
    st.warning(f"Caught: {type(error).__name__}")
st.write("The app goes on")
