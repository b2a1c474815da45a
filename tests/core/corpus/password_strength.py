# Password strength meter with rules shown as ticks.
# Steps:
#   set_value("text_input", 0, "abc")
#   set_value("text_input", 0, "Abcdef12!")
import re

import streamlit as st

password = st.text_input("Choose a password", type="password")
rules = {
    "at least 8 characters": len(password) >= 8,
    "a capital letter": bool(re.search("[A-Z]", password)),
    "a digit": bool(re.search(r"\d", password)),
    "a symbol": bool(re.search(r"[^\w]", password)),
}
for rule, ok in rules.items():
    st.write(("✅ " if ok else "❌ ") + rule)
score = sum(rules.values())
st.progress(score / len(rules))
if password and score == len(rules):
    st.balloons()
    st.success("Strong password")
