# A notes app: pick a note in the sidebar, edit it in a text area bound to
# session state, save and delete with buttons.
# Steps:
#   both(set_value("text_area", "body", "Eggs, flour"), click("save"))
#   set_value("selectbox", "current", "Ideas")
#   click("delete")
#   set_value("text_input", "new_title", "Later")
import streamlit as st

if "notes" not in st.session_state:
    st.session_state.notes = {"Shopping": "", "Ideas": "A cell is a script"}

with st.sidebar:
    current = st.selectbox("Note", list(st.session_state.notes), key="current")
    new_title = st.text_input("New note", key="new_title")
    if new_title and new_title not in st.session_state.notes:
        st.session_state.notes[new_title] = ""
        st.rerun()

st.header(current)
body = st.text_area("Text", st.session_state.notes[current], key="body")
save, delete = st.columns(2)
if save.button("Save", key="save"):
    st.session_state.notes[current] = body
    st.toast(f"Saved {current}")
if delete.button("Delete", key="delete", disabled=len(st.session_state.notes) == 1):
    del st.session_state.notes[current]
    st.rerun()
st.caption(f"{len(body)} characters")
