# A pomodoro counter in a fragment: start/stop inside the fragment only.
# Steps:
#   click("start")
#   click("stop")
#   click("start")
import streamlit as st

st.session_state.setdefault("sessions", 0)
st.session_state.setdefault("running", False)
st.title("Pomodoro")


@st.fragment
def controls():
    if st.session_state.running:
        if st.button("Stop", key="stop"):
            st.session_state.running = False
            st.session_state.sessions += 1
            st.rerun(scope="fragment")
    elif st.button("Start", key="start"):
        st.session_state.running = True
        st.rerun(scope="fragment")
    st.write("Running" if st.session_state.running else "Idle",
             "- sessions:", st.session_state.sessions)


controls()
