# A toast shown just before st.rerun(): Streamlit still shows it after the rerun.
# Steps:
#   click("like")
#   rerun
import streamlit as st

st.session_state.setdefault("likes", 0)
st.write("Likes:", st.session_state.likes)
if st.button("Like", key="like"):
    st.session_state.likes += 1
    st.toast("Thanks for the like!")
    st.rerun()
