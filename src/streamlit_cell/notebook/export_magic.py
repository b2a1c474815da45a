"""``%streamlit_cell export app.py [--cell KEY_OR_INDEX]``: export the running
notebook (see ``streamlit_cell.export``) from inside it."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, NoReturn, Sequence

from IPython.core.error import UsageError

from ..export import Export, ExportError, export_history, export_notebook
from ..export.cli import OUTPUT_HELP, add_export_options
from ..export.running import UNKNOWN_NOTEBOOK, running_notebook

USAGE = ("Usage: %streamlit_cell export APP.py|FOLDER [--cell KEY_OR_INDEX] [--force] "
         "[--notebook PATH.ipynb | --history]")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"%streamlit_cell export: {message}. {USAGE}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="%streamlit_cell export", add_help=False)
    parser.add_argument("output", help=OUTPUT_HELP)
    add_export_options(parser)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--notebook", default=None,
                       help="the notebook file to export (default: the running one)")
    which.add_argument("--history", action="store_true",
                       help="export what this session ran (its input history)")
    return parser


def export_running(shell: Any, argv: Sequence[str]) -> Export:
    """Export the running notebook: its saved file when the front end says
    which file it is (or --notebook names it), else this session's history."""
    args = _parser().parse_args(list(argv))
    cwd = Path(os.getcwd())
    notebook = Path(args.notebook) if args.notebook else None
    if notebook is None and not args.history:
        notebook = running_notebook(shell.user_ns, os.environ, cwd)
    try:
        if notebook is not None:
            export = export_notebook(notebook, args.output, cell=args.cell)
            export.notes.insert(0, f"exported the saved {notebook.name}: save the notebook "
                                   "first to include changes made since")
        else:
            # The raw inputs, as typed; the last one is this cell, which runs the export.
            inputs = list(shell.history_manager.input_hist_raw[1:-1])
            export = export_history(inputs, args.output, cell=args.cell, folder=cwd)
            if not args.history:
                export.notes.insert(0, UNKNOWN_NOTEBOOK)
        export.write(force=args.force)
    except ExportError as error:
        raise UsageError(f"%streamlit_cell export: {error}") from None
    print(export.summary())
    return export
