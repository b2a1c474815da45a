# A plan chooser with captions under each radio option and a disabled option widget.
# Steps:
#   set_value("radio", "plan", "Pro")
import streamlit as st

plan = st.radio("Plan", ["Free", "Pro"], captions=["For trying", "For teams"], key="plan")
st.checkbox("Annual billing", disabled=plan == "Free", key="annual")
st.write("Chosen:", plan)
st.divider()
st.caption("Prices exclude tax.")
