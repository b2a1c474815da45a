"""``python -m streamlit_cell``: the package's commands (no arguments lists them)."""

from __future__ import annotations

import argparse
import sys
from typing import Sequence

from . import compat
from .export import ExportError, export_notebook
from .export.cli import OUTPUT_HELP, add_export_options

DESCRIPTION = "streamlit-cell: Streamlit's programming model in Jupyter notebooks."


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m streamlit_cell", description=DESCRIPTION)
    commands = main.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    export = commands.add_parser(
        "export", help="write a notebook's apps as a Streamlit app (streamlit run)",
        description="Write the %%streamlit_cell apps of NOTEBOOK as a Streamlit app: one app "
                    "makes a plain script, several a multipage app (one st.Page per app). "
                    "The ordinary cells the apps use become its setup; notebook-only lines "
                    "are left out, with a comment saying so.")
    export.add_argument("notebook", metavar="NOTEBOOK.ipynb", help="the notebook to export")
    export.add_argument("-o", "--output", default=None, metavar="APP_OR_FOLDER",
                        help=OUTPUT_HELP + " (default: NOTEBOOK.py beside the notebook)")
    add_export_options(export)
    commands.add_parser(
        "compat", add_help=False,
        help="print which st.* names work in a notebook (python -m streamlit_cell.compat)")
    return main


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["compat"]:
        return compat.main(argv[1:])
    command_line = parser()
    if not argv:
        command_line.print_help()
        return 0
    args = command_line.parse_args(argv)
    try:
        export = export_notebook(args.notebook, args.output, cell=args.cell)
        export.write(force=args.force)
    except ExportError as error:
        print(f"python -m streamlit_cell export: error: {error}", file=sys.stderr)
        return 1
    print(export.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
