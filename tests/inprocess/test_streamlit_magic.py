"""Streamlit's magic in a ``%%streamlit_cell`` cell and a ``%streamlit_cell run``
file: a bare value on its own line is shown (``runtime/magic.py``)."""

from __future__ import annotations

import textwrap

from support.ui import run_plain, text
from streamlit_cell.notebook import magics as magic


def test_a_bare_data_frame_and_string_in_a_cell_are_shown(run_cell):
    app = run_cell(textwrap.dedent("""
        import pandas as pd
        df = pd.DataFrame({"city": ["Oslo", "Lima"], "rain_mm": [763, 6]})
        "Rain by city"
        df
        """))
    shown = text(app)
    assert "Rain by city" in shown
    assert "Oslo" in shown and "Lima" in shown and "763" in shown


def test_magic_in_a_cell_reruns_with_the_values_of_the_run(run_cell):
    from support.ui import button, front_end_clicks

    app = run_cell(textwrap.dedent("""
        if "clicks" not in st.session_state:
            st.session_state.clicks = 0
        if st.button("Click"):
            st.session_state.clicks += 1
        f"clicked {st.session_state.clicks} times"
        """))
    assert "clicked 0 times" in text(app)
    front_end_clicks(button(app, "Click"))
    assert "clicked 1 times" in text(app)


def test_a_bare_value_in_a_run_file_is_shown(shell, tmp_path):
    script = tmp_path / "app.py"
    script.write_text('import streamlit as st\n"from the file"\nanswer = 42\nanswer\n')
    shell.run_line_magic("streamlit_cell", f"run {script}")
    app = magic.registry().apps[str(script)]
    assert "from the file" in text(app) and "42" in text(app)


def test_an_ordinary_cell_is_not_rewritten(shell):
    # Magic belongs to the streamlit script only: a plain cell's last value is
    # IPython's Out[], and no st.write happens.
    assert run_plain(shell, "'plain'") == "plain"
