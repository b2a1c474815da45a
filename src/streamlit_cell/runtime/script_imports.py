"""``import streamlit`` inside a script gives the emulation.

A script's globals get their own ``__builtins__`` whose ``__import__`` maps
``streamlit`` and its submodules to ours, so real Streamlit (if installed)
keeps working everywhere else in the kernel and ``sys.modules`` is untouched.

The same builtins mapping lets a script read names it does not define from a
fallback namespace (the notebook's), so every run starts from a blank slate
yet can use a DataFrame made in an earlier cell.
"""

from __future__ import annotations

import builtins
import importlib
import sys
from typing import Any, Callable

#: streamlit module name -> our module name.
MODULE_MAP = {
    "streamlit": "streamlit_cell.api",
    "streamlit.errors": "streamlit_cell.runtime.errors",
    "streamlit.config": "streamlit_cell.runtime.config",
    "streamlit.testing": "streamlit_cell.testing",
    "streamlit.testing.v1": "streamlit_cell.testing.v1",
    "streamlit.components": "streamlit_cell.elements.components",
    "streamlit.components.v1": "streamlit_cell.elements.components.v1",
    "streamlit.column_config": "streamlit_cell.elements.column_config",
    "streamlit.typing": "streamlit_cell.elements.st_typing",
    "streamlit.runtime": "streamlit_cell.streamlit_paths.runtime",
    "streamlit.runtime.scriptrunner": "streamlit_cell.streamlit_paths.scriptrunner",
    "streamlit.runtime.scriptrunner.magic_funcs": "streamlit_cell.streamlit_paths.magic_funcs",
}

_real_import = builtins.__import__


def _emulated_module(name: str) -> Any:
    target = MODULE_MAP.get(name)
    if target is None:
        raise ModuleNotFoundError(
            f"`{name}` is not part of streamlit-cell's Streamlit emulation. Inside a "
            "`%%streamlit_cell` cell, use the public `st.*` API "
            f"(available modules: {', '.join(sorted(MODULE_MAP))}).",
            name=name,
        )
    # Every rerun imports streamlit: the module is loaded after the first time.
    return sys.modules.get(target) or importlib.import_module(target)


def streamlit_import(name: str, globals: Any = None, locals: Any = None,
                     fromlist: Any = (), level: int = 0) -> Any:
    """``__import__`` that resolves ``streamlit[.x]`` to the emulation."""
    if level == 0 and (name == "streamlit" or name.startswith("streamlit.")):
        module = _emulated_module(name)
        if fromlist:
            if name == "streamlit":
                _check_importable(module, fromlist)
            return module
        # `import streamlit.errors` binds the top-level package.
        return module if name == "streamlit" else _emulated_module("streamlit")
    return _real_import(name, globals, locals, fromlist, level)


def _check_importable(module: Any, names: Any) -> None:
    """``from streamlit import login``: let the module raise the notebook's
    explanation for a name a notebook cannot have, which Python's
    ``ImportError`` would drop (the ``st`` module's ``_check_from_import``)."""
    check = vars(module).get("_check_from_import")
    if check is not None:
        check(names)


class _ScriptBuiltins(dict):
    """Builtins for a script: real builtins, our ``__import__``, and a
    fallback to the notebook's namespace for names the script doesn't define."""

    __slots__ = ("_fallback", "_hidden")

    def __missing__(self, name: str) -> Any:
        if name in builtins.__dict__:  # added to Python's builtins since the copy
            return builtins.__dict__[name]
        fallback = self._fallback() if self._fallback is not None else {}
        if name in fallback and name not in self._hidden():
            return fallback[name]
        raise KeyError(name)


def make_script_builtins(fallback: Callable[[], dict[str, Any]] | None = None,
                         hidden: Callable[[], set[str]] | None = None) -> dict[str, Any]:
    """The builtins of one script, made once and kept across its runs (as a
    Streamlit script shares the process's builtins): copying Python's ~150
    builtins on every rerun would cost more than the rest of a small run's setup."""
    script_builtins = _ScriptBuiltins(builtins.__dict__)
    script_builtins["__import__"] = streamlit_import
    script_builtins._fallback = fallback
    script_builtins._hidden = hidden or set
    return script_builtins


def make_script_globals(script_builtins: dict[str, Any], script_path: str) -> dict[str, Any]:
    """Fresh globals for one run of a script: ``__name__ == "__main__"`` and
    ``__file__`` as ``streamlit run`` gives them (``script_path``)."""
    return {"__name__": "__main__", "__file__": script_path, "__builtins__": script_builtins,
            "st": _emulated_module("streamlit")}
