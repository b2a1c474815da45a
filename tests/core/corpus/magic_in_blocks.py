# Magic inside with-blocks, loops, try blocks and functions.
# Steps:
#   set_value("checkbox", 0, True)
import streamlit as st

verbose = st.checkbox("Verbose")
with st.sidebar:
    "Sidebar note written by magic"
for n in range(2):
    f"loop {n}"
try:
    "inside try"
    1 / 0
except ZeroDivisionError:
    "caught a division by zero"


def explain():
    "This docstring is not shown"
    "but this string is"


explain()
if verbose:
    {"verbose": True}
