"""Streamlit's ``width`` / ``height`` arguments: validation with its errors.

Elements keep the validated value in their props; a renderer decides what
"stretch" and "content" look like in the notebook.
"""

from __future__ import annotations

from numbers import Integral
from typing import Any

from ..runtime.errors import (
    StreamlitInvalidHeightError,
    StreamlitInvalidWidthError,
    StreamlitValueError,
    StreamlitValueOutOfRangeError,
)
from .icons import validate_icon_or_emoji

#: Streamlit stores pixel sizes in a protobuf uint32.
_UINT32_MAX = 2**32 - 1


def is_int(value: object) -> bool:
    """A real int, not a bool."""
    return isinstance(value, Integral) and not isinstance(value, bool)


def _check_uint32(parameter: str, value: int) -> None:
    if value < 1 or value > _UINT32_MAX:
        raise StreamlitValueOutOfRangeError(parameter, value, 1, _UINT32_MAX)


def validate_width(width: Any, allow_content: bool = False) -> None:
    """``width``: a positive int (pixels), "stretch", or "content" when allowed."""
    if not isinstance(width, (int, str)):
        raise StreamlitInvalidWidthError(width, allow_content)
    if isinstance(width, str):
        if width not in (("stretch", "content") if allow_content else ("stretch",)):
            raise StreamlitInvalidWidthError(width, allow_content)
    elif width <= 0:
        raise StreamlitInvalidWidthError(width, allow_content)
    else:
        _check_uint32("width", width)


def validate_height(height: Any, allow_content: bool = False) -> None:
    """``height``: a positive int (pixels), "stretch", or "content" when allowed."""
    if not isinstance(height, (int, str)):
        raise StreamlitInvalidHeightError(height, allow_content)
    if isinstance(height, str):
        if height not in (("stretch", "content") if allow_content else ("stretch",)):
            raise StreamlitInvalidHeightError(height, allow_content)
    elif height <= 0:
        raise StreamlitInvalidHeightError(height, allow_content)
    else:
        _check_uint32("height", height)


# Streamlit's checks of the sizing arguments most elements share.
_TEXT_ALIGNMENTS = ("left", "center", "right", "justify")


def check_width(width: Any, *, content: bool, extra: tuple[str, ...] = ()) -> None:
    """Streamlit's ``width`` check (``content``: "content" allowed too)."""
    if width == "stretch" and type(width) is str:  # the default of most elements
        return
    if not (isinstance(width, str) and width in extra):
        validate_width(width, allow_content=content)


def check_height(height: Any, *, content: bool = True) -> None:
    validate_height(height, allow_content=content)


def check_icon(icon: Any) -> None:
    """An icon: an emoji or ``:material/name:`` (None: no icon)."""
    if icon is not None:
        validate_icon_or_emoji(icon)


def check_text_alignment(text_alignment: Any) -> None:
    if text_alignment not in _TEXT_ALIGNMENTS:
        raise StreamlitValueError("text_alignment", [repr(a) for a in _TEXT_ALIGNMENTS])
