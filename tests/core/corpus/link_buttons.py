# A resources page with link buttons, markdown links and a download button.
# Steps:
#   rerun
import streamlit as st

st.link_button("Python docs", "https://docs.python.org/3/")
st.markdown("[Jupyter](https://jupyter.org) is where this runs.")
st.download_button("Download notes", "line one\nline two\n", file_name="notes.txt")
