# A callback that writes into a container made in the previous run: Streamlit
# shows the write at the top of the next run's page.
# Steps:
#   click("go")
#   rerun
import streamlit as st

log = st.container()


def on_go():
    log.write("Written from the callback")


st.button("Go", on_click=on_go, key="go")
st.write("end of page")
