"""``%load_ext streamlit_cell``, the ``%%streamlit_cell`` cell magic and the
``%streamlit_cell run app.py`` and ``%streamlit_cell export app.py`` line magics."""

from __future__ import annotations

import hashlib
import shlex
from typing import Any

from IPython.core.error import UsageError
from IPython.core.magic import Magics, cell_magic, line_magic, magics_class
from IPython.core.magic_arguments import argument, magic_arguments
from IPython.display import display

from .. import api
from .cell_app import CellApp, current_cell_id
from .export_magic import export_running
from .registry import AppRegistry
from ..runtime.element_ids import SOURCE_HASH_PREFIX
from ..runtime.run_result import is_interrupt
from ..runtime.script_file import ScriptFile, ScriptFileError, ScriptFileRunner
from ..runtime.state import add_external_write_listener, remove_external_write_listener

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

    @magic_arguments()
    @argument("command", nargs="?",
              help="`run`: run a Streamlit script file as an app. `export APP.py "
                   "[--cell KEY_OR_INDEX]`: write this notebook's apps as a Streamlit app.")
    @argument("script", nargs="?",
              help="The script to run (relative to the current folder; a folder means its "
                   "streamlit_app.py), as with `streamlit run`.")
    @argument("script_args", nargs="*", metavar="-- ARGS",
              help="Arguments for the script, after `--`: its sys.argv is "
                   "[absolute path, *ARGS] during each run.")
    @argument("--key", "-k", default=None,
              help="Identity of the app. Running the magic again with the same key replaces "
                   "that app (default: the script's absolute path).")
    @argument("--no-publish", action="store_true",
              help="Do not copy the script's top-level names into the notebook namespace.")
    @line_magic("streamlit_cell")
    def streamlit_cell_line(self, line: str) -> None:
        """Run a Streamlit script file as a live app in this cell's output;
        ``%streamlit_cell export app.py`` writes this notebook's apps as one.

        ``%streamlit_cell run app.py -- --arg value`` is ``streamlit run
        app.py -- --arg value`` in a notebook: every widget interaction reruns
        the file's code, with ``sys.argv``, ``sys.path`` (the script's folder
        first), ``__file__`` and the script folder's ``.streamlit/secrets.toml``
        as ``streamlit run`` gives them. The file is read when the magic runs:
        run the magic again after editing it.
        """
        usage = ("Usage: %streamlit_cell run path/to/app.py [--key KEY] [--no-publish] "
                 "[-- script args...]")
        try:
            argv = shlex.split(line)
        except ValueError as error:  # an unclosed quote
            raise UsageError(f"%streamlit_cell: {error} in {line!r}. {usage}") from None
        if argv[:1] == ["export"]:
            export_running(self.shell, argv[1:])
            return
        # As with `streamlit run app.py -- args`: everything after `--` is the script's.
        script_args: list[str] = []
        if "--" in argv:
            split = argv.index("--")
            argv, script_args = argv[:split], argv[split + 1:]
        try:
            args = self.streamlit_cell_line.parser.parse_args(argv)
        except UsageError as error:
            raise UsageError(f"%streamlit_cell: {error}. {usage}") from None
        if args.command is None:
            raise UsageError(f"%streamlit_cell needs a command. {usage}")
        if args.command != "run":
            raise UsageError(f"%streamlit_cell: unknown command {args.command!r}. {usage}")
        if args.script is None:
            raise UsageError(f"%streamlit_cell run: which script? {usage}")
        if args.key is not None and not args.key.strip():
            raise UsageError("%streamlit_cell run: --key needs a non-empty name.")
        try:
            script = ScriptFile.resolve(args.script, (*args.script_args, *script_args))
            source = script.read()
        except (ScriptFileError, OSError, UnicodeDecodeError) as error:
            raise UsageError(f"%streamlit_cell run: {error}") from None
        run_cell_app(source, key=args.key or script.path, publish=not args.no_publish,
                     shell=self.shell, script=script)


def run_cell_app(source: str, *, key: str | None, publish: bool, shell: Any,
                 script: ScriptFile | None = None) -> CellApp:
    """Create (or replace) the app of the executing cell, run it, display it.

    With ``script``, ``source`` is that file's code, run in the environment
    ``streamlit run`` gives it (see ``script_file``)."""
    reg = registry()
    # Compile first: a syntax error is the user's to fix, and leaves the old app alone.
    try:
        compile(source, script.path if script else "<streamlit_cell>", "exec")
    except SyntaxError as error:
        what = (f"%streamlit_cell run: {script.path} is" if script
                else "%%streamlit_cell: the cell is")
        raise UsageError(f"{what} not valid Python: {error}") from None
    cell_id = key or current_cell_id(shell) or \
        SOURCE_HASH_PREFIX + hashlib.sha1(source.encode(), usedforsecurity=False).hexdigest()[:12]
    count = getattr(shell, "execution_count", None)
    label = script.path if script else \
        f"streamlit_cell {cell_id}" + (f" (In [{count}])" if count else "")
    app = reg.create(cell_id, lambda: CellApp(reg, cell_id, source, label=label,
                                              publish=publish))
    if script is not None:
        app.runner = ScriptFileRunner.replacing(app.runner, script)
    result = app.run(None)
    display(app.root)
    if is_interrupt(result):
        # The app shows where the run stopped; the cell fails as an
        # interrupted cell does, so the front end runs no queued cells.
        raise result.exception
    reg.after_run(app, result)
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
    magics["line"].pop("streamlit_cell", None)
    if ipython.user_ns.get("st") is api:
        del ipython.user_ns["st"]
