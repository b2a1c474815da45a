# A unit converter: pick a quantity, a value and the units; swap with a callback.
# Steps:
#   set_value("number_input", "amount", 12.5)
#   set_value("selectbox", "source", "mi")
#   click("swap")
#   set_value("radio", "quantity", "Mass")
import streamlit as st

FACTORS = {
    "Length": {"m": 1.0, "km": 1000.0, "mi": 1609.344, "ft": 0.3048},
    "Mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237},
}

quantity = st.radio("Quantity", list(FACTORS), horizontal=True, key="quantity")
units = list(FACTORS[quantity])
amount = st.number_input("Amount", value=1.0, key="amount")
source = st.selectbox("From", units, key="source")
target = st.selectbox("To", units, index=1, key="target")


def swap():
    st.session_state.source, st.session_state.target = (
        st.session_state.target, st.session_state.source)


st.button("Swap units", on_click=swap, key="swap")
result = amount * FACTORS[quantity][source] / FACTORS[quantity][target]
st.subheader(f"{amount:g} {source} = {result:.4g} {target}")
