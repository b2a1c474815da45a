"""The Markdown renderer's shortcuts give what the full path gives: a single
line without block syntax is rendered inline (one paragraph). The sanitiser
is never skipped: whatever the renderer gives, what is shown is what the
sanitiser keeps of it (cached by text, so a rerun costs nothing; HTML that is
provably its own sanitised form, plain words in a paragraph, is not cleaned
again)."""

from __future__ import annotations

import string

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from streamlit_cell.render import markdown

_MARKDOWNISH = st.text(alphabet=string.ascii_letters + " `*_#>-+=|<~[]()!\\.&;:0123456789\t\"'/",
                       min_size=0, max_size=40)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(_MARKDOWNISH)
def test_inline_fast_path_matches_the_block_renderer(text: str) -> None:
    assert markdown._render(markdown._safe_md, text) == markdown._safe_md.render(text)
    assert markdown._render(markdown._unsafe_md, text) == markdown._unsafe_md.render(text)


#: Any text at all, weighted towards the odd whitespace and control characters
#: that stripping and the block parser could treat differently.
_ANY_TEXT = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"),
                       st.sampled_from(" \t\x0b\x0c\x1c\x1f\x85\xa0\u1680\u2028\u2029\u3000"
                                       "\ufeff#=+-:!$%@^{}'")),
    max_size=40)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(_ANY_TEXT)
def test_plain_text_fast_path_matches_the_block_renderer(text: str) -> None:
    # Texts without inline syntax take the shortest path (no parser at all).
    assert markdown._render(markdown._safe_md, text) == markdown._safe_md.render(text)
    assert markdown._render(markdown._unsafe_md, text) == markdown._unsafe_md.render(text)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(st.lists(st.one_of(_ANY_TEXT, st.sampled_from(
    ["`", "``", " ", "  ", "\\", "*", "a", "1", "&", "<b>", '"', "\xa0", "\t"])), max_size=8))
@example(["0", "", "\x00", "", ""])  # markdown-it turns NUL into U+FFFD, in code too
def test_code_span_fast_path_matches_the_block_renderer(parts: list[str]) -> None:
    # Shaped like st.write("label", value): words, a code span, words.
    text = "".join(parts[:2]) + "`" + "".join(parts[2:-2]) + "`" + "".join(parts[-2:])
    assert markdown._render(markdown._safe_md, text) == markdown._safe_md.render(text)
    assert markdown._render(markdown._unsafe_md, text) == markdown._unsafe_md.render(text)


def test_the_plain_text_path_is_taken_and_kept_honest() -> None:
    assert markdown._render(markdown._safe_md, "Count =  3") == "<p>Count =  3</p>\n"
    assert markdown._render(markdown._safe_md, "Count =  `3`") == "<p>Count =  <code>3</code></p>\n"
    assert markdown._render(markdown._safe_md, "a ` <b> ` c") == "<p>a <code>&lt;b&gt;</code> c</p>\n"
    for syntax in ("a *b*", "a `b`", "a ~~b~~", "a &amp; b", 'say "hi"', "a\\*b", "x_y_"):
        assert markdown._render(markdown._safe_md, syntax) == markdown._safe_md.render(syntax)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(_MARKDOWNISH.filter(lambda text: "[" not in text and "<" not in text))
def test_without_link_syntax_the_sanitiser_removes_nothing(sanitiser: str, text: str) -> None:
    rendered = markdown._safe_md.render(text)
    # Both backends re-serialise the same DOM: quotes in text unescaped, void elements
    # without the slash (markdown-it writes <hr /> and <br />), a no-break space
    # (markdown-it decodes &nbsp;) as its entity, as HTML's serialiser does;
    # nothing is removed.
    canonical = (rendered.replace("&quot;", '"').replace("&#39;", "'")
                 .replace("<hr />", "<hr>").replace("<br />", "<br>").replace("\xa0", "&nbsp;"))
    assert markdown.sanitize(rendered) == canonical


def test_links_and_html_are_still_sanitised(sanitiser: str) -> None:
    assert "href" not in markdown.markdown_to_html("[x](javascript:alert(1))")
    assert "<img" not in markdown.markdown_to_html("<img src=x onerror=alert(1)>")
    assert "<a href=\"javascript" not in markdown.markdown_to_html(
        "<a href='javascript:alert(1)'>x</a>")
    link = markdown.markdown_to_html("[docs](https://docs.streamlit.io)")
    assert 'href="https://docs.streamlit.io"' in link and 'rel="noopener noreferrer"' in link


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(st.one_of(_MARKDOWNISH, _ANY_TEXT))
def test_every_rendered_text_is_what_the_sanitiser_keeps(sanitiser: str, text: str) -> None:
    # A fixed point of the sanitiser: it went through it (a skipped sanitiser
    # leaves markdown-it's "&quot;" and "<hr />", which it re-serialises).
    shown = markdown.markdown_to_html(text)
    assert markdown.sanitize(shown) == shown
    label = markdown.inline_markdown_to_html(text)
    assert markdown.sanitize(label) == label


@pytest.mark.parametrize("text", ["plain words", "Count = `3`", "# Title", "a *b*"])
def test_the_sanitiser_runs_even_for_text_without_link_syntax(sanitiser: str, monkeypatch, text: str) -> None:
    # Should the renderer (or one of its shortcuts) ever let markup through,
    # the sanitiser still removes it: it is not skipped for "harmless" text.
    monkeypatch.setattr(markdown, "_render",
                        lambda md, text: '<p><img src="x" onerror="alert(1)">'
                                         '<a href="javascript:alert(1)">x</a></p>')
    markdown.markdown_to_html.cache_clear()
    try:
        shown = markdown.markdown_to_html(text)
    finally:
        markdown.markdown_to_html.cache_clear()
    assert "onerror" not in shown and "javascript:" not in shown


_INERT_TEXT = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E,
                                             exclude_characters="&<>\"'"), max_size=30)


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(_INERT_TEXT, st.one_of(st.none(), st.tuples(_INERT_TEXT, _INERT_TEXT)), st.booleans())
def test_the_fixed_point_grammar_is_what_the_sanitiser_gives_back(
        sanitiser: str, before: str, code: tuple[str, str] | None, paragraph: bool) -> None:
    html = before + (f"<code>{code[0]}</code>{code[1]}" if code else "")
    if paragraph:
        html = f"<p>{html}</p>\n"
    assert markdown._SANITISER_FIXED_POINT.fullmatch(html)
    assert markdown.sanitize(html) == html
    assert markdown.safe_html(html) == html


def test_the_fixed_point_check_takes_nothing_else(sanitiser: str) -> None:
    for html in ('<p>a</p>', 'a</p>\n', '<p>a "b"</p>\n', "<p>a &amp; b</p>\n",
                 "<p>a\xa0b</p>\n", "<p>caf\xe9</p>\n", "<p><em>a</em></p>\n",
                 '<p><code class="x">a</code></p>\n', "<hr />\n", "a\tb",
                 "<p>a</p>\n<p>b</p>\n", "<code>a</code><code>b</code>"):
        assert markdown.safe_html(html) == markdown.sanitize(html), html
    assert markdown.safe_html("<p>Count =  <code>3</code></p>\n") == \
        "<p>Count =  <code>3</code></p>\n"
