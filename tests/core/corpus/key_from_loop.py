# Buttons made in a loop with computed keys, each removing its item.
# Steps:
#   click("remove_beta")
#   click("remove_alpha")
import streamlit as st

st.session_state.setdefault("names", ["alpha", "beta", "gamma"])
for name in list(st.session_state.names):
    if st.button(f"Remove {name}", key=f"remove_{name}"):
        st.session_state.names.remove(name)
        st.rerun()
st.write(st.session_state.names)
