# Column layouts with gaps, alignment and a nested row.
# Steps:
#   set_value("checkbox", 0, True)
import streamlit as st

a, b, c = st.columns([1, 2, 1], gap="large", vertical_alignment="center")
a.button("Left")
b.title("Middle")
wide = c.checkbox("Wide")
if wide:
    inner = st.columns(4)
    for number, column in enumerate(inner):
        column.metric(f"Q{number + 1}", number * 10)
