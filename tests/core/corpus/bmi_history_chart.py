# Weight log with an area chart of the history.
# Steps:
#   both(set_value("number_input", "kg", 70.5), click(0))
#   both(set_value("number_input", "kg", 69.8), click(0))
import pandas as pd
import streamlit as st

st.session_state.setdefault("weights", [71.0])
with st.form("log"):
    st.number_input("Weight today", 30.0, 200.0, 70.0, 0.1, key="kg")
    if st.form_submit_button("Log"):
        st.session_state.weights.append(st.session_state.kg)
st.area_chart(pd.DataFrame({"kg": st.session_state.weights}))
st.write(st.session_state.weights)
