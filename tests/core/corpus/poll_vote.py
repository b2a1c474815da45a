# A poll: vote once per session, see the results as a bar chart.
# Steps:
#   both(set_value("radio", "choice", "Tea"), click("vote"))
#   click("vote")
import pandas as pd
import streamlit as st

st.session_state.setdefault("votes", {"Coffee": 3, "Tea": 2, "Water": 1})
st.session_state.setdefault("voted", False)
choice = st.radio("Favourite drink", list(st.session_state.votes), key="choice")
if st.button("Vote", key="vote"):
    if st.session_state.voted:
        st.warning("You already voted.")
    else:
        st.session_state.votes[choice] += 1
        st.session_state.voted = True
results = pd.Series(st.session_state.votes, name="votes")
st.bar_chart(results)
st.write(results.to_dict())
