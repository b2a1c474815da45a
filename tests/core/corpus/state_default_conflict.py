# A widget given both a default and a value through session state: Streamlit
# warns about it (once) and uses the state's value.
# Steps:
#   rerun
#   set_value("slider", "volume", 9)
import streamlit as st

if "volume" not in st.session_state:
    st.session_state.volume = 4
volume = st.slider("Volume", 0, 10, 5, key="volume")
st.write("Volume", volume)
