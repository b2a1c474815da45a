# A survey where each answer reveals the next question.
# Steps:
#   set_value("radio", "uses", "Yes")
#   set_value("select_slider", "often", "Weekly")
#   set_value("text_area", "why", "Plots")
#   set_value("radio", "uses", "No")
import streamlit as st

uses = st.radio("Do you use Python?", ["No", "Yes"], key="uses")
if uses == "Yes":
    often = st.select_slider("How often", ["Rarely", "Monthly", "Weekly", "Daily"], key="often")
    if often in ("Weekly", "Daily"):
        why = st.text_area("For what?", key="why")
        if why:
            st.success("Thanks for the details!")
st.write({k: st.session_state[k] for k in sorted(st.session_state.keys())})
