# A debug panel: who is signed in and what the URL asked for, shown with
# st.write and st.json as Streamlit shows its own mappings (as JSON).
# Steps:
#   set_query("city", "Lisbon")
#   click(0)
import streamlit as st

st.subheader("Signed-in user")
st.write(st.user)
st.json(st.user, expanded=False)

st.subheader("Query parameters")
st.write("From the URL:", st.query_params)
if st.button("Forget the city"):
    st.query_params.pop("city", None)
st.write(st.query_params)
