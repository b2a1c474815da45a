# A selectbox starting empty (index=None) with a placeholder.
# Steps:
#   set_value("selectbox", "pet", "cat")
#   set_value("selectbox", "pet", None)
import streamlit as st

pet = st.selectbox("Pet", ["cat", "dog"], index=None, placeholder="Choose…", key="pet")
if pet is None:
    st.info("No pet chosen")
else:
    st.write(f"You chose a {pet}")
