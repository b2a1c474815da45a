# A tutorial page that shows its code with st.echo and runs it.
# Steps:
#   rerun
import streamlit as st

st.header("Squares")
with st.echo():
    squares = [n * n for n in range(5)]
    st.write(squares)
st.write("Done")
