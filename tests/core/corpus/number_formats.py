# Number inputs with formats, bounds and step types.
# Steps:
#   set_value("number_input", "pct", 0.125)
#   set_value("number_input", "count", 7)
import streamlit as st

pct = st.number_input("Share", 0.0, 1.0, 0.5, 0.005, format="%.3f", key="pct")
count = st.number_input("Count", min_value=0, step=1, key="count")
st.write(f"{pct:.1%} of {count} is {pct * count:.2f}")
st.write(type(pct).__name__, type(count).__name__)
