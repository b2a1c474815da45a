# A dataset explorer in tabs: summary, table and settings; an expander with notes.
# Steps:
#   set_value("number_input", "rows", 4)
#   set_value("checkbox", "describe", True)
import numpy as np
import pandas as pd
import streamlit as st

rng = np.random.default_rng(3)
data = pd.DataFrame(rng.integers(0, 100, size=(8, 3)), columns=["a", "b", "c"])

summary, table, settings = st.tabs(["Summary", "Table", "Settings"])
with settings:
    rows = st.number_input("Rows to show", 1, 8, 2, key="rows")
    describe = st.checkbox("Describe columns", key="describe")
with summary:
    st.write(f"{len(data)} rows, {len(data.columns)} columns")
    if describe:
        st.dataframe(data.describe())
with table:
    st.table(data.head(rows))
with st.expander("About this data"):
    st.markdown("Random integers, seeded so every run shows the same table.")
