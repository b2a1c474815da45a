"""The one sanitising policy for everything an app shows as HTML.

In Jupyter an app's output lives in the notebook server's own origin: a
script that ran there could read the XSRF token and drive the kernel and
terminal APIs. So no text a script, a data set or a viewer supplies reaches
the page as HTML without passing one of the cleaners here (``html_cleaner``:
nh3, the Rust ``ammonia`` sanitiser, or the pure-Python justhtml under
Pyodide, where nh3 has no wheel):

* ``clean_markdown_html``: rendered Markdown (``st.markdown``, ``st.write``,
  labels, captions, alerts): the tags Markdown makes, no styles but alignment.
* ``clean_user_html``: the script's own HTML (``st.html``; Markdown with
  ``unsafe_allow_html=True``): markup, classes, ``style`` and inline SVG
  drawings are kept, as Streamlit's front end (DOMPurify) keeps them.
* ``clean_svg``: SVG drawn by a program from user input (Graphviz).
* ``clean_url``: a URL a renderer puts into ``src``/``href`` itself (images,
  players, frames, logos, avatars, a PDF's link).

Every cleaner drops scripts, event handlers, frames (so ``srcdoc``), forms,
and URLs other than http(s), mailto and relative ones; a ``data:`` URL is kept
only as an image's source (where it cannot run script), never as a link or a
frame (``data:text/html``). ``st.html(..., unsafe_allow_javascript=True)``
is the one way for a script to run JavaScript in the page.
"""

from __future__ import annotations

import re

from .html_cleaner import DEFAULT_ATTRIBUTES, DEFAULT_TAGS, Cleaner, HtmlPolicy

#: Characters a browser ignores inside a URL (tab, newline) or at its start
#: (C0 controls and space): "java\tscript:" is "javascript:".
_URL_IGNORED = {c: None for c in range(0x21)}

#: Where a ``data:`` URL may stay: an image's source, shown by <img>, which
#: never runs script (not even an SVG's). Elsewhere (a link, a frame) a
#: ``data:text/html`` URL is a page of its own.
_DATA_URL_PLACES = {("img", "src")}


#: What a style may not contain (script URLs; old IE's CSS expressions).
_SCRIPT_IN_STYLE = ("javascript:", "vbscript:", "expression(", "url(data:text", "url('data:text",
                    'url("data:text', "behavior:", "-moz-binding")


def _drop_foreign_data_urls(tag: str, attribute: str, value: str) -> str | None:
    """nh3 ``attribute_filter``: a ``data:`` URL only where it cannot script;
    no style with a script URL."""
    if ":" not in value and "(" not in value:  # a relative URL, or not a URL at all
        return value
    normalised = value.translate(_URL_IGNORED).lower()
    if attribute == "style":
        return None if any(bad in normalised for bad in _SCRIPT_IN_STYLE) else value
    if not normalised.startswith("data:"):
        return value
    if (tag, attribute) in _DATA_URL_PLACES and normalised.startswith("data:image/"):
        return value
    return None


#: Schemes a link or a source may use (relative URLs are kept too).
URL_SCHEMES = {"http", "https", "mailto", "data"}

# ------------------------------------------------------------------ one URL
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):")
#: What an unsafe URL becomes: a blank page, image or frame.
BLANK_URL = "about:blank"


def clean_url(url: str, *, data_types: tuple[str, ...] = ()) -> str:
    """A URL a renderer puts into ``href``/``src`` itself (an image's, a
    frame's, a player's, a link's): kept if it is http(s), mailto or
    relative, or a ``data:`` URL of one of ``data_types`` (e.g. "image/" for
    an <img>, which never runs script); else ``about:blank``. So no
    ``javascript:``, ``vbscript:``, ``data:text/html`` or ``file:`` URL."""
    normalised = url.translate(_URL_IGNORED).lower()
    scheme = _SCHEME.match(normalised)
    if scheme is None:
        return url  # relative: this server's page, as a link in the notebook is
    if scheme.group(1) in ("http", "https", "mailto"):
        return url
    if scheme.group(1) == "data" and data_types and normalised[5:].startswith(data_types):
        return url
    return BLANK_URL

