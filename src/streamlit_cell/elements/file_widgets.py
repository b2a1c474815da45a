"""File inputs and outputs: ``st.file_uploader``, ``st.download_button`` and
``st.link_button``, with :class:`UploadedFile` and the upload / download helpers.

Each follows Streamlit 1.67's steps in Streamlit's order (policies, id,
validation, registration), so the same mistake raises the same error first.

What a front end sends for each widget (``deserializer(v)``; ``None`` always
means "no interaction yet: the default"):

* file_uploader: a list of :class:`UploadedFile` (``[]`` once cleared);
* download_button / link_button: ``True`` for a click (a trigger).
"""

from __future__ import annotations

import base64
import io
import mimetypes
import os
import uuid
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from ..runtime import config
from ..runtime.run_context import require_context
from ..runtime.errors import FORM_DOCS_INFO, StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitInvalidURLError, StreamlitValueError
from ..runtime.page_tree import Element
from .widget_helpers import (
    check_widget_policies,
    checked_label,
    parse_on_change,
    to_key,
)
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

_BUTTON_TYPES = ("primary", "secondary", "tertiary")
_ICON_POSITIONS = ("left", "right")


def _check_button_look(type: Any, icon_position: Any) -> None:
    """Streamlit's first checks of a button-like widget's ``type`` and ``icon_position``."""
    if type not in _BUTTON_TYPES:
        raise StreamlitValueError("type", ["'primary'", "'secondary'", "'tertiary'"])
    if icon_position is not None and icon_position not in _ICON_POSITIONS:
        raise StreamlitValueError("icon_position", ["'left'", "'right'"])


# =================================================================== uploads
class UploadedFile(io.BytesIO):
    """A file a person uploaded, as Streamlit's ``UploadedFile``: a ``BytesIO``
    with ``name``, ``type`` (MIME type), ``size`` (bytes) and ``file_id``.

    The bytes stay in memory (no temporary file), as with Streamlit. Two
    ``UploadedFile`` are equal when they are the same upload (same ``file_id``).
    """

    def __init__(self, data: bytes, name: str, type: str = "application/octet-stream",
                 file_id: str | None = None) -> None:
        super().__init__(bytes(data))
        self.file_id = file_id or str(uuid.uuid4())
        self.name = name
        self.type = type or "application/octet-stream"
        self.size = len(data)

    def _rewound_copy(self) -> "UploadedFile":
        """The same upload (same ``file_id``), read from the start."""
        return UploadedFile(self.getvalue(), self.name, self.type, self.file_id)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, UploadedFile):
            return NotImplemented
        return self.file_id == other.file_id

    def __hash__(self) -> int:
        return hash(self.file_id)

    def __repr__(self) -> str:
        return (f"UploadedFile(file_id={self.file_id!r}, name={self.name!r}, "
                f"type={self.type!r}, size={self.size!r})")


#: File type shortcuts Streamlit expands to MIME wildcards.
_TYPE_SHORTCUTS = frozenset({"image", "audio", "video", "text"})
#: Extensions Streamlit pairs automatically.
_TYPE_PAIRS = ((".jpg", ".jpeg"), (".mpg", ".mpeg"), (".mp4", ".mpeg4"), (".tif", ".tiff"),
               (".htm", ".html"))


def normalize_upload_file_type(file_type: str | Sequence[str]) -> list[str]:
    """Streamlit's normalisation of ``type``: shortcuts ("image") become MIME
    wildcards, MIME types are lowercased, extensions get a leading dot and
    their usual alias (".jpg" brings ".jpeg"). MIME types come first."""
    entries = [file_type] if isinstance(file_type, str) else list(file_type)
    extensions: list[str] = []
    mime_types: list[str] = []
    for raw_entry in entries:
        entry = raw_entry.strip()
        if not entry:
            continue
        if entry.lower() in _TYPE_SHORTCUTS:
            mime_types.append(f"{entry.lower()}/*")
        elif "/" in entry:
            mime_types.append(entry.lower())
        else:
            extension = entry.lower()
            extensions.append(extension if extension.startswith(".") else f".{extension}")
    for first, second in _TYPE_PAIRS:
        if first in extensions and second not in extensions:
            extensions.append(second)
        if second in extensions and first not in extensions:
            extensions.append(first)
    return mime_types + extensions


