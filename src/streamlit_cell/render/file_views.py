"""Views of the file uploader and the download and link buttons (see ``elements/file_widgets.py``).

Every value a view reports is in the form ``elements/file_widgets.py`` documents
for a front end. A view shows its new value at once (a form stages values
without a rerun), then reports it; the rerun's update then changes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..elements.file_widgets import UploadedFile, data_url, download_bytes
from ..runtime.page_tree import Element
from .markdown import escape
from .sanitise import clean_url
from .base import EventSink, NO_OVERRIDE, close_widget, register_view, set_traits
from .input_view_base import _OwnedView, _label_html, _show

if TYPE_CHECKING:
    from .reconciler import Reconciler


# ============================================================ file uploader
def _size_text(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return f"{size} B"


@register_view("file_uploader")
class FileUploaderView(_OwnedView):
    """``st.file_uploader``: an ipywidgets ``FileUpload`` and the list of the
    files uploaded so far, each with a remove button.

    ``FileUpload`` replaces its value on every pick; Streamlit's uploader with
    ``accept_multiple_files`` adds to the files it has, so the view keeps the
    list and clears the ``FileUpload`` after each pick (which also frees the
    copy of the bytes it holds). Files larger than the widget's limit are
    refused with a message, as Streamlit's uploader refuses them.
    """

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self._syncing = False
        self.files: list[UploadedFile] = []
        self.label = self.own(w.HTML())
        self.upload = self.own(w.FileUpload(description="Browse files", layout=w.Layout(width="auto")))
        self.hint = self.own(w.HTML())
        self.error = self.own(w.HTML())
        self.rows: dict[str, tuple[w.HBox, w.HTML, w.Button]] = {}
        self.list = self.own(w.VBox())
        self.widget = self.own(w.VBox([self.label, w.HBox([self.upload, self.hint]),
                                       self.list, self.error]))
        self.own(self.widget.children[1])
        self.upload.observe(self._on_upload, names="value")
        self.update(element)

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        label = _label_html(props)
        set_traits(self.label, {"value": label})
        _show(self.label, bool(label))
        limit = props["max_upload_size_mb"]
        kinds = ", ".join(t.lstrip(".").upper() for t in props["types"])
        hint = f"Limit {limit} MB per file" + (f" • {kinds}" if kinds else "")
        if props.get("accept_directory"):
            hint += " • select all the files of the folder"
        set_traits(self.hint, {"value": f'<span class="stc-caption">{escape(hint)}</span>'})
        self._syncing = True
        try:
            set_traits(self.upload, {
                "accept": ",".join(props["types"]), "multiple": bool(props["multiple"]),
                "disabled": bool(props["disabled"]), "tooltip": props.get("help") or None})
        finally:
            self._syncing = False
        value = props["value"] if override is NO_OVERRIDE else override
        self._show_files(_as_files(value))

    def _show_files(self, files: list[UploadedFile]) -> None:
        self.files = list(files)
        wanted = {f.file_id for f in files}
        for file_id in [i for i in self.rows if i not in wanted]:
            for widget in self.rows.pop(file_id):
                close_widget(widget)
        for file in files:
            if file.file_id not in self.rows:
                name = w.HTML(f"📄 {escape(file.name)} "
                              f'<span class="stc-caption">{_size_text(file.size)}</span>')
                remove = w.Button(description="✕", tooltip=f"Remove {file.name}",
                                  layout=w.Layout(width="auto"))
                remove.on_click(lambda _, file_id=file.file_id: self._remove(file_id))
                self.rows[file.file_id] = (w.HBox([name, remove]), name, remove)
            set_traits(self.rows[file.file_id][2], {"disabled": bool(self.element.props["disabled"])})
        rows = tuple(self.rows[f.file_id][0] for f in files)
        if tuple(self.list.children) != rows:
            self.list.children = rows

    def _on_upload(self, change: dict[str, Any]) -> None:
        if self._syncing or not change["new"]:
            return
        props = self.element.props
        limit = props["max_upload_size_mb"] * 1024 * 1024
        picked, refused = [], []
        for entry in change["new"]:
            content = bytes(entry["content"])
            if len(content) > limit:
                refused.append(str(entry["name"]))
                continue
            picked.append(UploadedFile(content, str(entry["name"]),
                                       str(entry.get("type") or "application/octet-stream")))
        self._syncing = True
        try:
            self.upload.value = ()  # FileUpload keeps its own copy of the bytes
        finally:
            self._syncing = False
        set_traits(self.error, {"value": "" if not refused else (
            '<div class="stc-alert stc-alert-error">'
            + "<br>".join(f"{escape(name)} is larger than {props['max_upload_size_mb']} MB."
                          for name in refused) + "</div>")})
        if not picked:
            return
        files = [*self.files, *picked] if props["multiple"] else picked[:1]
        self._report(files)

    def _remove(self, file_id: str) -> None:
        self._report([f for f in self.files if f.file_id != file_id])

    def _report(self, files: list[UploadedFile]) -> None:
        self._show_files(files)
        self.sink.widget_changed(self.element, list(files))

    def close(self) -> None:
        for parts in self.rows.values():
            for widget in parts:
                close_widget(widget)
        self.rows.clear()
        super().close()


def _as_files(value: Any) -> list[UploadedFile]:
    if value is None:
        return []
    if isinstance(value, UploadedFile):
        return [value]
    return [f for f in value if isinstance(f, UploadedFile)]


# ============================================ download and link buttons
_ANCHOR_STYLE = (
    "display:inline-block; padding:0.3em 0.9em; border-radius:4px; text-decoration:none; "
    "font-size:var(--jp-widgets-font-size, 13px); line-height:1.6; cursor:pointer; "
    "border:1px solid var(--jp-border-color1, #bdbdbd);")
_ANCHOR_LOOK = {
    "primary": "background:var(--jp-brand-color1, #1976d2); color:white; border-color:transparent;",
    "secondary": "background:var(--jp-layout-color2, #eee); color:var(--jp-ui-font-color1, #000);",
    "tertiary": "background:transparent; color:var(--jp-content-link-color, #1976d2); "
                "border-color:transparent;",
}


def _icon_text(icon: Any) -> str:
    """An emoji icon to show before a label (Material icons need Streamlit's font)."""
    return "" if not icon or str(icon).startswith(":") else f"{icon} "


def anchor_html(label: str, href: str | None, *, look: str = "secondary",
                download: str | None = None, help: str | None = None,
                new_tab: bool = False) -> str:
    """A link styled as a button, safe by construction: every text is escaped
    and ``href`` is a ``data:`` URL made here or a checked http(s)/mailto URL.
    Without ``href`` the "button" is disabled."""
    style = _ANCHOR_STYLE + _ANCHOR_LOOK.get(look, _ANCHOR_LOOK["secondary"])
    title = f' title="{escape(help)}"' if help else ""
    if href is None:
        return (f'<span class="stc-link-button" style="{style} opacity:0.5; cursor:default;"'
                f"{title}>{escape(label)}</span>")
    attributes = f' download="{escape(download)}"' if download is not None else ""
    if new_tab:
        attributes += ' target="_blank" rel="noopener noreferrer"'
    return (f'<a class="stc-link-button" style="{style}" href="{escape(href)}"{attributes}'
            f"{title}>{escape(label)}</a>")


class _ActionButtonView(_OwnedView):
    """A button whose effect happens in the browser (save a file, open a URL).

    As a plain link when the click need not reach the kernel; else a widget
    button (the click reruns, calls back, or makes the file) followed, once
    clicked, by the link that does the browser's part (see
    ``InputsMixin.download_button``).
    """

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.as_link = self.link_only(element)
        self.revealed = False
        self.link = self.own(w.HTML())
        if self.as_link:
            self.widget = self.link
        else:
            self.button = self.own(w.Button(layout=w.Layout(width="auto")))
            self.button.on_click(lambda _: self._clicked())
            self.widget = self.own(w.HBox([self.button, self.link],
                                          layout=w.Layout(align_items="center", grid_gap="0.5em")))
        self.update(element)

    def link_only(self, element: Element) -> bool:
        raise NotImplementedError

    def link_html(self, element: Element) -> str:
        raise NotImplementedError

    def before_report(self) -> None:
        """What the click does before the kernel hears of it."""

    def compatible(self, element: Element) -> bool:
        return super().compatible(element) and self.link_only(element) == self.as_link

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        if not self.as_link:
            set_traits(self.button, {
                "description": _icon_text(props.get("icon")) + props["label"],
                "tooltip": props.get("help") or None, "disabled": bool(props["disabled"]),
                "button_style": "primary" if props.get("type") == "primary" else ""})
        shown = self.as_link or self.revealed
        set_traits(self.link, {"value": self.link_html(element) if shown else ""})
        _show(self.link, shown)

    def _clicked(self) -> None:
        if self.element.props["disabled"]:
            return
        self.before_report()
        self.revealed = True
        self.update(self.element)
        if not self.element.props.get("ignore_rerun"):
            self.sink.button_clicked(self.element)


@register_view("download_button")
class DownloadButtonView(_ActionButtonView):
    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        #: (bytes, MIME type) made by callable data at the last click; or an error text.
        self.generated: tuple[bytes, str | None] | str | None = None
        super().__init__(element, sink, reconciler)

    def link_only(self, element: Element) -> bool:
        props = element.props
        return bool(props.get("ignore_rerun")) and props.get("data_callable") is None

    def before_report(self) -> None:
        generator = self.element.props.get("data_callable")
        if generator is None:
            return
        # Streamlit makes a deferred file when its button is clicked, outside the run.
        try:
            payload, inferred = download_bytes(generator())
            self.generated = (payload, self.element.props.get("mime") or inferred)
        except Exception as error:  # shown next to the button, like Streamlit's error toast
            self.generated = f"{type(error).__name__}: {error}"

    def link_html(self, element: Element) -> str:
        props = element.props
        name = props.get("file_name") or "download"
        if props.get("data_callable") is None:
            payload, mime = props["data"], props.get("mime")
        elif isinstance(self.generated, tuple):
            payload, mime = self.generated
        elif isinstance(self.generated, str):
            return f'<span class="stc-alert stc-alert-error">{escape(self.generated)}</span>'
        else:
            return ""
        href = None if props["disabled"] else data_url(payload, mime)
        if self.as_link:
            return anchor_html(_icon_text(props.get("icon")) + props["label"], href,
                               look=props.get("type", "secondary"), download=name,
                               help=props.get("help"))
        return anchor_html(f"⬇ Save {name}", href, look="tertiary", download=name)


@register_view("link_button")
class LinkButtonView(_ActionButtonView):
    def link_only(self, element: Element) -> bool:
        return not element.props.get("rerun")

    def link_html(self, element: Element) -> str:
        props = element.props
        href = None if props["disabled"] else clean_url(props["url"])
        if self.as_link:
            return anchor_html(_icon_text(props.get("icon")) + props["label"], href,
                               look=props.get("type", "secondary"), help=props.get("help"),
                               new_tab=True)
        return anchor_html(f"Open {props['url']} ↗", href, look="tertiary", new_tab=True)
