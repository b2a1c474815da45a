# Pizza orders: a form example written for streamlit-cell's examples. The
# order form's widgets change nothing until "Place order" sends them all at
# once; its callback adds the order to a table kept in st.session_state. A
# button outside the form starts a new day.
# Run it in a notebook with:
#     %streamlit_cell run examples/pizza_orders.py

import pandas as pd
import streamlit as st

SIZES = {"Small": 7.0, "Medium": 9.5, "Large": 12.0}
TOPPINGS = {"Mushrooms": 1.0, "Olives": 0.8, "Ham": 1.5, "Extra cheese": 1.2}


def empty_orders() -> pd.DataFrame:
    return pd.DataFrame({"customer": pd.Series(dtype=str), "pizza": pd.Series(dtype=str),
                         "quantity": pd.Series(dtype=int), "price": pd.Series(dtype=float)})


if "orders" not in st.session_state:
    st.session_state.orders = empty_orders()


def place_order() -> None:
    """The submit button's callback: runs before the rerun, with the form's values."""
    size, toppings = st.session_state.size, st.session_state.toppings
    quantity = st.session_state.quantity
    unit = SIZES[size] + sum(TOPPINGS[t] for t in toppings)
    order = pd.DataFrame({
        "customer": [st.session_state.customer.strip() or "walk-in"],
        "pizza": [" + ".join([size, *toppings])],
        "quantity": [quantity],
        "price": [round(unit * quantity, 2)],
    })
    st.session_state.orders = pd.concat([st.session_state.orders, order], ignore_index=True)


st.title("Pizza orders")
if st.button("New day"):
    st.session_state.orders = empty_orders()

with st.form("order", clear_on_submit=True):
    st.text_input("Customer", key="customer")
    left, right = st.columns(2)
    left.radio("Size", list(SIZES), index=1, key="size")
    right.multiselect("Toppings", list(TOPPINGS), key="toppings")
    st.slider("Quantity", 1, 10, 1, key="quantity")
    st.form_submit_button("Place order", on_click=place_order)

orders = st.session_state.orders
st.metric("Takings", f"{orders.price.sum():.2f}", f"{len(orders)} orders", delta_color="off")
if len(orders):
    st.dataframe(orders)
else:
    st.info("No orders yet today.")
