# Habit tracker: a checkbox per day for each habit, streaks computed.
# Steps:
#   set_value("checkbox", "read-Mon", True)
#   set_value("checkbox", "read-Tue", True)
#   set_value("checkbox", "run-Mon", True)
import streamlit as st

DAYS = ["Mon", "Tue", "Wed"]
for habit in ["read", "run"]:
    columns = st.columns(len(DAYS) + 1)
    columns[0].write(habit)
    done = [columns[i + 1].checkbox(day, key=f"{habit}-{day}") for i, day in enumerate(DAYS)]
    streak = 0
    for ticked in done:
        streak = streak + 1 if ticked else 0
    st.caption(f"{habit}: {sum(done)} days, streak {streak}")
