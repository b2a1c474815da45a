# Inventory with restock buttons per row and a low-stock warning.
# Steps:
#   click("restock_bolts")
#   click("sell_nuts")
#   click("sell_nuts")
import streamlit as st

st.session_state.setdefault("stock", {"bolts": 2, "nuts": 5, "washers": 9})


def move(item, amount):
    st.session_state.stock[item] = max(0, st.session_state.stock[item] + amount)


for item, count in st.session_state.stock.items():
    name, sell, restock = st.columns([2, 1, 1])
    name.write(f"{item}: {count}")
    sell.button("Sell", key=f"sell_{item}", on_click=move, args=(item, -3))
    restock.button("Restock", key=f"restock_{item}", on_click=move, args=(item, 10))
low = [item for item, count in st.session_state.stock.items() if count < 3]
if low:
    st.warning("Low stock: " + ", ".join(low))
