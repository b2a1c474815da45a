"""The command line of the export, shared by ``python -m streamlit_cell
export`` and the ``%streamlit_cell export`` line magic."""

from __future__ import annotations

import argparse

#: What --cell takes, for both front ends.
CELL_HELP = ("export only this app: its --key, the script a `%%streamlit_cell run` line "
             "runs, or its index among the %%%%streamlit_cell cells (0 is the first); "
             "default: every app (several make a multipage app)")
OUTPUT_HELP = ("a .py file, or a folder (it gets streamlit_app.py and requirements.txt); "
               "page files and the setup module go beside the script")


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """The options both front ends share (the output is positional in the magic)."""
    parser.add_argument("--cell", "-c", default=None, metavar="KEY_OR_INDEX", help=CELL_HELP)
    parser.add_argument("--force", action="store_true",
                        help="replace files the export did not write")
