"""Icons and emoji, validated as Streamlit validates ``icon=`` / ``avatar=``.

Streamlit checks emoji against its catalogue of emoji sequences; here a
sequence is an emoji when it is built the way emoji sequences are (one
pictographic character per ZWJ-joined part, with the usual modifiers, or a
flag or keycap). Material icon names cannot be checked without Google's
list, so any well-formed ``:material/name:`` is accepted.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..runtime.errors import StreamlitAPIException, StreamlitInvalidParameterTypeError

_ZWJ = "\u200d"
_VARIATION_SELECTOR = "\ufe0f"
_KEYCAP = "\u20e3"
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_TAGS = range(0xE0020, 0xE0080)  # subdivision flags (England, Scotland...)
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)

_EMOJI_SHORTCODE = re.compile(r":[a-zA-Z0-9_+-]+:")
_MATERIAL = re.compile(r"^\s*:(.+)/(.+):\s*$")
_MATERIAL_NAME = re.compile(r"^[a-z0-9_]+$")
#: A zero-width space keeps Markdown from rewriting the slash of the example.
_ICON_FORMAT_HINT = ("Please use a single emoji or a Material icon shortcode "
                     "like `:material\u200b/thumb_up:`.")


def _is_pictograph(char: str) -> bool:
    return unicodedata.category(char) == "So" or char in "©®‼⁉™ℹ↔↕↖↗↘↙↩↪⌚⌛"


def _is_emoji_part(part: str) -> bool:
    """One ZWJ-joined part: a base, then modifiers."""
    if not part:
        return False
    codes = [ord(c) for c in part]
    if len(codes) == 2 and all(c in _REGIONAL_INDICATORS for c in codes):
        return True  # a flag
    base, rest = part[0], part[1:]
    if base in "0123456789#*":
        return rest.replace(_VARIATION_SELECTOR, "") == _KEYCAP
    if not _is_pictograph(base):
        return False
    return all(c == _VARIATION_SELECTOR or ord(c) in _SKIN_TONES or ord(c) in _TAGS
               or c == _KEYCAP for c in rest)


def is_emoji(text: str) -> bool:
    """Whether ``text`` is one emoji (a single, possibly joined, sequence)."""
    if not text or text.isascii():
        return False
    return all(_is_emoji_part(part) for part in text.split(_ZWJ))


def is_material_icon(text: str) -> bool:
    return bool(_MATERIAL.match(text)) and text.strip().lower().startswith(":material/")


def validate_material_icon(icon: str) -> str:
    match = _MATERIAL.match(icon)
    if match is None or match.group(1) != "material" or \
            not _MATERIAL_NAME.match(match.group(2)):
        shown = icon.replace("/", "\u200b/")
        raise StreamlitAPIException(
            f'The value `"{shown}"` is not a valid Material icon. Please use a Material '
            "icon shortcode like **`:material\u200b/thumb_up:`**.",
            error_id="invalid-material-icon")
    return f":material/{match.group(2)}:"


def validate_emoji(text: str) -> str:
    if is_emoji(text):
        return text
    raise StreamlitAPIException(
        f'The value "{text}" is not a valid emoji. Please use a single emoji.',
        error_id="invalid-emoji")


def validate_icon_or_emoji(icon: Any) -> str:
    """Streamlit's ``icon=`` check: "" for no icon, else the normalised icon."""
    if icon is None:
        return ""
    if not isinstance(icon, str):
        raise StreamlitInvalidParameterTypeError("icon", type(icon).__name__, ["str", "None"])
    icon = icon.strip()
    if not icon:
        return ""
    if icon == "spinner":
        return icon
    if icon.startswith(":"):
        if icon.lower().startswith(":material"):
            return validate_material_icon(icon)
        if _EMOJI_SHORTCODE.fullmatch(icon):
            raise StreamlitAPIException(
                f'The value "{icon}" is not a valid icon. Emoji shortcodes are not '
                f"supported. {_ICON_FORMAT_HINT}", error_id="invalid-emoji-shortcode")
    if "://" in icon or icon[:5].lower() == "data:" or icon.startswith("//"):
        shown = icon if len(icon) <= 60 else f"{icon[:60]}…"
        raise StreamlitAPIException(
            f'The value "{shown}" looks like a URL. Images are not supported for `icon`. '
            f"{_ICON_FORMAT_HINT} To follow support for image icons, see "
            "https://github.com/streamlit/streamlit/issues/9770.", error_id="invalid-image")
    if icon.isascii():
        raise StreamlitAPIException(f'The value "{icon}" is not a valid icon. {_ICON_FORMAT_HINT}',
                                    error_id="invalid-icon")
    return validate_emoji(icon)


def extract_leading_emoji(text: str) -> tuple[str, str]:
    """The emoji ``text`` starts with (the longest one) and the rest, less the
    separators after it; ``("", text)`` when it starts with none."""
    if not text or text.isascii():
        return "", text
    for end in range(min(len(text), 12), 0, -1):
        if is_emoji(text[:end]):
            return text[:end], re.sub(r"^[_ -]*", "", text[end:])
    return "", text


def extract_leading_icon(text: str) -> tuple[str, str]:
    """The icon ``text`` starts with and the rest (Streamlit's
    ``extract_leading_icon``): a valid ``:material/name:`` shortcode (the
    whitespace after it dropped), else a leading emoji; ``("", text)`` if none.
    Alerts show such an icon as if it had been passed as ``icon=``."""
    if not text:
        return "", text
    if text.startswith(":material"):
        match = re.match(r"^(:[^:]+:)\s*(.*)", text, re.DOTALL)
        if match:
            try:
                return validate_material_icon(match.group(1)), match.group(2)
            except StreamlitAPIException:
                pass  # not a valid shortcode: an emoji may still lead
    return extract_leading_emoji(text)


def split_option_icon(label: str) -> tuple[str, str]:
    """A pills / segmented-control option label as Streamlit sends it: an icon
    (emoji or Material shortcode) that is the label's whole first word becomes
    the option's icon, the rest its content ("🍿 Corn" -> ("🍿", "Corn"));
    ``("", label)`` otherwise."""
    parts = label.split(" ", 1)
    icon, rest = extract_leading_icon(parts[0].strip())
    if icon and not rest:
        return icon, parts[1] if len(parts) > 1 else ""
    return "", label
