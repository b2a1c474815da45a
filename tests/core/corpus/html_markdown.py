# Markdown with HTML allowed, colored text, emoji shortcodes and badges.
# Steps:
#   rerun
import streamlit as st

st.markdown("<b>bold by HTML</b>", unsafe_allow_html=True)
st.markdown(":blue[blue words] and :red-background[a warning]")
st.markdown("Rocket :rocket:")
st.markdown("- one\n- two\n\n1. first\n2. second")
st.header("Section", divider="gray")
st.subheader("Sub", anchor="sub")
