"""``st.typing`` / ``streamlit.typing``: the public types of values Streamlit
commands return, for annotating app and library code (Streamlit 1.67's list).

Where streamlit-cell returns such a value, the name is that very class
(``UploadedFile``, ``DataEditorState``), so ``isinstance`` checks hold. The
selection states of charts and tables, whose commands here do not offer
selections, are Streamlit's read-only attribute dictionaries, so code that
annotates with them or builds them in tests keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import MutableMapping
from typing import Any, Iterator

from .data_editor import DataEditorState
from .file_widgets import UploadedFile

__all__ = [
    "ButtonColumnClickState", "ChatInputValue", "DataEditorState", "DataframeState",
    "EChartsState", "PlotlyState", "PydeckState", "UploadedFile", "VegaLiteState",
]

_READ_ONLY_ERROR_MSG = (
    "Widget state is read-only because modifying nested values has no effect "
    "on the app. For widget states that support programmatic updates "
    "(e.g. st.dataframe selections), assign a new dictionary to the Session "
    "State key instead, for example:\n"
    "    st.session_state['my_key'] = {'selection': {'rows': [0]}}"
)


class ReadOnlyAttributeDictionary(dict):  # type: ignore[type-arg]
    """Streamlit's widget-state dictionary: item and attribute access, no writes."""

    def __getitem__(self, key: Any) -> Any:
        item = super().__getitem__(key)
        return ReadOnlyAttributeDictionary(item) if isinstance(item, dict) and \
            not isinstance(item, ReadOnlyAttributeDictionary) else item

    def __getattr__(self, key: str) -> Any:
        try:
            return self[key]
        except KeyError as err:
            raise AttributeError(
                f"'{type(self).__name__}' object has no attribute '{key}'") from err

    def _read_only(self, *args: Any, **kwargs: Any) -> Any:
        raise TypeError(_READ_ONLY_ERROR_MSG)

    __setattr__ = __setitem__ = __delitem__ = __ior__ = _read_only  # type: ignore[assignment]
    clear = pop = popitem = setdefault = update = _read_only  # type: ignore[assignment]


class _SelectionHolder(ReadOnlyAttributeDictionary):
    """A state whose ``selection`` item is its own read-only class."""

    _selection_class: type = ReadOnlyAttributeDictionary

    def __getitem__(self, key: Any) -> Any:
        if key == "selection":
            item = dict.__getitem__(self, key)
            return item if isinstance(item, self._selection_class) else \
                self._selection_class(item)
        return super().__getitem__(key)


class DataframeSelectionState(ReadOnlyAttributeDictionary):
    """rows, columns and cells selected in ``st.dataframe``."""


class DataframeState(_SelectionHolder):
    """What ``st.dataframe(..., on_select=...)`` returns."""

    _selection_class = DataframeSelectionState


class PlotlySelectionState(ReadOnlyAttributeDictionary):
    """points, point_indices, box and lasso selected in a Plotly chart."""


class PlotlyState(_SelectionHolder):
    _selection_class = PlotlySelectionState


class VegaLiteState(_SelectionHolder):
    """What a Vega-Lite chart with ``on_select`` returns (selection by parameter name)."""


class EChartsSelectionState(ReadOnlyAttributeDictionary):
    """selected and areas of an ECharts chart."""


class EChartsState(_SelectionHolder):
    _selection_class = EChartsSelectionState


class PydeckSelectionState(ReadOnlyAttributeDictionary):
    """indices and objects selected in a pydeck chart."""


class PydeckState(_SelectionHolder):
    _selection_class = PydeckSelectionState


class ButtonColumnClickState(ReadOnlyAttributeDictionary):
    """The row and label of a clicked ``ButtonColumn`` cell."""


@dataclass(repr=False)
class ChatInputValue(MutableMapping[str, Any]):
    """What ``st.chat_input(accept_file=...)`` returns, as Streamlit's: the
    text, and the files (and audio) when the input accepts them; also a
    mapping of those parts. A part the input does not accept is not there
    (``AttributeError`` / ``KeyError``)."""

    text: str
    files: list[UploadedFile] = field(default_factory=list)
    audio: UploadedFile | None = None
    _include_files: bool = field(default=False, repr=False, compare=False)
    _include_audio: bool = field(default=False, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        # The include flags are the allow-list; a part deleted with `del` is gone.
        stored = vars(self)
        result: dict[str, Any] = {}
        if "text" in stored:
            result["text"] = stored["text"]
        if self._include_files and "files" in stored:
            result["files"] = stored["files"]
        if self._include_audio and "audio" in stored:
            result["audio"] = stored["audio"]
        return result

    def __len__(self) -> int:
        return len(self.to_dict())

    def __iter__(self) -> Iterator[str]:
        return iter(self.to_dict())

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self.to_dict()

    def __getitem__(self, item: str) -> Any:
        if item not in self:
            raise KeyError(f"Invalid key: {item}")
        return self.to_dict()[item]

    def __getattribute__(self, name: str) -> Any:
        if name == "files" and not object.__getattribute__(self, "_include_files"):
            raise AttributeError(
                "'ChatInputValue' object has no attribute 'files' (accept_file=False)")
        if name == "audio" and not object.__getattribute__(self, "_include_audio"):
            raise AttributeError(
                "'ChatInputValue' object has no attribute 'audio' (accept_audio=False)")
        return object.__getattribute__(self, name)

    def __setitem__(self, key: str, value: Any) -> None:
        allowed = {"text"}
        if self._include_files:
            allowed.add("files")
        if self._include_audio:
            allowed.add("audio")
        if key not in allowed:
            raise KeyError(f"Invalid key: {key}")
        setattr(self, key, value)

    def __delitem__(self, key: str) -> None:
        if key not in self:
            raise KeyError(f"Invalid key: {key}")
        delattr(self, key)

    def __repr__(self) -> str:
        # As Streamlit's: the keys it has, as keyword arguments.
        shown = ", ".join(f"{key}={value!r}" for key, value in self.to_dict().items())
        return f"{type(self).__name__}({shown})"
