# Reads a file next to the script through __file__, as apps reading their own
# data folder do.
# Steps:
#   set_value("selectbox", 0, "script_file_path.py")
from pathlib import Path

import streamlit as st

here = Path(__file__).parent
st.write("Script:", Path(__file__).name)
choice = st.selectbox("A file beside the script", ["quiz.py", "script_file_path.py"])
lines = (here / choice).read_text().splitlines()
st.write(f"{choice} starts with: {lines[0]}")
