# Two buttons with the same label and no key: Streamlit's duplicate ID error.
# Steps:
#   rerun
import streamlit as st

st.write("Before")
st.button("OK")
st.button("OK")
st.write("Never shown")
