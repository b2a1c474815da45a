# A parser app that raises on bad input: the page up to the error stays and
# the exception is shown.
# Steps:
#   set_value("text_input", 0, "1, 2, x")
#   set_value("text_input", 0, "4, 5")
import streamlit as st

raw = st.text_input("Numbers, comma separated", "1, 2, 3")
st.write("Parsing", raw)
numbers = [int(part) for part in raw.split(",")]
st.write("Sum:", sum(numbers))
