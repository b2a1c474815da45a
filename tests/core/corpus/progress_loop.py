# A loop that reports progress while it works, then replaces it with a result.
# Steps:
#   click(0)
import streamlit as st

if st.button("Process"):
    bar = st.progress(0, text="Starting")
    total = 0
    for step in range(1, 4):
        total += step * step
        bar.progress(step / 3, text=f"Step {step} of 3")
    st.success(f"Sum of squares: {total}")
else:
    st.progress(0)
