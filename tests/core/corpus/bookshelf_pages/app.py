# A bookshelf with a pages/ folder: the main script lists books, a page in
# pages/ adds one; both read the same session state.
# Steps:
#   switch_page("pages/add_book.py")
#   both(set_value("text_input", "title", "Dune"), click(0))
#   switch_page("app.py")
import streamlit as st

st.session_state.setdefault("books", ["Emma"])
st.title("Bookshelf")
for book in st.session_state.books:
    st.write("-", book)
