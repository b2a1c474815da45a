# A regional sales dashboard: sidebar filters narrow a table, a metric row and
# a chart. The data is made up but deterministic.
# Steps:
#   set_value("multiselect", "regions", ["North", "East"])
#   set_value("slider", "min_units", 30)
#   set_value("checkbox", "show_table", True)
#   set_value("multiselect", "regions", [])
import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Sales", layout="wide")


@st.cache_data
def load_sales() -> pd.DataFrame:
    rng = np.random.default_rng(11)
    regions = ["North", "South", "East", "West"]
    return pd.DataFrame({
        "region": np.repeat(regions, 6),
        "month": list(range(1, 7)) * 4,
        "units": rng.integers(5, 60, 24),
        "price": np.round(rng.uniform(9.5, 20.0, 24), 2),
    })


sales = load_sales()
st.title("Sales overview")

with st.sidebar:
    st.header("Filters")
    chosen = st.multiselect("Regions", sorted(sales.region.unique()),
                            default=["North", "South"], key="regions")
    min_units = st.slider("Minimum units", 0, 60, 10, key="min_units")

view = sales[sales.region.isin(chosen) & (sales.units >= min_units)]
if view.empty:
    st.warning("No rows match these filters.")
    st.stop()

revenue = (view.units * view.price).sum()
left, right = st.columns(2)
left.metric("Units", int(view.units.sum()))
right.metric("Revenue", f"${revenue:,.2f}")

st.bar_chart(view.groupby("region").units.sum())
if st.checkbox("Show the rows", key="show_table"):
    st.dataframe(view.reset_index(drop=True))
