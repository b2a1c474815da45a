# A callback that raises for bad input: the error shows and the script still
# runs below it as Streamlit does.
# Steps:
#   click("divide")
#   set_value("number_input", "divisor", 4)
#   click("divide")
import streamlit as st

st.session_state.setdefault("result", None)


def divide():
    st.session_state.result = 100 / st.session_state.divisor


st.number_input("Divide 100 by", value=0, key="divisor")
st.button("Divide", on_click=divide, key="divide")
st.write("Result:", st.session_state.result)
