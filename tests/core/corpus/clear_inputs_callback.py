# A contact form that clears its fields from a callback after sending.
# Steps:
#   set_value("text_input", "email", "a@b.c")
#   set_value("text_area", "message", "Hi!")
#   click("send")
import streamlit as st

st.session_state.setdefault("outbox", [])


def send():
    st.session_state.outbox.append((st.session_state.email, st.session_state.message))
    st.session_state.email = ""
    st.session_state.message = ""


st.text_input("Email", key="email")
st.text_area("Message", key="message")
st.button("Send", on_click=send, key="send")
st.write(f"{len(st.session_state.outbox)} sent")
