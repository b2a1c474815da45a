"""``RunResult``: what one run of a script hands back to whoever ran it.

The shell (a notebook cell's app, AppTest) reads the result and nothing of the
session's internals: which fragments ran, which session keys the run read and
wrote, the new page tree, whether it ended early or in an error, and the
defaults a cleared form shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from .page_tree import PAGE_ROOTS, Block, new_root
from .pages import NavigationMenu


#: The page roots of a result or a run context, in ``PAGE_ROOTS`` order
#: (read several times a run: one C-level call).
roots_of = attrgetter(*PAGE_ROOTS)


@dataclass
class RunResult:
    """What one run (including any ``st.rerun`` restarts) produced."""

    main: Block
    sidebar: Block
    bottom: Block = field(default_factory=lambda: new_root("bottom"))
    #: Streamlit's event container: the open `st.dialog`, if any.
    event: Block = field(default_factory=lambda: new_root("event"))
    exception: BaseException | None = None
    read_keys: set[str] = field(default_factory=set)
    #: Session keys the run's code (callbacks and body) wrote.
    written_keys: set[str] = field(default_factory=set)
    #: User keys of the widgets a person changed for this run: their values
    #: are written to the session too (see ``changed_keys``).
    input_keys: set[str] = field(default_factory=set)
    #: The ``@st.fragment``s this run ran; empty when the whole script ran.
    fragment_ids: list[str] = field(default_factory=list)
    widget_ids: set[str] = field(default_factory=set)
    trigger_values: dict[str, Any] = field(default_factory=dict)
    globals: dict[str, Any] = field(default_factory=dict)
    #: How many times ``st.rerun()`` restarted the run.
    reruns: int = 0
    #: True when the body ran to its end (no exception, no st.stop()).
    completed: bool = False
    #: What the run's ``st.set_page_config`` calls set (the app applies it).
    page_config: dict[str, Any] = field(default_factory=dict)
    #: widget id -> the value it shows at its default, for the widgets of
    #: ``clear_on_submit`` forms (what a cleared form shows until submitted).
    widget_defaults: dict[str, Any] = field(default_factory=dict)
    #: The navigation menu of a multipage app (``st.navigation``), if any.
    navigation: NavigationMenu | None = None
    #: The page asked for was not among the pages (the default page ran).
    page_not_found: bool = False

    @property
    def roots(self) -> tuple[Block, ...]:
        """The page's root containers, in ``PAGE_ROOTS`` order."""
        return roots_of(self)  # type: ignore[no-any-return]

    @property
    def changed_keys(self) -> set[str]:
        """Every session key this run changed: what other cells that read
        one of them must rerun for (cross-cell reactivity)."""
        return self.written_keys | self.input_keys

    @property
    def rerun_requested(self) -> bool:
        """Whether the script called ``st.rerun()`` during this run."""
        return self.reruns > 0

    @property
    def interrupted(self) -> bool:
        """Whether a KeyboardInterrupt (a kernel interrupt) stopped the run."""
        return isinstance(self.exception, KeyboardInterrupt)


def is_interrupt(result: RunResult | None) -> bool:
    """Whether the run was stopped by a KeyboardInterrupt (a kernel interrupt)."""
    return result is not None and result.interrupted
