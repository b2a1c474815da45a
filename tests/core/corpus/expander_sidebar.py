# An FAQ: expanders in the sidebar and the page, one starting open.
# Steps:
#   set_value("text_input", "search", "rerun")
import streamlit as st

FAQ = {"What is a rerun?": "The script runs again from the top.",
       "What is a key?": "A name for a widget's value in session state."}
with st.sidebar.expander("Help", expanded=True):
    st.write("Search the questions on the right.")
term = st.text_input("Search", key="search")
for question, answer in FAQ.items():
    if term.lower() in (question + answer).lower():
        with st.expander(question, expanded=bool(term)):
            st.write(answer)
