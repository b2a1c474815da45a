# Tables of plain numpy and Python data, as quick scripts show them.
# Steps:
#   rerun
import numpy as np
import streamlit as st

grid = np.arange(12).reshape(3, 4)
st.table(grid)
st.dataframe(np.array([1.5, 2.5, 3.5]))
st.table({"apples": 3, "pears": 5})
st.dataframe([{"name": "ann", "age": 31}, {"name": "bob", "age": 27}])
