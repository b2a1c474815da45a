# Showing times in the viewer's time zone when Streamlit knows it.
# Steps:
#   rerun
import streamlit as st

zone = st.context.timezone
st.write("Time zone known:", zone is not None)
st.write("Headers:", len(st.context.headers))
