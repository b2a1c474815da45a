"""``st.fragment``: the decorator. Calling a decorated function renders its
body into a container of its own and records the call in the script's
``FragmentStorage`` (``runtime/fragments.py``), which reruns it on its own.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, TypeVar

from ..runtime.errors import StreamlitAPIException, StreamlitNotSupportedInNotebookError
from ..runtime.exception_element import exception_props
from ..runtime.fragments import FragmentHandledException, FragmentRecord
from ..runtime.page_tree import Element
from ..runtime.run_context import RunContext, get_run_context
from ..runtime.script_runner import strip_internal_frames
from ..runtime.state import require_valid_user_key
from .delta_generator import DeltaGenerator, main_dg

F = TypeVar("F", bound=Callable[..., Any])

#: ``st.rerun(scope=...)`` reads these as rerun levels, so they cannot be keys.
_RESERVED_KEYS = frozenset({"app", "fragment"})


def fragment(func: F | None = None, *, run_every: Any = None, parallel: bool = False,
             key: str | int | None = None) -> Any:
    """Decorate a function to run as a fragment: a widget inside it reruns
    only the function, not the whole cell.

    ``parallel=True`` is accepted: the fragments run one after the other,
    which shows the same page (Streamlit only runs them concurrently on the
    first load). ``run_every`` is not supported in a notebook.
    """
    if key is not None:
        key = str(key)
        require_valid_user_key(key)
    if key in _RESERVED_KEYS:
        raise StreamlitAPIException(
            f"`{key}` is a reserved name and cannot be used as a fragment key, "
            "because `st.rerun(scope=...)` reads it as a rerun level. Choose a "
            "different key for `@st.fragment(key=...)`.",
            error_id="fragment-reserved-key")
    if run_every:
        raise StreamlitNotSupportedInNotebookError(
            f"`@st.fragment(run_every={run_every!r})`",
            "A notebook kernel runs code only in answer to the front end, so a "
            "fragment cannot rerun on a timer. Drive it with a widget (e.g. a "
            "`st.button('Refresh')` inside the fragment), or leave `run_every` unset.")
    if func is None:
        return lambda f: fragment(f, run_every=run_every, parallel=parallel, key=key)
    return _decorate(func, key)


def _decorate(func: F, key: str | None) -> F:
    definition = f"{func.__module__}.{func.__qualname__}"

    @functools.wraps(func)
    def wrap(*args: Any, **kwargs: Any) -> Any:
        ctx = get_run_context()
        if ctx is None or ctx.fragments is None:
            return None  # as in Streamlit: outside a run, a fragment does nothing
        storage = ctx.fragments
        fragment_id = storage.new_id(ctx.fragment_id, definition)
        if key is not None:
            storage.claim_key(key, definition)
        container_dg = main_dg.container()
        container = container_dg._block
        assert container is not None

        root, form_id = container_dg._root, container_dg._form_id
        # The page the fragment is on (multipage apps): its widgets' ids hold
        # it, in a fragment run too (as Streamlit keeps the active script hash).
        page_hash = ctx.active_page_hash

        def body(run_ctx: RunContext, dg: DeltaGenerator | None = None) -> Any:
            if dg is None:  # a fragment run: a fresh DeltaGenerator on the container
                dg = main_dg._new(root=root, block=container, form_id=form_id)
            outer_page, run_ctx.active_page_hash = run_ctx.active_page_hash, page_hash
            try:
                return _execute(run_ctx, dg, fragment_id, func, args, kwargs)
            finally:
                run_ctx.active_page_hash = outer_page

        storage.register(FragmentRecord(
            id=fragment_id, definition=definition, body=body, container=container,
            root=root, form_id=form_id,
            parent_id=ctx.fragment_id, key=key))
        return body(ctx, container_dg)

    try:
        wrap.__signature__ = inspect.signature(func)  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        pass
    return wrap  # type: ignore[return-value]


def _execute(ctx: RunContext, dg: DeltaGenerator, fragment_id: str,
             func: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    """Run a fragment's body inside its container, with the fragment's id on
    the widgets it registers; an error is shown in the container."""
    outer_id = ctx.fragment_id
    ctx.fragment_id = fragment_id
    try:
        with dg:
            try:
                return func(*args, **kwargs)
            except FragmentHandledException:
                raise  # a nested fragment's error, already shown
            except Exception as error:
                strip_internal_frames(error)
                dg._enqueue(Element("exception", exception_props(error, uncaught=True)))
                raise FragmentHandledException(error) from error
    finally:
        ctx.fragment_id = outer_id
