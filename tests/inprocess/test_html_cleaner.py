"""Both sanitiser backends (nh3; justhtml, the pure-Python one used under
Pyodide) keep nothing active of the XSS payloads, through both policies
(Markdown text and ``st.html``), and keep their text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from streamlit_cell.render import display_views, html_cleaner, markdown
from support.xss_payloads import PAYLOADS

_RISKY_TAGS = {"script", "iframe", "object", "embed", "svg", "math", "form", "input", "button",
               "video", "source", "body", "marquee", "base", "meta", "link"}
_BAD_URL = re.compile(r"^\s*(javascript|vbscript|data:text/html)", re.IGNORECASE)


class _Active(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _RISKY_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name in {"srcdoc", "formaction"}:
                self.found.append(f"{tag} {name}")
            if value and _BAD_URL.match(value):
                self.found.append(f"{tag} {name}={value}")
            if name == "style" and value and ("url(" in value.lower() or "expression" in value.lower()):
                self.found.append(f"{tag} style={value}")


def _active(fragment: str) -> list[str]:
    parser = _Active()
    parser.feed(fragment)
    return parser.found


@pytest.mark.parametrize("payload", PAYLOADS)
def test_markdown_keeps_nothing_active(sanitiser: str, payload: str) -> None:
    shown = markdown.markdown_to_html(payload)
    assert _active(shown) == []
    assert _active(markdown.inline_markdown_to_html(payload)) == []


@pytest.mark.parametrize("payload", PAYLOADS)
def test_st_html_keeps_nothing_active(sanitiser: str, payload: str) -> None:
    # st.html keeps inline SVG drawings, as Streamlit's front end does (their
    # handlers, animations, <use> and <foreignObject> go: render/sanitise.py).
    shown = display_views.sanitize_html(payload)
    active = [f for f in _active(shown) if f != "<svg>"]
    if sanitiser == "nh3":
        # nh3 keeps inline styles other than script URLs (the attribute filter's
        # rule); the pure-Python backend drops every url(...) value itself.
        assert [f for f in active if " style=" not in f] == []
    else:
        assert active == []


def test_text_and_safe_markup_survive(sanitiser: str) -> None:
    shown = display_views.sanitize_html(
        '<div class="card" style="color: red"><b>bold</b> <a href="https://x.y">link</a>'
        '<script>gone()</script></div>')
    assert "<b>bold</b>" in shown and 'href="https://x.y"' in shown and "gone" not in shown
    assert 'class="card"' in shown and "color" in shown
    link = markdown.markdown_to_html("[docs](https://docs.streamlit.io) and <b>x</b>")
    assert 'target="_blank"' in link and 'rel="noopener noreferrer"' in link


def test_the_backend_is_chosen_by_what_is_installed_and_can_be_switched() -> None:
    assert html_cleaner.BACKEND in html_cleaner.BACKENDS
    with pytest.raises(ValueError, match="unknown HTML sanitiser backend 'bleach'"):
        html_cleaner.use_backend("bleach")
