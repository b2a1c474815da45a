# A catalogue whose filters live in the URL (bind="query-params"), so a
# shared link reopens the same view; "Reset filters" puts them back.
# A preset button writes its filters to the URL; a filter shown later starts
# from the URL's value.
# Steps:
#   set_value("slider", "max_price", 40)
#   set_value("selectbox", "category", "Books")
#   click(1)
#   set_value("text_input", "search", "python")
#   click(0)
#   set_query("min_rating", "4")
#   set_value("checkbox", "more", True)
#   set_value("slider", "min_rating", 1)
#   set_value("checkbox", "more", False)
#   set_value("checkbox", "more", True)
import streamlit as st

CATALOGUE = [
    ("Garden hose", "Garden", 25, 3),
    ("Gardening for beginners", "Books", 18, 5),
    ("Python tricks", "Books", 32, 4),
    ("Rake", "Garden", 15, 2),
    ("Desk lamp", "Home", 45, 4),
]
DEFAULTS = {"max_price": 100, "category": "All", "search": ""}


def reset_filters():
    for key, value in DEFAULTS.items():
        st.session_state[key] = value


def cheap_books():
    st.session_state.max_price = 20
    st.session_state.category = "Books"


st.title("Catalogue")
st.button("Reset filters", on_click=reset_filters)
st.button("Cheap books", on_click=cheap_books)
max_price = st.slider("Maximum price", 0, 100, DEFAULTS["max_price"], key="max_price",
                      bind="query-params")
category = st.selectbox("Category", ["All", "Books", "Garden", "Home"], key="category",
                        bind="query-params")
search = st.text_input("Search", key="search", bind="query-params")
min_rating = 1
if st.checkbox("More filters", key="more"):
    min_rating = st.slider("Minimum rating", 1, 5, 1, key="min_rating", bind="query-params")

shown = [item for item in CATALOGUE
         if item[2] <= max_price and category in ("All", item[1])
         and search.lower() in item[0].lower() and item[3] >= min_rating]
for name, kind, price, rating in shown:
    st.write(f"**{name}** ({kind}), {price} EUR, {'*' * rating}")
st.caption(f"{len(shown)} of {len(CATALOGUE)} items")
st.write("Link parameters:", st.query_params.to_dict())
