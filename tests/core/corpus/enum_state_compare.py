# An Enum kept in session state by a selectbox key and compared in later runs.
# Steps:
#   set_enum("selectbox", "mode", "EXPERT")
#   set_value("checkbox", "other", True)
import enum

import streamlit as st


class Mode(enum.Enum):
    BASIC = 1
    EXPERT = 2


st.selectbox("Mode", list(Mode), key="mode", format_func=lambda m: m.name.lower())
st.checkbox("Something else", key="other")
if st.session_state.mode == Mode.EXPERT:
    st.write("Expert settings are on")
else:
    st.write("Basic mode")