def enforce_filename_restriction(filename: str, allowed_types: Sequence[str]) -> None:
    """Streamlit's server-side check of an upload's extension. Skipped when a
    MIME type is allowed: only the browser can match those."""
    if "\0" in filename:
        raise StreamlitAPIException("Filename cannot contain null bytes.",
                                    error_id="filename-contains-null-bytes")
    if any("/" in t for t in allowed_types):
        return
    extension_types = [t.lower() for t in allowed_types if t.startswith(".")]
    if not extension_types:
        return
    if not any(filename.lower().endswith(t) for t in extension_types):
        raise StreamlitAPIException(
            f"Invalid file extension: `{os.path.splitext(filename)[1]}`. "
            f"Allowed: {extension_types}", error_id="file-uploader-invalid-extension")


def as_uploaded_files(value: Any) -> list[UploadedFile]:
    """The files of a file_uploader value as a front end sends it (a list), or
    as the widget returns it (one file, a list, or None)."""
    if value is None:
        return []
    if isinstance(value, UploadedFile):
        return [value]
    return [f for f in value if isinstance(f, UploadedFile)]


# ================================================================= downloads
def _infer_file_info(data: Any, file_name: str | None,
                     mime: str | None) -> tuple[str | None, str | None]:
    """Streamlit fills a missing file name / MIME type from ``data.name``, as
    on a file opened from disk."""
    try:
        name = getattr(data, "name", None)
    except (AttributeError, ValueError, OSError):
        return file_name, mime
    if not isinstance(name, str) or not name:
        return file_name, mime
    if file_name is None:
        file_name = os.path.basename(name)
    if mime is None:
        mime = mimetypes.guess_type(file_name)[0]
    return file_name, mime


def download_bytes(data: Any) -> tuple[bytes, str]:
    """Streamlit's ``convert_data_to_bytes_and_infer_mime``: the file's bytes
    and the MIME type inferred from the kind of data."""
    if isinstance(data, str):
        return data.encode(), "text/plain"
    if isinstance(data, io.TextIOWrapper):
        return data.read().encode(), "text/plain"
    if isinstance(data, io.StringIO):
        return data.getvalue().encode(), "text/plain"
    if isinstance(data, bytes):
        return data, "application/octet-stream"
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue(), "application/octet-stream"
    if isinstance(data, io.BufferedReader):
        data.seek(0)
        return data.read(), "application/octet-stream"
    if isinstance(data, io.RawIOBase):
        data.seek(0)
        return data.read() or b"", "application/octet-stream"
    raise StreamlitAPIException(f"Invalid binary data format: {type(data)}",
                                error_id="download-button-invalid-binary-data-format")


def data_url(payload: bytes, mime: str | None) -> str:
    """A ``data:`` URL holding ``payload`` (base64), for a download link."""
    kind = mime or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(payload).decode('ascii')}"


#: URL schemes a link button may open. Streamlit sends any string to the
#: browser; a notebook shows the link inside the user's Jupyter page, where a
#: ``javascript:`` URL would run code, so only these are accepted.
LINK_SCHEMES = ("http", "https", "mailto")


def check_link_url(url: Any) -> str:
    """``url`` if it is an absolute http(s) or mailto URL, else Streamlit's
    ``StreamlitInvalidURLError``."""
    text = str(url)
    try:
        parsed = urlparse(text)
    except ValueError:
        raise StreamlitInvalidURLError(text, LINK_SCHEMES) from None
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return text
    if parsed.scheme == "mailto" and parsed.path:
        return text
    raise StreamlitInvalidURLError(text, LINK_SCHEMES)


