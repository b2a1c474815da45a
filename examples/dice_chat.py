# Dice chat: a chat app written for streamlit-cell's examples. Type a roll in
# dice notation ("2d6", "d20+3") and the bot answers with the dice it threw;
# anything else gets a short help message. The conversation lives in
# st.session_state, so every rerun draws it again from the top.
# Run it in a notebook with:
#     %streamlit_cell run examples/dice_chat.py

import random
import re

import streamlit as st

ROLL = re.compile(r"^\s*(\d*)d(\d+)\s*([+-]\s*\d+)?\s*$", re.IGNORECASE)
HELP = "I roll dice: try `2d6`, `d20` or `3d8+2`."

st.title("Dice chat")
st.caption("Rolls are seeded by what you type, so the same roll gives the same dice.")

if "conversation" not in st.session_state:
    st.session_state.conversation = [{"role": "assistant", "text": HELP}]


def answer(request: str) -> str:
    """The bot's reply to one message."""
    match = ROLL.match(request)
    if match is None:
        return HELP
    count = int(match.group(1) or 1)
    sides = int(match.group(2))
    bonus = int((match.group(3) or "0").replace(" ", ""))
    if not (1 <= count <= 20 and 2 <= sides <= 100):
        return "Between 1 and 20 dice of 2 to 100 sides, please."
    dice = random.Random(request.strip().lower()).choices(range(1, sides + 1), k=count)
    total = sum(dice) + bonus
    shown = " + ".join(map(str, dice))
    if bonus:
        shown += f" {'+' if bonus > 0 else '-'} {abs(bonus)}"
    return f"{shown} = **{total}**"


# The history first, then the new exchange (if any) below it.
for message in st.session_state.conversation:
    with st.chat_message(message["role"]):
        st.markdown(message["text"])

if request := st.chat_input("Roll something"):
    reply = answer(request)
    st.session_state.conversation.append({"role": "user", "text": request})
    st.session_state.conversation.append({"role": "assistant", "text": reply})
    with st.chat_message("user"):
        st.markdown(request)
    with st.chat_message("assistant"):
        st.markdown(reply)
