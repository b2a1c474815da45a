"""Media: ``st.image``, ``st.audio``, ``st.video``.

Streamlit turns media into URLs served by its media file manager. A notebook
has no such server, so an element keeps the media itself: the bytes (after
Streamlit's processing: images encoded, resized to the displayed width,
NumPy audio made into WAV) or, for a URL, just the URL; the renderer shows
bytes with ipywidgets' media widgets and URLs with HTML tags.

The processing follows Streamlit 1.67's ``image_utils.py``, ``media.py`` and
``subtitle_utils.py``, with their errors, in their order.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import os
import re
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence
from urllib.parse import urlparse

from ..runtime.optional_packages import pip_install
from ..runtime.run_context import require_context
from ..runtime.errors import StreamlitAPIException, StreamlitIncompatibleParametersError, StreamlitInvalidParameterTypeError, StreamlitMissingRequiredParameterError, StreamlitNotSupportedInNotebookError, StreamlitValueError
from ..runtime.element_ids import compute_and_register_element_id
from ..runtime.page_tree import Element
from .sizing import validate_width
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

_LOGGER = logging.getLogger("streamlit_cell")

#: Images wider than this are scaled down unless a pixel width is given
#: (Streamlit's MAXIMUM_CONTENT_WIDTH).
MAXIMUM_CONTENT_WIDTH = 2 * 730

_EMPTY_ALT_WARNING = ("`alt` was empty or whitespace-only and will be ignored. "
                      "Pass a non-empty description, or omit `alt`.")
_USE_COLUMN_WIDTH_REMOVED_WARNING = (
    "`use_column_width` was removed and has no effect. "
    "Use `width='stretch'`, `width='content'`, or an integer pixel value instead.")
_USE_CONTAINER_WIDTH_DEPRECATION = (
    "Please replace `use_container_width` with `width`.\n\n"
    "`use_container_width` will be removed after 2025-12-31.\n\n"
    "For `use_container_width=True`, use `width='stretch'`. "
    "For `use_container_width=False`, use `width='content'`.")
_TIMEDELTA_PARSE_ERROR_MESSAGE = (
    "Failed to convert '{param_name}' to a timedelta. "
    "Please use a string in a format supported by "
    "[Pandas Timedelta constructor]"
    "(https://pandas.pydata.org/docs/reference/api/pandas.Timedelta.html), "
    'e.g. `"10s"`, `"15 seconds"`, or `"1h23s"`. Got: {param_value}')

# Any YouTube URL (watch, short, embed links); Streamlit's expression.
_YOUTUBE_RE = r"^((https?://(?:www\.)?(?:m\.)?youtube\.com))/((?:oembed\?url=https?%3A//(?:www\.)youtube.com/watch\?(?:v%3D)(?P<video_id_1>[\w\-]{10,20})&format=json)|(?:attribution_link\?a=.*watch(?:%3Fv%3D|%3Fv%3D)(?P<video_id_2>[\w\-]{10,20}))(?:%26feature.*))|(https?:)?(\/\/)?((www\.|m\.)?youtube(-nocookie)?\.com\/((watch)?\?(app=desktop&)?(feature=\w*&)?v=|embed\/|v\/|e\/)|youtu\.be\/)(?P<video_id_3>[\w\-]{10,20})"  # noqa: E501
_SVG_RE = re.compile(r"(^\s?(<\?xml[\s\S]*<svg\s)|^\s?<svg\s|^\s?<svg>\s)")
_SRT_VALIDATION_RE = r"\d{2}:\d{2}:\d{2},\d{3} --> \d{2}:\d{2}:\d{2},\d{3}"
_SRT_CONVERSION_RE = r"(\d{2}:\d{2}:\d{2}),(\d{3})"
_STATIC_SERVING_ENDPOINT = "/app/static/"


class MediaFileStorageError(Exception):
    """Streamlit's error for media it cannot load (a missing file)."""


