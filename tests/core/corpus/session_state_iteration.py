# Listing, deleting and checking session state keys, as debugging panels do.
# Steps:
#   set_value("text_input", "nick", "zed")
#   click("forget")
import streamlit as st

st.session_state.setdefault("visits", 0)
st.session_state.visits += 1
st.text_input("Nickname", key="nick")
if st.button("Forget the visits", key="forget"):
    del st.session_state["visits"]
st.write(sorted(k for k in st.session_state.keys()))
st.write("visits" in st.session_state, len(st.session_state))
st.write(st.session_state.to_dict().get("nick"))
