# Setting a button's value through session state is not allowed: Streamlit
# raises StreamlitValueAssignmentNotAllowedError.
# Steps:
#   click("send")
import streamlit as st

st.session_state.setdefault("sent", 0)
if st.button("Send", key="send"):
    st.session_state.sent += 1
st.write("Sent", st.session_state.sent)
st.session_state.send = True
