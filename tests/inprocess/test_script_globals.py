"""What a cell's script sees of itself: ``__name__``, ``__file__`` (a file
holding the cell, as Streamlit's AppTest.from_string gives), and the
``streamlit.runtime`` checks apps make."""

from __future__ import annotations

import textwrap

from support.ui import texts


def test_a_cell_sees_main_and_a_file_holding_its_code(run_cell):
    app = run_cell(textwrap.dedent("""
        # the cell's first line
        import os
        st.text(__name__)
        st.text(str(os.path.isfile(__file__)))
        st.text(open(__file__, encoding="utf-8").readline().strip())
        """).lstrip())
    assert texts(app) == ["__main__", "True", "# the cell's first line"]


def test_a_run_file_sees_its_file_in_its_globals(shell, tmp_path):
    from streamlit_cell.notebook import magics as magic

    script = tmp_path / "app.py"
    script.write_text('import streamlit as st\nst.text(globals()["__file__"])\n')
    shell.run_line_magic("streamlit_cell", f"run {script}")
    assert texts(magic.registry().apps[str(script)]) == [str(script)]


def test_the_runtime_exists_in_a_cell_and_not_in_an_ordinary_cell(shell, run_cell):
    from support.ui import run_plain

    app = run_cell(textwrap.dedent("""
        from streamlit import runtime
        from streamlit.runtime.scriptrunner import get_script_run_ctx
        st.text(str(runtime.exists()))
        st.text(str(get_script_run_ctx() is not None))
        """))
    assert texts(app) == ["True", "True"]
    # An ordinary cell reaches the emulation through the `st` the extension defines.
    assert run_plain(shell, "st.runtime.exists()") is False
    assert run_plain(shell, "st.runtime.scriptrunner.get_script_run_ctx()") is None
