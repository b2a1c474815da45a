# A styled DataFrame (pandas Styler) in st.dataframe and st.table.
# Steps:
#   rerun
import pandas as pd
import streamlit as st

marks = pd.DataFrame({"student": ["ann", "bob"], "mark": [8.25, 5.5]})
st.dataframe(marks.style.format({"mark": "{:.1f}"}))
st.table(marks.style.highlight_max(subset=["mark"]))
