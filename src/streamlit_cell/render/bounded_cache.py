"""A least-recently-used memo bounded by the size of what it holds.

``functools.lru_cache`` bounds entries by count: thirty different 5 MB
texts kept ~290 MB alive. The renderers' memos (Markdown, Graphviz SVG) are
keyed and valued by strings, so their cost is their length: this memo keeps
at most ``max_chars`` characters of keys and values together, evicting the
least recently used, and never keeps an entry bigger than a quarter of that.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from typing import Any, Callable, Generic, Hashable, TypeVar

Result = TypeVar("Result", bound=str)


def _size(value: Any) -> int:
    if isinstance(value, (str, bytes)):
        return len(value)
    if isinstance(value, tuple):
        return sum(_size(item) for item in value)
    return 8


class SizeBoundedMemo(Generic[Result]):
    """``func`` memoised by its (hashable) arguments, at most ``max_chars``
    characters kept. Not thread-safe: renderers run on the kernel's main thread."""

    def __init__(self, func: Callable[..., Result], max_chars: int) -> None:
        self._func = func
        self.max_chars = max_chars
        self._entries: OrderedDict[Hashable, tuple[Result, int]] = OrderedDict()
        self.size = 0
        functools.update_wrapper(self, func)

    def __call__(self, *args: Any) -> Result:
        entry = self._entries.get(args)
        if entry is not None:
            self._entries.move_to_end(args)
            return entry[0]
        result = self._func(*args)
        cost = _size(args) + _size(result)
        if cost <= self.max_chars // 4:
            self._entries[args] = (result, cost)
            self.size += cost
            while self.size > self.max_chars:
                _, (_, evicted) = self._entries.popitem(last=False)
                self.size -= evicted
        return result

    def __len__(self) -> int:
        return len(self._entries)

    def cache_clear(self) -> None:
        self._entries.clear()
        self.size = 0


def size_bounded_memo(max_chars: int) -> Callable[[Callable[..., Result]], SizeBoundedMemo[Result]]:
    """Decorator form of ``SizeBoundedMemo``."""
    def wrap(func: Callable[..., Result]) -> SizeBoundedMemo[Result]:
        return SizeBoundedMemo(func, max_chars)
    return wrap


__all__ = ["SizeBoundedMemo", "size_bounded_memo"]
