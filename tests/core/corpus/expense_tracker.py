# An expense tracker: entries appended to a DataFrame in session state, a
# category summary and a running total.
# Steps:
#   both(set_value("number_input", "amount", 12.0), set_value("selectbox", "category", "Food"), click(0))
#   both(set_value("number_input", "amount", 40.0), set_value("selectbox", "category", "Travel"), click(0))
#   both(set_value("number_input", "amount", 3.5), click(0))
import pandas as pd
import streamlit as st

if "expenses" not in st.session_state:
    st.session_state.expenses = pd.DataFrame({"amount": pd.Series(dtype=float),
                                              "category": pd.Series(dtype=str)})

with st.form("entry", clear_on_submit=True):
    amount = st.number_input("Amount", min_value=0.0, step=0.5, key="amount")
    category = st.selectbox("Category", ["Food", "Travel", "Home"], key="category")
    if st.form_submit_button("Add"):
        row = pd.DataFrame({"amount": [amount], "category": [category]})
        st.session_state.expenses = pd.concat([st.session_state.expenses, row], ignore_index=True)

expenses = st.session_state.expenses
st.metric("Total", f"{expenses.amount.sum():.2f}")
if len(expenses):
    st.dataframe(expenses.groupby("category", as_index=False).amount.sum())
