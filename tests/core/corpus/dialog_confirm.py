# Deleting an item asks for confirmation in a dialog.
# Steps:
#   click("ask")
#   click("yes")
import streamlit as st

st.session_state.setdefault("items", ["report.pdf", "photo.png"])


@st.dialog("Delete the first file?")
def confirm():
    st.write(f"This removes {st.session_state['items'][0]}.")
    if st.button("Yes, delete", key="yes"):
        st.session_state["items"].pop(0)
        st.rerun()


st.write(st.session_state["items"])
if st.session_state["items"] and st.button("Delete first", key="ask"):
    confirm()
