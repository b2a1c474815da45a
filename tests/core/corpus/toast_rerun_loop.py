# A step counter that toasts and reruns until it reaches three.
# Steps:
#   click("advance")
import streamlit as st

st.session_state.setdefault("stage", 0)
st.write("Stage", st.session_state.stage)
if st.button("Advance", key="advance") or 0 < st.session_state.stage < 3:
    st.session_state.stage += 1
    st.toast(f"Stage {st.session_state.stage}")
    if st.session_state.stage < 3:
        st.rerun()
