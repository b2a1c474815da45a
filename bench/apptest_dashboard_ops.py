"""Per-click rerun cost of a second, different dashboard through AppTest:
streamlit-cell vs real Streamlit (so the product is not tuned to one script).

An operations dashboard of the kind people write with Plotly and Altair:
8,760 hourly sensor readings (cached), a date-range filter and a site
selectbox in the sidebar, metrics with deltas against the previous period,
three tabs (a Plotly line chart of 2,000+ points, an Altair bar chart of the
daily means, a 200-row ``st.dataframe``), a ``st.data_editor`` of the site
targets, and a button whose callback counts clicks. Each sample is one
``click().run()`` of that button: no input the charts depend on changes.

    .venv/bin/python bench/apptest_dashboard_ops.py [-n 60] [--json]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _apptest_compare import compare  # noqa: E402

DASHBOARD_OPS = """
import datetime as dt

import altair as alt
import numpy as np
import pandas as pd
import plotly.express as px
import streamlit as st

@st.cache_data
def load_readings(hours: int) -> pd.DataFrame:
    rng = np.random.default_rng(5)
    stamps = pd.date_range("2025-01-01", periods=hours, freq="h")
    return pd.DataFrame({
        "time": np.tile(stamps, 3),
        "site": np.repeat(["Oslo", "Lyon", "Porto"], hours),
        "temperature": rng.normal(12.0, 6.0, 3 * hours).round(1),
        "load_kw": rng.gamma(4.0, 30.0, 3 * hours).round(1),
    })

readings = load_readings(8_760 // 3)
st.session_state.setdefault("clicks", 0)

def count_click():
    st.session_state.clicks += 1

st.header("Site operations")
site = st.sidebar.selectbox("Site", ["Oslo", "Lyon", "Porto"])
start, end = st.sidebar.date_input("Period", (dt.date(2025, 1, 15), dt.date(2025, 3, 15)),
                                   min_value=dt.date(2025, 1, 1), max_value=dt.date(2025, 5, 1))
days = pd.to_datetime(readings["time"]).dt.date
mine = readings[(readings["site"] == site) & (days >= start) & (days <= end)]
half = len(mine) // 2
early, late = mine.iloc[:half], mine.iloc[half:]

left, middle, right = st.columns(3)
left.metric("Mean temperature", f"{late['temperature'].mean():.1f} °C",
            f"{late['temperature'].mean() - early['temperature'].mean():+.1f} °C")
middle.metric("Peak load", f"{late['load_kw'].max():,.0f} kW",
              f"{late['load_kw'].max() - early['load_kw'].max():+,.0f} kW", delta_color="inverse")
right.metric("Readings", f"{len(mine):,}")

trend, daily_tab, rows_tab = st.tabs(["Trend", "Daily", "Rows"])
with trend:
    figure = px.line(mine, x="time", y="load_kw", title=f"Load at {site}")
    st.plotly_chart(figure)
with daily_tab:
    daily = mine.groupby(mine["time"].dt.floor("D"))["temperature"].mean().reset_index()
    chart = alt.Chart(daily).mark_bar().encode(x="time:T", y="temperature:Q")
    st.altair_chart(chart)
with rows_tab:
    st.dataframe(mine.tail(200), hide_index=True)

targets = pd.DataFrame({"site": ["Oslo", "Lyon", "Porto"], "target_kw": [150.0, 130.0, 110.0]})
edited = st.data_editor(targets, key="targets")
st.caption(f"Target at {site}: {edited.set_index('site').loc[site, 'target_kw']:.0f} kW")
st.button("Count a click", on_click=count_click)
st.write("Clicks:", st.session_state.clicks)
"""

#: The dashboard's own work on a click without any st.* call (the copy
#: ``st.cache_data`` hands each run, the filter, the metrics' sums, building
#: the Plotly and Altair figures, the groupby, the tail, the targets' frame):
#: what any framework pays on top of a counter's click for this script.
#: ``bench/kernel_dashboard.py --app ops`` times it in the dashboard's kernel.
SCRIPT_WORK_OPS = """
import datetime as _dt, pickle as _pickle
import altair as _alt, numpy as _np, pandas as _pd, plotly.express as _px

def _bench_data():
    rng = _np.random.default_rng(5)
    hours = 8_760 // 3
    stamps = _pd.date_range("2025-01-01", periods=hours, freq="h")
    return _pd.DataFrame({
        "time": _np.tile(stamps, 3),
        "site": _np.repeat(["Oslo", "Lyon", "Porto"], hours),
        "temperature": rng.normal(12.0, 6.0, 3 * hours).round(1),
        "load_kw": rng.gamma(4.0, 30.0, 3 * hours).round(1),
    })

def _bench_own_work(kept):
    readings = _pickle.loads(_pickle.dumps(kept))
    site, start, end = "Oslo", _dt.date(2025, 1, 15), _dt.date(2025, 3, 15)
    days = _pd.to_datetime(readings["time"]).dt.date
    mine = readings[(readings["site"] == site) & (days >= start) & (days <= end)]
    half = len(mine) // 2
    early, late = mine.iloc[:half], mine.iloc[half:]
    texts = (f"{late['temperature'].mean():.1f}",
             f"{late['temperature'].mean() - early['temperature'].mean():+.1f}",
             f"{late['load_kw'].max():,.0f}", f"{late['load_kw'].max() - early['load_kw'].max():+,.0f}",
             f"{len(mine):,}")
    _px.line(mine, x="time", y="load_kw", title=f"Load at {site}")
    daily = mine.groupby(mine["time"].dt.floor("D"))["temperature"].mean().reset_index()
    _alt.Chart(daily).mark_bar().encode(x="time:T", y="temperature:Q")
    mine.tail(200)
    targets = _pd.DataFrame({"site": ["Oslo", "Lyon", "Porto"], "target_kw": [150.0, 130.0, 110.0]})
    targets.set_index("site").loc[site, "target_kw"]

_kept = _bench_data()
"""


def _clicks(app_test_class: type, n: int) -> list[float]:
    at = app_test_class.from_string(DASHBOARD_OPS, default_timeout=60).run()
    assert not at.exception, at.exception
    at.button[0].click().run()  # warm-up (caches, imports)
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        at.button[0].click().run()
        samples.append(time.perf_counter() - start)
    assert not at.exception, at.exception
    assert at.session_state.clicks == n + 1, at.session_state.clicks
    return samples


def main() -> None:
    compare(__doc__.splitlines()[0], _clicks, default_n=60, default_blocks=3,
            what="operations-dashboard click", target=">= 10x")


if __name__ == "__main__":
    main()
