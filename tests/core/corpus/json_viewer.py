# Paste JSON, see it parsed or an error.
# Steps:
#   set_value("text_area", 0, "{\"a\": [1, 2]}")
#   set_value("text_area", 0, "{oops")
import json

import streamlit as st

raw = st.text_area("JSON", "[]")
try:
    st.json(json.loads(raw))
except json.JSONDecodeError as error:
    st.error(f"Invalid JSON: {error.msg} at line {error.lineno}")
