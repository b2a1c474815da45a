# Scale a recipe for a number of servings; the table updates.
# Steps:
#   set_value("number_input", "servings", 6)
#   set_value("multiselect", "skip", ["sugar"])
import pandas as pd
import streamlit as st

BASE = {"flour": 200, "milk": 300, "eggs": 2, "sugar": 30}
servings = st.number_input("Servings", 1, 12, 4, key="servings")
skip = st.multiselect("Leave out", list(BASE), key="skip")
rows = [{"ingredient": k, "amount": round(v * servings / 4, 1)} for k, v in BASE.items() if k not in skip]
st.table(pd.DataFrame(rows))
