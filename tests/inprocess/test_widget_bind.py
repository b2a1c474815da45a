"""bind="query-params" in a notebook: the notebook's front end writes a
person's changes of a bound widget to st.query_params (Streamlit's URL), which
an ordinary cell then reads."""

from __future__ import annotations

import ipywidgets as w

from support.ui import Slider, find, run_plain, text


def test_a_bound_widget_changed_by_a_person_updates_query_params(shell, run_cell):
    run_plain(shell, 'st.query_params["size"] = "7"')
    app = run_cell("""
size = st.slider("Size", 0, 10, 3, key="size", bind="query-params")
name = st.text_input("Name", key="name", bind="query-params")
st.write("size", size, "name", name)
""")
    assert "size 7 name" in text(app)  # started from the parameter
    find(app, Slider, "Size").value = 9
    assert "size 9" in text(app)
    assert run_plain(shell, "st.query_params.to_dict()") == {"size": "9"}
    find(app, w.Text, "Name").value = "Ada"
    assert run_plain(shell, "st.query_params.to_dict()") == {"size": "9", "name": "Ada"}
    find(app, Slider, "Size").value = 3  # back to the default: removed
    assert run_plain(shell, "st.query_params.to_dict()") == {"name": "Ada"}
    # A bound parameter is the widget's: an ordinary cell cannot set it.
    assert "bound to a widget" in run_plain(shell, """
try:
    st.query_params["name"] = "Bob"
except Exception as error:
    message = str(error)
message""")
