# A trip planner: a date range, a departure time and the number of nights.
# Steps:
#   set_value("date_input", "trip", (datetime.date(2024, 7, 1), datetime.date(2024, 7, 8)))
#   set_value("time_input", "departure", datetime.time(6, 30))
import datetime

import streamlit as st

trip = st.date_input("Trip", (datetime.date(2024, 6, 1), datetime.date(2024, 6, 4)), key="trip")
departure = st.time_input("Departure", datetime.time(9, 0), key="departure")
if len(trip) == 2:
    start, end = trip
    st.write(f"{(end - start).days} nights, leaving {start:%d %b} at {departure:%H:%M}")
else:
    st.warning("Pick an end date.")
