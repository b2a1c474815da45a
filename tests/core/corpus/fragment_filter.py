# A table with a filter in a fragment: moving the slider does not reload the
# page's other parts.
# Steps:
#   set_value("slider", "limit", 50)
#   set_value("slider", "limit", 90)
import pandas as pd
import streamlit as st

st.session_state.setdefault("loads", 0)
st.session_state.loads += 1
scores = pd.DataFrame({"player": ["ann", "bob", "cy", "dee"], "score": [40, 75, 92, 61]})
st.caption(f"page loads: {st.session_state.loads}")


@st.fragment
def leaderboard(frame):
    limit = st.slider("Minimum score", 0, 100, 0, key="limit")
    st.dataframe(frame[frame.score >= limit].reset_index(drop=True))


leaderboard(scores)
