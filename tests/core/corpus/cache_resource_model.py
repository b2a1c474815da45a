# A "model" object built once with cache_resource and shared by every rerun.
# Steps:
#   set_value("number_input", 0, 4.0)
#   set_value("number_input", 0, -2.0)
import streamlit as st


class LinearModel:
    def __init__(self, slope: float, intercept: float) -> None:
        self.slope, self.intercept = slope, intercept

    def predict(self, x: float) -> float:
        return self.slope * x + self.intercept


@st.cache_resource
def load_model() -> LinearModel:
    return LinearModel(2.5, 1.0)


model = load_model()
x = st.number_input("x", value=1.0)
st.metric("Prediction", f"{model.predict(x):.2f}")
st.write("Same object as the cached one:", load_model() is model)
