# Series and dicts of lists in tables and st.write.
# Steps:
#   rerun
import pandas as pd
import streamlit as st

temps = pd.Series([12.1, 14.3, 9.8], index=["Mon", "Tue", "Wed"], name="temp")
st.dataframe(temps)
st.write(pd.DataFrame({"city": ["Oslo", "Rome"], "people": [0.7, 2.8]}))
st.table({"x": [1, 2, 3], "y": [2, 4, 6]})
st.dataframe({"col": [True, False]})
