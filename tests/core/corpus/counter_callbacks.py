# Two counters driven by callbacks with arguments; a reset button.
# Steps:
#   click("plus_apples")
#   click("plus_apples")
#   click("plus_pears")
#   click("minus_apples")
#   click("reset")
import streamlit as st

FRUITS = ["apples", "pears"]
for fruit in FRUITS:
    st.session_state.setdefault(fruit, 0)


def change(fruit, by=1):
    st.session_state[fruit] += by


for fruit in FRUITS:
    left, middle, right = st.columns([3, 1, 1])
    left.write(f"{fruit.title()}: {st.session_state[fruit]}")
    middle.button("+", key=f"plus_{fruit}", on_click=change, args=(fruit,))
    right.button("-", key=f"minus_{fruit}", on_click=change, args=(fruit,), kwargs={"by": -1})


def reset():
    for fruit in FRUITS:
        st.session_state[fruit] = 0


st.button("Reset all", on_click=reset, key="reset")
st.write("Total:", sum(st.session_state[f] for f in FRUITS))
