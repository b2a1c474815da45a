"""Streamlit's Plotly template, and Plotly's default template during a run.

Importing real Streamlit registers a Plotly template named "streamlit" and
makes it Plotly's default: every figure a script builds (``px.line``,
``go.Figure``) carries it, and Plotly Express bakes its colorway and colour
scales into the traces. Its colours are placeholders (``#000001`` ...
``#000040``) that Streamlit's front end swaps for the theme's real colours.

In a notebook, Plotly's default must stay Plotly's own outside our apps
(ordinary cells' figures would change, and the placeholders would show as
near-black). So the "streamlit" default is set only while a script runs
(``streamlit_plotly_default``) and put back after; a figure built outside a
run with Plotly's untouched default gets the "streamlit" template when it is
charted (``streamlit_figure_spec``). A template the user chose is kept, as
Streamlit keeps it.

Plotly is optional and slow-ish to import: nothing here imports it. When it
is not loaded yet at a run's start, a one-shot import hook sets the default
as soon as the script imports ``plotly.io``.
"""

from __future__ import annotations

import contextlib
import importlib.abc
import importlib.util
import sys
import threading
from typing import Any, Iterator

#: The name Streamlit registers its template under.
STREAMLIT_TEMPLATE = "streamlit"
#: Plotly's own default template.
PLOTLY_TEMPLATE = "plotly"

# Streamlit's placeholder colours (streamlit/elements/lib/streamlit_plotly_theme.py):
# the front end replaces each by a theme colour (render/plotly_colors.py).
CATEGORY_PLACEHOLDERS = tuple(f"#{n:06d}" for n in range(1, 11))
SEQUENTIAL_PLACEHOLDERS = tuple(f"#{n:06d}" for n in range(11, 21))
DIVERGING_PLACEHOLDERS = tuple(f"#{n:06d}" for n in range(21, 31))
INCREASING, DECREASING, TOTAL = "#000032", "#000033", "#000034"
GRAY_70, GRAY_90, BG_COLOR, FADED_TEXT_05, BG_MIX = (
    "#000036", "#000037", "#000038", "#000039", "#000040")

_lock = threading.Lock()
#: How many script runs are under way (nested AppTests count each).
_active_runs = 0
#: Plotly's default template as the user left it outside our runs (None: not
#: known yet, i.e. Plotly was not loaded when the outermost run started).
_outside_default: str | None = None
#: True while the "streamlit" default is ours to put back at the end of the runs.
_default_set_by_us = False
_hook: "_PlotlyIoImportHook | None" = None


def _scale(colours: tuple[str, ...]) -> list[list[Any]]:
    """A Plotly colour scale of evenly spaced stops (the values Streamlit writes)."""
    last = len(colours) - 1
    return [[0.0 if i == 0 else 1.0 if i == last else i / last, colour]
            for i, colour in enumerate(colours)]


def streamlit_template_dict() -> dict[str, Any]:
    """The "streamlit" template as plain JSON values: what ``Template.to_plotly_json``
    of Streamlit's template holds (trace defaults per type, then layout)."""
    sequential = _scale(SEQUENTIAL_PLACEHOLDERS)
    return {
        "data": {
            "candlestick": [{"decreasing": {"line": {"color": DECREASING}},
                             "increasing": {"line": {"color": INCREASING}}}],
            "contour": [{"colorscale": sequential}],
            "contourcarpet": [{"colorscale": sequential}],
            "heatmap": [{"colorscale": sequential}],
            "histogram2d": [{"colorscale": sequential}],
            "icicle": [{"textfont": {"color": "white"}}],
            "sankey": [{"textfont": {"color": GRAY_70}}],
            "scatter": [{"marker": {"line": {"width": 0}}}],
            "table": [{
                "cells": {"fill": {"color": BG_COLOR}, "font": {"color": GRAY_90},
                          "line": {"color": FADED_TEXT_05}},
                "header": {"font": {"color": GRAY_70}, "line": {"color": FADED_TEXT_05},
                           "fill": {"color": BG_MIX}},
            }],
            "waterfall": [{
                "increasing": {"marker": {"color": INCREASING}},
                "decreasing": {"marker": {"color": DECREASING}},
                "totals": {"marker": {"color": TOTAL}},
                "connector": {"line": {"color": GRAY_70, "width": 2}},
            }],
        },
        "layout": {
            "colorway": list(CATEGORY_PLACEHOLDERS),
            "colorscale": {"sequential": sequential, "sequentialminus": sequential,
                           "diverging": _scale(DIVERGING_PLACEHOLDERS)},
            "coloraxis": {"colorscale": sequential},
        },
    }


