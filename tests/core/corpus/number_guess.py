# Guess the number (fixed secret for the test): hints and a guess counter.
# Steps:
#   both(set_value("number_input", "guess", 30), click("try"))
#   both(set_value("number_input", "guess", 60), click("try"))
#   both(set_value("number_input", "guess", 42), click("try"))
import streamlit as st

SECRET = 42
st.session_state.setdefault("tries", 0)
st.session_state.setdefault("won", False)
guess = st.number_input("Your guess", 1, 100, 50, key="guess")
if st.button("Try", key="try", disabled=st.session_state.won):
    st.session_state.tries += 1
    if guess < SECRET:
        st.info("Higher")
    elif guess > SECRET:
        st.info("Lower")
    else:
        st.session_state.won = True
if st.session_state.won:
    st.success(f"Found in {st.session_state.tries} tries")
