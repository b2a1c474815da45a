# A sign-up wizard in three steps, the step number in session state; Back and
# Next are callbacks; widget values are copied into a profile dict.
# Steps:
#   set_value("text_input", "name", "Ada")
#   click("next")
#   set_value("selectbox", "plan", "Pro")
#   click("back")
#   click("next")
#   click("next")
import streamlit as st

if "step" not in st.session_state:
    st.session_state.step = 1
    st.session_state.profile = {}


def go(delta):
    st.session_state.step += delta


st.progress(st.session_state.step / 3, text=f"Step {st.session_state.step} of 3")

if st.session_state.step == 1:
    name = st.text_input("Your name", key="name")
    st.session_state.profile["name"] = name
    st.button("Next", on_click=go, args=(1,), key="next", disabled=not name)
elif st.session_state.step == 2:
    plan = st.selectbox("Plan", ["Free", "Pro", "Team"], key="plan")
    st.session_state.profile["plan"] = plan
    back, forward = st.columns(2)
    back.button("Back", on_click=go, args=(-1,), key="back")
    forward.button("Next", on_click=go, kwargs={"delta": 1}, key="next")
else:
    st.write("Check your details:")
    st.json(st.session_state.profile)
