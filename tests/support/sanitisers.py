"""Run a test once per HTML sanitiser backend (``nh3``; ``justhtml``, the
pure-Python one used under Pyodide): the ``sanitiser`` fixture (module
scope, so Hypothesis tests may use it) selects it and clears the Markdown
caches that hold sanitised text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from streamlit_cell.render import html_cleaner, maps_views, markdown


def _clear_caches() -> None:
    markdown.markdown_to_html.cache_clear()
    markdown.inline_markdown_to_html.cache_clear()
    maps_views.graphviz_svg.cache_clear()


@contextmanager
def sanitiser_backend(name: str) -> Iterator[str]:
    previous = html_cleaner.use_backend(name)
    _clear_caches()
    try:
        yield name
    finally:
        html_cleaner.use_backend(previous)
        _clear_caches()


@pytest.fixture(scope="module", params=html_cleaner.BACKENDS)
def sanitiser(request: pytest.FixtureRequest) -> Iterator[str]:
    """The backend's name, made the current one for the test."""
    with sanitiser_backend(request.param) as name:
        yield name
