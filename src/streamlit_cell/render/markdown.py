"""Markdown to safe HTML: markdown-it-py renders, ``html_cleaner`` sanitises.

ipywidgets' ``HTML`` widget inserts its value unsanitised, so everything a
script shows goes through here first, unless the script passed
``unsafe_allow_html=True`` (then it is the script's own HTML, as in Streamlit).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml, mdTrim

from .html_cleaner import DEFAULT_ATTRIBUTES, DEFAULT_TAGS, Cleaner, HtmlPolicy

# CommonMark plus tables and strikethrough (GitHub-flavoured, like Streamlit).
# Raw HTML is passed to the sanitiser rather than escaped, so that the tags a
# sanitiser allows (e.g. <b>) keep working when unsafe_allow_html is False...
_safe_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"])
# ...but Streamlit escapes raw HTML unless unsafe_allow_html=True; so do we.
_unsafe_md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])

_ALLOWED_ATTRIBUTES = {
    **DEFAULT_ATTRIBUTES,
    "code": frozenset({"class"}),
    "span": frozenset({"class"}),
    "div": frozenset({"class"}),
    "pre": frozenset({"class"}),
    "a": frozenset({"href", "title"}),
    "img": frozenset({"src", "alt", "title", "width", "height"}),
    "td": frozenset({"align", "style"}),
    "th": frozenset({"align", "style"}),
}


_CLEANER = Cleaner(HtmlPolicy(
    tags=DEFAULT_TAGS,
    attributes=_ALLOWED_ATTRIBUTES,
    url_schemes=frozenset({"http", "https", "mailto", "data"}),
    style_properties=frozenset({"text-align"}),
    link_rel=frozenset({"noopener", "noreferrer"}),
    set_attributes={"a": {"target": "_blank"}},
))


def sanitize(fragment: str) -> str:
    """Remove scripts, event handlers and dangerous URLs from an HTML fragment."""
    return _CLEANER.clean(fragment)


#: What can start a block other than a paragraph on a line of its own:
#: headings, quotes, lists, fences, HTML, tables, thematic breaks, link
#: reference definitions, indented code (four spaces, or a tab within them).
_BLOCK_START = re.compile(r"^(?: {4}| {0,3}\t| {0,3}(?:[#>*+\-_=|<~`\[]|\d{1,9}[.)]))")


#: Characters that start inline syntax (code, emphasis, strikethrough, links,
#: images, autolinks, HTML, entities, escapes), that the renderer escapes, or
#: that markdown-it replaces (NUL, even inside code). A line without them
#: renders as itself.
_SYNTAX_CHARS = r'\\`*_~\[\]<>&"\x00'
_INLINE_SYNTAX = re.compile(f"[{_SYNTAX_CHARS}]")
_ONE_CODE_SPAN = re.compile(f"([^{_SYNTAX_CHARS}]*)`([^`\\x00]+)`([^{_SYNTAX_CHARS}]*)")


def _code_span_content(content: str) -> str:
    # CommonMark: one space is stripped from each side if both sides have one
    # and the content is not all spaces.
    if content[0] == content[-1] == " " and content.strip(" "):
        return content[1:-1]
    return content


def _render(md: MarkdownIt, text: str) -> str:
    # A single line without block syntax is one paragraph: render it inline,
    # skipping the block parser (most st.write/st.markdown calls, on every rerun).
    line = mdTrim(text)  # the paragraph's own trimming (CommonMark's whitespace)
    if line and "\n" not in text and "\r" not in text and "|" not in text \
            and not _BLOCK_START.match(text):
        # Plain words need no parser at all; nor does plain words around one
        # code span: st.write("Count =", n) writes "Count = `3`" every rerun.
        if not _INLINE_SYNTAX.search(line):
            return f"<p>{line}</p>\n"
        code = _ONE_CODE_SPAN.fullmatch(line)
        if code is not None:
            before, content, after = code.groups()
            return f"<p>{before}<code>{escapeHtml(_code_span_content(content))}</code>{after}</p>\n"
        return f"<p>{md.renderInline(line)}</p>\n"
    return md.render(text)


#: Text the sanitiser gives back unchanged: printable ASCII without the
#: characters its serialiser escapes or unescapes (& < > " '), so no
#: entity, no tag, no control character, no no-break space.
_INERT = r"[ !#-%(-;=?-~]*"
#: HTML that is a fixed point of the sanitiser: inert text with at most one
#: <code> span, bare (a label) or as one paragraph. Its DOM is only allowed
#: tags without attributes and text that serialises as itself, so cleaning it
#: returns the same string (a property test checks the whole grammar).
_SANITISER_FIXED_POINT = re.compile(
    rf"(?:<p>)?{_INERT}(?:<code>{_INERT}</code>{_INERT})?(?:</p>\n)?")


def safe_html(rendered: str) -> str:
    """What the sanitiser keeps of ``rendered``. Rendered Markdown of plain
    words (most of a page) is checked to be its own result, which is cheaper
    than cleaning it (``clean`` parses and re-serialises the fragment)."""
    match = _SANITISER_FIXED_POINT.fullmatch(rendered)
    if match is not None and rendered.startswith("<p>") == rendered.endswith("</p>\n"):
        return rendered
    return sanitize(rendered)


# Both are pure functions of their text, called on every rerun with mostly
# the same texts (a page's labels and paragraphs): cached by text, the
# renderer and the sanitiser run once per distinct text. Every result that is
# not the script's own HTML is what the sanitiser keeps of it: the one
# guarantee that holds whatever the renderer (or a shortcut in ``_render``)
# gets wrong.
@lru_cache(maxsize=2048)
def markdown_to_html(text: str, unsafe_allow_html: bool = False) -> str:
    """Render Streamlit-flavoured Markdown; sanitise unless HTML was allowed."""
    if unsafe_allow_html:
        return _render(_unsafe_md, text)
    return safe_html(_render(_safe_md, text))


@lru_cache(maxsize=2048)
def inline_markdown_to_html(text: str) -> str:
    """Markdown for labels: one line, no block wrapper."""
    return safe_html(_safe_md.renderInline(text))


def escape(text: str) -> str:
    return html.escape(text, quote=True)
