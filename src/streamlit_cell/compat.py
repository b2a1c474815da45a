"""Which of Streamlit's ``st.*`` names work in a notebook: ``python -m streamlit_cell.compat``.

Prints a Markdown table (for the README) of the installed Streamlit's public
``st.*`` names, each one either *supported* or *not in notebooks* (with what
to use instead), computed at run time from ``streamlit_cell.api`` and
``streamlit_cell.elements.not_in_notebooks`` so it stays true as names are added.
``--check`` exits with status 1 when a name is neither (not implemented yet)
or when ``NOT_IN_NOTEBOOKS`` lists a name that is supported or that Streamlit
does not have.

Which names count (Streamlit's own rule, ``public_streamlit_names`` in
``streamlit/command_suggestions.py``): every attribute of the ``streamlit``
module whose name does not start with ``_`` and whose value is not a module,
plus the three documented namespaces ``column_config``, ``components`` and
``typing``. So ``st.button``, ``st.session_state``, ``st.Page`` count; the
submodules that appear in ``dir(streamlit)`` only because Streamlit imports
them internally (``st.runtime``, ``st.util``, ``st.web``...) do not.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from types import ModuleType
from typing import Iterable, Sequence

from .runtime.errors import StreamlitNotSupportedInNotebookError
from .elements.not_in_notebooks import NOT_IN_NOTEBOOKS
from . import api

#: Public module namespaces of ``st`` (Streamlit's ``_PUBLIC_STREAMLIT_NAMESPACES``).
PUBLIC_NAMESPACES = frozenset({"column_config", "components", "typing"})

SUPPORTED = "supported"
NOT_IN_NOTEBOOKS_STATUS = "not in notebooks"
NOT_IMPLEMENTED = "not implemented yet"


def streamlit_public_names(streamlit: ModuleType) -> list[str]:
    """The public ``st.*`` names of a Streamlit module, sorted (see module doc)."""
    namespace = dict(vars(streamlit))
    names = {name for name, value in namespace.items()
             if not name.startswith("_") and not isinstance(value, ModuleType)}
    names |= PUBLIC_NAMESPACES & namespace.keys()
    return sorted(names, key=str.lower)


@dataclass(frozen=True)
class Row:
    """One ``st.*`` name and what it is in a notebook."""

    name: str
    status: str
    instead: str = ""

    @property
    def cell(self) -> str:
        """The table cell: the status, with what to use instead if any."""
        return f"{self.status}: {self.instead}" if self.instead else self.status


def classify(names: Iterable[str], api: ModuleType) -> list[Row]:
    """What each name is in ``api`` (``streamlit_cell.api``): supported when it
    resolves, not in notebooks when it raises StreamlitNotSupportedInNotebookError,
    else not implemented yet."""
    rows = []
    for name in names:
        try:
            getattr(api, name)
        except StreamlitNotSupportedInNotebookError as error:
            reason = NOT_IN_NOTEBOOKS.get(name)
            rows.append(Row(name, NOT_IN_NOTEBOOKS_STATUS,
                            reason.instead if reason is not None else str(error)))
        except AttributeError:
            rows.append(Row(name, NOT_IMPLEMENTED))
        else:
            # A command can exist only to check its arguments as Streamlit does
            # before it says it cannot work here (st.echarts_chart): its entry wins.
            listed = NOT_IN_NOTEBOOKS.get(name)
            rows.append(Row(name, NOT_IN_NOTEBOOKS_STATUS, listed.instead) if listed
                        else Row(name, SUPPORTED))
    return rows


def problems(rows: Sequence[Row], not_in_notebooks: Iterable[str] = NOT_IN_NOTEBOOKS) -> list[str]:
    """What ``--check`` fails on, one line each."""
    found = [f"`st.{r.name}` is neither supported nor listed in "
             "streamlit_cell.elements.not_in_notebooks.NOT_IN_NOTEBOOKS" for r in rows
             if r.status == NOT_IMPLEMENTED]
    by_name = {r.name: r for r in rows}
    for name in not_in_notebooks:
        row = by_name.get(name)
        if row is None:
            found.append(f"NOT_IN_NOTEBOOKS lists `st.{name}`, which Streamlit does not have")
        elif row.status == SUPPORTED:
            found.append(f"`st.{name}` is supported now: remove it from NOT_IN_NOTEBOOKS")
    return found


def summary(rows: Sequence[Row], streamlit_version: str) -> str:
    supported = sum(r.status == SUPPORTED for r in rows)
    not_here = sum(r.status == NOT_IN_NOTEBOOKS_STATUS for r in rows)
    missing = sum(r.status == NOT_IMPLEMENTED for r in rows)
    percent = 100 * supported / len(rows) if rows else 0.0
    return (f"Streamlit {streamlit_version}: {supported} of {len(rows)} `st.*` names "
            f"supported ({percent:.1f}%), {not_here} not in notebooks, "
            f"{missing} not implemented yet.")


def markdown_table(rows: Sequence[Row]) -> str:
    lines = ["| `st.*` name | In a notebook |", "|---|---|"]
    lines += [f"| `st.{r.name}` | {r.cell.replace('|', chr(92) + '|')} |" for r in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m streamlit_cell.compat",
        description="Print which of the installed Streamlit's st.* names streamlit-cell "
                    "supports, as a Markdown table.")
    parser.add_argument("--check", action="store_true",
                        help="exit with status 1 if a name is neither supported nor listed "
                             "as not in notebooks (or the list is stale)")
    args = parser.parse_args(argv)
    try:
        import streamlit
    except ImportError:
        parser.error("Streamlit must be installed: its st.* names are what is compared.")

    rows = classify(streamlit_public_names(streamlit), api)
    print(summary(rows, streamlit.__version__))
    print()
    print(markdown_table(rows))
    if args.check:
        found = problems(rows)
        for line in found:
            print(f"error: {line}", file=sys.stderr)
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
