# A toast raised from a callback, then the page.
# Steps:
#   click("save")
#   rerun
import streamlit as st


def saved():
    st.toast("Saved from the callback")


st.button("Save", on_click=saved, key="save")
st.write("Page body")
