# A product list whose filter comes from the URL's query string, and writes
# it back when changed.
# Steps:
#   set_query("category", "tools")
#   set_value("selectbox", "category", "toys")
#   click("clear")
import streamlit as st

PRODUCTS = {"tools": ["hammer", "saw"], "toys": ["ball", "kite"], "food": ["bread"]}
CATEGORIES = list(PRODUCTS)

wanted = st.query_params.get("category", "food")
if "category" not in st.session_state or st.session_state.get("synced") != wanted:
    st.session_state.category = wanted if wanted in CATEGORIES else "food"
    st.session_state.synced = wanted


def remember():
    st.query_params["category"] = st.session_state.category
    st.session_state.synced = st.session_state.category


st.selectbox("Category", CATEGORIES, key="category", on_change=remember)
st.write(PRODUCTS[st.session_state.category])
if st.button("Clear the URL", key="clear"):
    st.query_params.clear()
st.write(dict(st.query_params))
