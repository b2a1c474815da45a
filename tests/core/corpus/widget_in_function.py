# A reusable "labelled range" helper making two number inputs per call.
# Steps:
#   set_value("number_input", "age_low", 20)
#   set_value("number_input", "income_high", 5000)
import streamlit as st


def labelled_range(name, low, high):
    left, right = st.columns(2)
    lo = left.number_input(f"{name} from", value=low, key=f"{name}_low")
    hi = right.number_input(f"{name} to", value=high, key=f"{name}_high")
    if lo > hi:
        st.error(f"{name}: the start is after the end")
    return lo, hi


age = labelled_range("age", 18, 65)
income = labelled_range("income", 1000, 9000)
st.write({"age": age, "income": income})
