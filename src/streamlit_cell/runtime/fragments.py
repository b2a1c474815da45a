"""Fragments: parts of a script that rerun on their own (the runtime side of
``st.fragment``, whose decorator is in ``elements/fragment.py``).

As in Streamlit, calling a decorated function renders its body into a
container of its own and records the call (function, arguments, container)
in the script's ``FragmentStorage``. When a widget rendered inside a fragment
changes, the front end asks for a *fragment run*: the callbacks run as usual,
then only that fragment's body runs again, its elements replacing the
previous ones in its container while the rest of the page stays as the last
run left it, and stale-widget clean-up is limited to the fragment's widgets
(Streamlit's ``_is_stale_widget`` with ``fragment_ids_this_run``).

A full run registers the fragments afresh; the ones it did not call are
dropped. ``st.rerun(scope="fragment")`` inside a fragment during a fragment
run reruns that fragment; a keyed ``st.rerun(scope="my_key")`` in a callback
reruns the fragments declared with ``@st.fragment(key="my_key")``.

No Jupyter here: the runner does the runs, the notebook layer only decides
which kind of run an event asks for (Streamlit's front end does the same).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from .run_context import RunContext
from .errors import StreamlitAPIException, StreamlitDuplicateElementKey
from .page_tree import Block, walk

F = TypeVar("F", bound=Callable[..., Any])

#: ``st.rerun(scope=...)`` reads these as rerun levels, so they cannot be keys.
_RESERVED_KEYS = frozenset({"app", "fragment"})


class FragmentHandledException(Exception):  # noqa: N818 - Streamlit's name
    """A fragment raised; its error is already shown in the fragment's
    container. Ends a full run (as Streamlit does); a fragment run goes on
    with its other fragments."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class FragmentRecord:
    """One call of a fragment function, enough to run its body again."""

    id: str
    #: ``module.qualname`` of the decorated function.
    definition: str
    #: Runs the body with the call's arguments in a fresh DeltaGenerator on
    #: ``container`` (made by ``st.fragment``, ``elements/fragment.py``).
    body: Callable[[RunContext], Any]
    #: The container the body renders into, in the last run's element tree.
    container: Block
    root: str
    form_id: str
    parent_id: str | None
    key: str | None


class FragmentStorage:
    """The fragments of one script (Streamlit's ``MemoryFragmentStorage``)."""

    def __init__(self) -> None:
        self._records: dict[str, FragmentRecord] = {}
        # Per run: calls of each definition under each parent (identity), the
        # keys claimed by a definition, the fragments registered.
        self._calls: dict[tuple[str | None, str], int] = {}
        self._key_owners: dict[str, str] = {}
        self._registered: set[str] = set()

    # ------------------------------------------------------------ a run
    def begin_run(self) -> None:
        self._calls.clear()
        self._key_owners.clear()
        self._registered.clear()

    def end_full_run(self) -> None:
        """Forget the fragments the run did not call (Streamlit clears its
        storage down to ``new_fragment_ids``)."""
        for fragment_id in set(self._records) - self._registered:
            del self._records[fragment_id]

    def end_fragment_run(self, ran: set[str]) -> None:
        """Forget the fragments nested in a rerun fragment that it did not call
        again (Streamlit's ``clear_stale_descendants``)."""
        for fragment_id in list(self._records):
            if fragment_id not in self._registered and self._has_ancestor_in(fragment_id, ran):
                del self._records[fragment_id]

    # ---------------------------------------------------------- identity
    def new_id(self, parent_id: str | None, definition: str) -> str:
        """The id of the next call of ``definition``: stable across runs as
        long as the calls come in the same order, as Streamlit's delta-path
        based ids are."""
        n = self._calls.get((parent_id, definition), 0)
        self._calls[(parent_id, definition)] = n + 1
        own = f"{definition}#{n}"
        return own if parent_id is None else f"{parent_id}>{own}"

    def claim_key(self, key: str, definition: str) -> None:
        owner = self._key_owners.setdefault(key, definition)
        if owner != definition:
            raise StreamlitDuplicateElementKey(key)

    def register(self, record: FragmentRecord) -> None:
        self._records[record.id] = record
        self._registered.add(record.id)

    # ------------------------------------------------------------ lookups
    def lookup(self, fragment_id: str) -> FragmentRecord | None:
        return self._records.get(fragment_id)

    def __contains__(self, fragment_id: object) -> bool:
        return fragment_id in self._records

    def ids_for_key(self, key: str) -> list[str]:
        return [r.id for r in self._records.values() if r.key == key]

    def _ancestors(self, fragment_id: str) -> Iterator[str]:
        record = self._records.get(fragment_id)
        seen = {fragment_id}
        while record is not None and record.parent_id is not None \
                and record.parent_id not in seen:
            seen.add(record.parent_id)
            yield record.parent_id
            record = self._records.get(record.parent_id)

    def _has_ancestor_in(self, fragment_id: str, candidates: set[str]) -> bool:
        return any(a in candidates for a in self._ancestors(fragment_id))

    def order(self, fragment_ids: list[str]) -> list[str]:
        """Known fragments, parents before their nested fragments; a nested
        fragment whose parent reruns anyway is left out (the parent calls it)."""
        known = [f for f in dict.fromkeys(fragment_ids) if f in self._records]
        wanted = set(known)
        return [f for f in known if not self._has_ancestor_in(f, wanted)]


# ----------------------------------------------------------------- runs
def run_fragments(ctx: RunContext, fragment_ids: list[str]) -> Exception | None:
    """Run the bodies of ``fragment_ids`` again in their containers (the
    last run's tree, patched in place). Returns the first error a fragment
    raised (already shown in its container); the other fragments still run."""
    storage = ctx.fragments
    assert storage is not None
    first_error: Exception | None = None
    ran: set[str] = set()
    for fragment_id in fragment_ids:
        record = storage.lookup(fragment_id)
        if record is None:  # dropped by a run since the event was sent
            continue
        ran.add(fragment_id)
        try:
            _rerun(ctx, record)
        except FragmentHandledException as handled:
            first_error = first_error or handled.error
    storage.end_fragment_run(ran)
    return first_error


def _rerun(ctx: RunContext, record: FragmentRecord) -> None:
    record.container.items.clear()
    saved_stack, ctx.dg_stack = ctx.dg_stack, []
    try:
        record.body(ctx)
    finally:
        ctx.dg_stack = saved_stack


def check_fragment_write(ctx: RunContext, block: Block) -> None:
    """In a fragment run, elements may only be added inside the fragments
    that run: the rest of the page is the last full run's and stays as is."""
    storage = ctx.fragments
    if storage is None:
        return
    for fragment_id in ctx.fragment_ids_this_run:
        record = storage.lookup(fragment_id)
        if record is not None and any(b is block for b in walk(record.container)):
            return
    raise StreamlitAPIException(
        "Fragments cannot write to elements outside of their container during a "
        "fragment rerun (for example `st.sidebar` or a container created outside "
        "the fragment). Create the container inside the `@st.fragment` function, "
        "or call `st.rerun()` to rerun the whole cell.",
        error_id="fragment-write-outside-container")
