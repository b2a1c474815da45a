"""``st.context``: what Streamlit 1.67's ``ContextProxy`` gives, with the values
that are true for a notebook app.

In Streamlit these come from the viewer's browser request. A notebook app is
run by the kernel, so:

* ``timezone`` / ``timezone_offset`` / ``locale`` are the kernel machine's
  (its IANA time zone name, the offset in minutes as a browser gives it
  (UTC+1 is ``-60``), and its language as a BCP 47 tag such as ``"en-US"``;
  ``None`` when the machine sets no language, as the ``C`` locale);
* ``headers`` and ``cookies`` are empty and ``ip_address`` is ``None``: no
  HTTP request reaches the kernel from the viewer;
* ``url`` is ``None`` (the app has no URL of its own) and ``is_embedded``
  ``False`` (not a Streamlit page embedded with ``?embed=true``);
* ``theme.type`` is ``None``: the kernel does not know the notebook's theme.

An ``AppTest`` run reads ``AppTest.context`` instead, as Streamlit's AppTest
does: a key left out (or ``None``) reads as ``None``.
"""

from __future__ import annotations

import datetime as dt
import locale as locale_module
import os
import weakref
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any, Final

from .run_context import get_run_context
from .state import SessionState

_CONTEXT_KEYS: Final = frozenset({"headers", "cookies", "theme", "timezone", "timezone_offset",
                                  "locale", "url", "ip_address", "is_embedded"})

#: ``AppTest.context`` of a test's session (validated), which its runs read.
tester_contexts: "weakref.WeakKeyDictionary[SessionState, dict[str, Any]]" = \
    weakref.WeakKeyDictionary()

# ------------------------------------------------------- the kernel machine
_ZONEINFO_DIRS = ("/usr/share/zoneinfo/", "/usr/lib/zoneinfo/", "/usr/share/lib/zoneinfo/")


def kernel_timezone() -> str | None:
    """The kernel machine's IANA time zone name (``TZ``, ``/etc/timezone``,
    or where ``/etc/localtime`` points), or None if it names none."""
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz and "/" in tz and not tz.startswith("/"):
        return tz
    if tz.startswith("/"):
        for prefix in _ZONEINFO_DIRS:
            if tz.startswith(prefix):
                return tz[len(prefix):]
    if tz in ("UTC", "GMT"):
        return tz
    try:
        with open("/etc/timezone", encoding="utf-8") as file:
            name = file.read().strip()
        if name:
            return name
    except OSError:
        pass
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return None
    for prefix in _ZONEINFO_DIRS:
        if target.startswith(prefix):
            return target[len(prefix):]
    return None


