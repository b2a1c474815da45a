"""What Streamlit's front end does to a Plotly figure before drawing it.

The spec carries Streamlit's placeholder colours (``runtime/plotly_theme``).
Streamlit's front end (1.67, ``PlotlyChart``/``CustomTheme``) replaces them in
the JSON text: with ``theme="streamlit"`` by the theme's colours (categorical,
sequential and diverging palettes, greys, background), with ``theme=None`` by
Plotly's own defaults. With ``theme="streamlit"`` it then merges its look
(font, grid, legend, axes, hover label, colour bar) into the figure's
template layout and bolds the title.

The colours are Streamlit's light or dark palette (``theme.base``); the
values are those of Streamlit's colour primitives.
"""

from __future__ import annotations

from typing import Any

from ..runtime.plotly_theme import (
    BG_COLOR, BG_MIX, CATEGORY_PLACEHOLDERS, DECREASING, DIVERGING_PLACEHOLDERS,
    FADED_TEXT_05, GRAY_70, GRAY_90, INCREASING, SEQUENTIAL_PLACEHOLDERS, TOTAL)

#: Placeholder for Streamlit's gray30: the front end replaces it though the
#: Python template no longer writes it.
GRAY_30 = "#000035"

_BLUES = ("#e4f5ff", "#c7ebff", "#a6dcff", "#83c9ff", "#60b4ff",
          "#3d9df3", "#1c83e1", "#0068c9", "#0054a3", "#004280")
_DIVERGING = ("#7d353b", "#bd4043", "#ff4b4b", "#ff8c8c", "#ffc7c7",
              "#a6dcff", "#60b4ff", "#1c83e1", "#0054a3", "#004280")

#: Streamlit's theme colours the Plotly look uses, per base theme.
THEME_COLOURS: dict[str, dict[str, Any]] = {
    "light": {
        "categorical": ("#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d",
                        "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"),
        "sequential": _BLUES, "diverging": _DIVERGING,
        "increasing": "#29b09d", "decreasing": "#ff2b2b", "total": "#0068c9",
        "gray30": "#e6eaf1", "gray70": "#808495", "gray90": "#262730",
        "bg": "#ffffff", "text": "#31333F", "border": "rgba(49, 51, 63, 0.2)",
        "faded_text_05": "rgba(49, 51, 63, 0.1)", "bg_mix": "rgba(248, 249, 251, 1)",
    },
    "dark": {
        "categorical": ("#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1",
                        "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"),
        "sequential": tuple(reversed(_BLUES)), "diverging": _DIVERGING,
        "increasing": "#7defa1", "decreasing": "#ffabab", "total": "#83c9ff",
        "gray30": "#31333F", "gray70": "#e6eaf1", "gray90": "#fafafa",
        "bg": "#0e1117", "text": "#fafafa", "border": "rgba(250, 250, 250, 0.2)",
        "faded_text_05": "rgba(250, 250, 250, 0.1)", "bg_mix": "rgba(26, 28, 36, 1)",
    },
}

#: ``theme=None``: what the front end puts for each placeholder (Plotly's defaults).
PLOTLY_DEFAULT_COLOURS: dict[str, str] = {
    **dict(zip(CATEGORY_PLACEHOLDERS, (
        "#636efa", "#EF553B", "#00cc96", "#ab63fa", "#FFA15A",
        "#19d3f3", "#FF6692", "#B6E880", "#FF97FF", "#FECB52"))),
    **dict(zip(SEQUENTIAL_PLACEHOLDERS, (
        "#0d0887", "#46039f", "#7201a8", "#9c179e", "#bd3786",
        "#d8576b", "#ed7953", "#fb9f3a", "#fdca26", "#f0f921"))),
    **dict(zip(DIVERGING_PLACEHOLDERS, (
        "#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef",
        "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221", "#276419"))),
    INCREASING: "#3D9970", DECREASING: "#FF4136", TOTAL: "#4499FF", GRAY_30: "#B2B5BE",
    GRAY_70: "#2a3f5f", GRAY_90: "#2a3f5f", BG_COLOR: "#EBF0F8", FADED_TEXT_05: "white",
    BG_MIX: "#C8D4E3",
}

#: Streamlit's body font and the sizes (px at a 16 px root) its Plotly look uses.
_FONT = '"Source Sans", sans-serif'
_SMALL, _MEDIUM, _TITLE = 12, 14, 16


def theme_colours(base: str | None) -> dict[str, Any]:
    """The colours of Streamlit's ``base`` theme ("dark", else light)."""
    return THEME_COLOURS["dark" if str(base or "").strip().lower() == "dark" else "light"]


def placeholder_colours(theme: str, colours: dict[str, Any]) -> dict[str, str]:
    """Placeholder -> colour, for a chart's ``theme`` ("streamlit" or "")."""
    if theme != "streamlit":
        return PLOTLY_DEFAULT_COLOURS
    return {
        INCREASING: colours["increasing"], DECREASING: colours["decreasing"],
        TOTAL: colours["total"], GRAY_30: colours["gray30"], GRAY_70: colours["gray70"],
        GRAY_90: colours["gray90"], BG_COLOR: colours["bg"],
        FADED_TEXT_05: colours["faded_text_05"], BG_MIX: colours["bg_mix"],
        **dict(zip(CATEGORY_PLACEHOLDERS, colours["categorical"])),
        **dict(zip(SEQUENTIAL_PLACEHOLDERS, colours["sequential"])),
        **dict(zip(DIVERGING_PLACEHOLDERS, colours["diverging"])),
    }


