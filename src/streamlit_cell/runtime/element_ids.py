"""Element identity, as Streamlit computes it.

A widget's id is a stable hash of its type, its user key, and the arguments
that make it "the same widget" (label, options, bounds, default...). With a
key, Streamlit uses the key alone, or the key plus a few arguments
(``key_as_main_identity``). The key is appended to the id, so the key can be
read back from it.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from typing import Any

from .run_context import RunContext
from .errors import StreamlitDuplicateElementId, StreamlitDuplicateElementKey
from .state import GENERATED_ELEMENT_ID_PREFIX, user_key_from_element_id


def compute_element_id(element_type: str, user_key: str | None, **kwargs: Any) -> str:
    """Streamlit's id: a hash of the type, the key and ``str()`` of each argument.

    Every widget computes its id on every run with the same arguments, so ids
    are memoised, but only when every argument is an immutable built-in value
    (see ``_IMMUTABLE_ATOMS``): a user's object may change what ``str()``
    gives while it still hashes the same (an identity hash), and the memo
    would keep it alive. The memo key holds each value's type: ``1 == 1.0 ==
    True`` but their ``str()`` differ."""
    values = tuple(kwargs.values())
    types = tuple(map(type, values))
    if not _IMMUTABLE_ATOMS.issuperset(types):  # rare: a tuple of options, an object
        try:
            types = tuple(map(_exact_key, values))
        except _NotImmutable:
            return _element_id(element_type, user_key, kwargs.items())
    return _memoised_id(element_type, user_key, tuple(kwargs), values, types)


#: Built-in types whose values never change and whose ``str()`` is a function
#: of their value (subclasses are left out: they may override either).
_IMMUTABLE_ATOMS = frozenset({str, int, float, bool, type(None), bytes})


class _NotImmutable(Exception):
    """An argument that must not be memoised."""


def _exact_key(value: Any) -> Any:
    """What tells ``value`` apart from every value that equals it but prints
    differently: its type, and for a tuple or frozenset the exact keys of its
    items in iteration order (``str()`` follows that order). Raises
    ``_NotImmutable`` for anything but immutable built-in values."""
    kind = type(value)
    if kind in _IMMUTABLE_ATOMS:
        return kind
    if kind is tuple:
        return kind, tuple(map(_exact_key, value))
    if kind is frozenset:
        return kind, tuple((item, _exact_key(item)) for item in value)
    raise _NotImmutable


@functools.lru_cache(maxsize=8192)
def _memoised_id(element_type: str, user_key: str | None, names: tuple[str, ...],
                 values: tuple[Any, ...], types: tuple[Any, ...]) -> str:
    return _element_id(element_type, user_key, zip(names, values))


def _element_id(element_type: str, user_key: str | None,
                arguments: Iterable[tuple[str, Any]]) -> str:
    h = hashlib.md5(usedforsecurity=False)
    h.update(element_type.encode())
    if user_key:
        h.update(user_key.encode())
    for name, value in arguments:
        h.update(str(name).encode())
        h.update(str(value).encode())
    return f"{GENERATED_ELEMENT_ID_PREFIX}-{h.hexdigest()}-{user_key}"


def compute_and_register_element_id(
    ctx: RunContext | None,
    element_type: str,
    *,
    user_key: str | None,
    key_as_main_identity: bool | set[str],
    form_id: str = "",
    root: str = "main",
    **kwargs: Any,
) -> str:
    """Compute an element id and register it for this run, raising Streamlit's
    duplicate-id / duplicate-key errors."""
    if user_key is not None and key_as_main_identity is not False:
        if isinstance(key_as_main_identity, set):
            used = {k: v for k, v in kwargs.items() if k in key_as_main_identity}
        else:
            used = {}
    else:
        used = dict(kwargs)
        used["form_id"] = form_id
        used["active_dg_root_container"] = root
    if ctx is not None:
        # Each notebook cell is its own script: its unkeyed widgets never
        # collide with another cell's (Streamlit hashes the page script).
        used["active_script_hash"] = ctx.cell_id + ctx.active_page_hash
    element_id = compute_element_id(element_type, user_key, **used)
    if ctx is not None:
        register_element_id(ctx, element_type, element_id)
    return element_id


def register_element_id(ctx: RunContext, element_type: str, element_id: str) -> None:
    user_key = user_key_from_element_id(element_id)
    if user_key:
        if user_key in ctx.widget_user_keys_this_run:
            raise StreamlitDuplicateElementKey(user_key)
        owner = ctx.session.owner_of_key(user_key)
        if owner is not None and owner != ctx.cell_id:
            raise StreamlitDuplicateElementKey(user_key, owner=_describe_cell(owner))
        ctx.widget_user_keys_this_run.add(user_key)
    if element_id in ctx.widget_ids_this_run:
        raise StreamlitDuplicateElementId(element_type)
    ctx.widget_ids_this_run.add(element_id)


#: Cell ids made from a hash of the source (see notebook/magics.py) start with this.
SOURCE_HASH_PREFIX = "src-"


def _describe_cell(cell_id: str) -> str:
    description = f"another streamlit cell ({cell_id})"
    if cell_id.startswith(SOURCE_HASH_PREFIX):
        # Without cell ids from the front end, an edited cell looks like a new
        # one, and its old app still owns the keys.
        description += (
            ". If that is this cell before you edited it (this front end does not "
            "tell the kernel cell ids), give the cell a stable identity with "
            "`%%streamlit_cell --key NAME`"
        )
    return description
