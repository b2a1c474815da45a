# A loan calculator: amount, rate and years give a monthly payment and a
# schedule table.
# Steps:
#   set_value("number_input", "principal", 25000)
#   set_value("slider", "rate", 6.5)
#   set_value("select_slider", "years", 10)
#   set_value("toggle", "schedule", True)
import pandas as pd
import streamlit as st

st.title("Loan calculator")
principal = st.number_input("Amount", min_value=1000, max_value=1_000_000, value=10000,
                            step=500, key="principal")
rate = st.slider("Yearly interest (%)", 0.0, 15.0, 4.0, step=0.5, key="rate")
years = st.select_slider("Years", options=[1, 2, 3, 5, 10, 15, 20, 30], value=5, key="years")

months = years * 12
monthly_rate = rate / 100 / 12
if monthly_rate:
    payment = principal * monthly_rate / (1 - (1 + monthly_rate) ** -months)
else:
    payment = principal / months
st.metric("Monthly payment", f"{payment:,.2f}")
st.write(f"Total paid: **{payment * months:,.2f}**")

if st.toggle("Show the yearly schedule", key="schedule"):
    balance, rows = float(principal), []
    for year in range(1, years + 1):
        interest = 0.0
        for _ in range(12):
            month_interest = balance * monthly_rate
            interest += month_interest
            balance -= payment - month_interest
        rows.append({"year": year, "interest": round(interest, 2), "balance": round(max(balance, 0), 2)})
    st.table(pd.DataFrame(rows).set_index("year"))
