# A dialog that asks for a name and stores it.
# Steps:
#   click("open")
#   set_value("text_input", "dlg_name", "Zoe")
#   click("dlg_ok")
import streamlit as st


@st.dialog("Your name")
def ask():
    name = st.text_input("Name", key="dlg_name")
    if st.button("OK", key="dlg_ok"):
        st.session_state.name = name
        st.rerun()


st.write("Hello", st.session_state.get("name", "stranger"))
if st.button("Set name", key="open"):
    ask()
