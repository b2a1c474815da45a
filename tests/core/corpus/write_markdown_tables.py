# st.write of strings with markdown tables, code fences and LaTeX.
# Steps:
#   rerun
import streamlit as st

st.write("| a | b |\n|---|---|\n| 1 | 2 |")
st.write("```python\nprint('hi')\n```")
st.latex(r"e^{i\pi} + 1 = 0")
st.text("  keeps   spaces")
st.code("SELECT 1", language="sql", line_numbers=True)
