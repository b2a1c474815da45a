# A progress bar at zero and at whole percentages.
# Steps:
#   set_value("slider", 0, 45)
import streamlit as st

done = st.slider("Done %", 0, 100, 0)
st.progress(done)
st.progress(done / 100, text=f"{done}%")
