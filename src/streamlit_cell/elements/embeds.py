"""Embeds: ``st.iframe`` (and ``st.components.v1.html`` / ``iframe``) and
``st.pdf``, with Streamlit 1.67's signatures, validation and identity.

The elements carry what a renderer needs: an ``iframe`` element holds either
a ``src`` URL or the user's ``srcdoc`` HTML, a ``pdf`` element a URL or the
file's bytes.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..runtime.run_context import require_context
from ..runtime.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError, StreamlitMissingRequiredParameterError, StreamlitValueError
from ..runtime.page_tree import Element
from .media import deprecation_warning, is_url, normalize_alt
from .widget_helpers import to_key
from .sizing import validate_height, validate_width
from ..runtime.element_ids import compute_and_register_element_id
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


# ----------------------------------------------------------------- iframes
_MAX_PATH_LENGTH = 4096
_HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
_STRING_FILE_PATH_WARNING = (
    "Passing a file path as a string to `st.iframe` is deprecated. Wrap it in "
    "`pathlib.Path` instead, for example `st.iframe(Path('page.html'))`.")


def _is_file(text: str) -> bool:
    if len(text) > _MAX_PATH_LENGTH or "<" in text:
        return False
    try:
        return Path(text).is_file()
    except (TypeError, OSError, ValueError):
        return False


def _validate_tab_index(tab_index: Any) -> None:
    if tab_index is None:
        return
    if isinstance(tab_index, bool) or not isinstance(tab_index, int):
        raise StreamlitInvalidParameterTypeError("tab_index", type(tab_index).__name__, ["int"])
    if tab_index < -1:
        raise StreamlitValueError("tab_index", ["None", "-1", "a non-negative integer"])


def _local_file_frame(path: str) -> dict[str, Any]:
    """``st.iframe(Path(...))``: an HTML file is shown from its text; any
    other file from its bytes (a data URL, where Streamlit serves a media URL)."""
    if Path(path).suffix.lower() in _HTML_EXTENSIONS:
        try:
            with open(path, encoding="utf-8") as f:
                return {"srcdoc": f.read()}
        except (OSError, UnicodeDecodeError) as error:
            raise StreamlitAPIException(f"Unable to read file '{path}': {error}",
                                        error_id="iframe-unable-to-read-html-file") from error
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as error:
        raise StreamlitAPIException(f"Unable to read file '{path}': {error}",
                                    error_id="iframe-unable-to-read-file") from error
    mimetype, _ = mimetypes.guess_type(path)
    return {"data": data, "mimetype": mimetype or "application/octet-stream"}


# -------------------------------------------------------------------- mixin
class EmbedsMixin(ElementMixin):
    """``st.iframe``, ``st.pdf`` (and ``st.components.v1``'s frames)."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("iframe", "pdf")

    # ------------------------------------------------------------ iframe
    def iframe(self: "DeltaGenerator", src: Any, *, width: Any = "stretch",
               height: Any = "content", tab_index: int | None = None,
               alt: str | None = None) -> "DeltaGenerator":
        validate_width(width, allow_content=True)
        validate_height(height, allow_content=True)
        text = str(src) if isinstance(src, Path) else src
        if isinstance(src, Path):
            frame = _local_file_frame(text)
        elif is_url(text, ("http", "https", "data")):
            frame = {"src": text}
        elif _is_file(text):
            deprecation_warning(_STRING_FILE_PATH_WARNING, show_in_browser=False)
            frame = {"srcdoc": text}  # as Streamlit does: the string itself
        elif text.startswith("/"):
            frame = {"src": text}
        else:
            frame = {"srcdoc": text}
        _validate_tab_index(tab_index)
        uses_srcdoc = "srcdoc" in frame
        if not uses_srcdoc:
            # A page from elsewhere has no size to fit: Streamlit's defaults.
            width = "stretch" if width == "content" else width
            height = 400 if height == "content" else height
        return self._enqueue(Element("iframe", {
            **frame, "width": width, "height": height, "scrolling": True,
            "tab_index": tab_index, "alt": normalize_alt(alt),
        }))

    def _components_frame(self: "DeltaGenerator", *, src: str | None = None,
                          srcdoc: str | None = None, width: int | None = None,
                          height: int | None = None, scrolling: bool = False,
                          tab_index: int | None = None) -> "DeltaGenerator":
        """``st.components.v1.html`` / ``iframe``: Streamlit's legacy frames,
        150 pixels high unless told otherwise."""
        _validate_tab_index(tab_index)
        frame = {"src": src} if src is not None else {"srcdoc": srcdoc}
        return self._enqueue(Element("iframe", {
            **frame, "width": "stretch" if width is None else width,
            "height": 150 if height is None else height, "scrolling": bool(scrolling),
            "tab_index": tab_index, "alt": None,
        }))

    # --------------------------------------------------------------- pdf
    def pdf(self: "DeltaGenerator", data: Any, *, height: Any = 500, key: str | None = None,
            alt: str | None = None) -> "DeltaGenerator":
        if data is None:
            raise StreamlitMissingRequiredParameterError(
                "data", detail="Please provide a valid PDF file path, URL, bytes data, or "
                               "file-like object.")
        validate_height(height, allow_content=False)
        props: dict[str, Any]
        if isinstance(data, (str, Path)):
            text = str(data).strip()
            if is_url(text, ("http", "https")):
                props = {"url": text}
            else:
                try:
                    with open(text, "rb") as f:
                        props = {"data": f.read()}
                except (FileNotFoundError, PermissionError) as error:
                    raise StreamlitAPIException(f"Unable to read file '{text}': {error}",
                                                error_id="pdf-unable-to-read-file") from None
        elif isinstance(data, (bytes, bytearray)):
            props = {"data": bytes(data)}
        elif hasattr(data, "read") and hasattr(data, "getvalue"):
            props = {"data": data.getvalue()}
        elif hasattr(data, "read"):
            props = {"data": data.read()}
        else:
            raise StreamlitInvalidParameterTypeError(
                "data", type(data).__name__, ["str", "Path", "bytes", "file-like object"],
                detail="A str can be a file path or a URL.")
        if key is not None:
            # Streamlit's PDF viewer is a keyed component: a key used twice fails.

            compute_and_register_element_id(require_context(), "pdf", user_key=to_key(key),
                                            key_as_main_identity=True, form_id="",
                                            root=self._active_dg()._root, label="")
        return self._enqueue(Element("pdf", {**props, "height": height, "key": key,
                                             "alt": normalize_alt(alt)}))


__all__ = ["EmbedsMixin"]
