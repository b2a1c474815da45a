# A script that also works as a plain Python module: it only draws the app
# when a Streamlit runtime is present, as many published apps do.
# Steps:
#   click(0)
from streamlit import runtime
import streamlit as st


def summary(numbers):
    return {"count": len(numbers), "total": sum(numbers)}


if runtime.exists():
    st.title("Guarded app")
    st.session_state.setdefault("numbers", [3, 4])
    if st.button("Add a number"):
        st.session_state.numbers.append(len(st.session_state.numbers) + 3)
    st.write(summary(st.session_state.numbers))
else:
    print(summary([3, 4]))
