# Rate an answer with thumbs and stars; the ratings are kept.
# Steps:
#   set_value("feedback", "thumbs", 1)
#   set_value("feedback", "stars", 3)
import streamlit as st

st.write("Was this answer useful?")
thumbs = st.feedback("thumbs", key="thumbs")
stars = st.feedback("stars", key="stars")
st.write({"thumbs": thumbs, "stars": stars})
