"""What to ``pip install`` for an optional library a command needs.

The hints name the packages on PyPI (``pillow`` for ``PIL``), not this
package's extras: ``streamlit-cell`` is not on PyPI, so ``pip install
"streamlit-cell[charts]"`` would fail. (The extras work for a source install;
the README says so.)
"""

from __future__ import annotations

#: Import name -> the PyPI packages that make a command using it work (a
#: chart made with Altair also needs pandas for its data).
_PIP_PACKAGES = {
    "altair": ("altair", "pandas"),
    "pydeck": ("pydeck",),
    "PIL": ("pillow",),
    "pandas": ("pandas",),
    "numpy": ("numpy",),
    "plotly": ("plotly",),
    "matplotlib": ("matplotlib",),
}


def pip_install(module: str) -> str:
    """The ``pip install ...`` command that provides ``module`` (a dotted
    import name: its top-level package counts)."""
    top = module.split(".")[0]
    return "pip install " + " ".join(_PIP_PACKAGES.get(top, (top,)))


__all__ = ["pip_install"]
