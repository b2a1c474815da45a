# A slider over dates picking a reporting window.
# Steps:
#   set_value("slider", 0, (datetime.date(2024, 3, 1), datetime.date(2024, 4, 1)))
import datetime

import streamlit as st

start, end = st.slider("Window", datetime.date(2024, 1, 1), datetime.date(2024, 12, 31),
                       (datetime.date(2024, 1, 1), datetime.date(2024, 2, 1)))
st.write(f"{(end - start).days} days from {start.isoformat()}")
