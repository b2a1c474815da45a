"""Without cell ids from the front end, a cell's identity is a hash of its
source: an edited cell is a new app, and the key error says how to fix it."""

from __future__ import annotations


def test_edited_cell_without_cell_id_gets_a_key_error_with_the_fix(shell):
    from streamlit_cell.notebook import magics as magic

    shell.run_cell('%%streamlit_cell\nst.text_input("Name", key="who")')
    shell.run_cell('%%streamlit_cell\nst.text_input("Your name", key="who")')
    edited = list(magic.registry().apps.values())[-1]
    message = str(edited.result.exception)
    assert type(edited.result.exception).__name__ == "StreamlitDuplicateElementKey"
    assert "`%%streamlit_cell --key NAME`" in message


def test_with_a_key_the_edited_cell_replaces_its_app(shell):
    from streamlit_cell.notebook import magics as magic

    shell.run_cell('%%streamlit_cell --key form\nst.text_input("Name", key="who")')
    shell.run_cell('%%streamlit_cell --key form\nst.text_input("Your name", key="who")')
    app = magic.registry().apps["form"]
    assert app.result.exception is None
