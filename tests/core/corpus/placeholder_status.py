# A placeholder replaced during a run, and a status box that completes.
# Steps:
#   click(0)
import streamlit as st

slot = st.empty()
slot.info("Waiting for you to start.")
if st.button("Start"):
    with st.status("Working", expanded=True) as status:
        st.write("Step one")
        st.write("Step two")
        status.update(label="Finished", state="complete")
    slot.success("All done.")
