# An order form whose submit callback computes a total into session state.
# Steps:
#   both(set_value("number_input", "qty", 3), set_value("selectbox", "size", "L"), click(0))
#   both(set_value("number_input", "qty", 1), click(0))
import streamlit as st

PRICES = {"S": 2.0, "M": 2.5, "L": 3.0}
st.session_state.setdefault("orders", [])


def place():
    total = st.session_state.qty * PRICES[st.session_state.size]
    st.session_state.orders.append(total)


with st.form("order"):
    st.number_input("Quantity", 1, 10, 1, key="qty")
    st.selectbox("Size", list(PRICES), key="size")
    st.form_submit_button("Order", on_click=place)
st.write("Orders:", st.session_state.orders)
st.write("Sum:", sum(st.session_state.orders))
