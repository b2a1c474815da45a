"""Markdown to safe HTML: markdown-it-py renders, ``html_cleaner`` sanitises.

ipywidgets' ``HTML`` widget inserts its value unsanitised, so everything a
script shows goes through here first, unless the script passed
``unsafe_allow_html=True``: then it is the script's own HTML, as in
Streamlit, cleaned by the policy for the script's HTML (markup and styles
kept, scripts dropped; ``render/sanitise.py``).
"""

from __future__ import annotations

import html
import re

try:
    import cmarkgfm
    from cmarkgfm.cmark import Options as CmarkOptions
except ImportError:  # Pyodide: a C extension with no WebAssembly wheel
    cmarkgfm = None
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml, mdTrim

from .bounded_cache import size_bounded_memo
from .sanitise import clean_markdown_html, clean_user_html

# CommonMark plus tables and strikethrough (GitHub-flavoured, like Streamlit).
# Raw HTML is passed to the sanitiser rather than escaped, so that the tags a
# sanitiser allows (e.g. <b>) keep working when unsafe_allow_html is False...
_safe_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable(
    ["table", "strikethrough"])
# ...but Streamlit escapes raw HTML unless unsafe_allow_html=True; so do we.
_unsafe_md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def sanitize(fragment: str) -> str:
    """Remove scripts, event handlers and dangerous URLs from rendered Markdown."""
    return clean_markdown_html(fragment)


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


#: Texts longer than this are rendered by cmark-gfm (GitHub's CommonMark in
#: C) instead of markdown-it-py. markdown-it-py is linear but pure Python:
#: its inline tokenizer makes a few Python objects per delimiter, ~25 us per
#: "*a* " here, so 10 MB of emphasis took over two minutes; cmark-gfm takes
#: seconds. Both follow CommonMark (tables and strikethrough enabled); below
#: the limit, where every real page is, markdown-it-py keeps its exact output.
#: One difference past the limit: without ``unsafe_allow_html`` raw HTML is
#: left out (cmark's safe mode) rather than shown as text. Under Pyodide,
#: where cmark-gfm does not install, markdown-it-py renders every size.
LARGE_MARKDOWN_CHARS = 100_000
_CMARK_EXTENSIONS = ["table", "strikethrough"]


def _render_large(text: str, unsafe_allow_html: bool) -> str:
    if cmarkgfm is None:  # markdown-it-py: linear, only slower
        return (_unsafe_md if unsafe_allow_html else _safe_md).render(text)
    options = CmarkOptions.CMARK_OPT_UNSAFE if unsafe_allow_html else CmarkOptions.CMARK_OPT_DEFAULT
    return cmarkgfm.markdown_to_html_with_extensions(text, options=options,
                                                     extensions=_CMARK_EXTENSIONS)


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


#: What the two memos below may hold together, in characters of text and HTML.
MARKDOWN_CACHE_CHARS = 32 * 1024 * 1024
#: ...and at most this many texts each (the bench's warm-up fills them).
MARKDOWN_CACHE_ENTRIES = 2048


# Both are pure functions of their text, called on every rerun with mostly
# the same texts (a page's labels and paragraphs): cached by text (bounded by
# size, not count), the renderer and the sanitiser run once per distinct
# text. Every result is what a sanitiser keeps of it: the one guarantee that
# holds whatever the renderer (or a shortcut in ``_render``) gets wrong. The
# script's own HTML (``unsafe_allow_html=True``) keeps its markup and styles
# but, as everywhere, no script (see ``render/sanitise.py``).
@size_bounded_memo(MARKDOWN_CACHE_CHARS // 2, max_entries=MARKDOWN_CACHE_ENTRIES)
def markdown_to_html(text: str, unsafe_allow_html: bool = False) -> str:
    """Render Streamlit-flavoured Markdown and sanitise it."""
    if len(text) > LARGE_MARKDOWN_CHARS:
        rendered = _render_large(text, unsafe_allow_html)
        return clean_user_html(rendered) if unsafe_allow_html else sanitize(rendered)
    if unsafe_allow_html:
        return clean_user_html(_render(_unsafe_md, text))
    return safe_html(_render(_safe_md, text))


@size_bounded_memo(MARKDOWN_CACHE_CHARS // 2, max_entries=MARKDOWN_CACHE_ENTRIES)
def inline_markdown_to_html(text: str) -> str:
    """Markdown for labels: one line, no block wrapper."""
    if len(text) > LARGE_MARKDOWN_CHARS:
        rendered = _render_large(text, False).strip()
        if rendered.startswith("<p>") and rendered.endswith("</p>") and rendered.count("<p>") == 1:
            rendered = rendered[3:-4]
        return sanitize(rendered)
    return safe_html(_safe_md.renderInline(text))


def escape(text: str) -> str:
    return html.escape(text, quote=True)
