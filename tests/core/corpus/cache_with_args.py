# A cached function with several arguments, one of them ignored by the cache
# (a leading underscore), and a cached method-free helper.
# Steps:
#   set_value("slider", 0, 4)
#   set_value("slider", 0, 2)
import streamlit as st

st.session_state.setdefault("computed", 0)


@st.cache_data
def powers(base: int, _log: list, count: int = 3) -> list:
    _log.append(base)
    st.session_state.computed += 1
    return [base ** k for k in range(count)]


base = st.slider("Base", 1, 5, 2)
log = []
st.write(powers(base, log))
st.write("Computations so far:", st.session_state.computed)
