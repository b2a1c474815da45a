# Settings in the sidebar changing the main page's greeting.
# Steps:
#   set_value("selectbox", "language", "Français")
#   set_value("checkbox", "shout", True)
import streamlit as st

GREETINGS = {"English": "Hello", "Français": "Bonjour", "Español": "Hola"}
language = st.sidebar.selectbox("Language", list(GREETINGS), key="language")
shout = st.sidebar.checkbox("Shout", key="shout")
st.sidebar.markdown("---")
st.sidebar.caption("Settings are kept while the session lives.")
greeting = GREETINGS[language] + "!"
st.title(greeting.upper() if shout else greeting)
