# A table mixing dates, categories, booleans and missing values.
# Steps:
#   rerun
import numpy as np
import pandas as pd
import streamlit as st

frame = pd.DataFrame({
    "day": pd.to_datetime(["2024-01-01", "2024-01-02", "2024-01-03"]),
    "kind": pd.Categorical(["a", "b", "a"]),
    "ok": [True, False, True],
    "score": [1.5, np.nan, 3.0],
})
st.dataframe(frame)
st.table(frame.fillna(0))
st.write(frame.dtypes.astype(str).to_dict())
