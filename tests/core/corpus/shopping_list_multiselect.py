# A shopping list with a capped multiselect and new options typed in a selectbox.
# Steps:
#   set_value("multiselect", "basket", ["eggs", "milk", "rice"])
import streamlit as st

basket = st.multiselect("Basket (3 at most)", ["eggs", "milk", "rice", "tea"], max_selections=3,
                        key="basket")
extra = st.selectbox("Something else", ["nothing"], accept_new_options=True, key="extra")
items = basket + ([extra] if extra and extra != "nothing" else [])
st.write(f"{len(items)} items:", ", ".join(items))
