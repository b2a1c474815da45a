"""A least-recently-used memo bounded by the size of what it holds.

``functools.lru_cache`` bounds entries by count: thirty different 5 MB
texts kept ~290 MB alive. The renderers' memos (Markdown, Graphviz SVG) are
keyed and valued by strings, so their cost is their length: this memo keeps
at most ``max_chars`` characters of keys and values together, evicting the
least recently used, and never keeps an entry bigger than a quarter of that.
It also keeps at most ``max_entries`` entries: an app whose text changes on
every run ("Count = 1", "Count = 2"...) makes a new tiny entry per run, and
each costs Python far more than its characters (the dict slot, the tuple,
two string objects), so a budget of characters alone would let a counter
fill ~100 MB over hours of clicking.
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

    def __init__(self, func: Callable[..., Result], max_chars: int,
                 max_entries: int = 4096) -> None:
        self._func = func
        self.max_chars = max_chars
        self.max_entries = max_entries
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
            while self.size > self.max_chars or len(self._entries) > self.max_entries:
                _, (_, evicted) = self._entries.popitem(last=False)
                self.size -= evicted
        return result

    def __len__(self) -> int:
        return len(self._entries)

    def cache_clear(self) -> None:
        self._entries.clear()
        self.size = 0


def size_bounded_memo(max_chars: int, max_entries: int = 4096
                      ) -> Callable[[Callable[..., Result]], SizeBoundedMemo[Result]]:
    """Decorator form of ``SizeBoundedMemo``."""
    def wrap(func: Callable[..., Result]) -> SizeBoundedMemo[Result]:
        return SizeBoundedMemo(func, max_chars, max_entries)
    return wrap


__all__ = ["SizeBoundedMemo", "size_bounded_memo"]
