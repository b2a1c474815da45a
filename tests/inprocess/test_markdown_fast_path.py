"""The single-line fast path of the Markdown renderer gives exactly what the
full renderer gives (it only skips the block parser for one paragraph)."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from streamlit_cell.render import markdown

_MARKDOWNISH = st.text(alphabet=string.ascii_letters + " `*_#>-+=|<~[]()!\\.&;:0123456789\t\"'/",
                       min_size=0, max_size=40)


@settings(max_examples=3000, deadline=None)
@given(_MARKDOWNISH)
def test_fast_path_matches_the_full_renderer(text: str) -> None:
    assert markdown.markdown_to_html(text) == markdown.sanitize(markdown._safe_md.render(text))
    assert markdown.markdown_to_html(text, True) == markdown._unsafe_md.render(text)
