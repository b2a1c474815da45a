# A BMI calculator in a form: nothing happens until Calculate.
# Steps:
#   set_value("number_input", "height", 180)
#   both(set_value("number_input", "weight", 81.0), click(0))
#   both(set_value("number_input", "height", 0), click(0))
import streamlit as st

with st.form("bmi"):
    height = st.number_input("Height (cm)", min_value=0, max_value=250, value=170, key="height")
    weight = st.number_input("Weight (kg)", min_value=0.0, value=65.0, step=0.5, key="weight")
    go = st.form_submit_button("Calculate")

if go:
    if height == 0:
        st.error("Height cannot be zero.")
    else:
        bmi = weight / (height / 100) ** 2
        band = "under" if bmi < 18.5 else "healthy" if bmi < 25 else "over"
        st.success(f"BMI {bmi:.1f}: {band}")
else:
    st.info("Fill in the form and press Calculate.")
