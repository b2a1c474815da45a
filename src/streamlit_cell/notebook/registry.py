"""The kernel-wide registry of streamlit cell apps and cross-cell reactivity.

Pure logic: no ipywidgets, no IPython (the shell is only a namespace to read
and publish to), so it is tested in the fast tier with fake apps. An app hands
the registry the result of a run a person caused; the registry reruns the
other apps that read a key the run changed, in notebook order (the order the
apps were created), each at most once per user event, and follows the keys
those reruns write in turn.
"""

from __future__ import annotations

from typing import Any, Callable, Protocol, TypeVar

from ..runtime.run_result import RunResult, is_interrupt


class App(Protocol):
    """What the registry needs of a cell's app."""

    cell_id: str
    closed: bool
    #: The session keys the app's last run read.
    read_keys: set[str]

    def run(self, widget_values: dict[str, Any] | None = None) -> RunResult | None:
        """Run the app's script (None: the run was merged into one in progress)."""

    def close(self) -> None:
        """Close the app's widgets."""


AppT = TypeVar("AppT", bound=App)


class AppRegistry:
    """Every streamlit cell app of this kernel."""

    def __init__(self, shell: Any) -> None:
        self.shell = shell
        self.apps: dict[str, App] = {}
        self._external_writes: set[str] = set()

    def user_namespace(self) -> dict[str, Any]:
        return self.shell.user_ns if self.shell is not None else {}

    def publish(self, names: dict[str, Any]) -> None:
        if self.shell is not None:
            self.shell.user_ns.update(names)

    def create(self, cell_id: str, make_app: Callable[[], AppT]) -> AppT:
        """The new app of a cell, made by ``make_app`` once the cell's previous
        app (if any) is closed. Session state, the cell's widget state
        included, is kept."""
        old = self.apps.pop(cell_id, None)
        if old is not None:
            old.close()
        app = make_app()
        self.apps[cell_id] = app
        return app

    def after_run(self, origin: App, result: RunResult | None) -> None:
        """``origin`` ran (for a person's input, or its cell was executed):
        rerun the other apps that read what the run changed."""
        if result is None or is_interrupt(result):
            return  # merged into a run in progress, or interrupted: nothing more runs
        self.propagate(result.changed_keys, done={origin.cell_id})

    def propagate(self, written: set[str], done: set[str]) -> None:
        """Rerun, in creation order, the apps (not in ``done``) that read any
        key in ``written``; the keys they write join ``written``."""
        if not written:
            return
        written = set(written)
        for cell_id, app in list(self.apps.items()):
            if cell_id in done or app.closed or not (app.read_keys & written):
                continue
            done.add(cell_id)
            result = app.run(None)
            if is_interrupt(result):
                return
            if result is not None:
                written |= result.changed_keys

    # Writes from ordinary cells are collected and propagated once the cell ends.
    def note_external_write(self, key: str) -> None:
        self._external_writes.add(key)

    def flush_external_writes(self, *args: Any) -> None:
        written, self._external_writes = self._external_writes, set()
        self.propagate(written, done=set())

    def close_all(self) -> None:
        for app in self.apps.values():
            app.close()
        self.apps.clear()


__all__ = ["App", "AppRegistry"]
