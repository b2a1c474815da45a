# A tweet composer: max characters, a counter and a send button disabled when empty.
# Steps:
#   set_value("text_area", "tweet", "hello world")
#   click("send")
import streamlit as st

st.session_state.setdefault("sent", [])
tweet = st.text_area("What's happening?", max_chars=40, key="tweet")
st.caption(f"{len(tweet)}/40")
if st.button("Send", disabled=not tweet.strip(), key="send"):
    st.session_state.sent.append(tweet)
st.write(st.session_state.sent)
