# Echo Bot: "Build a bot that mirrors your input", the full code of the
# Streamlit tutorial "Build a basic LLM chat app":
# https://docs.streamlit.io/develop/tutorials/chat-and-llm-apps/build-conversational-apps
# Copied verbatim from the Streamlit documentation (https://github.com/streamlit/docs),
# an Apache License 2.0 example. Run it in a notebook with:
#     %streamlit_cell run examples/chat_echo_bot.py

import streamlit as st

st.title("Echo Bot")

# Initialize chat history
if "messages" not in st.session_state:
    st.session_state.messages = []

# Display chat messages from history on app rerun
for message in st.session_state.messages:
    with st.chat_message(message["role"]):
        st.markdown(message["content"])

# React to user input
if prompt := st.chat_input("What is up?"):
    # Display user message in chat message container
    st.chat_message("user").markdown(prompt)
    # Add user message to chat history
    st.session_state.messages.append({"role": "user", "content": prompt})

    response = f"Echo: {prompt}"
    # Display assistant response in chat message container
    with st.chat_message("assistant"):
        st.markdown(response)
    # Add assistant response to chat history
    st.session_state.messages.append({"role": "assistant", "content": response})
