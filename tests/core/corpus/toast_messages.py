# Toasts after actions, no rerun involved.
# Steps:
#   click("copy")
#   rerun
import streamlit as st

st.title("Share")
if st.button("Copy link", key="copy"):
    st.toast("Link copied", icon="📋")
st.write("Done")
