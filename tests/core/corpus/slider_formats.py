# Sliders with formats: percent, currency, and a time slider.
# Steps:
#   set_value("slider", "discount", 25)
#   set_value("slider", "when", datetime.time(14, 30))
import datetime

import streamlit as st

discount = st.slider("Discount", 0, 50, 10, format="%d%%", key="discount")
price = st.slider("Price", 0.0, 100.0, 20.0, format="$%.2f", key="price")
when = st.slider("Delivery", datetime.time(8, 0), datetime.time(18, 0), datetime.time(9, 0),
                 step=datetime.timedelta(minutes=30), key="when")
st.write(f"{price * (1 - discount / 100):.2f} delivered at {when:%H:%M}")
