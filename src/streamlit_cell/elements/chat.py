"""Chat: ``st.chat_input`` and ``st.chat_message``.

``st.chat_input`` is a trigger-like widget, as in Streamlit: the text a
person submits is its value for the run that submission causes, then None
again. With ``accept_file`` or ``accept_audio`` the value is a
``ChatInputValue`` (text, files, the recording); a front end then sends
``{"text": str, "files": [UploadedFile], "audio": UploadedFile}``. At the top level of the main area it goes to the bottom of the app
(Streamlit's bottom container); anywhere else it stays where it is written.
"""

from __future__ import annotations

import base64
import mimetypes
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ..runtime import config
from ..runtime.optional_packages import pip_install
from ..runtime.run_context import require_context
from ..runtime.errors import StreamlitAPIException, StreamlitInvalidLayoutContextError, StreamlitMissingRequiredParameterError, StreamlitValueError
from ..runtime.page_tree import Block
from .icons import is_emoji, validate_material_icon
from .file_widgets import UploadedFile, as_uploaded_files, enforce_filename_restriction, normalize_upload_file_type
from .st_typing import ChatInputValue
from .widget_helpers import check_widget_policies, parse_on_change, to_key
from .sizing import validate_height, validate_width
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

#: Names that choose a built-in avatar; "ai" and "human" are aliases.
_PRESET_AVATARS = {"user": "user", "human": "user", "assistant": "assistant", "ai": "assistant"}
#: Streamlit's accepted audio sample rates (``audio_input.ALLOWED_SAMPLE_RATES``).
_SAMPLE_RATES = {8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000}
_SUBMIT_MODES = ("submit", "disable", "stop")


def _avatar(avatar: Any) -> tuple[str, str]:
    """Streamlit's ``_process_avatar_input``: (kind, value) with kind "icon"
    (a preset, a Material icon, or "" for the name's initial), "emoji" or
    "image" (a URL the front end can load)."""
    if avatar is None:
        return "icon", ""
    if isinstance(avatar, str) and avatar in _PRESET_AVATARS:
        return "icon", _PRESET_AVATARS[avatar]
    if isinstance(avatar, str) and is_emoji(avatar):
        return "emoji", avatar
    if isinstance(avatar, str) and avatar.startswith(":material"):
        return "icon", validate_material_icon(avatar)
    try:
        return "image", _image_url(avatar)
    except ImportError:
        raise StreamlitAPIException(
            f"An image object as a chat avatar needs Pillow: `{pip_install('PIL')}`, or pass "
            "an emoji, an image URL or an image file's path.") from None
    except Exception as error:
        raise StreamlitAPIException(
            "Failed to load the provided avatar value as an image.",
            error_id="chat-failed-loading-avatar-image") from error


def _image_url(image: Any) -> str:
    """A URL for an avatar image: a URL as given, else a data URL of a file,
    of image bytes, or of a PIL image / NumPy array (Pillow needed for those)."""
    if isinstance(image, str) and image.startswith(("http://", "https://", "data:image/")):
        return image
    if isinstance(image, (str, os.PathLike)):
        path = os.fspath(image)
        mime = mimetypes.guess_type(path)[0]
        if mime is None or not mime.startswith("image/"):
            raise ValueError(f"{path!r} is not an image file")
        with open(path, "rb") as f:
            return _data_url(f.read(), mime)
    if isinstance(image, (bytes, bytearray)):
        return _data_url(bytes(image), _sniff_image_type(bytes(image)))
    from PIL import Image  # an image object: Pillow makes PNG of it

    if not isinstance(image, Image.Image):
        image = Image.fromarray(image)
    import io

    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return _data_url(buffer.getvalue(), "image/png")


def _sniff_image_type(data: bytes) -> str:
    signatures = {b"\x89PNG": "image/png", b"\xff\xd8": "image/jpeg", b"GIF8": "image/gif",
                  b"<svg": "image/svg+xml", b"<?xml": "image/svg+xml", b"RIFF": "image/webp"}
    for signature, mime in signatures.items():
        if data.startswith(signature):
            return mime
    raise ValueError("not an image")


def _data_url(data: bytes, mime: str) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


