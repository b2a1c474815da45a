"""Views of the media elements (see ``elements/media.py``): images (also
``st.pyplot``'s figure), audio and video.

Bytes go to ipywidgets' ``Image`` / ``Audio`` / ``Video`` widgets, which send
them as binary buffers and which every front end shows. Where such a widget
cannot honour an argument (an image's ``alt`` or ``link``; a player's start
or end time, ``muted``, subtitles or ``alt``; any URL; a YouTube video), the
element is HTML built here: every attribute escaped, URLs limited to the
schemes the element accepted (http, https, data), captions through the
Markdown sanitiser.
"""

from __future__ import annotations

import base64
import html
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

import ipywidgets as w

from ..elements.media import MediaItem
from ..runtime.page_tree import Element
from .markdown import markdown_to_html
from .sanitise import clean_url
from .base import EventSink, NO_OVERRIDE, View, close_widget, register_view, set_traits

if TYPE_CHECKING:
    from .reconciler import Reconciler

#: Schemes a clickable image may link to; other links are dropped, as the
#: sanitiser drops them from Markdown.
_LINK_SCHEMES = {"http", "https", "mailto"}


def _attr(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _css_width(width: Any) -> str:
    if isinstance(width, int):
        return f"{width}px"
    return "100%" if width == "stretch" else "auto"


def _subtype(mimetype: str) -> str:
    """ipywidgets' ``format``: the MIME subtype ("image/png" -> "png")."""
    return mimetype.split("/", 1)[1] if "/" in mimetype else mimetype


# -------------------------------------------------------------------- images
def image_html(item: MediaItem, width: Any, link: str | None) -> str:
    """An <img> (in a link, when given) for what an Image widget cannot show."""
    alt = "" if item.alt is None else f' alt="{_attr(item.alt)}"'
    source = clean_url(item.src, data_types=("image/",))
    img = (f'<img src="{_attr(source)}"{alt} style="max-width: 100%; '
           f'width: {_css_width(width)}; height: auto;">')
    if link and urlparse(link).scheme in _LINK_SCHEMES:
        return f'<a href="{_attr(link)}" target="_blank" rel="noopener noreferrer">{img}</a>'
    return img


def _shown_by_widget(item: MediaItem, link: str | None) -> bool:
    # Not SVG: the Image widget shows it from a same-origin blob: URL, and
    # that URL opened in a tab of its own runs the SVG's scripts with the
    # notebook's origin. An <img> with a data: URL draws it and never scripts.
    return item.data is not None and item.alt is None and not link \
        and item.mimetype != "image/svg+xml"


class _ImageItemView:
    """One image and its caption."""

    def __init__(self, item: MediaItem, width: Any, link: str | None) -> None:
        self.by_widget = _shown_by_widget(item, link)
        if self.by_widget:
            self.image: w.Widget = w.Image()
        else:
            self.image = w.HTML()
        self.caption = w.HTML()
        self.caption.add_class("stc-caption")
        self.widget = w.VBox([self.image, self.caption])
        self.update(item, width, link)

    def fits(self, item: MediaItem, link: str | None) -> bool:
        return self.by_widget == _shown_by_widget(item, link)

    def update(self, item: MediaItem, width: Any, link: str | None) -> None:
        if self.by_widget:
            set_traits(self.image, {"value": item.data, "format": _subtype(item.mimetype)})
            set_traits(self.image.layout, {"width": _css_width(width), "max_width": "100%",
                                            "height": "auto"})
        else:
            set_traits(self.image, {"value": image_html(item, width, link)})
        caption = item.caption
        set_traits(self.caption, {"value": markdown_to_html(caption) if caption else ""})
        set_traits(self.caption.layout, {"display": None if caption else "none"})
        set_traits(self.widget.layout, {
            "width": "100%" if width == "stretch" else "auto", "max_width": "100%"})

    def close(self) -> None:
        for widget in (self.image, self.caption, self.widget):
            close_widget(widget)


@register_view("image")
class ImageListView(View):
    """``st.image`` (one image or a row of them, wrapping) and ``st.pyplot``."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.items: list[_ImageItemView] = []
        self.widget = w.HBox(layout=w.Layout(flex_flow="row wrap", grid_gap="0.5em",
                                             width="100%"))
        self.widget.add_class("stc-image")
        self.update(element)

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        items: list[_ImageItemView] = []
        for index, item in enumerate(props["imgs"]):
            view = self.items[index] if index < len(self.items) else None
            if view is not None and view.fits(item, props["link"]):
                view.update(item, props["width"], props["link"])
            else:
                if view is not None:
                    view.close()
                view = _ImageItemView(item, props["width"], props["link"])
            items.append(view)
        for stale in self.items[len(items):]:
            stale.close()
        self.items = items
        children = tuple(view.widget for view in items)
        if tuple(self.widget.children) != children:
            self.widget.children = children

    def close(self) -> None:
        for view in self.items:
            view.close()
        close_widget(self.widget)


# ------------------------------------------------------------- audio, video
def _fragment(props: dict[str, Any]) -> str:
    """A media fragment for the start and end times (``#t=10,20``)."""
    start, end = props["start_time"], props.get("end_time")
    if not start and end is None:
        return ""
    return f"#t={start}" + ("" if end is None else f",{end}")


def _youtube_src(props: dict[str, Any]) -> str:
    """The embed URL with the player options YouTube understands."""
    url = props["url"]
    video_id = url.rsplit("/", 1)[-1]
    params = []
    if props["start_time"]:
        params.append(f"start={props['start_time']}")
    if props.get("end_time") is not None:
        params.append(f"end={props['end_time']}")
    if props["loop"]:
        params.append(f"loop=1&playlist={video_id}")
    if props["autoplay"]:
        params.append("autoplay=1")
    if props.get("muted"):
        params.append("mute=1")
    return url + ("?" + "&".join(params) if params else "")


def player_html(kind: str, props: dict[str, Any]) -> str:
    """An <audio>/<video> element (or a YouTube <iframe>) for ``props``."""
    width = _css_width(props["width"])
    label = f' aria-label="{_attr(props["alt"])}"' if props.get("alt") else ""
    if props.get("youtube"):
        return (f'<iframe src="{_attr(_youtube_src(props))}"{label} style="width: {width}; '
                'max-width: 100%; aspect-ratio: 16 / 9; border: 0;" '
                'allow="autoplay; encrypted-media; picture-in-picture" allowfullscreen>'
                "</iframe>")
    if props["url"] is not None:
        src = props["url"]
    elif props["media_bytes"] is not None:
        src = MediaItem(data=props["media_bytes"], mimetype=props["format"]).src
    else:
        src = None
    flags = "".join(f" {name}" for name in ("loop", "autoplay", "muted") if props.get(name))
    source = "" if src is None else \
        f' src="{_attr(clean_url(src, data_types=("audio/", "video/")) + _fragment(props))}"'
    tracks = "".join(
        f'<track kind="captions" label="{_attr(label_text)}" '
        f'src="data:text/vtt;base64,{base64.b64encode(vtt).decode("ascii")}"'
        f'{" default" if index == 0 else ""}>'
        for index, (label_text, vtt) in enumerate(props.get("subtitles") or ()))
    return (f'<{kind} controls{flags}{source}{label} style="width: {width}; '
            f'max-width: 100%;">{tracks}</{kind}>')


def _shown_by_widget_player(props: dict[str, Any]) -> bool:
    """Whether ipywidgets' Audio/Video can play it with every argument honoured."""
    return (props["media_bytes"] is not None and not props["start_time"]
            and props.get("end_time") is None and not props.get("muted")
            and not props.get("subtitles") and not props.get("alt"))


class _PlayerView(View):
    kind = "audio"

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.by_widget = _shown_by_widget_player(element.props)
        if self.by_widget:
            factory = w.Audio if self.kind == "audio" else w.Video
            self.widget = factory(controls=True, autoplay=False, loop=False)
        else:
            self.widget = w.HTML()
        self.update(element)

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and \
            _shown_by_widget_player(element.props) == self.by_widget

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        if not self.by_widget:
            set_traits(self.widget, {"value": player_html(self.kind, props)})
            return
        traits = {"value": props["media_bytes"], "format": _subtype(props["format"]),
                  "loop": props["loop"], "autoplay": props["autoplay"]}
        set_traits(self.widget, traits)
        set_traits(self.widget.layout, {"width": _css_width(props["width"]),
                                         "max_width": "100%"})


@register_view("audio")
class AudioView(_PlayerView):
    kind = "audio"


@register_view("video")
class VideoView(_PlayerView):
    kind = "video"
