# An expense log kept as a DataFrame that starts empty (object columns) and
# grows with pd.concat: the tester reads tables back as Streamlit sends them
# (through Arrow), so the grown columns read as text and float64 columns.
# A "reference" column mixing numbers and text is shown as text.
# Steps:
#   set_value("text_input", "what", "Lunch")
#   set_value("number_input", "amount", 12.5)
#   click(0)
#   set_value("selectbox", "category", "Travel")
#   click(0)
import datetime

import pandas as pd
import streamlit as st

if "log" not in st.session_state:
    st.session_state.log = pd.DataFrame(columns=["When", "What", "Category", "Amount", "Reference"])

with st.form("add"):
    what = st.text_input("What", key="what")
    category = st.selectbox("Category", ["Food", "Travel", "Other"], key="category")
    amount = st.number_input("Amount", min_value=0.0, step=0.5, key="amount")
    added = st.form_submit_button("Add")

if added:
    reference = len(st.session_state.log) + 1 if category == "Food" else f"T-{len(st.session_state.log)}"
    row = pd.DataFrame({"When": [datetime.date(2024, 6, 1)], "What": [what], "Category": [category],
                        "Amount": [amount], "Reference": [reference]})
    st.session_state.log = pd.concat([st.session_state.log, row], ignore_index=True)

log = st.session_state.log
st.dataframe(log)
if not log.empty:
    st.table(log.groupby("Category", as_index=False)["Amount"].sum())
    st.metric("Spent", f"{log['Amount'].sum():.2f}")