class ChatMixin(ElementMixin):
    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("chat_message", "chat_input")

    def chat_message(self: "DeltaGenerator", name: str, *, avatar: Any = None,
                     width: Any = "stretch") -> "DeltaGenerator":
        """A chat message container: the author's avatar beside its content."""
        if name is None:
            raise StreamlitMissingRequiredParameterError("name")
        if avatar is None and (name.lower() in _PRESET_AVATARS or is_emoji(name)):
            avatar = name.lower()
        avatar_type, avatar_value = _avatar(avatar)
        validate_width(width, allow_content=True)
        return self._add_block(Block("chat_message", {
            "name": name, "avatar": avatar_value, "avatar_type": avatar_type, "width": width,
        }))

    def chat_input(self: "DeltaGenerator", placeholder: str = "Your message", *,
                   key: Any = None, max_chars: int | None = None,
                   max_upload_size: int | None = None, accept_file: Any = False,
                   file_type: str | Sequence[str] | None = None, accept_audio: bool = False,
                   audio_sample_rate: int | None = 16000, disabled: bool = False,
                   submit_mode: str = "submit", on_submit: Callable[..., Any] | None = None,
                   args: Any = None, kwargs: Any = None, width: Any = "stretch",
                   height: Any = "content") -> str | None:
        """A message box: returns the submitted text for the run the submission
        causes, else None.

        ``submit_mode="disable"`` disables the box from a submission until its
        run has ended; ``"stop"`` behaves as ``"submit"``, since a notebook
        kernel handles a new submission only after the current run anyway.
        """

        key = to_key(key)
        callback, _ = parse_on_change(on_submit, "on_submit", modes=())
        check_widget_policies(self, key, callback, default_value=None, writes_allowed=True)
        if accept_file not in {True, False, "multiple", "directory"}:
            raise StreamlitValueError("accept_file", ["True", "False", "'multiple'", "'directory'"],
                                      detail=f"Got {accept_file!r}.")
        if submit_mode not in _SUBMIT_MODES:
            raise StreamlitValueError("submit_mode", ["'submit'", "'disable'", "'stop'"])
        if max_upload_size is not None and (isinstance(max_upload_size, bool) or not isinstance(
                max_upload_size, int) or max_upload_size < 1):
            raise StreamlitValueError(
                "max_upload_size", ["a positive integer"],
                detail="Set it to None to fall back to the `server.maxUploadSize` "
                       "configuration option.")
        widget_id = self._widget_id("chat_input", key, "", dict(
            placeholder=placeholder, max_chars=max_chars, max_upload_size=max_upload_size,
            accept_file=accept_file, file_type=file_type, accept_audio=accept_audio,
            audio_sample_rate=audio_sample_rate, submit_mode=submit_mode, width=width,
            height=height), {"accept_file", "file_type", "max_chars", "max_upload_size"})
        if audio_sample_rate is not None and audio_sample_rate not in _SAMPLE_RATES:
            raise StreamlitValueError(
                "audio_sample_rate", [str(rate) for rate in sorted(_SAMPLE_RATES)] + ["None"])
        if self._in_form():
            raise StreamlitInvalidLayoutContextError(
                "`st.chat_input()` can't be used in a `st.form()`.")
        allowed_types = normalize_upload_file_type(file_type) if file_type else None
        accepts_files = accept_file in {True, "multiple", "directory"}
        validate_width(width)
        validate_height(height, allow_content=True)

        def deserialize(value: Any) -> str | ChatInputValue | None:
            # A front end sends the text, or {"text": ..., "files": [...]} when
            # files were attached (see the module docstring).
            if value is None:
                return None
            files: list[UploadedFile] = []
            audio: UploadedFile | None = None
            if isinstance(value, ChatInputValue):
                value = value.to_dict()
            if isinstance(value, dict):
                files = [f._rewound_copy() for f in as_uploaded_files(value.get("files"))]
                recorded = as_uploaded_files(value.get("audio"))
                audio = recorded[0]._rewound_copy() if recorded else None
                value = value.get("text") or ""
            text = str(value)
            text = text[:max_chars] if max_chars else text
            if not accepts_files and not accept_audio:
                return text
            for file in files:
                if allowed_types:
                    enforce_filename_restriction(file.name, allowed_types)
            return ChatInputValue(text=text, files=files if accepts_files else [],
                                  audio=audio if accept_audio else None,
                                  _include_files=accepts_files, _include_audio=bool(accept_audio))

        value, set_through_state = self._register_widget_state(
            widget_id, key=key, deserializer=deserialize, on_change=callback, args=args,
            kwargs=kwargs, value_type="chat_input_value", disabled=disabled)
        # A value written to the key only fills the box; the person still has
        # to submit it (Streamlit's "set_value"), so the widget holds None.
        typed = value if set_through_state and isinstance(value, str) else None
        if typed is not None:
            self._reset_widget_value(key, None)
        ctx = require_context()
        ctx.trigger_values[widget_id] = None if typed is not None else value

        target = self._active_dg()
        at_top_level = target._root == "main" and target._slot is None and \
            (target._block is None or target._block is ctx.main)
        element = self._widget_element("chat_input", widget_id, key, {
            "placeholder": str(placeholder), "max_chars": max_chars, "disabled": bool(disabled),
            "submit_mode": submit_mode, "value": None, "set_value": typed,
            "position": "bottom" if at_top_level else "inline",
            "accept_file": accept_file if accepts_files else False,
            "accept_audio": bool(accept_audio), "audio_sample_rate": audio_sample_rate,
            "file_types": list(allowed_types or []),
            "max_upload_size_mb": max_upload_size if max_upload_size is not None
            else config.get_option("server.maxUploadSize"),
        })
        where = self.dg._new(root="main", block=ctx.bottom) if at_top_level else self
        where._enqueue(element)
        return None if typed is not None else value
