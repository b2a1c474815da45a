"""``client.showErrorDetails = "none"`` in Voila: a viewer of a failing app
sees Streamlit's generic message, no traceback, no source, no server path,
no exception type; the app above the error stays."""

from __future__ import annotations

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from _pages import open_voila, save_screenshot, widget_root

pytestmark = pytest.mark.browser

SECRET = "db-password-hunter2"


def _notebook(tmp_path) -> str:
    nb = new_notebook(cells=[
        new_code_cell("%load_ext streamlit_cell"),
        new_code_cell("%%streamlit_cell\n"
                      "st.set_option('client.showErrorDetails', 'none')\n"
                      "st.text('APP-ABOVE-THE-ERROR')\n"
                      "def load():\n"
                      f"    raise ConnectionError('cannot connect with {SECRET}')\n"
                      "load()"),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                "language": "python"}})
    path = tmp_path / "error_details.ipynb"
    nbformat.write(nb, path)
    return str(path)


def test_none_shows_no_traceback_or_path_in_voila(page, voila_server, tmp_path, request):
    open_voila(page, voila_server, voila_server.add_notebook(_notebook(tmp_path)),
               timeout_ms=120_000)
    root = widget_root(page)
    root.get_by_text("APP-ABOVE-THE-ERROR").wait_for(timeout=60_000)
    root.get_by_text("This app has encountered an error", exact=False).wait_for(timeout=60_000)
    save_screenshot(page, request.node.name)
    shown = page.content()
    for leak in (SECRET, "Traceback", "ConnectionError", "raise ", "site-packages"):
        assert leak not in shown, leak
    # The error box holds the generic message and nothing else: no path, no line.
    error_text = root.locator(".stc-exception").first.inner_text()
    assert "File " not in error_text and "line " not in error_text and "/" not in error_text
