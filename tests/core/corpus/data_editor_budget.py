# A budget edited in st.data_editor; totals follow the edits.
# Steps:
#   rerun
import pandas as pd
import streamlit as st

budget = pd.DataFrame({"item": ["rent", "food", "fun"], "amount": [900, 300, 80]})
edited = st.data_editor(budget, key="budget", num_rows="dynamic")
st.metric("Total", int(edited.amount.sum()))
