# Weather explorer: a small data app written for streamlit-cell's examples.
# A year of daily weather for three made-up stations (generated and seeded,
# so it needs no download) is loaded once with st.cache_data; the sidebar picks
# a station and a month, and the page shows metrics, a chart and, on request,
# the rows themselves.
# Run it in a notebook with:
#     %streamlit_cell run examples/weather_explorer.py

import numpy as np
import pandas as pd
import streamlit as st

STATIONS = {"Harbour": 11.0, "Hilltop": 7.5, "Valley": 13.0}  # yearly mean, °C
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@st.cache_data
def load_weather(year: int) -> pd.DataFrame:
    """One row per station and day: temperature (°C) and rain (mm)."""
    rng = np.random.default_rng(year)
    days = pd.date_range(f"{year}-01-01", f"{year}-12-31", freq="D")
    season = -np.cos(2 * np.pi * (days.day_of_year.to_numpy() - 15) / 365)  # coldest mid-January
    frames = []
    for station, mean in STATIONS.items():
        frames.append(pd.DataFrame({
            "date": days,
            "station": station,
            "temperature": np.round(mean + 9 * season + rng.normal(0, 2.5, len(days)), 1),
            "rain": np.round(rng.gamma(0.6, 4.0, len(days)) * (rng.random(len(days)) < 0.45), 1),
        }))
    return pd.concat(frames, ignore_index=True)


st.title("Weather explorer")
weather = load_weather(2023)

with st.sidebar:
    station = st.selectbox("Station", list(STATIONS))
    month = st.select_slider("Month", MONTHS, value="Jul")

chosen = weather[(weather.station == station) & (weather.date.dt.month == MONTHS.index(month) + 1)]

st.subheader(f"{station} in {month}")
warmest, coldest, rain = st.columns(3)
warmest.metric("Warmest day", f"{chosen.temperature.max():.1f} °C")
coldest.metric("Coldest day", f"{chosen.temperature.min():.1f} °C")
rain.metric("Rain", f"{chosen.rain.sum():.0f} mm", f"{int((chosen.rain > 0).sum())} wet days",
            delta_color="off")

st.line_chart(chosen.set_index("date")["temperature"])

if st.checkbox("Show the daily rows"):
    st.dataframe(chosen.drop(columns="station").reset_index(drop=True))
