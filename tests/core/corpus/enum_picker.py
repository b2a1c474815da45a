# Options that are Enum members, the class redefined on every run: the chosen
# member must still compare equal the next run (runner.enumCoercion).
# Steps:
#   set_enum("selectbox", "size", "LARGE")
#   rerun
#   set_enum("radio", "colour", "BLUE")
#   rerun
import enum

import streamlit as st


class Size(enum.Enum):
    SMALL = 1
    MEDIUM = 2
    LARGE = 3


class Colour(enum.Enum):
    RED = "r"
    BLUE = "b"


size = st.selectbox("Size", list(Size), format_func=lambda s: s.name, key="size")
colour = st.radio("Colour", Colour, format_func=lambda c: c.name.title(), key="colour")
st.write("Large chosen:", size is Size.LARGE, "equal:", size == Size.LARGE)
st.write("Blue chosen:", colour == Colour.BLUE)
st.write("Is a Size of this run:", isinstance(size, Size))
