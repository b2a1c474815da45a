# A sensor picker whose options come straight from numpy and pandas: the
# widgets return plain Python numbers (Streamlit reads such options as a
# data frame column), so `type(...)` and JSON output show int / float.
# Steps:
#   set_value("selectbox", "channel", 3)
#   set_value("multiselect", "rates", [0.5, 2.0])
#   set_value("select_slider", "window", 20)
#   click("log")
import json

import numpy as np
import pandas as pd
import streamlit as st

channels = np.arange(1, 5)
rates = np.array([0.5, 1.0, 2.0])
windows = pd.Series([5, 10, 20])

channel = st.selectbox("Channel", channels, key="channel")
chosen_rates = st.multiselect("Rates (Hz)", rates, default=rates[:1], key="rates")
window = st.select_slider("Window (s)", windows, key="window")
mode = st.radio("Mode", pd.Index(["raw", "smoothed"]), horizontal=True, key="mode")

st.write(f"{type(channel).__name__} channel {channel}, window {type(window).__name__} {window}")
st.code(json.dumps({"channel": channel, "rates": chosen_rates, "window": window, "mode": mode}))

st.session_state.setdefault("readings", [])
if st.button("Log reading", key="log"):
    st.session_state.readings.append((channel, tuple(chosen_rates), window))
st.write(st.session_state.readings)
