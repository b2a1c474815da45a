"""Tier-1 tests of the Jupyter-free core, most of them differential: the same
script runs through Streamlit's AppTest and ours (see ``tests/support/differential.py``).

Differences kept on purpose (each pinned or explained where it is tested):

* ``st.rerun()`` loops stop after ``runner.maxConsecutiveReruns`` in
  streamlit-cell (a notebook kernel must not hang); Streamlit has no bound.
* ``repr(st.session_state)`` shows the state's dict here; Streamlit's proxy
  has object's default repr.
* Where Streamlit fails inside protobuf (a ``format_func`` returning a
  non-str, a bool ``index``), ours raises the same class (TypeError) with a
  message that names the problem.

Not compared because Streamlit's AppTest cannot do them: deleting a widget's
key from the tester between runs (its next ``run()`` fails), and setting a
selectbox to a value that is not an option (it sends selectbox values by
index).
"""
