# To-dos stored with st.connection's SQL connection and its session.
# Steps:
#   both(set_value("text_input", "todo", "water plants"), click("add"))
#   click("done_1")
import os
import tempfile

import streamlit as st
from sqlalchemy import text

db = os.path.join(tempfile.gettempdir(), f"corpus_todo_{os.getpid()}.db")
if "started" not in st.session_state:
    if os.path.exists(db):
        os.remove(db)
    st.session_state.started = True
conn = st.connection("todos", type="sql", url=f"sqlite:///{db}")
with conn.session as s:
    s.execute(text("CREATE TABLE IF NOT EXISTS todo (id INTEGER PRIMARY KEY, what TEXT, done INT)"))
    s.commit()
what = st.text_input("To do", key="todo")
if st.button("Add", key="add") and what:
    with conn.session as s:
        s.execute(text("INSERT INTO todo (what, done) VALUES (:w, 0)"), {"w": what})
        s.commit()
rows = conn.query("SELECT id, what, done FROM todo", ttl=0)
for row in rows.itertuples():
    if not row.done and st.button(f"Done: {row.what}", key=f"done_{row.id}"):
        with conn.session as s:
            s.execute(text("UPDATE todo SET done = 1 WHERE id = :i"), {"i": row.id})
            s.commit()
        st.rerun()
st.dataframe(rows)
