# A multiselect of Enum flags, kept across reruns and used in a lookup.
# Steps:
#   set_enum("multiselect", "days", "FRI")
#   rerun
#   set_value("checkbox", 0, True)
import enum

import streamlit as st


class Day(enum.Enum):
    MON = "Monday"
    TUE = "Tuesday"
    WED = "Wednesday"
    THU = "Thursday"
    FRI = "Friday"


HOURS = {Day.MON: 8, Day.TUE: 6, Day.WED: 8, Day.THU: 4, Day.FRI: 5}
days = st.multiselect("Working days", list(Day), default=[Day.TUE], format_func=lambda d: d.value,
                      key="days")
st.checkbox("Count overtime", key="overtime")
st.write("Hours:", sum(HOURS[d] for d in days))
st.write([d.value for d in days])
