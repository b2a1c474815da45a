# Temperatures for a chosen city as a line chart and summary metrics.
# Steps:
#   set_value("selectbox", "city", "Cairo")
#   set_value("radio", "unit", "°F")
import numpy as np
import pandas as pd
import streamlit as st

rng = np.random.default_rng(5)
days = pd.date_range("2024-01-01", periods=7, freq="D")
temps = pd.DataFrame({"Oslo": rng.normal(-3, 2, 7).round(1), "Cairo": rng.normal(19, 2, 7).round(1)},
                     index=days)
city = st.selectbox("City", list(temps.columns), key="city")
unit = st.radio("Unit", ["°C", "°F"], horizontal=True, key="unit")
series = temps[city] if unit == "°C" else (temps[city] * 9 / 5 + 32).round(1)
st.line_chart(series)
a, b, c = st.columns(3)
a.metric("Min", f"{series.min()}{unit}")
b.metric("Max", f"{series.max()}{unit}")
c.metric("Last", f"{series.iloc[-1]}{unit}", f"{series.iloc[-1] - series.iloc[-2]:.1f}")
