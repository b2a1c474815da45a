# A data notebook-style script: dataframes and their summaries shown by magic.
# Steps:
#   set_value("number_input", 0, 3)
import pandas as pd
import streamlit as st

n = st.number_input("Rows", 1, 5, 2)
frame = pd.DataFrame({"n": range(n), "double": [2 * i for i in range(n)]})
frame
frame.double.sum()
"Shape:", frame.shape
