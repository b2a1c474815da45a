# Columns inside a container inside an expander, and a bordered container.
# Steps:
#   set_value("checkbox", "detail", True)
import streamlit as st

with st.expander("Details", expanded=True):
    with st.container():
        a, b = st.columns(2)
        a.write("left")
        with b:
            st.write("right")
            detail = st.checkbox("More", key="detail")
    if detail:
        st.write("Extra detail")
with st.container(border=True):
    st.caption("In a box")
