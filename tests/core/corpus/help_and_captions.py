# Widgets with help text, placeholders and captions in a profile form.
# Steps:
#   set_value("text_input", "city", "Turin")
import streamlit as st

st.text_input("City", key="city", placeholder="e.g. Paris", help="Where you live")
st.selectbox("Country", ["Italy", "France"], help="Pick one", key="country")
st.caption(f"City: {st.session_state.city or '—'} in {st.session_state.country}")