def register_streamlit_template(plotly_io: Any) -> None:
    """Register the "streamlit" template with Plotly (once; a template of that
    name the user registered is kept)."""
    if STREAMLIT_TEMPLATE not in plotly_io.templates:
        import plotly.graph_objects as go

        plotly_io.templates[STREAMLIT_TEMPLATE] = go.layout.Template(streamlit_template_dict())


def _set_default(templates: Any, name: str) -> None:
    """Plotly's default template := ``name`` (a registered template). The
    public setter validates by building the whole template (~8 ms, twice per
    run); the names set here need no check, so the value is stored directly
    where this Plotly keeps it."""
    if isinstance(templates.__dict__.get("_default", 0), (str, type(None))):
        templates._default = name
    else:
        templates.default = name


def _apply_run_default(plotly_io: Any) -> None:
    """At the start of the outermost run (or when the run imports Plotly):
    make "streamlit" the default if the user left Plotly's own."""
    global _outside_default, _default_set_by_us
    register_streamlit_template(plotly_io)
    _outside_default = plotly_io.templates.default
    if _outside_default == PLOTLY_TEMPLATE:
        _set_default(plotly_io.templates, STREAMLIT_TEMPLATE)
        _default_set_by_us = True


class _PlotlyIoImportHook(importlib.abc.MetaPathFinder):
    """Sets the run's default template right after ``plotly.io`` is first
    imported (by a script, mid-run), before any figure is built with it."""

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> Any:
        global _hook
        if fullname != "plotly.io":
            return None
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(self)
        _hook = None
        spec = importlib.util.find_spec(fullname)
        loader = getattr(spec, "loader", None)
        exec_module = getattr(loader, "exec_module", None)
        if exec_module is None:
            return spec

        def exec_then_theme(module: Any) -> None:
            exec_module(module)
            with _lock:
                if _active_runs:
                    _apply_run_default(module)

        loader.exec_module = exec_then_theme  # type: ignore[union-attr]
        return spec


@contextlib.contextmanager
def streamlit_plotly_default() -> Iterator[None]:
    """Plotly's default template is "streamlit" inside (when the user has not
    chosen another), as under ``streamlit run``; the user's after."""
    global _active_runs, _hook, _default_set_by_us, _outside_default
    with _lock:
        _active_runs += 1
        if _active_runs == 1:
            plotly_io = sys.modules.get("plotly.io")
            if plotly_io is not None:
                _apply_run_default(plotly_io)
            elif _hook is None:
                _hook = _PlotlyIoImportHook()
                sys.meta_path.insert(0, _hook)
    try:
        yield
    finally:
        with _lock:
            _active_runs -= 1
            if _active_runs == 0:
                plotly_io = sys.modules.get("plotly.io")
                # A default the script set itself stays (Streamlit keeps it too).
                if _default_set_by_us and plotly_io is not None and \
                        plotly_io.templates.default == STREAMLIT_TEMPLATE:
                    _set_default(plotly_io.templates, PLOTLY_TEMPLATE)
                _default_set_by_us = False
                _outside_default = None


def outside_default(plotly_io: Any) -> str | None:
    """Plotly's default template as the user set it outside our runs."""
    if _active_runs and _outside_default is not None:
        return _outside_default
    return plotly_io.templates.default


def streamlit_figure_spec(source: Any, figure: Any, plotly_io: Any) -> Any:
    """``figure`` (the JSON-ready dict Plotly made of ``source``), with the
    "streamlit" template instead of Plotly's when ``source`` is a ``Figure``
    carrying the template Plotly applied by default: the user chose none and
    left Plotly's default alone, so Streamlit's figure would carry Streamlit's.
    (A dict or list is made a figure inside the run, under Streamlit's default.)"""
    from plotly.basedatatypes import BaseFigure

    if not isinstance(source, BaseFigure) or not isinstance(figure, dict) or \
            outside_default(plotly_io) != PLOTLY_TEMPLATE:
        return figure
    layout = figure.get("layout")
    if not isinstance(layout, dict) or "template" not in layout or \
            source.layout.template != plotly_io.templates[PLOTLY_TEMPLATE]:
        return figure
    register_streamlit_template(plotly_io)
    # ``to_dict`` copied the figure: the user's own is left as it is.
    layout["template"] = plotly_io.templates[STREAMLIT_TEMPLATE].to_plotly_json()
    return figure
