# A report over a SQLite file made with the standard library, read back with
# pandas: totals per city.
# Steps:
#   set_value("selectbox", 0, "Oslo")
import os
import sqlite3
import tempfile

import pandas as pd
import streamlit as st

path = os.path.join(tempfile.gettempdir(), f"corpus_report_{os.getpid()}.db")
with sqlite3.connect(path) as db:
    db.execute("DROP TABLE IF EXISTS orders")
    db.execute("CREATE TABLE orders (city TEXT, amount REAL)")
    db.executemany("INSERT INTO orders VALUES (?, ?)",
                   [("Oslo", 12.5), ("Lima", 8.0), ("Oslo", 4.5), ("Pune", 30.0)])

with sqlite3.connect(path) as db:
    orders = pd.read_sql_query("SELECT * FROM orders", db)

city = st.selectbox("City", sorted(orders.city.unique()))
st.metric(f"Orders in {city}", f"{orders[orders.city == city].amount.sum():.2f}")
st.table(orders.groupby("city", as_index=False).amount.sum())