@dataclass(frozen=True)
class MediaItem:
    """One image (or one audio/video source): a URL, or bytes with their type."""

    url: str | None = None
    data: bytes | None = None
    mimetype: str = ""
    caption: str | None = None
    alt: str | None = None

    @property
    def src(self) -> str:
        """A URL the browser can load: the URL itself, or a data URL."""
        if self.url is not None:
            return self.url
        if self.data is None:
            return ""
        return f"data:{self.mimetype};base64,{base64.b64encode(self.data).decode('ascii')}"


# ------------------------------------------------------------------ helpers
def require_media_library(module: str, purpose: str) -> Any:
    """Import an optional library, or say which extra provides it."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise StreamlitAPIException(
            f"{purpose} needs the `{module.split('.')[0]}` package: "
            f"install it with `{pip_install(module)}`.") from None


def deprecation_warning(message: str, *, show_in_browser: bool,
                        shown_by: "DeltaGenerator | None" = None) -> None:
    """Streamlit's ``show_deprecation_warning``: a ``st.warning`` (shown as
    with Streamlit's default ``client.showErrorDetails``, where ``st.warning``
    would go: the innermost ``with`` container of ``shown_by``'s run) and a
    log line."""
    if show_in_browser:
        if shown_by is None:
            raise TypeError("deprecation_warning(show_in_browser=True) needs shown_by")
        shown_by._main_root().warning(message)
    _LOGGER.warning(message)


def normalize_alt(alt: object | None, *, allow_empty: bool = False) -> str | None:
    """Streamlit's ``alt`` text: stripped; "" only where it marks decoration."""
    if alt is None:
        return None
    text = alt if isinstance(alt, str) else str(alt)
    if text == "" and allow_empty:
        return ""
    if not text.strip():
        _LOGGER.warning(_EMPTY_ALT_WARNING)
        return None
    return text.strip()


def is_url(url: str, allowed_schemas: tuple[str, ...] = ("http", "https", "data")) -> bool:
    try:
        parsed = urlparse(str(url))
    except ValueError:
        return False
    if parsed.scheme not in allowed_schemas:
        return False
    if parsed.scheme in {"http", "https"}:
        return bool(parsed.netloc)
    return bool(parsed.path)


def _as_url(value: str, what: str) -> str | None:
    """``value`` when Streamlit would use it as a URL (and it is not a file)."""
    if os.path.isfile(value):
        return None
    if is_url(value):
        return value
    if value.startswith(_STATIC_SERVING_ENDPOINT):
        raise StreamlitNotSupportedInNotebookError(
            f"Static file serving (`{_STATIC_SERVING_ENDPOINT}...` URLs)",
            f"Pass the file's path or its bytes to `st.{what}` instead.")
    return None


