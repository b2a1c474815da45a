# An app that catches errors and shows them with st.exception and st.error.
# Steps:
#   set_value("text_input", 0, "12")
import streamlit as st

raw = st.text_input("An integer", "twelve")
try:
    st.write("Doubled:", int(raw) * 2)
except ValueError as error:
    st.error("That is not an integer.")
    st.exception(error)
