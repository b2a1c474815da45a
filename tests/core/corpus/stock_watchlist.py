# A watchlist: add tickers, prices made up from the ticker's letters, a
# change column and a sorted table.
# Steps:
#   both(set_value("text_input", "ticker", "abc"), click("add"))
#   both(set_value("text_input", "ticker", "ZZ"), click("add"))
#   set_value("radio", "order", "Change")
import pandas as pd
import streamlit as st

st.session_state.setdefault("watch", ["ACME"])


def price(ticker):
    return round(sum(ord(c) for c in ticker) / 3, 2)


ticker = st.text_input("Ticker", key="ticker").upper().strip()
if st.button("Add", key="add") and ticker and ticker not in st.session_state.watch:
    st.session_state.watch.append(ticker)
order = st.radio("Sort by", ["Ticker", "Change"], horizontal=True, key="order")
table = pd.DataFrame({"Ticker": st.session_state.watch})
table["Price"] = table.Ticker.map(price)
table["Change"] = (table.Price % 7 - 3).round(2)
st.dataframe(table.sort_values(order).reset_index(drop=True))
