# A report written almost entirely with magic: bare strings, names and
# expressions are shown as st.write would show them.
# Steps:
#   set_value("slider", 0, 4)
"""# Weekly report

Numbers for the last few weeks."""
import pandas as pd
import streamlit as st

weeks = st.slider("Weeks", 1, 6, 3)
table = pd.DataFrame({"week": range(1, weeks + 1), "visits": [120 * w for w in range(1, weeks + 1)]})

"## Visits"
table
"Total visits:", int(table.visits.sum())

if weeks > 3:
    "More than three weeks: showing the average too."
    table.visits.mean()

for week in range(weeks):
    f"week {week + 1}"
