# An app that checks the Streamlit version before using newer features.
# Steps:
#   rerun
import streamlit as st

major, minor = (int(part) for part in st.__version__.split(".")[:2])
if (major, minor) >= (1, 40):
    st.success("A recent Streamlit")
    st.badge("new", color="green")
else:
    st.warning("Please upgrade")
