"""The view of ``st.logo``."""

from __future__ import annotations

from ..runtime.element_props import LogoProps
from .markdown import escape
from .html_view import register_html_views
from .embed_views import _attr
from .sanitise import clean_url


_LOGO_HEIGHTS = {"small": "1.25rem", "medium": "1.5rem", "large": "2rem"}


def logo_html(props: LogoProps) -> str:
    height = _LOGO_HEIGHTS[props["size"]]
    if props["kind"] == "image":
        content = (f'<img src="{_attr(clean_url(props["value"], data_types=("image/",)))}" '
                   'alt="Logo" '
                   f'style="height: {height}; max-width: 100%;">')
    else:  # an emoji, or a Material icon's name shown as text
        content = f'<span style="font-size: {height};">{escape(props["value"])}</span>'
    if props.get("link"):
        content = (f'<a href="{_attr(clean_url(props["link"]))}" target="_blank" '
                   f'rel="noopener noreferrer">{content}</a>')
    return f'<div class="stc-logo-box">{content}</div>'


_FULL_WIDTH = {"width": "100%"}
# st.logo: first in its container whatever its place in the tree.
register_html_views({"logo": logo_html}, layout={**_FULL_WIDTH, "order": "-1"})


__all__ = ["logo_html"]
