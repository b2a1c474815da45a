# An app written for an older Streamlit: a removed name raises an
# AttributeError whose message names the successor, as Streamlit words it.
# Steps:
#   set_value("number_input", "qty", 3)
#   click("save")
import streamlit as st

st.session_state.setdefault("saved", [])
qty = st.number_input("Quantity", min_value=0, key="qty")
if st.button("Save", key="save"):
    st.session_state.saved.append(qty)
    st.experimental_rerun()
st.write("Saved:", st.session_state.saved)
