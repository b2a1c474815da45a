import streamlit as st

name = st.text_input("Name", key="name")
if st.button("Greet"):
    st.success(f"Hello {name or 'nobody'}")
