"""Views of ``st.iframe`` / ``st.components.v1`` and ``st.pdf``.

Frames: a page the script embeds runs in a sandboxed ``<iframe>`` without
``allow-same-origin``, so its scripts get an opaque origin and cannot reach
the notebook page (its DOM, its kernel connection, its cookies) even when it
is the user's own HTML (``srcdoc``) or a URL on the notebook's own server.
Every attribute value is escaped, so no text can leave its attribute.
"""

from __future__ import annotations

import base64
import html
import urllib.request
from typing import Any

from ..runtime.element_props import IframeProps, PdfProps
from .markdown import escape
from .bounded_cache import size_bounded_memo
from .html_view import register_html_views
from .sanitise import clean_url


#: What a framed page may do: run scripts, submit forms, open links in a new
#: tab. Never allow-same-origin (see the module docstring).
FRAME_SANDBOX = "allow-scripts allow-forms allow-popups allow-popups-to-escape-sandbox"
#: The user's own HTML (``components.v1.html``, ``st.iframe("<p>...")``): scripts only.
SRCDOC_SANDBOX = "allow-scripts"


def _attr(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _css_size(value: Any, *, default: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value}px"
    if value == "stretch":
        return "100%"
    return default


def iframe_html(props: IframeProps) -> str:
    """An ``<iframe>`` of an ``iframe`` element: its URL (a data URL for a
    local file's bytes) or the user's HTML as ``srcdoc``, sandboxed."""
    height = props["height"]
    css_height = f"{height}px" if isinstance(height, int) else (
        "100%" if height == "stretch" else "150px")
    width = props["width"]
    css_width = f"{width}px" if isinstance(width, int) else "100%"
    if props.get("srcdoc") is not None:
        source = f'srcdoc="{_attr(props["srcdoc"])}" sandbox="{SRCDOC_SANDBOX}"'
    elif props.get("data") is not None:
        url = f"data:{props['mimetype']};base64,{base64.b64encode(props['data']).decode()}"
        source = f'src="{_attr(url)}" sandbox="{FRAME_SANDBOX}"'
    else:
        source = f'src="{_attr(clean_url(props["src"]))}" sandbox="{FRAME_SANDBOX}"'
    extra = ""
    if props.get("tab_index") is not None:
        extra += f' tabindex="{int(props["tab_index"])}"'
    if props.get("alt"):
        extra += f' title="{_attr(props["alt"])}"'
    scrolling = "auto" if props.get("scrolling") else "no"
    return (f'<iframe {source} scrolling="{scrolling}"{extra} '
            f'style="width: {css_width}; height: {css_height}; border: none;" '
            f'referrerpolicy="no-referrer"></iframe>')


#: The most of a PDF the kernel fetches for ``st.pdf(url)``, and how long it waits.
PDF_FETCH_MAX_BYTES = 64 * 1024 * 1024
PDF_FETCH_TIMEOUT_S = 10.0


@size_bounded_memo(128 * 1024 * 1024)
def fetch_pdf(url: str) -> bytes | str:
    """The bytes of the PDF at ``url``, or why they could not be had. Only
    http(s): a ``file:`` URL is not the script's to read from a viewer's page."""
    if not url.lower().startswith(("http://", "https://")):
        return "only http(s) URLs are fetched"
    try:
        with urllib.request.urlopen(url, timeout=PDF_FETCH_TIMEOUT_S) as response:
            data = response.read(PDF_FETCH_MAX_BYTES + 1)
    except (OSError, ValueError) as error:
        return f"the PDF could not be fetched ({error})"
    if len(data) > PDF_FETCH_MAX_BYTES:
        return f"the PDF is larger than {PDF_FETCH_MAX_BYTES // (1024 * 1024)} MB"
    if not data.lstrip()[:5] == b"%PDF-":
        return "the URL did not give a PDF"
    return data


def pdf_html(props: PdfProps) -> str:
    """The browser's own PDF viewer in an ``<object>`` (a sandboxed iframe
    would block it), with a download link where the browser has none.

    The <object> shows a ``data:`` URL, whose page has an opaque origin. A
    URL is not given to it: were the URL a page of the notebook's own server
    (an HTML file, say), the <object> would run its scripts with the
    notebook's origin. So the kernel fetches it and shows the bytes only if
    they are a PDF; else a link to open it in a tab of its own."""
    height = props["height"]
    css_height = f"{height}px" if isinstance(height, int) else "100%"
    label = _attr(props.get("alt") or "PDF document")
    if props.get("url") is not None:
        fetched = fetch_pdf(props["url"])
        if isinstance(fetched, str):
            return (f'<div class="stc-pdf-link" aria-label="{label}">Not shown: '
                    f'{escape(fetched)}. <a href="{_attr(clean_url(props["url"]))}" '
                    'target="_blank" '
                    f'rel="noopener noreferrer">Open the PDF</a></div>')
        data = fetched
    else:
        data = props["data"]
    url = f"data:application/pdf;base64,{base64.b64encode(data).decode()}"
    return (f'<object data="{_attr(url)}" type="application/pdf" aria-label="{label}" '
            f'style="width: 100%; height: {css_height}; border: none;">'
            f'<a href="{_attr(url)}" download="document.pdf" target="_blank" '
            f'rel="noopener noreferrer">{escape(props.get("alt") or "Download the PDF")}</a>'
            f'</object>')


_FULL_WIDTH = {"width": "100%"}
register_html_views({"iframe": iframe_html, "pdf": pdf_html}, layout=_FULL_WIDTH)


__all__ = ["FRAME_SANDBOX", "SRCDOC_SANDBOX", "iframe_html", "pdf_html"]
