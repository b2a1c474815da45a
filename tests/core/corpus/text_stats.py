# Paste text, get statistics: words, characters, most common words.
# Steps:
#   set_value("text_area", "source", "the cat and the hat and the bat")
#   set_value("number_input", "top", 2)
#   set_value("checkbox", "lower", False)
from collections import Counter

import streamlit as st

source = st.text_area("Text to analyse", "Hello world", key="source")
top = st.number_input("How many words", 1, 10, 3, key="top")
lower = st.checkbox("Ignore case", True, key="lower")

words = (source.lower() if lower else source).split()
one, two = st.columns(2)
one.metric("Words", len(words))
two.metric("Characters", len(source))
st.write(dict(Counter(words).most_common(top)))
