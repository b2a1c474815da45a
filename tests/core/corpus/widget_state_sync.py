# A slider and a number input kept in sync through session state callbacks.
# Steps:
#   set_value("slider", "slider_value", 70)
#   set_value("number_input", "number_value", 15)
import streamlit as st

st.session_state.setdefault("slider_value", 30)
st.session_state.setdefault("number_value", 30)


def from_slider():
    st.session_state.number_value = st.session_state.slider_value


def from_number():
    st.session_state.slider_value = st.session_state.number_value


st.slider("Level", 0, 100, key="slider_value", on_change=from_slider)
st.number_input("Level (exact)", 0, 100, key="number_value", on_change=from_number)
st.write("Level is", st.session_state.slider_value)
