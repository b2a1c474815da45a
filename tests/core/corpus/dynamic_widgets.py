# A number of text inputs chosen by the user; their values gathered.
# Steps:
#   set_value("number_input", "count", 3)
#   set_value("text_input", "name_2", "Cleo")
#   set_value("number_input", "count", 2)
#   set_value("number_input", "count", 3)
import streamlit as st

count = st.number_input("How many guests", 1, 5, 2, key="count")
names = [st.text_input(f"Guest {i + 1}", key=f"name_{i}") for i in range(count)]
st.write([n for n in names if n])
