# Options tucked in a popover; the page uses them.
# Steps:
#   set_value("checkbox", "compact", True)
#   set_value("number_input", "font", 18)
import streamlit as st

with st.popover("Display options"):
    compact = st.checkbox("Compact", key="compact")
    font = st.number_input("Font size", 8, 32, 14, key="font")
st.write(f"compact={compact} font={font}")
