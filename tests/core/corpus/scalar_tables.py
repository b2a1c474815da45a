# Quick scripts showing lists and tuples as tables.
# Steps:
#   rerun
import streamlit as st

st.table([[1, 2], [3, 4]])
st.dataframe((10, 20, 30))
st.table(["x", "y"])