# ------------------------------------------------------------------ Markdown
_MARKDOWN_ATTRIBUTES = {
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

_MARKDOWN_CLEANER = Cleaner(HtmlPolicy(
    tags=DEFAULT_TAGS,
    attributes=_MARKDOWN_ATTRIBUTES,
    attribute_filter=_drop_foreign_data_urls,
    url_schemes=frozenset(URL_SCHEMES),
    style_properties=frozenset({"text-align"}),
    link_rel=frozenset({"noopener", "noreferrer"}),
    set_attributes={"a": {"target": "_blank"}},
))


def clean_markdown_html(fragment: str) -> str:
    """What may be shown of rendered Markdown: its tags, no script."""
    return _MARKDOWN_CLEANER.clean(fragment)


# ----------------------------------------------------------------------- SVG
#: The drawing elements of SVG. Not ``script``, ``foreignObject`` (HTML
#: inside), ``use`` (pulls in other documents), ``animate``/``set`` (can
#: rewrite an ``href`` into ``javascript:`` after cleaning).
SVG_TAGS = {"svg", "g", "a", "title", "desc", "defs", "symbol", "polygon", "polyline", "path",
            "ellipse", "circle", "rect", "line", "text", "tspan", "image", "linearGradient",
            "radialGradient", "stop", "clipPath", "marker", "pattern", "mask"}
SVG_ATTRIBUTES = {
    "id", "class", "style", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width",
    "stroke-dasharray", "stroke-opacity", "stroke-linecap", "stroke-linejoin", "opacity",
    "points", "d", "cx", "cy", "r", "rx", "ry", "x", "y", "x1", "y1", "x2", "y2", "dx", "dy",
    "width", "height", "viewBox", "preserveAspectRatio", "transform", "text-anchor",
    "font-family", "font-size", "font-weight", "font-style", "text-decoration",
    "dominant-baseline", "offset", "stop-color", "stop-opacity", "gradientUnits",
    "gradientTransform", "fx", "fy", "clip-path", "marker-end", "marker-start",
    "markerWidth", "markerHeight", "refX", "refY", "orient", "mask", "xmlns", "version",
}
_SVG_LINK_ATTRIBUTES = {"href", "xlink:href", "xlink:title", "target"}

_SVG_CLEANER = Cleaner(HtmlPolicy(
    tags=frozenset(SVG_TAGS),
    attributes={"*": frozenset(SVG_ATTRIBUTES), "a": frozenset(_SVG_LINK_ATTRIBUTES),
                "image": frozenset({"href", "xlink:href"})},
    attribute_filter=_drop_foreign_data_urls,
    url_schemes=frozenset(URL_SCHEMES - {"data"}),
))


def clean_svg(svg: str) -> str:
    """An SVG drawing without script, event handlers or script URLs; its
    shapes, text, styles and http(s) links kept."""
    return _SVG_CLEANER.clean(svg)


# ----------------------------------------------------------- the script's HTML
_USER_HTML_TAGS = frozenset(DEFAULT_TAGS | SVG_TAGS | {
    "style", "div", "span", "section", "header", "footer", "nav", "article", "aside", "main",
    "figure", "figcaption", "details", "summary", "mark", "label", "progress", "meter",
    "center", "font", "u", "s"})
_USER_HTML_CLEANER = Cleaner(HtmlPolicy(
    tags=_USER_HTML_TAGS,
    drop_content_tags=frozenset({"script"}),
    attributes={"*": frozenset({"class", "id", "style", "title", "lang", "dir", "role", "align",
                                "width", "height", "colspan", "rowspan", "color", "size"}
                               | SVG_ATTRIBUTES),
                "a": frozenset({"href", "target", "name", "xlink:href", "xlink:title"}),
                "img": frozenset({"src", "alt", "loading"}),
                "image": frozenset({"href", "xlink:href"}),
                "ol": frozenset({"start", "type"}), "td": frozenset({"valign"}),
                "th": frozenset({"scope"}), "details": frozenset({"open"}),
                "progress": frozenset({"value", "max"}),
                "meter": frozenset({"value", "min", "max"})},
    attribute_filter=_drop_foreign_data_urls,
    attribute_prefixes=frozenset({"data-", "aria-"}),
    url_schemes=frozenset(URL_SCHEMES),
    link_rel=frozenset({"noopener", "noreferrer"}),
))


def clean_user_html(fragment: str) -> str:
    """What Streamlit's front end (DOMPurify) keeps of a script's own HTML:
    markup, styles, classes and drawings; no scripts, event handlers,
    frames, forms or script URLs."""
    return _USER_HTML_CLEANER.clean(fragment)


__all__ = ["BLANK_URL", "SVG_ATTRIBUTES", "SVG_TAGS", "URL_SCHEMES", "clean_markdown_html",
           "clean_svg", "clean_url", "clean_user_html"]
