# Magic with semicolons, assignments and calls: only bare expressions show.
# Steps:
#   rerun
import streamlit as st

total = 3 + 4
total
total;
st.write("written explicitly")
len("abc")
print("printing goes to the console")
[x * 2 for x in range(3)]
