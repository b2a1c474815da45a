# A fragment that reruns on its own: its button only reruns the fragment,
# while a counter outside counts full runs.
# Steps:
#   click("inside")
#   click("inside")
#   click("outside")
import streamlit as st

st.session_state.setdefault("full_runs", 0)
st.session_state.setdefault("fragment_runs", 0)
st.session_state.full_runs += 1
st.write("Full runs:", st.session_state.full_runs)


@st.fragment
def tally():
    st.session_state.fragment_runs += 1
    st.button("Rerun the fragment", key="inside")
    st.write("Fragment runs:", st.session_state.fragment_runs)


tally()
st.button("Rerun everything", key="outside")
