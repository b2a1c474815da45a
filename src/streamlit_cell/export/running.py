"""Which notebook a kernel is running, for ``%streamlit_cell export``: the
front ends say it in different ways, and some not at all."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Mapping

#: Where front ends leave the notebook's path: VS Code's user namespace name,
#: ipykernel's (copied from Jupyter Server's JPY_SESSION_NAME), the variable itself.
NAMESPACE_NAMES = ("__vsc_ipynb_file__", "__session__")
ENVIRONMENT_NAME = "JPY_SESSION_NAME"


def running_notebook(user_ns: Mapping[str, object], environ: Mapping[str, str],
                     cwd: Path) -> Path | None:
    """The ``.ipynb`` file the kernel runs, if a front end said which and it
    exists: an absolute path, or one relative to the kernel's folder (the
    session name can be relative to the server's root; the kernel starts in
    the notebook's folder, so its file name alone is tried last)."""
    values = [user_ns.get(name) for name in NAMESPACE_NAMES] + [environ.get(ENVIRONMENT_NAME)]
    for value in values:
        if not isinstance(value, str) or not value.endswith(".ipynb"):
            continue  # unset, or a session id rather than a path
        path = Path(os.path.expanduser(value))
        for candidate in (path, cwd / path, cwd / path.name):
            if candidate.is_file():
                return candidate.resolve()
    return None


UNKNOWN_NOTEBOOK = (
    "this kernel's notebook file is unknown (no __session__, JPY_SESSION_NAME or "
    "__vsc_ipynb_file__ names an existing .ipynb), so what this session ran was exported, "
    "from its input history; pass --notebook PATH.ipynb to export the file instead")
