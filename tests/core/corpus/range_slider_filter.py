# A price range slider filtering a list of products.
# Steps:
#   set_value("slider", "price", (20, 60))
#   set_value("slider", "price", (0, 10))
import streamlit as st

PRODUCTS = {"pen": 2, "book": 25, "lamp": 45, "chair": 80}
low, high = st.slider("Price", 0, 100, (0, 100), key="price")
found = {k: v for k, v in PRODUCTS.items() if low <= v <= high}
if found:
    st.write(found)
else:
    st.info("Nothing in that range.")
