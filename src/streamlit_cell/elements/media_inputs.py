"""``st.camera_input`` and ``st.audio_input``: a photo from the viewer's camera
and a recording from their microphone, as Streamlit 1.67 has them.

Each follows Streamlit's steps in its order (argument checks, policies, id,
registration) and returns what Streamlit returns: the captured file as an
:class:`UploadedFile` (a JPEG photo, a WAV recording), or None before a
capture and after the person cleared it.

What a front end sends (``deserializer(v)``; ``None``: no interaction yet):
a list holding the one captured :class:`UploadedFile`, ``[]`` once cleared.
In a notebook the capture is done by the browser (``render/capture_views.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from ..runtime.errors import StreamlitValueError
from .file_widgets import UploadedFile, as_uploaded_files
from .mixin import ElementMixin
from .sizing import check_width
from .widget_helpers import check_widget_policies, checked_label, parse_on_change, to_key

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

#: ``resolution`` -> the photo's height in pixels (Streamlit's).
RESOLUTION_TO_HEIGHT: Final[dict[str, int]] = {"480p": 480, "720p": 720, "1080p": 1080}
#: The sample rates ``st.audio_input`` accepts (Streamlit's).
ALLOWED_SAMPLE_RATES: Final = frozenset({8000, 11025, 16000, 22050, 24000, 32000, 44100, 48000})


def _single_capture(value: Any) -> UploadedFile | None:
    """The capture a front end sent (a fresh, rewound copy), or None."""
    files = as_uploaded_files(value)
    return files[0]._rewound_copy() if files else None


class MediaInputsMixin(ElementMixin):
    """``st.camera_input``, ``st.audio_input``."""

    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("camera_input", "audio_input")

    def camera_input(self: "DeltaGenerator", label: str, key: Any = None,
                     help: str | None = None, on_change: Any = "rerun", args: Any = None,
                     kwargs: Any = None, *, disabled: bool = False,
                     label_visibility: str = "visible", resolution: str | None = None,
                     width: Any = "stretch") -> UploadedFile | None:
        """A widget that takes a photo with the viewer's camera: returns it as
        a JPEG :class:`UploadedFile` (None until one is taken, or once cleared).
        ``resolution`` (``"480p"``, ``"720p"``, ``"1080p"``) asks the camera
        for that height."""
        if resolution is not None and resolution not in RESOLUTION_TO_HEIGHT:
            raise StreamlitValueError("resolution", ["'480p'", "'720p'", "'1080p'", "None"])
        return self._capture_widget(
            "camera_input", label, key, help, on_change, args, kwargs, disabled,
            label_visibility, dict(help=help, width=width, resolution=resolution),
            {"resolution_height": RESOLUTION_TO_HEIGHT.get(resolution or "")})

    def audio_input(self: "DeltaGenerator", label: str, *, sample_rate: int | None = 16000,
                    key: Any = None, help: str | None = None, on_change: Any = "rerun",
                    args: Any = None, kwargs: Any = None, disabled: bool = False,
                    label_visibility: str = "visible",
                    width: Any = "stretch") -> UploadedFile | None:
        """A widget that records from the viewer's microphone: returns the
        recording as a WAV :class:`UploadedFile` (None until one is made, or
        once cleared), at ``sample_rate`` Hz (None: the browser's rate)."""
        if sample_rate is not None and sample_rate not in ALLOWED_SAMPLE_RATES:
            raise StreamlitValueError(
                "sample_rate", [str(rate) for rate in sorted(ALLOWED_SAMPLE_RATES)] + ["None"])
        return self._capture_widget(
            "audio_input", label, key, help if label else None, on_change, args, kwargs,
            disabled, label_visibility, dict(help=help, width=width, sample_rate=sample_rate),
            {"sample_rate": sample_rate})

    def _capture_widget(self: "DeltaGenerator", kind: str, label: str, key: Any,
                        help: str | None, on_change: Any, args: Any, kwargs: Any,
                        disabled: bool, label_visibility: str, id_kwargs: dict[str, Any],
                        extra_props: dict[str, Any]) -> UploadedFile | None:
        key = to_key(key)
        callback, ignore = parse_on_change(on_change)
        check_widget_policies(self, key, callback, writes_allowed=False)
        label = checked_label(label, label_visibility)
        widget_id = self._widget_id(kind, key, label, id_kwargs, True)
        # Streamlit checks the width building the layout, before registering.
        check_width(id_kwargs["width"], content=False)
        current, _ = self._register_widget_state(
            widget_id, key=key, deserializer=_single_capture, on_change=callback, args=args,
            kwargs=kwargs, disabled=disabled)
        if current is not None:
            current.seek(0)  # each run reads from the start, as Streamlit's new objects do
        self._enqueue(self._widget_element(kind, widget_id, key, {
            "label": label, "help": help, "disabled": disabled, "value": current,
            "label_visibility": label_visibility, "ignore_rerun": ignore, **extra_props,
        }))
        return current


__all__ = ["ALLOWED_SAMPLE_RATES", "MediaInputsMixin", "RESOLUTION_TO_HEIGHT"]