def replace_placeholders(spec: str, theme: str, colours: dict[str, Any]) -> str:
    """The figure's JSON text with every placeholder colour replaced (as the
    front end does it: on the text, so a placeholder anywhere is replaced)."""
    if "#0000" not in spec:
        return spec
    for placeholder, colour in placeholder_colours(theme, colours).items():
        spec = spec.replace(placeholder, colour)
    return spec


def streamlit_layout(colours: dict[str, Any]) -> dict[str, Any]:
    """The look Streamlit's front end merges into the template's layout."""
    gray30, gray70, bg = colours["gray30"], colours["gray70"], colours["bg"]
    small = {"color": gray70, "size": _SMALL}
    axis_title = {"font": {"color": gray70, "size": _MEDIUM}}
    ternary_axis = {"gridcolor": gray70, "linecolor": gray70,
                    "tickfont": {"family": _FONT, "size": _SMALL}}
    return {
        "font": {"color": gray70, "family": _FONT, "size": _SMALL, "weight": 400},
        "title": {"color": colours["text"], "subtitleColor": colours["text"],
                  "font": {"family": _FONT, "size": _TITLE, "color": colours["text"]},
                  "pad": {"l": 4}, "xanchor": "left", "x": 0},
        "legend": {"title": {"font": {"size": _SMALL, "color": gray70}, "side": "top"},
                   "valign": "top", "bordercolor": "transparent", "borderwidth": 0,
                   "font": {"size": _SMALL, "color": colours["gray90"]}},
        "paper_bgcolor": bg, "plot_bgcolor": bg,
        "yaxis": {"ticklabelposition": "outside", "zerolinecolor": gray30,
                  "title": {**axis_title, "standoff": 24}, "tickcolor": gray30,
                  "tickfont": dict(small), "gridcolor": gray30, "minor": {"gridcolor": gray30},
                  "automargin": True},
        "xaxis": {"zerolinecolor": gray30, "gridcolor": gray30, "showgrid": False,
                  "tickfont": dict(small), "tickcolor": gray30,
                  "title": {**axis_title, "standoff": 20}, "minor": {"gridcolor": gray30},
                  "zeroline": False, "automargin": True,
                  "rangeselector": {"bgcolor": bg, "bordercolor": gray30, "borderwidth": 1,
                                    "x": 0}},
        "margin": {"pad": 8, "r": 0, "l": 0},
        "hoverlabel": {"bgcolor": bg, "bordercolor": colours["border"],
                       "font": {"color": gray70, "family": _FONT, "size": _SMALL}},
        "coloraxis": {"colorbar": {
            "thickness": 16, "xpad": 24, "ticklabelposition": "outside",
            "outlinecolor": "transparent", "outlinewidth": 8, "len": 0.75, "y": 0.5745,
            "title": {"font": {"color": gray70, "size": _MEDIUM}}, "tickfont": dict(small)}},
        "ternary": {"gridcolor": gray70, "bgcolor": bg,
                    "title": {"font": {"family": _FONT, "size": _MEDIUM}}, "color": gray70,
                    "aaxis": dict(ternary_axis), "baxis": dict(ternary_axis),
                    "caxis": dict(ternary_axis)},
    }


def _merge(target: dict[str, Any], source: dict[str, Any]) -> None:
    """Deep merge, ``source`` winning (lodash ``merge`` on plain objects)."""
    for key, value in source.items():
        if isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        elif isinstance(value, dict):
            target[key] = {}
            _merge(target[key], value)
        else:
            target[key] = value


def apply_streamlit_look(figure: dict[str, Any], colours: dict[str, Any]) -> None:
    """Streamlit's look on ``figure`` (colours already replaced), in place."""
    layout = figure.get("layout")
    if not isinstance(layout, dict):
        layout = figure["layout"] = {}
    template = layout.get("template")
    if not isinstance(template, dict):
        template = layout["template"] = {}
    template_layout = template.get("layout")
    if not isinstance(template_layout, dict):
        template_layout = template["layout"] = {}
    _merge(template_layout, streamlit_layout(colours))
    # A font colour the user set wins over the text colours Streamlit's
    # template gives icicle and sankey traces.
    font = layout.get("font")
    if isinstance(font, dict) and font.get("color") is not None:
        injected = {"icicle": "white", "sankey": colours["gray70"]}
        for trace_type, defaults in (template.get("data") or {}).items():
            if trace_type in injected and isinstance(defaults, list):
                for default in defaults:
                    textfont = default.get("textfont") if isinstance(default, dict) else None
                    if isinstance(textfont, dict) and textfont.get("color") == injected[trace_type]:
                        del textfont["color"]
    title = layout.get("title")
    if "title" in layout and title is not None:
        title = {"text": title} if isinstance(title, str) else \
            dict(title) if isinstance(title, dict) else {}
        text = title.get("text") if isinstance(title.get("text"), str) else ""
        title["text"] = f"<b>{text}</b>"
        layout["title"] = title
