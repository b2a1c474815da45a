# A chat whose answers are streamed word by word with st.write_stream.
# Steps:
#   chat(0, "tell me a story")
#   chat(0, "again")
import streamlit as st

st.session_state.setdefault("log", [])


def words(prompt):
    for word in f"Once upon a time someone asked: {prompt}".split():
        yield word + " "


for role, text in st.session_state.log:
    st.chat_message(role).write(text)
if prompt := st.chat_input("Ask"):
    st.chat_message("user").write(prompt)
    with st.chat_message("assistant"):
        answer = st.write_stream(words(prompt))
    st.session_state.log += [("user", prompt), ("assistant", answer)]
