# A note-taking chat that keeps its input and a "clear" button pinned to the
# bottom with the old `st._bottom` name (as many chat apps written before
# `st.bottom` do), and writes a footer through `st._main`.
# Steps:
#   chat(0, "buy oat milk")
#   chat(0, "call the plumber")
#   click(0)
#   chat(0, "water the basil")
import streamlit as st

notes = st.session_state.setdefault("notes", [])
st.title("Quick notes")
for number, note in enumerate(notes, start=1):
    with st.chat_message("user"):
        st.write(f"{number}. {note}")

with st._bottom:
    left, right = st.columns([4, 1])
    new_note = left.chat_input("Add a note")
    wipe = right.button("Clear all")

if wipe:
    notes.clear()
    st.rerun()
if new_note:
    notes.append(new_note)
    st.rerun()
st._main.caption(f"{len(notes)} note(s) kept")
