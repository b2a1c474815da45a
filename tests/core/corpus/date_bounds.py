# A booking date limited to a window; an out-of-range default is an error.
# Steps:
#   set_value("date_input", "day", datetime.date(2024, 5, 20))
import datetime

import streamlit as st

day = st.date_input("Day", datetime.date(2024, 5, 10), min_value=datetime.date(2024, 5, 1),
                    max_value=datetime.date(2024, 5, 31), key="day")
st.write("Weekday:", day.strftime("%A"))
try:
    st.date_input("Bad", datetime.date(2024, 1, 1), min_value=datetime.date(2024, 5, 1))
except Exception as error:
    st.write("Error:", type(error).__name__)
