"""``%load_ext streamlit_cell`` and the ``%%streamlit_cell`` cell magic."""

from __future__ import annotations

import hashlib
import shlex
from typing import Any

from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments
from IPython.display import display

from . import api
from .app import AppRegistry, CellApp, current_cell_id
from .ids import SOURCE_HASH_PREFIX
from .state import add_external_write_listener, remove_external_write_listener

_registry: AppRegistry | None = None


def registry() -> AppRegistry:
    if _registry is None:
        raise UsageError("streamlit_cell is not loaded: run `%load_ext streamlit_cell` first.")
    return _registry


@magics_class
class StreamlitCellMagics(Magics):
    @magic_arguments()
    @argument("--key", "-k", default=None,
              help="Identity of this cell's app. Running a cell with the same key replaces "
                   "that app (default: the front end's cell id, else a hash of the source).")
    @argument("--no-publish", action="store_true",
              help="Do not copy the cell's top-level names into the notebook namespace.")
    @cell_magic
    def streamlit_cell(self, line: str, cell: str) -> None:
        """Run the cell as a Streamlit script; show it as a live ipywidgets app.

        Every widget interaction reruns the cell top to bottom, as Streamlit
        does. ``st`` is predefined; ``import streamlit as st`` gives the same.
        """
        usage = "Usage: %%streamlit_cell [--key KEY] [--no-publish]"
        try:
            # Split like a shell: IPython's own splitting keeps quotes, which would
            # make `--key "my app"` the key '"my app"' and accept `--key ""`.
            argv = shlex.split(line)
        except ValueError as error:  # an unclosed quote
            raise UsageError(f"%%streamlit_cell: {error} in {line!r}. {usage}") from None
        try:
            args = self.streamlit_cell.parser.parse_args(argv)
        except UsageError as error:
            raise UsageError(f"%%streamlit_cell: {error}. {usage}") from None
        if args.key is not None and not args.key.strip():
            raise UsageError("%%streamlit_cell: --key needs a non-empty name.")
        run_cell_app(cell, key=args.key, publish=not args.no_publish, shell=self.shell)


def run_cell_app(source: str, *, key: str | None, publish: bool, shell: Any) -> CellApp:
    """Create (or replace) the app of the executing cell, run it, display it."""
    reg = registry()
    # Compile first: a syntax error is the user's to fix, and leaves the old app alone.
    try:
        compile(source, "<streamlit_cell>", "exec")
    except SyntaxError as error:
        raise UsageError(f"%%streamlit_cell: the cell is not valid Python: {error}") from None
    cell_id = key or current_cell_id(shell) or \
        SOURCE_HASH_PREFIX + hashlib.sha1(source.encode(), usedforsecurity=False).hexdigest()[:12]
    count = getattr(shell, "execution_count", None)
    label = f"streamlit_cell {cell_id}" + (f" (In [{count}])" if count else "")
    app = reg.create(cell_id, source, label=label, publish=publish)
    result = app.run(None)
    display(app.root)
    if result is not None:
        reg.propagate(set(result.written_keys), done={cell_id})
    return app


def load_ipython_extension(ipython: Any) -> None:
    global _registry
    if _registry is None:
        _registry = AppRegistry(ipython)
        add_external_write_listener(_registry.note_external_write)
        ipython.events.register("post_run_cell", _registry.flush_external_writes)
    ipython.register_magics(StreamlitCellMagics)
    ipython.user_ns.setdefault("st", api)


def unload_ipython_extension(ipython: Any) -> None:
    """Close every app's widgets and stop listening to the kernel."""
    global _registry
    if _registry is None:
        return
    _registry.close_all()
    remove_external_write_listener(_registry.note_external_write)
    try:
        ipython.events.unregister("post_run_cell", _registry.flush_external_writes)
    except ValueError:
        pass
    _registry = None
    magics = ipython.magics_manager.magics
    magics["cell"].pop("streamlit_cell", None)
    if ipython.user_ns.get("st") is api:
        del ipython.user_ns["st"]
