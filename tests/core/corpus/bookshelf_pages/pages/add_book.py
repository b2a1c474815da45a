import streamlit as st

st.session_state.setdefault("books", ["Emma"])
st.title("Add a book")
with st.form("new_book", clear_on_submit=True):
    title = st.text_input("Title", key="title")
    if st.form_submit_button("Add") and title:
        st.session_state.books.append(title)
st.write(f"{len(st.session_state.books)} books on the shelf")