def _read_file(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except Exception as error:
        raise MediaFileStorageError(f"Error opening '{path}'") from error


def content_hash(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


# ------------------------------------------------------------------- images
def _open_image(image_data: bytes) -> Any:
    """PIL's image of ``image_data``; its error names the argument (PIL's own
    message shows only a buffer's address)."""
    from PIL import Image, UnidentifiedImageError

    try:
        return Image.open(io.BytesIO(image_data))
    except UnidentifiedImageError:
        raise UnidentifiedImageError(
            "cannot identify image file: the `image` data is not an image Pillow can read "
            "(PNG, JPEG, GIF, WebP...).") from None


def _pil_may_have_alpha(image: Any) -> bool:
    return image.mode in {"RGBA", "LA", "P"}


def _image_format(image_data: Any, output_format: str) -> str:
    """"JPEG", "PNG" or "GIF": the requested one, else what suits the image."""
    requested = output_format.upper()
    if requested in {"JPEG", "PNG"}:
        return requested
    if requested == "JPG":
        return "JPEG"
    if isinstance(image_data, bytes):
        image_data = _open_image(image_data)
    if image_data.format == "GIF":
        return "GIF"
    return "PNG" if _pil_may_have_alpha(image_data) else "JPEG"


def _pil_to_bytes(image: Any, format: str = "JPEG", quality: int = 100) -> bytes:
    buffer = io.BytesIO()
    if format == "JPEG" and _pil_may_have_alpha(image):
        image = image.convert("RGB")
    image.save(buffer, format=format, quality=quality)
    return buffer.getvalue()


def _verify_np_shape(array: Any) -> Any:
    shape = array.shape
    if len(shape) not in {2, 3}:
        raise StreamlitValueError("image", ["a 2D or 3D NumPy array"])
    if len(shape) == 3 and shape[-1] not in {1, 3, 4}:
        raise StreamlitAPIException(
            f"Channel can only be 1, 3, or 4 got {shape[-1]}. Shape is {shape}",
            error_id="image-invalid-channel-count")
    return array[:, :, 0] if len(shape) == 3 and shape[-1] == 1 else array


def _clip_image(image: Any, clamp: bool) -> Any:
    import numpy as np

    if issubclass(image.dtype.type, np.floating):
        if clamp:
            image = np.clip(image, 0, 1.0)
        elif np.amin(image) < 0.0 or np.amax(image) > 1.0:
            raise StreamlitAPIException("Data is outside [0.0, 1.0] and clamp is not set.",
                                        error_id="image-out-of-range")
        return image * 255
    if clamp:
        return np.clip(image, 0, 255)
    if np.amin(image) < 0 or np.amax(image) > 255:
        raise StreamlitAPIException("Data is outside [0, 255] and clamp is not set.",
                                    error_id="image-out-of-range")
    return image


def _ensure_image_size_and_format(image_data: bytes, width: Any, image_format: str) -> bytes:
    """Scale an image down to the displayed width (or the widest content
    width) and re-encode it in ``image_format`` when it is not already."""
    from PIL import Image

    pil_image = _open_image(image_data)
    actual_width, actual_height = pil_image.size
    target_width = width if isinstance(width, int) else MAXIMUM_CONTENT_WIDTH
    if target_width > 0 and actual_width > target_width:
        new_height = int(1.0 * actual_height * target_width / actual_width)
        pil_image = pil_image.resize((target_width, new_height), resample=Image.BILINEAR)
        return _pil_to_bytes(pil_image, format=image_format, quality=90)
    if pil_image.format != image_format:
        return _pil_to_bytes(pil_image, format=image_format, quality=90)
    return image_data


def _svg_item(svg: str) -> MediaItem:
    if "xmlns" not in svg:
        svg = svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return MediaItem(data=svg.encode("utf-8"), mimetype="image/svg+xml")


def image_item(image: Any, width: Any, clamp: bool, channels: str,
               output_format: str) -> MediaItem:
    """One image as Streamlit's ``image_to_url`` would serve it."""
    if isinstance(image, Path):
        image = str(image)
    if isinstance(image, str):
        url = _as_url(image, "image")
        if url is not None:
            return MediaItem(url=url)
        if image.endswith(".svg") and os.path.isfile(image):
            with open(image, encoding="utf-8") as f:
                image = f.read()
        if _SVG_RE.search(image):
            return _svg_item(image)
        image_data = _read_file(image)
    else:
        require_media_library("PIL", "Showing images")
        from PIL import Image, ImageFile

        if isinstance(image, (ImageFile.ImageFile, Image.Image)):
            image_data = _pil_to_bytes(image, _image_format(image, output_format))
        elif isinstance(image, io.BytesIO):
            image.seek(0)
            image_data = image.getvalue()
        elif type(image).__module__ == "numpy" and type(image).__name__ == "ndarray":
            image = _clip_image(_verify_np_shape(image), clamp)
            if channels == "BGR":
                if len(image.shape) != 3:
                    raise StreamlitAPIException(
                        'When using `channels="BGR"`, the input image should '
                        "have exactly 3 color channels",
                        error_id="image-bgr-requires-three-channels")
                image = image[:, :, [2, 1, 0]]
            import numpy as np

            pil_image = Image.fromarray(image.astype(np.uint8))
            image_data = _pil_to_bytes(pil_image, _image_format(pil_image, output_format))
        elif isinstance(image, bytes):
            image_data = image
        else:
            # Streamlit fails here with an AttributeError from deep inside.
            raise StreamlitInvalidParameterTypeError(
                "image", type(image).__name__,
                ["numpy.ndarray", "PIL.Image.Image", "BytesIO", "bytes", "str", "Path",
                 "a list of these"])
    require_media_library("PIL", "Showing images")
    image_format = _image_format(image_data, output_format)
    image_data = _ensure_image_size_and_format(image_data, width, image_format)
    return MediaItem(data=image_data, mimetype=f"image/{image_format.lower()}")


def marshall_images(image: Any, caption: Any, width: Any, clamp: bool,
                    channels: str = "RGB", output_format: str = "auto",
                    alt: object | None = None) -> list[MediaItem]:
    """Every image of an ``st.image`` call (or a figure) with its caption and alt."""
    channels = channels.upper()
    from_set = isinstance(image, set)
    is_ndarray = type(image).__module__ == "numpy" and type(image).__name__ == "ndarray"
    if isinstance(image, (list, set, tuple)):
        images = list(image)
    elif is_ndarray and len(image.shape) == 4:
        images = [image[i, :, :, :] for i in range(image.shape[0])]
    else:
        images = [image]

    def is_1d_array(value: Any) -> bool:
        return type(value).__name__ == "ndarray" and len(value.shape) == 1

    if isinstance(caption, list):
        captions: Sequence[Any] = caption
    elif isinstance(caption, str):
        captions = [caption]
    elif is_1d_array(caption):
        captions = caption.tolist()
    elif caption is None:
        captions = [None] * len(images)
    else:
        captions = [str(caption)]
    if len(captions) != len(images):
        raise StreamlitAPIException(
            f"Cannot pair {len(captions)} captions with {len(images)} images.",
            error_id="image-caption-count-mismatch")

    alts = _pair_alts(alt, len(images), from_set)
    items = []
    for single_image, single_caption, single_alt in zip(images, captions, alts):
        item = image_item(single_image, width, clamp, channels, output_format)
        items.append(MediaItem(
            url=item.url, data=item.data, mimetype=item.mimetype,
            caption=None if single_caption is None else str(single_caption),
            alt=normalize_alt(single_alt, allow_empty=True)))
    return items


def _pair_alts(alt: object | None, count: int, from_set: bool) -> Sequence[object | None]:
    def single() -> list[object]:
        if count != 1:
            value = "string" if isinstance(alt, str) else "value"
            raise StreamlitAPIException(
                f"A single `alt` {value} can only be used with a single image. "
                f"You passed {count} images; provide a sequence of "
                f"{count} alt values (use None to skip an image).",
                error_id="image-alt-count-mismatch")
        return [alt]

    if alt is None:
        return [None] * count
    if isinstance(alt, (str, bytes, bytearray)):
        return single()
    is_1d_array = type(alt).__name__ == "ndarray" and len(alt.shape) == 1  # type: ignore[attr-defined]
    if is_1d_array or isinstance(alt, Sequence):
        if from_set:
            raise StreamlitAPIException(
                "A sequence-valued `alt` cannot be paired with a set of images "
                "because set order is undefined. Pass a list or tuple of images.",
                error_id="image-alt-with-set")
        alts = alt.tolist() if is_1d_array else alt  # type: ignore[attr-defined]
        if len(alts) != count:
            raise StreamlitAPIException(
                f"Cannot pair {len(alts)} alt values with {count} images.",
                error_id="image-alt-count-mismatch")
        return alts
    return single()


# ------------------------------------------------------------ audio / video
def _time_to_seconds(value: Any) -> float | None:
    """Streamlit's ``time_to_seconds``: a number, timedelta or pandas time string."""
    import datetime as dt

    if value is None or isinstance(value, (int, float)):
        return value
    if isinstance(value, dt.timedelta):
        return value.total_seconds()
    if isinstance(value, str):
        import math

        pd = require_media_library("pandas", "Reading a time string")
        try:
            seconds = pd.Timedelta(value).total_seconds()
        except ValueError:
            raise ValueError(value) from None
        if math.isnan(seconds):
            raise ValueError(value)
        return seconds
    return value


def parse_start_time_end_time(start_time: Any, end_time: Any) -> tuple[int, int | None]:
    try:
        seconds = _time_to_seconds(start_time)
        if seconds is None:
            raise ValueError(start_time)
        start = int(seconds)
    except (StreamlitAPIException, ValueError):
        raise StreamlitAPIException(
            _TIMEDELTA_PARSE_ERROR_MESSAGE.format(param_name="start_time",
                                                  param_value=start_time),
            error_id="media-invalid-start-time") from None
    try:
        end_seconds = _time_to_seconds(end_time)
        end = None if end_seconds is None else int(end_seconds)
    except (StreamlitAPIException, ValueError):
        raise StreamlitAPIException(
            _TIMEDELTA_PARSE_ERROR_MESSAGE.format(param_name="end_time", param_value=end_time),
            error_id="media-invalid-end-time") from None
    return start, end


def _is_ndarray(value: Any) -> bool:
    return type(value).__module__ == "numpy" and type(value).__name__ == "ndarray"


def make_wav(data: Any, sample_rate: int) -> bytes:
    """A NumPy signal (1D mono, or 2D channels x samples) as 16-bit PCM WAV."""
    import numpy as np

    samples = np.array(data, dtype=float)
    if len(samples.shape) == 1:
        channels = 1
    elif len(samples.shape) == 2:
        # WAV interleaves channels: L1 R1 L2 R2...
        channels = samples.shape[0]
        samples = samples.T.ravel()
    else:
        raise StreamlitAPIException("Numpy array audio input must be a 1D or 2D array.",
                                    error_id="audio-numpy-invalid-rank")
    peak = np.max(np.abs(samples)) if samples.size else 0
    # Silence stays silence (Streamlit divides by a zero peak here).
    scaled = (samples / peak * 32767 if peak else samples).astype(np.int16)
    with io.BytesIO() as buffer:
        with wave.open(buffer, mode="wb") as wav:
            wav.setnchannels(channels)
            wav.setframerate(sample_rate)
            wav.setsampwidth(2)
            wav.setcomptype("NONE", "NONE")
            wav.writeframes(scaled.tobytes())
        return buffer.getvalue()


def _media_bytes(data: Any) -> bytes | None:
    """The bytes of audio/video data that is not a URL (Streamlit's
    ``_marshall_av_media``); None shows an empty player."""
    if data is None:
        return None
    if isinstance(data, str):
        return _read_file(data)
    if isinstance(data, bytes):
        return data
    if isinstance(data, io.BytesIO):
        data.seek(0)
        return data.getvalue()
    if isinstance(data, (io.RawIOBase, io.BufferedReader)):
        data.seek(0)
        return data.read()
    if _is_ndarray(data):
        return data.tobytes()
    raise StreamlitInvalidParameterTypeError(
        "data", type(data).__name__, ["str", "bytes", "Path", "BytesIO", "file-like", "ndarray"])


def youtube_embed_url(url: str) -> str | None:
    match = re.match(_YOUTUBE_RE, url)
    if match:
        code = match.group("video_id_1") or match.group("video_id_2") or \
            match.group("video_id_3")
        return f"https://www.youtube.com/embed/{code}"
    return None


def _is_srt(data: str | bytes) -> bool:
    header = (data.encode("utf-8") if isinstance(data, str) else data)[:33]
    try:
        lines = header.decode("utf-8").strip().split("\n")
    except UnicodeDecodeError:
        return False
    return len(lines) >= 2 and lines[0].isdigit() and bool(
        re.search(_SRT_VALIDATION_RE, lines[1]))


def _srt_to_vtt(srt: str | bytes) -> bytes:
    if isinstance(srt, bytes):
        try:
            srt = srt.decode("utf-8")
        except UnicodeDecodeError as error:
            raise StreamlitAPIException("Could not decode the input stream as UTF-8.",
                                        error_id="subtitle-invalid-utf8") from error
    vtt = "WEBVTT\n\n" + re.sub(_SRT_CONVERSION_RE, r"\1.\2", srt)
    return vtt.strip().encode("utf-8")


def _subtitle_vtt(data: Any) -> bytes:
    """One subtitle track as WebVTT (SRT converted)."""
    if isinstance(data, (str, Path)):
        if os.path.isfile(data):
            suffix = Path(data).suffix.lower()
            if suffix not in (".srt", ".vtt"):
                raise StreamlitValueError("subtitles", [".srt", ".vtt"], detail=f"Got {suffix}.")
            content = _read_file(str(data))
            return _srt_to_vtt(content) if suffix == ".srt" else content
        if isinstance(data, Path):
            raise StreamlitAPIException(f"File {data} does not exist.",
                                        error_id="subtitle-file-not-found")
        text = data.strip()
        if text.startswith("WEBVTT") or text == "":
            return text.encode("utf-8")
        if _is_srt(text):
            return _srt_to_vtt(text)
        raise StreamlitValueError("subtitles", ["VTT-formatted text", "SRT-formatted text"])
    if isinstance(data, io.BytesIO):
        content = data.getvalue()
        return _srt_to_vtt(content) if _is_srt(content) else content
    if isinstance(data, bytes):
        return _srt_to_vtt(data) if _is_srt(data) else data
    raise StreamlitInvalidParameterTypeError(
        "subtitles", type(data).__name__, ["str", "bytes", "Path", "BytesIO"])


def subtitle_tracks(subtitles: Any) -> list[tuple[str, bytes]]:
    """(label, WebVTT) of each track; the first is shown by default."""
    if not subtitles:
        return []
    if isinstance(subtitles, (str, bytes, io.BytesIO, Path)):
        items = [("default", subtitles)]
    elif isinstance(subtitles, dict):
        items = list(subtitles.items())
    else:
        raise StreamlitInvalidParameterTypeError(
            "subtitles", type(subtitles).__name__, ["str", "bytes", "BytesIO", "Path", "dict"])
    tracks = []
    for label, data in items:
        try:
            tracks.append((label or "", _subtitle_vtt(data)))
        except (TypeError, ValueError, StreamlitAPIException) as error:
            raise StreamlitAPIException(
                f"Failed to process the provided subtitle {label!r}: {error}",
                error_id="video-failed-processing-subtitle") from error
    return tracks


# Named as in Streamlit, whose messages name them ("ImageMixin.image() missing ...").
class ImageMixin(ElementMixin):
    def image(self: "DeltaGenerator", image: Any, caption: str | list[str] | None = None,
              width: Any = "content", clamp: bool = False, channels: str = "RGB",
              output_format: str = "auto", *, use_container_width: bool | None = None,
              link: str | None = None, use_column_width: Any = None,
              alt: str | Sequence[str | None] | None = None) -> "DeltaGenerator":
        """Display an image or a list of images (with captions)."""
        if use_column_width is not None:
            deprecation_warning(_USE_COLUMN_WIDTH_REMOVED_WARNING, show_in_browser=True,
                                shown_by=self.dg)
        if use_container_width is not None:
            deprecation_warning(_USE_CONTAINER_WIDTH_DEPRECATION, show_in_browser=False)
            if use_container_width is True:
                width = "stretch"
            elif not isinstance(width, int):
                width = "content"
        validate_width(width, allow_content=True)
        items = marshall_images(image, caption, width, clamp, channels, output_format, alt)
        if link and len(items) > 1:
            raise StreamlitAPIException(
                "The `link` parameter is only supported when displaying a single image. "
                f"You passed {len(items)} images.",
                error_id="image-link-requires-single-image")
        return self._enqueue(Element("image", {"imgs": items, "width": width,
                                               "link": link or None}))


class MediaMixin(ImageMixin):

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS = ("image", "audio", "video")

    def audio(self: "DeltaGenerator", data: Any, format: str = "audio/wav", start_time: Any = 0,
              *, sample_rate: int | None = None, end_time: Any = None, loop: bool = False,
              autoplay: bool = False, alt: str | None = None,
              width: Any = "stretch") -> "DeltaGenerator":
        """Display an audio player (bytes, a file, a URL or a NumPy signal)."""
        start, end = parse_start_time_end_time(start_time, end_time)
        validate_width(width)
        is_array = _is_ndarray(data)
        if is_array and sample_rate is None:
            raise StreamlitMissingRequiredParameterError(
                "sample_rate", detail="Must be specified when `data` is a numpy array.")
        if not is_array and sample_rate is not None:
            _LOGGER.warning("`sample_rate` will be ignored since data is not a numpy array.")
        props: dict[str, Any] = {"format": format, "start_time": start, "end_time": end,
                                 "loop": bool(loop), "autoplay": bool(autoplay),
                                 "alt": normalize_alt(alt), "width": width}
        if isinstance(data, Path):
            data = str(data)
        url = _as_url(data, "audio") if isinstance(data, str) else None
        if url is not None:
            props.update(url=url, media_bytes=None)
        else:
            if is_array:
                data = make_wav(data, sample_rate)  # type: ignore[arg-type]
            props.update(url=None, media_bytes=_media_bytes(data))
        if autoplay:
            self._register_media_id("audio", props, sample_rate=sample_rate)
        return self._enqueue(Element("audio", props))

    def video(self: "DeltaGenerator", data: Any, format: str = "video/mp4", start_time: Any = 0,
              *, subtitles: Any = None, end_time: Any = None, loop: bool = False,
              autoplay: bool = False, muted: bool = False, alt: str | None = None,
              width: Any = "stretch") -> "DeltaGenerator":
        """Display a video player (bytes, a file, a URL, or a YouTube link)."""
        start, end = parse_start_time_end_time(start_time, end_time)
        validate_width(width)
        if start < 0 or (end is not None and end <= start):
            raise StreamlitAPIException("Invalid start_time and end_time combination.",
                                        error_id="media-invalid-start-end-time")
        props: dict[str, Any] = {"format": format, "start_time": start, "end_time": end,
                                 "loop": bool(loop), "autoplay": bool(autoplay),
                                 "muted": bool(muted), "alt": normalize_alt(alt),
                                 "width": width, "youtube": False}
        if isinstance(data, Path):
            data = str(data)
        url = _as_url(data, "video") if isinstance(data, str) else None
        if url is not None:
            embed = youtube_embed_url(url)
            if embed is not None:
                if subtitles:
                    raise StreamlitIncompatibleParametersError(
                        "subtitles", "data=<YouTube URL>",
                        explanation="Subtitles are not supported for YouTube videos.")
                url = embed
            props.update(url=url, media_bytes=None, youtube=embed is not None)
        else:
            props.update(url=None, media_bytes=_media_bytes(data))
        props["subtitles"] = subtitle_tracks(subtitles)
        if autoplay:
            self._register_media_id("video", props, muted=muted)
        return self._enqueue(Element("video", props))

    def _register_media_id(self: "DeltaGenerator", element_type: str, props: dict[str, Any],
                           **extra: Any) -> None:
        """An autoplaying player gets an id, as in Streamlit, so two identical
        ones raise ``StreamlitDuplicateElementId``."""
        source = props["url"] or content_hash(props["media_bytes"] or b"")
        compute_and_register_element_id(
            require_context(), element_type, user_key=None, key_as_main_identity=False,
            form_id=self._current_form_id, root=self._active_dg()._root,
            url=source, mimetype=props["format"], start_time=props["start_time"],
            end_time=props["end_time"], loop=props["loop"], autoplay=props["autoplay"],
            alt=props["alt"], width=props["width"], **extra)
