# Filtering recipes with pills and a segmented control.
# Steps:
#   set_value("pills", "tags", ["quick", "vegan"])
#   set_value("segmented_control", "meal", "Dinner")
import streamlit as st

RECIPES = [("salad", {"quick", "vegan"}, "Lunch"), ("stew", {"vegan"}, "Dinner"),
           ("omelette", {"quick"}, "Breakfast"), ("curry", {"spicy", "vegan"}, "Dinner")]
tags = st.pills("Tags", ["quick", "vegan", "spicy"], selection_mode="multi", key="tags")
meal = st.segmented_control("Meal", ["Breakfast", "Lunch", "Dinner"], key="meal")
found = [name for name, have, when in RECIPES if set(tags) <= have and (meal is None or meal == when)]
st.write(found)
