"""Per-click rerun cost of a realistic dashboard through AppTest: streamlit-cell
vs real Streamlit.

The dashboard is the kind a data scientist writes: 5,000 cached rows, a
sidebar with a multiselect, a range slider and a checkbox, three metrics in
columns, a line chart and a bar chart of the filtered rows, a 50-row
dataframe, and a button whose callback counts clicks. Each sample is one
``click().run()`` of that button: the rerun changes no chart's data, so its
cost is what the framework spends on what did not change. The backends are
interleaved in blocks in one process, so machine load affects both alike.

    .venv/bin/python bench/apptest_dashboard.py [-n 60] [--json]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _apptest_compare import compare  # noqa: E402

DASHBOARD = """
import numpy as np
import pandas as pd
import streamlit as st

@st.cache_data
def load_sales(rows: int) -> pd.DataFrame:
    rng = np.random.default_rng(11)
    return pd.DataFrame({
        "day": pd.date_range("2024-01-01", periods=rows, freq="h"),
        "region": rng.choice(["north", "south", "east", "west"], rows),
        "units": rng.integers(1, 40, rows),
        "price": rng.uniform(2.0, 30.0, rows).round(2),
    })

sales = load_sales(5_000)
if "clicks" not in st.session_state:
    st.session_state.clicks = 0

def count_click():
    st.session_state.clicks += 1

st.title("Sales dashboard")
regions = st.sidebar.multiselect("Regions", ["north", "south", "east", "west"],
                                 default=["north", "south", "east", "west"])
low, high = st.sidebar.slider("Units", 1, 40, (1, 40))
show_table = st.sidebar.checkbox("Show rows", value=True)

shown = sales[sales["region"].isin(regions) & sales["units"].between(low, high)]
revenue = (shown["units"] * shown["price"]).sum()
first, second, third = st.columns(3)
first.metric("Orders", f"{len(shown):,}")
second.metric("Units", f"{shown['units'].sum():,}")
third.metric("Revenue", f"{revenue:,.0f}")

daily = shown.set_index("day")["units"].resample("D").sum()
st.line_chart(daily)
st.bar_chart(shown.groupby("region")["units"].sum())
if show_table:
    st.dataframe(shown.head(50))
st.button("Count a click", on_click=count_click)
st.write("Clicks:", st.session_state.clicks)
"""


def _clicks(app_test_class: type, n: int) -> list[float]:
    at = app_test_class.from_string(DASHBOARD, default_timeout=60).run()
    assert not at.exception, at.exception
    at.button[0].click().run()  # warm-up (caches, imports)
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        at.button[0].click().run()
        samples.append(time.perf_counter() - start)
    assert at.session_state.clicks == n + 1, at.session_state.clicks
    return samples


def main() -> None:
    compare(__doc__.splitlines()[0], _clicks, default_n=60, default_blocks=3,
            what="dashboard click", target=">= 10x")


if __name__ == "__main__":
    main()
