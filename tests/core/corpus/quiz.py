# A three-question quiz: one question at a time, score kept in session state.
# Steps:
#   both(set_value("radio", "answer_0", "Paris"), click("submit"))
#   both(set_value("radio", "answer_1", "5"), click("submit"))
#   both(set_value("radio", "answer_2", "H2O"), click("submit"))
#   click("again")
import streamlit as st

QUESTIONS = [
    ("Capital of France?", ["Lyon", "Paris", "Nice"], "Paris"),
    ("2 + 2 = ?", ["3", "4", "5"], "4"),
    ("Water is?", ["H2O", "CO2", "O2"], "H2O"),
]

st.session_state.setdefault("question", 0)
st.session_state.setdefault("score", 0)

number = st.session_state.question
if number < len(QUESTIONS):
    text, choices, right = QUESTIONS[number]
    st.subheader(f"Question {number + 1} of {len(QUESTIONS)}")
    answer = st.radio(text, choices, index=None, key=f"answer_{number}")
    if st.button("Submit", key="submit"):
        if answer == right:
            st.session_state.score += 1
        st.session_state.question += 1
        st.rerun()
else:
    st.success(f"You scored {st.session_state.score} of {len(QUESTIONS)}")
    if st.button("Play again", key="again"):
        st.session_state.question = 0
        st.session_state.score = 0
        st.rerun()
