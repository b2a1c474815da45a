# An app reading config options to adapt itself.
# Steps:
#   rerun
import streamlit as st

st.write("Max upload (MB):", st.get_option("server.maxUploadSize"))
st.write("Magic on:", st.get_option("runner.magicEnabled"))
st.write("Theme base:", st.get_option("theme.base"))
st.write("Toolbar:", st.get_option("client.toolbarMode"))
