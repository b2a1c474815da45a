# A page that stops early until a password is typed (st.stop).
# Steps:
#   set_value("text_input", "password", "wrong")
#   set_value("text_input", "password", "open sesame")
import streamlit as st

st.title("Members area")
password = st.text_input("Password", type="password", key="password")
if password != "open sesame":
    if password:
        st.error("Wrong password.")
    st.info("Type the password to continue.")
    st.stop()

st.success("Welcome in.")
st.write("Here is the secret content.")
