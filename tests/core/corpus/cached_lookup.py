# A cached "slow" lookup: the function body runs once per argument, which the
# app shows by counting calls in a list kept outside the cache.
# Steps:
#   set_value("selectbox", 0, "beta")
#   set_value("selectbox", 0, "alpha")
#   click("clear")
import streamlit as st

st.session_state.setdefault("calls", [])


@st.cache_data
def fetch(name: str) -> dict:
    st.session_state.calls.append(name)
    return {"name": name, "length": len(name)}


choice = st.selectbox("Record", ["alpha", "beta", "gamma"])
st.write(fetch(choice))
st.write("Computed for:", st.session_state.calls)
if st.button("Clear the cache", key="clear"):
    fetch.clear()
    st.write("Cache cleared.")
