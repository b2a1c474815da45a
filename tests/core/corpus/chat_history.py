# A chat app with its history in session state and a canned assistant that
# counts words.
# Steps:
#   chat(0, "hello there")
#   rerun
#   chat(0, "how many words is this")
#   click("reset")
import streamlit as st

st.title("Word counter bot")

if "history" not in st.session_state:
    st.session_state.history = [{"role": "assistant", "text": "Send me a sentence."}]

for turn in st.session_state.history:
    with st.chat_message(turn["role"]):
        st.write(turn["text"])

if sentence := st.chat_input("Your sentence"):
    st.session_state.history.append({"role": "user", "text": sentence})
    reply = f"That is {len(sentence.split())} words."
    st.session_state.history.append({"role": "assistant", "text": reply})
    with st.chat_message("user"):
        st.write(sentence)
    with st.chat_message("assistant"):
        st.write(reply)

if st.button("Start over", key="reset"):
    del st.session_state.history
    st.rerun()
