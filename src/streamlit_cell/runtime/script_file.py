"""Running a Streamlit script *file* the way ``streamlit run`` does.

``%streamlit_cell run app.py -- args`` runs the file's source like a cell,
but during each run (callbacks included) the script also sees what
``streamlit run`` gives it: ``sys.argv == [absolute path, *args]``, the
script's folder first on ``sys.path`` (so it can import its sibling modules),
``__file__``, and the script-level ``.streamlit/secrets.toml``. All of this is
restored when the run ends, so the notebook's own ``sys.argv`` and
``sys.path`` are left as they were.
"""

from __future__ import annotations

import linecache
import os
import sys
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, Callable, Iterator

from .run_result import RunResult
from .script_runner import ScriptRunner

#: The script file whose run is in progress (None for a cell's code).
_current_script: ContextVar["ScriptFile | None"] = ContextVar(
    "streamlit_cell_script_file", default=None)

#: What ``streamlit run`` accepts (``ACCEPTED_FILE_EXTENSIONS`` in Streamlit's CLI).
ACCEPTED_EXTENSIONS = (".py", ".py3")


class ScriptFileError(ValueError):
    """The path given to ``%streamlit_cell run`` is not a script that can run."""


@dataclass(frozen=True)
class ScriptFile:
    """A script file and the command-line arguments to run it with."""

    path: str
    args: tuple[str, ...] = ()

    @classmethod
    def resolve(cls, target: str, args: tuple[str, ...] = (),
                cwd: str | None = None) -> "ScriptFile":
        """The script ``streamlit run target`` would run: a relative path is
        taken from ``cwd`` (the notebook's working folder), a folder means its
        ``streamlit_app.py``, and the file must be a Python file that exists."""
        path = os.path.abspath(os.path.join(cwd or os.getcwd(), os.path.expanduser(target)))
        if os.path.isdir(path):
            path = os.path.join(path, "streamlit_app.py")
        extension = os.path.splitext(path)[1]
        if extension not in ACCEPTED_EXTENSIONS:
            kind = f"not {extension}" if extension else "but this file has no extension"
            raise ScriptFileError(f"Streamlit runs Python (.py) files, {kind}: {path}")
        if not os.path.isfile(path):
            raise ScriptFileError(f"File does not exist: {path}")
        return cls(path, tuple(args))

    @property
    def folder(self) -> str:
        return os.path.dirname(self.path)

    def read(self) -> str:
        with open(self.path, encoding="utf-8") as file:
            return file.read()

    @contextmanager
    def environment(self) -> Iterator[None]:
        """What ``streamlit run`` sets up for the script, for one run."""
        saved_argv = sys.argv
        sys.argv = [self.path, *self.args]
        sys.path.insert(0, self.folder)
        token = _current_script.set(self)
        try:
            yield
        finally:
            _current_script.reset(token)
            sys.argv = saved_argv
            # Remove our entry only: what the script added to sys.path itself
            # stays, as it would in a long-running `streamlit run` process.
            try:
                sys.path.remove(self.folder)
            except ValueError:  # the script removed it already
                pass


def current_script() -> ScriptFile | None:
    """The script file being run, if the run in progress is one."""
    return _current_script.get()


class ScriptFileRunner(ScriptRunner):
    """A ScriptRunner whose every run happens in the script's environment."""

    def __init__(self, script: ScriptFile, source: str, session: Any, *, cell_id: str,
                 fallback_namespace: Callable[[], dict[str, Any]] | None = None,
                 hidden_names: Callable[[], set[str]] | None = None) -> None:
        self.script = script
        super().__init__(
            source, session, cell_id=cell_id,
            # Tracebacks and `inspect` name the real file.
            filename=script.path,
            fallback_namespace=fallback_namespace,
            hidden_names=hidden_names,
            # `__file__` as the script sees it under `streamlit run`.
            script_path=script.path,
        )
        # Tracebacks show the lines of the code that runs, even if the file
        # changes on disk later or an older version of it was run before.
        linecache.cache[script.path] = (len(source), None, source.splitlines(keepends=True),
                                        script.path)

    @classmethod
    def replacing(cls, runner: ScriptRunner, script: ScriptFile) -> "ScriptFileRunner":
        """A runner for ``script`` in place of a cell app's (not yet run) runner."""
        return cls(script, runner.source, runner.session, cell_id=runner.cell_id,
                   fallback_namespace=runner._fallback_namespace,
                   hidden_names=runner._hidden_names)

    def run(self, *args: Any, **kwargs: Any) -> RunResult:
        with self.script.environment():
            return super().run(*args, **kwargs)
