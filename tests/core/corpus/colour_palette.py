# A palette builder: pick colours, keep a list, show hex codes.
# Steps:
#   set_value("color_picker", "pick", "#ff8800")
#   click("keep")
#   set_value("color_picker", "pick", "#00AA55")
#   click("keep")
import streamlit as st

st.session_state.setdefault("palette", [])
colour = st.color_picker("Colour", "#3366CC", key="pick")
if st.button("Keep", key="keep") and colour not in st.session_state.palette:
    st.session_state.palette.append(colour)
st.write("Palette:", ", ".join(st.session_state.palette) or "empty")
st.code("\n".join(st.session_state.palette) or "# nothing yet", language="text")