# ==================================================================== mixin
class FileWidgetsMixin(ElementMixin):
    """``st.file_uploader``, ``st.download_button``, ``st.link_button``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("file_uploader", "download_button", "link_button")

    # ---------------------------------------------------------- file_uploader
    def file_uploader(self: "DeltaGenerator", label: str, type: str | Sequence[str] | None = None,
                      accept_multiple_files: Any = False, key: Any = None,
                      help: str | None = None, on_change: Any = "rerun", args: Any = None,
                      kwargs: Any = None, *, max_upload_size: int | None = None,
                      disabled: bool = False, label_visibility: str = "visible",
                      width: Any = "stretch") -> Any:
        """A file upload widget. Returns an :class:`UploadedFile` (or None), or
        a list of them with ``accept_multiple_files=True`` or ``"directory"``.

        In a notebook the files reach the kernel through the widget's comm
        and stay in memory. ``"directory"`` lets the person pick several
        files (ipywidgets' file picker cannot pick a folder): the return
        value is the same list, with each file's own name.
        """
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        if max_upload_size is not None and (
                isinstance(max_upload_size, bool) or not isinstance(max_upload_size, int)
                or max_upload_size < 1):
            raise StreamlitValueError(
                "max_upload_size", ["a positive integer"],
                detail="Set it to None to fall back to the `server.maxUploadSize` "
                       "configuration option.")
        check_widget_policies(self, key, callback, writes_allowed=False)
        label = checked_label(label, label_visibility)
        widget_id = self._widget_id("file_uploader", key, label, dict(
            max_upload_size=max_upload_size, type=type,
            accept_multiple_files=accept_multiple_files, help=help, width=width),
            {"type", "accept_multiple_files", "max_upload_size"})
        allowed = normalize_upload_file_type(type) if type else None
        multiple = accept_multiple_files is True or accept_multiple_files == "directory"

        def deserialize(value: Any) -> Any:
            # Fresh objects: the ones sent back may have been read by a run.
            files = [f._rewound_copy() for f in as_uploaded_files(value)]
            if allowed:
                for file in files:
                    enforce_filename_restriction(file.name, allowed)
            if multiple:
                return files
            return files[0] if files else None

        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        for file in as_uploaded_files(current):
            file.seek(0)  # each run reads from the start, as Streamlit's new objects do
        limit = max_upload_size if max_upload_size is not None \
            else config.get_option("server.maxUploadSize")
        self._enqueue(self._widget_element("file_uploader", widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "types": list(allowed or []), "multiple": multiple,
            "accept_directory": accept_multiple_files == "directory",
            "max_upload_size_mb": limit, "label_visibility": label_visibility,
            "ignore_rerun": ignore,
        }))
        return current

    # -------------------------------------------------------- download_button
    def download_button(self: "DeltaGenerator", label: str, data: Any,
                        file_name: str | None = None, mime: str | None = None,
                        key: Any = None, help: str | None = None,
                        on_click: Any = "rerun", args: Any = None, kwargs: Any = None, *,
                        type: str = "secondary", icon: str | None = None,
                        icon_position: str = "left", disabled: bool = False,
                        use_container_width: bool | None = None, width: Any = "content",
                        shortcut: str | None = None, wrap: bool | None = None) -> bool:
        """A button that saves ``data`` as a file.

        How a notebook delivers the file: a widget cannot make the browser
        download (no script runs in widget HTML), but a link can. So:

        * ``on_click="ignore"`` with ready data: the button *is* a link (an
          HTML ``<a download>`` holding the file as a ``data:`` URL): one
          click saves the file and nothing reruns, as in Streamlit.
        * ``on_click="rerun"`` (the default), a callback, or ``data`` given as
          a callable: the button is a widget button, so the click reaches the
          kernel (callback, rerun, ``True`` for that run, as in Streamlit);
          a "Save <file name>" link then appears next to it with the file
          (for callable data, generated by that click, as Streamlit generates
          deferred files on click). A second click on the link saves it.
        """
        _check_button_look(type, icon_position)
        key = to_key(key)
        label = "" if label is None else str(label)
        callback, ignore = parse_on_change(on_click, "on_click")
        check_widget_policies(self, key, callback, writes_allowed=False)
        widget_id = self._widget_id("download_button", key, label, dict(
            icon=icon, file_name=file_name, mime=mime, help=help, type=type, width=width,
            icon_position=icon_position, shortcut=shortcut), True)
        if self._in_form():
            raise StreamlitInvalidLayoutContextError(
                "`st.download_button()` can't be used in an `st.form()`." + FORM_DOCS_INFO)
        payload: bytes | None = None
        generator = data if callable(data) else None
        if generator is None:
            file_name, mime = _infer_file_info(data, file_name, mime)
            payload, inferred_mime = download_bytes(data)
            mime = mime or inferred_mime
        value, _ = self._register_widget_state(
            widget_id, key=key, deserializer=lambda v: bool(v), on_change=callback,
            args=args, kwargs=kwargs, value_type="trigger", disabled=disabled)
        require_context().trigger_values[widget_id] = value
        self._enqueue(self._widget_element("download_button", widget_id, key, {
            "label": label, "help": help, "type": type, "icon": icon, "disabled": disabled,
            "value": value, "data": payload, "data_callable": generator,
            "file_name": file_name, "mime": mime, "ignore_rerun": ignore,
        }, form_id=""))
        return bool(value)

    # ------------------------------------------------------------ link_button
    def link_button(self: "DeltaGenerator", label: str, url: str, *, key: Any = None,
                    on_click: Any = "ignore", args: Any = None, kwargs: Any = None,
                    help: str | None = None, type: str = "secondary",
                    icon: str | None = None, icon_position: str = "left",
                    disabled: bool = False, use_container_width: bool | None = None,
                    width: Any = "content", shortcut: str | None = None,
                    wrap: bool | None = None) -> Any:
        """A link styled as a button; it opens ``url`` in a new tab.

        ``on_click="ignore"`` (the default): a plain link, and the call returns
        a placeholder, as in Streamlit. With ``"rerun"`` or a callback the
        click must reach the kernel, which a link cannot do: the button is a
        widget button (callback, rerun, ``True`` for that run) and an "Open"
        link to ``url`` appears next to it once clicked.

        Only absolute http(s) and mailto URLs are accepted
        (``StreamlitInvalidURLError`` otherwise): the link is shown inside
        the Jupyter page, where a ``javascript:`` URL would run code.
        """
        _check_button_look(type, icon_position)
        key = to_key(key)
        label = "" if label is None else str(label)
        callback, ignore = parse_on_change(on_click, "on_click")
        url = check_link_url(url)
        rerun_mode = not ignore
        widget_id = ""
        if rerun_mode or key is not None:
            check_widget_policies(self, key, callback, writes_allowed=False)
            widget_id = self._widget_id("link_button", key, label, dict(
                icon=icon, url=url, help=help, type=type, width=width,
                icon_position=icon_position, shortcut=shortcut), True)
        props = {"label": label, "url": url, "help": help, "type": type, "icon": icon,
                 "disabled": disabled, "rerun": rerun_mode}
        if not rerun_mode:
            return self._enqueue(Element("link_button", props, key=key))
        value, _ = self._register_widget_state(
            widget_id, key=key, deserializer=lambda v: bool(v), on_change=callback,
            args=args, kwargs=kwargs, value_type="trigger", disabled=disabled)
        require_context().trigger_values[widget_id] = value
        self._enqueue(self._widget_element("link_button", widget_id, key,
                                           {**props, "value": value}, form_id=""))
        return bool(value)


__all__ = ["FileWidgetsMixin", "UploadedFile"]
