# Two different widgets given the same key: an error naming the key.
# Steps:
#   rerun
import streamlit as st

st.text_input("First", key="same")
st.number_input("Second", key="same")
