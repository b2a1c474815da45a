# A cached loader with a custom spinner message and a TTL.
# Steps:
#   rerun
import streamlit as st


@st.cache_data(ttl=3600, show_spinner="Loading the table…")
def load():
    return {"rows": 3}


st.write(load())
