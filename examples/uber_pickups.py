# "Uber pickups in NYC": the complete script of Streamlit's tutorial
# "Create an app", https://docs.streamlit.io/get-started/tutorials/create-an-app
# Copied from the Streamlit documentation (https://github.com/streamlit/docs), an
# Apache License 2.0 example, with ONE change: there is no internet here, so
# `load_data` reads a generated table with the columns of Uber's September 2014
# file ("Date/Time", "Lat", "Lon", "Base") instead of downloading DATA_URL. The
# change is marked below; the rest of the script is the tutorial's, unmodified.
# Run it in a notebook with:
#     %streamlit_cell run examples/uber_pickups.py

import streamlit as st
import pandas as pd
import numpy as np

st.title('Uber pickups in NYC')

DATE_COLUMN = 'date/time'
DATA_URL = ('https://s3-us-west-2.amazonaws.com/'
            'streamlit-demo-data/uber-raw-data-sep14.csv.gz')

@st.cache_data
def load_data(nrows):
    # streamlit-cell change (no internet): instead of pd.read_csv(DATA_URL, nrows=nrows)
    data = generated_pickups(nrows)
    lowercase = lambda x: str(x).lower()
    data.rename(lowercase, axis='columns', inplace=True)
    data[DATE_COLUMN] = pd.to_datetime(data[DATE_COLUMN])
    return data

# streamlit-cell change (no internet): pickups shaped like Uber's file, more of
# them in the evening rush, around Manhattan. Seeded, so every run is the same.
def generated_pickups(nrows):
    rng = np.random.default_rng(2014)
    hour_weights = np.ones(24)
    hour_weights[16:19] = [2, 3.5, 2]  # the busiest hour is 17:00, as in Uber's data
    hours = rng.choice(24, size=nrows, p=hour_weights / hour_weights.sum())
    times = (pd.Timestamp('2014-09-01')
             + pd.to_timedelta(rng.integers(0, 30, nrows), unit='D')
             + pd.to_timedelta(hours, unit='h')
             + pd.to_timedelta(rng.integers(0, 3600, nrows), unit='s'))
    return pd.DataFrame({
        'Date/Time': times.strftime('%m/%d/%Y %H:%M:%S'),
        'Lat': 40.75 + rng.normal(0, 0.03, nrows),
        'Lon': -73.98 + rng.normal(0, 0.03, nrows),
        'Base': 'B02512',
    })

data_load_state = st.text('Loading data...')
data = load_data(10000)
data_load_state.text("Done! (using st.cache_data)")

if st.checkbox('Show raw data'):
    st.subheader('Raw data')
    st.write(data)

st.subheader('Number of pickups by hour')
hist_values = np.histogram(data[DATE_COLUMN].dt.hour, bins=24, range=(0,24))[0]
st.bar_chart(hist_values)

# Some number in the range 0-23
hour_to_filter = st.slider('hour', 0, 23, 17)
filtered_data = data[data[DATE_COLUMN].dt.hour == hour_to_filter]

st.subheader('Map of all pickups at %s:00' % hour_to_filter)
st.map(filtered_data)
