# A guestbook in a SQLite file through st.connection: sign it with a form,
# the entries are read back with a query.
# Steps:
#   both(set_value("text_input", "guest", "Ada"), click(0))
#   both(set_value("text_input", "guest", "Linus"), click(0))
import os
import tempfile

import streamlit as st
from sqlalchemy import text

path = os.path.join(tempfile.gettempdir(), f"corpus_guestbook_{os.getpid()}.db")
if "fresh_db" not in st.session_state:
    if os.path.exists(path):
        os.remove(path)
    st.session_state.fresh_db = True
conn = st.connection("guestbook", type="sql", url=f"sqlite:///{path}")
with conn.session as session:
    session.execute(text("CREATE TABLE IF NOT EXISTS guests (name TEXT)"))
    session.commit()

with st.form("sign", clear_on_submit=True):
    name = st.text_input("Your name", key="guest")
    if st.form_submit_button("Sign") and name:
        with conn.session as session:
            session.execute(text("INSERT INTO guests (name) VALUES (:name)"), {"name": name})
            session.commit()

guests = conn.query("SELECT name FROM guests ORDER BY name", ttl=0)
st.write(f"{len(guests)} guests")
st.dataframe(guests)
