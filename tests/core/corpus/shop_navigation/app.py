# A shop in a multipage app built with st.navigation and pages that are
# functions; a cart in session state shared by the pages.
# Steps:
#   click("add_apple")
#   switch_page("cart")
#   rerun
import streamlit as st

st.session_state.setdefault("cart", [])


def catalogue():
    st.title("Catalogue")
    for item in ("apple", "bread"):
        if st.button(f"Add {item}", key=f"add_{item}"):
            st.session_state.cart.append(item)
    st.write("In the cart:", len(st.session_state.cart))


def cart():
    st.title("Your cart")
    st.write(st.session_state.cart or "Nothing yet.")


page = st.navigation([st.Page(catalogue, title="Catalogue", default=True),
                      st.Page(cart, title="Cart", url_path="cart")])
st.sidebar.caption("A tiny shop")
page.run()
