"""The Markdown renderer's shortcuts give what the full path gives: a single
line without block syntax is rendered inline (one paragraph), and text
without link syntax is not run through the sanitiser (nothing to remove)."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from streamlit_cell.render import markdown

_MARKDOWNISH = st.text(alphabet=string.ascii_letters + " `*_#>-+=|<~[]()!\\.&;:0123456789\t\"'/",
                       min_size=0, max_size=40)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(_MARKDOWNISH)
def test_inline_fast_path_matches_the_block_renderer(text: str) -> None:
    assert markdown._render(markdown._safe_md, text) == markdown._safe_md.render(text)
    assert markdown._render(markdown._unsafe_md, text) == markdown._unsafe_md.render(text)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(_MARKDOWNISH.filter(lambda text: "[" not in text and "<" not in text))
def test_without_link_syntax_the_sanitiser_removes_nothing(text: str) -> None:
    rendered = markdown._safe_md.render(text)
    # nh3 re-serialises the same DOM: quotes in text unescaped, void elements
    # without the slash (markdown-it writes <hr /> and <br />); nothing is removed.
    canonical = (rendered.replace("&quot;", '"').replace("&#39;", "'")
                 .replace("<hr />", "<hr>").replace("<br />", "<br>"))
    assert markdown.sanitize(rendered) == canonical


def test_links_and_html_are_still_sanitised() -> None:
    assert "href" not in markdown.markdown_to_html("[x](javascript:alert(1))")
    assert "<img" not in markdown.markdown_to_html("<img src=x onerror=alert(1)>")
    assert "<a href=\"javascript" not in markdown.markdown_to_html(
        "<a href='javascript:alert(1)'>x</a>")
    link = markdown.markdown_to_html("[docs](https://docs.streamlit.io)")
    assert 'href="https://docs.streamlit.io"' in link and 'rel="noopener noreferrer"' in link
