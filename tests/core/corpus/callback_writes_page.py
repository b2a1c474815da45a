# A callback that writes with st.write directly: it appears above the page.
# Steps:
#   click(0)
import streamlit as st


def shout():
    st.write("Callback output")


st.button("Shout", on_click=shout)
st.write("The page")
