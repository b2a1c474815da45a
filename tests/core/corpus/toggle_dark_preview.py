# A toggle switching between two renderings of the same data.
# Steps:
#   set_value("toggle", 0, True)
#   set_value("toggle", 0, False)
import pandas as pd
import streamlit as st

frame = pd.DataFrame({"name": ["x", "y"], "value": [1.25, 3.5]})
if st.toggle("As JSON"):
    st.json(frame.to_dict(orient="records"))
else:
    st.table(frame)
