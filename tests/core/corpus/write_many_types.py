# A debugging page that st.write's many kinds of objects.
# Steps:
#   rerun
import datetime

import pandas as pd
import streamlit as st

st.write("text", 1, 2.5, True, None)
st.write([1, 2, 3])
st.write({"nested": {"a": [1, 2]}})
st.write(datetime.date(2024, 2, 29))
st.write(pd.DataFrame({"x": [1, 2]}))
st.write(ValueError("shown, not raised"))
st.write(("a", "tuple"))
