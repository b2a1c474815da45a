# KPIs in a grid of columns with deltas, colours inverted for costs.
# Steps:
#   set_value("selectbox", 0, "Q2")
import streamlit as st

DATA = {"Q1": (120, 40, 0.31), "Q2": (150, 52, 0.29)}
quarter = st.selectbox("Quarter", list(DATA))
revenue, costs, churn = DATA[quarter]
before = DATA["Q1"]
a, b, c = st.columns(3)
a.metric("Revenue", revenue, revenue - before[0])
b.metric("Costs", costs, costs - before[1], delta_color="inverse")
c.metric("Churn", f"{churn:.0%}", f"{churn - before[2]:+.0%}", delta_color="off")
