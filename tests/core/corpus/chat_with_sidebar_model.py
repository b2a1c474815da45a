# A chat with a "model" picked in the sidebar and a temperature slider; the
# reply echoes the settings.
# Steps:
#   set_value("selectbox", "model", "large")
#   chat("prompt", "hi")
#   set_value("slider", "temperature", 0.9)
#   chat("prompt", "bye")
import streamlit as st

with st.sidebar:
    model = st.selectbox("Model", ["small", "large"], key="model")
    temperature = st.slider("Temperature", 0.0, 1.0, 0.2, 0.1, key="temperature")
st.session_state.setdefault("turns", [])
for turn in st.session_state.turns:
    with st.chat_message(turn["role"]):
        st.markdown(turn["content"])
if prompt := st.chat_input("Message", key="prompt"):
    reply = f"[{model} @ {temperature:.1f}] you said *{prompt}*"
    st.session_state.turns += [{"role": "user", "content": prompt},
                               {"role": "assistant", "content": reply}]
    st.rerun()
