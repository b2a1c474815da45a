# Splitting a bill with a tip between friends.
# Steps:
#   set_value("number_input", "bill", 84.0)
#   set_value("slider", "tip", 15)
#   set_value("number_input", "people", 3)
import streamlit as st

bill = st.number_input("Bill", min_value=0.0, value=50.0, step=1.0, format="%.2f", key="bill")
tip = st.slider("Tip %", 0, 30, 10, key="tip")
people = st.number_input("People", min_value=1, value=2, key="people")
total = bill * (1 + tip / 100)
st.write(f"Total {total:.2f}, each pays **{total / people:.2f}**")