def kernel_timezone_offset(now: dt.datetime | None = None) -> int:
    """Minutes to add to local time to get UTC, as JavaScript's
    ``Date.getTimezoneOffset()`` (what Streamlit's browser sends)."""
    moment = now if now is not None and now.tzinfo is not None else (now or dt.datetime.now()).astimezone()
    offset = moment.utcoffset() or dt.timedelta(0)
    return -int(offset.total_seconds() // 60)


def kernel_locale() -> str | None:
    """The kernel machine's language as a BCP 47 tag (``"de-DE"``), as a
    browser's ``navigator.language``; None for the ``C``/``POSIX`` locale."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            break
    else:
        value = locale_module.getlocale()[0] or ""
    name = value.split(".", 1)[0].split("@", 1)[0]
    if not name or name in ("C", "POSIX"):
        return None
    return name.replace("_", "-")


# -------------------------------------------------------------- the values
class StreamlitTheme(dict):  # type: ignore[type-arg]
    """``st.context.theme``: a dict with attribute access; ``type`` is
    ``"light"``, ``"dark"`` or None."""

    def __getattr__(self, key: str) -> Any:
        try:
            value = self[key]
        except KeyError:
            raise AttributeError(key) from None
        return StreamlitTheme(value) if isinstance(value, dict) else value

    def __setattr__(self, key: str, value: Any) -> None:
        self[key] = value


@lru_cache
def _normalize_header(name: str) -> str:
    return "-".join(word.capitalize() for word in name.split("-"))


class StreamlitHeaders(Mapping[str, str]):
    """``st.context.headers``: case-insensitive, repeated keys kept (``get_all``)."""

    def __init__(self, headers: Iterable[tuple[str, str]]) -> None:
        grouped: dict[str, list[str]] = {}
        for key, value in headers:
            grouped.setdefault(_normalize_header(key), []).append(value)
        self._headers = grouped

    def get_all(self, key: str) -> list[str]:
        return list(self._headers.get(_normalize_header(key), []))

    def __getitem__(self, key: str) -> str:
        try:
            return self._headers[_normalize_header(key)][0]
        except LookupError:
            raise KeyError(key) from None

    def __len__(self) -> int:
        return len(self._headers)

    def __iter__(self) -> Iterator[str]:
        return iter(self._headers)

    def to_dict(self) -> dict[str, str]:
        return {key: self[key] for key in self}


class StreamlitCookies(Mapping[str, str]):
    """``st.context.cookies``: a read-only mapping."""

    def __init__(self, cookies: Mapping[str, str]) -> None:
        self._cookies = MappingProxyType(dict(cookies))

    def __getitem__(self, key: str) -> str:
        return self._cookies[key]

    def __len__(self) -> int:
        return len(self._cookies)

    def __iter__(self) -> Iterator[str]:
        return iter(self._cookies)

    def to_dict(self) -> dict[str, str]:
        return dict(self._cookies)


def _field(name: str) -> Any:
    """One browser-supplied field: the AppTest's seed, else the kernel's value."""
    ctx = get_run_context() if tester_contexts else None
    if ctx is not None and ctx.session in tester_contexts:
        return tester_contexts[ctx.session].get(name)
    if name == "timezone":
        return kernel_timezone()
    if name == "timezone_offset":
        return kernel_timezone_offset()
    if name == "locale":
        return kernel_locale()
    if name == "is_embedded":
        return False
    return None  # url, theme: the kernel cannot know them


class ContextProxy:
    """``st.context``: read-only properties, also readable as ``st.context[key]``;
    ``in`` checks a property name. Not a dict: no ``get``/``keys``/iteration."""

    __iter__ = None

    @property
    def headers(self) -> StreamlitHeaders:
        """The request headers: none reach a notebook kernel."""
        return StreamlitHeaders([])

    @property
    def cookies(self) -> StreamlitCookies:
        """The request cookies: none reach a notebook kernel."""
        return StreamlitCookies({})

    @property
    def theme(self) -> StreamlitTheme:
        """``theme.type``: ``"light"``/``"dark"``, or None when unknown."""
        return StreamlitTheme({"type": _field("theme")})

    @property
    def timezone(self) -> str | None:
        """The IANA time zone name (the kernel machine's)."""
        return _field("timezone")

    @property
    def timezone_offset(self) -> int | None:
        """Minutes to add to local time for UTC (``-60`` for UTC+1)."""
        return _field("timezone_offset")

    @property
    def locale(self) -> str | None:
        """The language tag, e.g. ``"en-US"`` (the kernel machine's)."""
        return _field("locale")

    @property
    def url(self) -> str | None:
        """The app's URL: None, a notebook app has none."""
        url = _field("url")
        return url.removesuffix("/") if url is not None else None

    @property
    def ip_address(self) -> str | None:
        """The viewer's IP address: None, as Streamlit gives for localhost."""
        return None

    @property
    def is_embedded(self) -> bool | None:
        """Whether the app was opened with ``?embed=true``: False in a notebook."""
        return _field("is_embedded")

    def __getitem__(self, key: str) -> Any:
        if key not in _CONTEXT_KEYS:
            raise KeyError(f'st.context has no key "{key}". '
                           f"Valid keys are: {', '.join(sorted(_CONTEXT_KEYS))}.")
        return getattr(self, key)

    def __contains__(self, key: object) -> bool:
        return key in _CONTEXT_KEYS


#: ``st.context``.
context = ContextProxy()

# ----------------------------------------------------------- AppTest seeds
#: ``AppTest.context`` key -> the type of its value (Streamlit's AppTest).
_TESTER_FIELDS: Final[dict[str, type]] = {
    "timezone": str, "timezone_offset": int, "locale": str, "url": str,
    "is_embedded": bool, "theme": str}
_THEMES: Final = ("light", "dark")
_INT32 = (-(2 ** 31), 2 ** 31 - 1)


def checked_tester_context(context: object, error: type[Exception]) -> dict[str, Any]:
    """``AppTest.context`` checked as Streamlit's AppTest checks it (raising
    ``error`` with its messages); None values dropped."""
    if not isinstance(context, dict):
        raise error(f"AppTest.context must be a dict, not {type(context).__name__}.")
    seeded: dict[str, Any] = {}
    for key, value in context.items():
        if key not in _TESTER_FIELDS:
            supported = ", ".join(repr(name) for name in sorted(_TESTER_FIELDS))
            raise error(f"AppTest.context does not support {key!r}. Supported keys: "
                        f"{supported}.")
        if value is None:
            continue
        value_type = _TESTER_FIELDS[key]
        if not isinstance(value, value_type) or (value_type is int and isinstance(value, bool)):
            raise error(f"AppTest.context[{key!r}] must be {value_type.__name__}, not "
                        f"{type(value).__name__}.")
        if key == "theme" and value not in _THEMES:
            themes = " or ".join(repr(theme) for theme in _THEMES)
            raise error(f"AppTest.context['theme'] must be {themes}, not {value!r}.")
        if key == "timezone_offset" and not _INT32[0] <= value <= _INT32[1]:
            raise error(f"AppTest.context[{key!r}] has an invalid value {value!r}: "
                        f"Value out of range: {value}")
        seeded[key] = value
    return seeded
