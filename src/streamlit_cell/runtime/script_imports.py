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
    # Older code imports the run-control exceptions from here (they are there in 1.67 too).
    "streamlit.runtime.scriptrunner.script_runner": "streamlit_cell.runtime.script_control",
    "streamlit.runtime.scriptrunner_utils": "streamlit_cell.streamlit_paths.scriptrunner_utils",
    "streamlit.runtime.scriptrunner_utils.script_run_context":
        "streamlit_cell.streamlit_paths.scriptrunner",
    "streamlit.runtime.scriptrunner_utils.exceptions": "streamlit_cell.runtime.script_control",
    "streamlit.runtime.scriptrunner_utils.script_requests":
        "streamlit_cell.runtime.script_control",
    "streamlit.runtime.state": "streamlit_cell.streamlit_paths.state",
    "streamlit.runtime.caching": "streamlit_cell.runtime.caching",
    "streamlit.runtime.secrets": "streamlit_cell.runtime.secrets",
    "streamlit.runtime.connection_factory": "streamlit_cell.runtime.connections",
    "streamlit.connections": "streamlit_cell.runtime.connections",
    "streamlit.runtime.uploaded_file_manager":
        "streamlit_cell.streamlit_paths.uploaded_file_manager",
    # `from streamlit.navigation.page import StreamlitPage` (type hints of apps).
    "streamlit.navigation": "streamlit_cell.elements.pages",
    "streamlit.navigation.page": "streamlit_cell.elements.pages",
    "streamlit.delta_generator": "streamlit_cell.elements.delta_generator",
    "streamlit.logger": "streamlit_cell.streamlit_paths.logger",
    "streamlit.version": "streamlit_cell.streamlit_paths.version",
}

#: The emulated modules loaded so far, by their streamlit name (every rerun
#: imports streamlit again: after the first time this is one dict lookup).
_loaded: dict[str, Any] = {}

_real_import = builtins.__import__


def _emulated_module(name: str) -> Any:
    module = _loaded.get(name)
    if module is not None:
        return module
    target = MODULE_MAP.get(name)
    if target is None:
        raise ModuleNotFoundError(internal_module_message(name), name=name)
    module = importlib.import_module(target)
    parent, _, child = name.rpartition(".")
    if parent and not hasattr(_emulated_module(parent), child):
        # As a package holds its imported submodules: `import streamlit.a.b`
        # then reaches b as `streamlit.a.b` (and `import ... as` needs it).
        setattr(_emulated_module(parent), child, module)
    _loaded[name] = module
    return module


def internal_module_message(name: str) -> str:
    """Why ``import <name>`` fails: a part of Streamlit with no emulation."""
    return (
        f"No module named {name!r}: `{name}` is a Streamlit internal that streamlit-cell "
        "does not emulate, so it is not available in a notebook. Use Streamlit's public "
        "API instead (`import streamlit as st`, then `st.*`). The `streamlit` modules a "
        f"notebook script can import are: {', '.join(sorted(MODULE_MAP))}."
    )


def streamlit_import(name: str, globals: Any = None, locals: Any = None,
                     fromlist: Any = (), level: int = 0) -> Any:
    """``__import__`` that resolves ``streamlit[.x]`` to the emulation."""
    if level == 0 and (name == "streamlit" or name.startswith("streamlit.")):
        module = _emulated_module(name)
        if fromlist:
            if name == "streamlit":
                _check_importable(module, fromlist)
            for item in fromlist:
                if item != "*" and not hasattr(module, item):
                    _missing_name(name, item)
            return module
        # `import streamlit.errors` binds the top-level package.
        return module if name == "streamlit" else _emulated_module("streamlit")
    return _real_import(name, globals, locals, fromlist, level)


def _missing_name(module_name: str, item: str) -> None:
    """``from streamlit.x import y`` where ``y`` is not emulated: a submodule
    that is mapped is loaded (and bound); anything else fails naming the
    Streamlit module, not ours."""
    submodule = f"{module_name}.{item}"
    if submodule in MODULE_MAP:
        _emulated_module(submodule)
        return
    if module_name == "streamlit":
        return  # the `st` module's own `__getattr__` explains its missing names
    raise ImportError(
        f"cannot import name {item!r} from {module_name!r}: streamlit-cell emulates "
        f"`{module_name}` without it ({submodule} is a Streamlit internal that is not "
        "available in a notebook). Use Streamlit's public API instead (`st.*`).",
        name=module_name)


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
