# A markdown editor with a live preview in a second column.
# Steps:
#   set_value("text_area", "source", "# Title\n\nSome *text*")
#   set_value("toggle", "raw", True)
import streamlit as st

left, right = st.columns(2)
source = left.text_area("Markdown", "**Hello**", key="source", height=200)
if right.toggle("Show raw", key="raw"):
    right.code(source, language="markdown")
else:
    right.markdown(source)
