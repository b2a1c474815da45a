"""Streamlit's look on ipywidgets: the stylesheet that lays the widgets out as
Streamlit does (labels above inputs, inputs at their column's width, content-
width buttons, a toggle switch, toasts over the page) in JupyterLab's theme,
and the CSS classes the views put on their widgets to get it.

Why CSS rather than other widgets: ipywidgets' controls already carry their
label (``description``) in their own row (``.widget-inline-hbox``); turning
that row into a column puts the label above the control for every input at
once, keeps one widget per input (no extra comm, nothing more to reconcile)
and leaves each widget's ``description`` the label a program finds it by.

Colours and fonts are JupyterLab's theme variables (light and dark follow the
notebook's theme); ``theme.primaryColor``, ``backgroundColor``,
``secondaryBackgroundColor``, ``textColor``, ``borderColor`` and ``linkColor``
of ``.streamlit/config.toml`` win when set (``theme_css``).
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, Iterable

import ipywidgets as w

#: The class of every input widget laid out as Streamlit's (label above).
INPUT_CLASS = "stc-input"
#: ``label_visibility`` -> the class that shows the label that way.
LABEL_VISIBILITY_CLASSES = {
    "visible": "stc-label-visible",
    "hidden": "stc-label-hidden",
    "collapsed": "stc-label-collapsed",
}
#: A button's ``width`` -> its class (content width unless asked to stretch).
BUTTON_WIDTH_CLASSES = {"content": "stc-button-content", "stretch": "stc-button-stretch"}
TOGGLE_CLASS = "stc-toggle"
#: The sidebar's width unless ``st.set_page_config`` sets one in pixels (the
#: bottom container, a chat input, starts this far right, under the main area).
SIDEBAR_WIDTH = "16rem"

_MANAGED_PREFIXES = ("stc-label-", "stc-button-", INPUT_CLASS)


def set_look_classes(widget: w.DOMWidget, classes: Iterable[str]) -> None:
    """Give ``widget`` exactly these look classes (keeping its other classes),
    sending nothing when they are already the ones shown."""
    wanted = tuple(classes)
    others = tuple(c for c in widget._dom_classes if not c.startswith(_MANAGED_PREFIXES))
    new = others + tuple(c for c in wanted if c not in others)
    if tuple(widget._dom_classes) != new:
        widget._dom_classes = new


def input_classes(props: dict[str, Any]) -> tuple[str, ...]:
    """The classes of an input widget showing an element with these props."""
    visibility = props.get("label_visibility", "visible")
    return INPUT_CLASS, LABEL_VISIBILITY_CLASSES.get(visibility, LABEL_VISIBILITY_CLASSES["visible"])


def button_width(props: dict[str, Any]) -> str:
    """``"stretch"`` or ``"content"`` (a width in pixels is shown as content
    width at most that wide, see ``ButtonView``)."""
    return "stretch" if props.get("width") == "stretch" else "content"


#: Streamlit's theme options -> the CSS variables of the app they set: ours
#: (``--stc-primary``) and JupyterLab's, which every rule here reads, so a
#: configured colour wins over the notebook's theme inside the app only.
THEME_VARIABLES: dict[str, tuple[str, ...]] = {
    "theme.primaryColor": ("--stc-primary",),
    "theme.backgroundColor": ("--jp-layout-color0",),
    "theme.secondaryBackgroundColor": ("--jp-layout-color1", "--jp-layout-color2"),
    "theme.textColor": ("--jp-ui-font-color0", "--jp-ui-font-color1", "--jp-content-font-color1",
                        "--jp-widgets-color"),
    "theme.borderColor": ("--jp-border-color1", "--jp-border-color2"),
    "theme.linkColor": ("--stc-link",),
}


#: Streamlit's own light and dark palettes (``theme.base``): the app takes
#: one whatever the notebook's theme is. Each colour is set on the variables
#: the app's rules read (JupyterLab's and ipywidgets'), inside the app only.
BASE_PALETTES: dict[str, dict[str, str]] = {
    "light": {"background": "#ffffff", "secondary": "#f0f2f6", "text": "#31333f",
              "muted": "rgba(49, 51, 63, 0.6)", "border": "rgba(49, 51, 63, 0.2)",
              "scheme": "light"},
    "dark": {"background": "#0e1117", "secondary": "#262730", "text": "#fafafa",
             "muted": "rgba(250, 250, 250, 0.6)", "border": "rgba(250, 250, 250, 0.2)",
             "scheme": "dark"},
}
#: Streamlit's primary colour, which both base themes have.
STREAMLIT_PRIMARY = "#ff4b4b"

#: A palette role -> the variables it sets.
_PALETTE_VARIABLES: dict[str, tuple[str, ...]] = {
    "background": ("--jp-layout-color0", "--jp-cell-editor-background",
                   "--jp-widgets-input-background-color"),
    "secondary": ("--jp-layout-color1", "--jp-layout-color2", "--jp-layout-color3",
                  "--jp-rendermime-table-row-hover-background"),
    "text": ("--jp-ui-font-color0", "--jp-ui-font-color1", "--jp-content-font-color0",
             "--jp-content-font-color1", "--jp-widgets-color", "--jp-widgets-label-color",
             "--jp-widgets-input-color", "--jp-widgets-readout-color", "--jp-inverse-layout-color0"),
    "muted": ("--jp-ui-font-color2", "--jp-ui-font-color3", "--jp-content-font-color2"),
    "border": ("--jp-border-color0", "--jp-border-color1", "--jp-border-color2",
               "--jp-border-color3", "--jp-widgets-input-border-color"),
}

#: The generic families Streamlit's font options name, as local stacks. Streamlit
#: serves Source Sans/Serif/Code itself; here nothing is fetched, so each name is
#: the font if the machine has it, then the browser's generic family.
GENERIC_FONTS = {
    "sans-serif": '"Source Sans Pro", "Source Sans 3", "Source Sans", sans-serif',
    "serif": '"Source Serif Pro", "Source Serif 4", "Source Serif", serif',
    "monospace": '"Source Code Pro", monospace',
}
#: ``theme.baseRadius`` / ``theme.buttonRadius`` keywords (Streamlit's names).
RADII = {"none": "0", "small": "0.25rem", "medium": "0.5rem", "large": "1rem", "full": "1.4rem"}

#: Every theme option this module reads from Streamlit's config.
THEME_OPTIONS: tuple[str, ...] = (
    *THEME_VARIABLES, "theme.base", "theme.font", "theme.headingFont", "theme.codeFont",
    "theme.baseFontSize", "theme.baseFontWeight", "theme.codeFontSize", "theme.baseRadius",
    "theme.buttonRadius", "theme.linkUnderline", "theme.showWidgetBorder",
    "theme.headingFontSizes", "theme.headingFontWeights",
    "theme.sidebar.primaryColor", "theme.sidebar.backgroundColor",
    "theme.sidebar.secondaryBackgroundColor", "theme.sidebar.textColor",
    "theme.sidebar.borderColor", "theme.sidebar.linkColor", "theme.sidebar.font",
    "theme.sidebar.headingFont", "theme.sidebar.codeFont", "theme.sidebar.codeFontSize",
    "theme.sidebar.baseRadius", "theme.sidebar.buttonRadius",
)


def _css_value(value: Any) -> str:
    """A colour as it may stand in a rule: no character that ends the rule or the tag."""
    return "".join(ch for ch in str(value) if ch.isalnum() or ch in "#(),. %-")


def font_stack(value: Any, fallback: str = "sans-serif") -> str:
    """A font option as a CSS ``font-family``: Streamlit's comma-separated list
    of names, each a generic name (its local stack), or a family name (quoted,
    only letters, digits, spaces, ``-`` and ``_`` kept). A ``"Name:https://..."``
    entry, a font Streamlit would fetch, is its name only: nothing is fetched,
    so it shows if the machine has it, else the next entry; the list always
    ends in a generic family (``fallback``'s stack unless it names one)."""
    families: list[str] = []
    ends_generic = False
    for entry in str(value).split(","):
        name = entry.split(":", 1)[0].strip().strip("'\"")
        ends_generic = name.lower() in GENERIC_FONTS
        if ends_generic:
            families.append(GENERIC_FONTS[name.lower()])
            continue
        name = "".join(ch for ch in name if ch.isalnum() or ch in " -_").strip()
        if name:
            families.append(f'"{name}"')
    if not ends_generic:
        families.append(GENERIC_FONTS[fallback])
    return ", ".join(families)


def css_length(value: Any, *, keywords: dict[str, str] | None = None) -> str:
    """A size option as CSS: a keyword, a number of pixels, or ``<n>px`` /
    ``<n>rem`` / ``<n>em``; anything else is ignored (returns "")."""
    text = str(value).strip().lower()
    if keywords and text in keywords:
        return keywords[text]
    if isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        return f"{value}px" if value >= 0 else ""
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(px|rem|em)?", text)
    if not match:
        return ""
    return match.group(1) + (match.group(2) or "px")


def _palette_declarations(base: str) -> list[str]:
    palette = BASE_PALETTES[base]
    declarations = [f"{variable}: {palette[role]};"
                    for role, variables in _PALETTE_VARIABLES.items() for variable in variables]
    declarations += [f"--stc-primary: {STREAMLIT_PRIMARY};", f"color-scheme: {palette['scheme']};",
                     "background: var(--jp-layout-color0);", "color: var(--jp-ui-font-color1);"]
    return declarations


def _section_declarations(theme: dict[str, Any], prefix: str) -> list[str]:
    """The declarations of one section of the theme (``theme.`` or ``theme.sidebar.``)."""
    declarations = [f"{variable}: {_css_value(value)};"
                    for name, variables in THEME_VARIABLES.items()
                    if (value := theme.get(prefix + name.removeprefix("theme."))) and _css_value(value)
                    for variable in variables]
    if theme.get(prefix + "backgroundColor"):
        declarations.append("background: var(--jp-layout-color0);")
    if theme.get(prefix + "textColor"):
        declarations.append("color: var(--jp-ui-font-color1);")
    if theme.get(prefix + "font"):
        stack = font_stack(theme[prefix + "font"])
        declarations += [f"--jp-ui-font-family: {stack};", f"--jp-content-font-family: {stack};",
                         f"--jp-widgets-font-family: {stack};", f"--stc-heading-font: {stack};",
                         "font-family: var(--jp-ui-font-family);"]
    if theme.get(prefix + "headingFont"):
        declarations.append(f"--stc-heading-font: {font_stack(theme[prefix + 'headingFont'])};")
    if theme.get(prefix + "codeFont"):
        declarations.append(f"--jp-code-font-family: {font_stack(theme[prefix + 'codeFont'], 'monospace')};")
    if theme.get(prefix + "codeFontSize") and (size := css_length(theme[prefix + "codeFontSize"])):
        declarations.append(f"--jp-code-font-size: {size};")
    for option, variable in (("baseRadius", "--stc-radius"), ("buttonRadius", "--stc-button-radius")):
        if theme.get(prefix + option) is not None and (
                radius := css_length(theme[prefix + option], keywords=RADII)):
            declarations.append(f"{variable}: {radius};")
    return declarations


def theme_css(theme: dict[str, Any]) -> str:
    """The rules setting the app's theme from Streamlit theme options (name ->
    value; unset ones are None), or "" when none is set. ``theme.base`` picks
    Streamlit's light or dark palette (whatever the notebook's theme); the
    colour options then win over it, the sidebar's over the app's."""
    declarations: list[str] = []
    base = str(theme.get("theme.base") or "").strip().lower()
    if base in BASE_PALETTES:
        declarations += _palette_declarations(base)
    declarations += _section_declarations(theme, "theme.")
    size = theme.get("theme.baseFontSize")
    if isinstance(size, int) and not isinstance(size, bool) and 0 < size <= 200:
        declarations += [f"--jp-ui-font-size1: {size}px;", f"--jp-content-font-size1: {size}px;",
                         f"--jp-widgets-font-size: {size}px;", f"font-size: {size}px;"]
    weight = theme.get("theme.baseFontWeight")
    if isinstance(weight, int) and not isinstance(weight, bool) and 100 <= weight <= 600:
        declarations.append(f"font-weight: {weight};")
    rules = [f".stc-app {{ {' '.join(declarations)} }}"] if declarations else []
    if theme.get("theme.font") or theme.get("theme.headingFont"):
        rules.append(".stc-app h1, .stc-app h2, .stc-app h3, .stc-app h4, .stc-app h5, "
                     ".stc-app h6 { font-family: var(--stc-heading-font); }")
    if theme.get("theme.codeFontSize"):
        rules.append(".stc-app .stc-code, .stc-app .stc-json, .stc-app pre "
                     "{ font-size: var(--jp-code-font-size); }")
    if theme.get("theme.buttonRadius") is not None:
        rules.append(".stc-app .jupyter-button { border-radius: var(--stc-button-radius); }")
    if theme.get("theme.linkUnderline") is False:
        rules.append(".stc-app a { text-decoration: none; }")
    if theme.get("theme.showWidgetBorder") is False:
        rules.append(".stc-app .stc-input input, .stc-app .stc-input select, "
                     ".stc-app .stc-input textarea { border-color: transparent; }")
    sizes = theme.get("theme.headingFontSizes")
    if isinstance(sizes, str):
        sizes = [sizes]
    if isinstance(sizes, (list, tuple)):
        rules += [f".stc-app h{level} {{ font-size: {size}; }}"
                  for level, value in enumerate(sizes[:6], start=1)
                  if (size := css_length(value))]
    weights = theme.get("theme.headingFontWeights")
    if isinstance(weights, int) and not isinstance(weights, bool):
        weights = [weights]
    if isinstance(weights, (list, tuple)):
        rules += [f".stc-app h{level} {{ font-weight: {value}; }}"
                  for level, value in enumerate(weights[:6], start=1)
                  if isinstance(value, int) and not isinstance(value, bool) and 100 <= value <= 900]
    sidebar = _section_declarations(theme, "theme.sidebar.")
    if sidebar:
        rules.append(f".stc-app .stc-sidebar {{ {' '.join(sidebar)} }}")
        if theme.get("theme.sidebar.font") or theme.get("theme.sidebar.headingFont"):
            rules.append(".stc-app .stc-sidebar h1, .stc-app .stc-sidebar h2, "
                         ".stc-app .stc-sidebar h3 { font-family: var(--stc-heading-font); }")
    if not rules:
        return ""
    # Scoped to the apps of this theme: a page can hold apps of several
    # configs (a kernel may change folder), and a <style> is the page's.
    scope = f".stc-app.{theme_class(theme)}"
    return "<style>" + " ".join(rules).replace(".stc-app", scope) + "</style>"


def theme_class(theme: dict[str, Any]) -> str:
    """The class of an app's root that its theme rules select: one per set of
    theme options."""
    chosen = sorted((name, repr(value)) for name, value in theme.items() if value is not None)
    return "stc-theme-" + hashlib.sha1(repr(chosen).encode()).hexdigest()[:10]


def app_theme_class() -> str:
    """The theme class of an app made now (see ``theme_class``)."""
    return theme_class(config_theme())


def config_theme() -> dict[str, Any]:
    """The theme options of Streamlit's config (``.streamlit/config.toml`` in
    the home folder, then the working folder's, and ``st.set_option``), by
    option name."""
    from ..runtime import config

    return {name: config.get_option(name) for name in THEME_OPTIONS}


def app_stylesheet(base: str) -> str:
    """The stylesheet of an app: ``base`` (the elements' HTML styles), the
    look of the widgets and the configured theme."""
    return base + LOOK_STYLESHEET + theme_css(config_theme())


_LOOK_STYLESHEET = """
<style>
.stc-app { position: relative; --stc-primary: var(--jp-brand-color1, #ff4b4b);
  --stc-gap: 1rem; --stc-radius: 0.5rem; font-size: var(--jp-ui-font-size1, 14px);
  line-height: 1.5; }
.stc-app .stc-md, .stc-app .stc-alert, .stc-app .stc-caption { line-height: 1.5; }
.stc-app .stc-md ul, .stc-app .stc-md ol { margin: 0.25em 0; padding-left: 1.5em; }
.stc-app .stc-md li { margin: 0; }
.stc-app .stc-md li > p { margin: 0; }
.stc-app a { color: var(--stc-link, var(--stc-primary)); text-decoration: underline; }
.stc-app a:hover { opacity: 0.8; }

/* -- inputs: the label above the control, the control as wide as its column */
.stc-app .stc-input.widget-inline-hbox { flex-direction: column; align-items: stretch;
  height: auto; width: 100% !important; max-width: none !important; margin: 0 0 0.5rem 0; }
.stc-app .stc-input.widget-inline-hbox > * { flex: 0 0 auto; }
.stc-app .stc-input.widget-inline-hbox > .widget-label { width: auto !important;
  max-width: 100%; min-width: 0; height: auto; line-height: 1.4; text-align: left;
  white-space: normal; overflow: visible; margin: 0 0 0.25rem 0; padding: 0;
  font-size: var(--jp-ui-font-size1, 14px); color: var(--jp-ui-font-color1); }
.stc-app .stc-input.stc-label-hidden > .widget-label { visibility: hidden; display: block !important; }
.stc-app .stc-input.stc-label-collapsed > .widget-label { display: none !important; }
.stc-app .stc-input input[type="text"], .stc-app .stc-input input[type="number"],
.stc-app .stc-input input[type="password"], .stc-app .stc-input input[type="date"],
.stc-app .stc-input input[type="time"], .stc-app .stc-input input[type="datetime-local"],
.stc-app .stc-input select, .stc-app .stc-input textarea {
  width: 100%; min-width: 0; box-sizing: border-box; height: 2.5rem;
  border-radius: var(--stc-radius); padding: 0 0.75rem; font-size: inherit;
  background: var(--jp-layout-color2); color: var(--jp-ui-font-color1);
  border: 1px solid var(--jp-border-color2); }
.stc-app .stc-sidebar .stc-input input, .stc-app .stc-sidebar .stc-input select,
.stc-app .stc-sidebar .stc-input textarea, .stc-app .stc-sidebar .jupyter-widget-tagsinput {
  background: var(--jp-layout-color0, white); }
.stc-app .stc-input textarea { height: auto; min-height: 5rem; padding: 0.5rem 0.75rem; }
.stc-app .stc-input select[multiple] { height: auto; padding: 0.25rem; }
.stc-app .stc-input input:focus, .stc-app .stc-input select:focus,
.stc-app .stc-input textarea:focus { outline: none; border-color: var(--stc-primary); }
.stc-app .stc-input.widget-colorpicker { align-items: flex-start; }
.stc-app .stc-input.widget-colorpicker input[type="color"] { width: 3rem; height: 2.5rem;
  border-radius: var(--stc-radius); padding: 2px; }
.stc-app .stc-input.widget-radio .widget-radio-box { gap: 0.25rem; }
.stc-app .stc-input.widget-radio .widget-radio-box label { line-height: 1.5; }

/* -- number input: the box and its − + step buttons on one line, the label above */
.stc-app .stc-number { align-items: flex-end; gap: 0; margin: 0 0 0.5rem 0; width: 100%; }
.stc-app .stc-number > .stc-input.widget-inline-hbox { flex: 1 1 auto; min-width: 0;
  width: auto !important; margin: 0; }
.stc-app .stc-number > .stc-input input { border-top-right-radius: 0;
  border-bottom-right-radius: 0; border-right: none; }
.stc-app .stc-number > .jupyter-button.stc-step { flex: none; width: 2.5rem !important; height: 2.5rem;
  margin: 0; padding: 0; border-radius: 0; font-size: 1.1rem; line-height: 1;
  background: var(--jp-layout-color2); color: var(--jp-ui-font-color1);
  border: 1px solid var(--jp-border-color2); border-left: none; box-shadow: none; }
.stc-app .stc-number > .jupyter-button.stc-step:last-child {
  border-top-right-radius: var(--stc-radius); border-bottom-right-radius: var(--stc-radius); }
.stc-app .stc-number > .jupyter-button.stc-step:hover:enabled { background: var(--stc-primary);
  color: white; }
.stc-app .stc-number > .jupyter-button.stc-step:disabled { opacity: 0.4; }

/* -- sliders (slider_widget): the value above each handle in the primary colour,
   min and max under the track's ends while the pointer is over it, as Streamlit's */
.stc-app .stc-slider { width: 100%; margin: 0 0 0.5rem 0; user-select: none; }
.stc-app .stc-slider-label:empty { display: none; }
.stc-app .stc-slider-area { position: relative; padding: 2rem 6px 1.25rem 6px;
  touch-action: none; cursor: pointer; }
.stc-app .stc-slider-rail { position: relative; height: 0.25rem; }
.stc-app .stc-slider-track { position: absolute; inset: 0; border-radius: 0.125rem;
  background: linear-gradient(to right,
    var(--stc-slider-rest) var(--stc-fill-start, 0%), var(--stc-primary) var(--stc-fill-start, 0%),
    var(--stc-primary) var(--stc-fill-end, 0%), var(--stc-slider-rest) var(--stc-fill-end, 0%)); }
.stc-app .stc-slider { --stc-slider-rest: color-mix(in srgb, var(--jp-ui-font-color1, #31333f) 15%, transparent); }
.stc-app .stc-slider-thumb { position: absolute; top: 50%; width: 0.75rem; height: 0.75rem;
  margin: -0.375rem 0 0 -0.375rem; border-radius: 50%; background: var(--stc-primary);
  outline: none; }
.stc-app .stc-slider-thumb:focus-visible { box-shadow: 0 0 0 0.2rem
  color-mix(in srgb, var(--stc-primary) 50%, transparent); }
.stc-app .stc-slider-value { position: absolute; bottom: 0.5rem; white-space: nowrap;
  font-size: 0.875rem; line-height: 1.6; color: var(--stc-primary); pointer-events: none; }
.stc-app .stc-slider-ticks { position: absolute; left: 0; right: 0; top: 100%; margin-top: -1rem;
  display: flex; justify-content: space-between; font-size: 0.875rem; line-height: 1.6;
  pointer-events: none; color: color-mix(in srgb, var(--jp-ui-font-color1, #31333f) 70%, transparent);
  opacity: 0; transition: opacity 300ms 200ms; }
.stc-app .stc-slider-area:hover .stc-slider-ticks,
.stc-app .stc-slider-area:has(:focus-visible) .stc-slider-ticks { opacity: 1; transition: none; }
.stc-app .stc-slider-disabled .stc-slider-area { cursor: not-allowed; }
.stc-app .stc-slider-disabled .stc-slider-track { background: var(--stc-slider-rest); }
.stc-app .stc-slider-disabled .stc-slider-thumb { background: var(--jp-ui-font-color3, #a3a8b8); }
.stc-app .stc-slider-disabled .stc-slider-value,
.stc-app .stc-slider-disabled .stc-slider-label { color: var(--jp-ui-font-color3, #a3a8b8); }

/* -- date and time boxes (date_field): the value in Streamlit's format, a calendar button */
.stc-app .stc-datefield { width: 100%; margin: 0 0 0.5rem 0; }
.stc-app .stc-datefield-label:empty { display: none; }
.stc-app .stc-datefield-box { position: relative; display: flex; align-items: center; gap: 0.25rem;
  height: 2.5rem; box-sizing: border-box; padding: 0 0.25rem 0 0.75rem;
  border-radius: var(--stc-radius); background: var(--jp-layout-color2);
  border: 1px solid var(--jp-border-color2); color: var(--jp-ui-font-color1); }
.stc-app .stc-sidebar .stc-datefield-box { background: var(--jp-layout-color0, white); }
.stc-app .stc-datefield-box:focus-within { border-color: var(--stc-primary); }
.stc-app .stc-datefield-text { flex: 1 1 0; min-width: 0; height: 100%; padding: 0; border: none;
  outline: none; background: transparent; color: inherit; font: inherit; font-size: inherit; }
.stc-app .stc-datefield-range > .stc-datefield-text:first-child { flex: none; width: auto;
  field-sizing: content; min-width: 4ch; }
.stc-app .stc-datefield-dash { flex: none; color: var(--jp-ui-font-color2); }
.stc-app .stc-datefield-native { position: absolute; right: 0.25rem; bottom: 0; width: 1px;
  height: 1px; opacity: 0; pointer-events: none; border: 0; padding: 0; }
.stc-app .stc-datefield-pick, .stc-app .stc-datefield-clear { flex: none; display: flex;
  align-items: center; justify-content: center; width: 2rem; height: 2rem; padding: 0;
  border: none; border-radius: var(--stc-radius); background: transparent; cursor: pointer;
  color: var(--jp-ui-font-color2); font-size: 1.1rem; }
.stc-app .stc-datefield-pick:hover:enabled, .stc-app .stc-datefield-clear:hover { color: var(--stc-primary); }
.stc-app .stc-datefield-disabled .stc-datefield-box { opacity: 0.6; }
.stc-app .stc-datefield-disabled .stc-datefield-pick { cursor: not-allowed; }

/* -- multiselect chips (TagsInput), its label above */
.stc-app .stc-multiselect { margin: 0 0 0.5rem 0; }
.stc-app .stc-multiselect > .widget-html { margin: 0; height: auto; }
.stc-app .stc-multiselect > .widget-html .widget-html-content { height: auto; line-height: 1.4; }
.stc-app .stc-widget-label { margin: 0 0 0.25rem 0; font-size: var(--jp-ui-font-size1, 14px);
  color: var(--jp-ui-font-color1); line-height: 1.4; }
.stc-app .stc-multiselect.stc-label-hidden .stc-widget-label { visibility: hidden; }
.stc-app .stc-multiselect .jupyter-widget-tagsinput, .stc-app .stc-multiselect .widget-tagsinput {
  min-height: 2.5rem; box-sizing: border-box; margin: 0; width: 100%; align-items: center;
  border-radius: var(--stc-radius); flex-wrap: wrap; padding: 0.25rem 0.5rem;
  background: var(--jp-layout-color2); border: 1px solid var(--jp-border-color2); }
.stc-app .stc-multiselect .jupyter-widget-tagsinput input { background: transparent;
  color: var(--jp-ui-font-color1); border: none; min-width: 6em; flex: 1 1 auto; }
.stc-app .stc-multiselect .jupyter-widget-tag, .stc-app .stc-multiselect .widget-tag {
  background: var(--stc-primary); color: white; border-radius: var(--stc-radius); }

.stc-app .stc-multiselect > .stc-limit-note { display: none; height: auto; margin: 0.25rem 0 0 0;
  font-size: 0.875rem; color: var(--jp-ui-font-color2); }
.stc-app .stc-multiselect:focus-within > .stc-limit-note:not(:has(.widget-html-content:empty)) {
  display: block; }

/* -- checkbox and toggle */
.stc-app .widget-checkbox { height: auto; margin: 0 0 0.5rem 0; }
.stc-app .widget-checkbox .widget-label-basic { line-height: 1.5; }
.stc-app .widget-checkbox.stc-label-hidden .widget-label-basic span { visibility: hidden; }
.stc-app .stc-toggle input[type="checkbox"] { appearance: none; -webkit-appearance: none;
  position: relative; width: 2.25rem; height: 1.25rem; margin: 0 0.5rem 0 0; flex: none;
  border-radius: 0.625rem; background: var(--jp-border-color1, #bdbdbd); cursor: pointer;
  transition: background 0.15s; vertical-align: middle; }
.stc-app .stc-toggle input[type="checkbox"]::before { content: ""; position: absolute;
  top: 0.125rem; left: 0.125rem; width: 1rem; height: 1rem; border-radius: 50%;
  background: white; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.3); transition: left 0.15s; }
.stc-app .stc-toggle input[type="checkbox"]:checked { background: var(--stc-primary); }
.stc-app .stc-toggle input[type="checkbox"]:checked::before { left: 1.125rem; }
.stc-app .stc-toggle input[type="checkbox"]:disabled { opacity: 0.5; cursor: not-allowed; }

/* -- buttons: content width unless they stretch */
.stc-app .stc-button-content { align-self: flex-start; width: auto; max-width: 100%; }
.stc-app .stc-button-stretch { align-self: stretch; width: auto !important; }
.stc-app .jupyter-button.stc-button-content, .stc-app .jupyter-button.stc-button-stretch {
  height: 2.5rem; padding: 0 0.75rem; border-radius: var(--stc-radius);
  border: 1px solid var(--jp-border-color2); background: var(--jp-layout-color1);
  color: var(--jp-ui-font-color1); font-size: inherit; margin: 0 0 0.5rem 0; }
.stc-app .jupyter-button.stc-button-content:hover:enabled,
.stc-app .jupyter-button.stc-button-stretch:hover:enabled { border-color: var(--stc-primary);
  color: var(--stc-primary); box-shadow: none; }
.stc-app .jupyter-button.mod-primary.stc-button-content,
.stc-app .jupyter-button.mod-primary.stc-button-stretch { background: var(--stc-primary);
  border-color: var(--stc-primary); color: white; }
.stc-app .jupyter-button.mod-primary:hover:enabled { color: white; opacity: 0.9; }

/* -- data grid (st.dataframe): fixed height, scrolls, header in view */
.stc-app .stc-grid { margin: 0 0 0.5rem 0; max-width: 100%; }
.stc-app .stc-grid-scroll { overflow: auto; box-sizing: border-box; max-width: 100%;
  border: 1px solid var(--jp-border-color2); border-radius: var(--stc-radius);
  background: var(--jp-layout-color0); }
.stc-app .stc-grid-sizer { box-sizing: border-box; min-width: 100%; width: max-content; }
.stc-app .stc-grid table { border-collapse: separate; border-spacing: 0; min-width: 100%;
  font-size: var(--jp-ui-font-size1, 14px); color: var(--jp-ui-font-color1); }
.stc-app .stc-grid th, .stc-app .stc-grid td { height: var(--stc-grid-row, 35px);
  box-sizing: border-box; padding: 0 0.5rem; white-space: nowrap; text-align: left;
  border-right: 1px solid var(--jp-border-color3, #eee);
  border-bottom: 1px solid var(--jp-border-color3, #eee); max-width: 25rem;
  overflow: hidden; text-overflow: ellipsis; }
.stc-app .stc-grid thead th { position: sticky; top: 0; z-index: 1; font-weight: normal;
  color: var(--jp-ui-font-color2); background: var(--jp-layout-color1); }
.stc-app .stc-grid tbody th.stc-grid-index { font-weight: normal; color: var(--jp-ui-font-color2);
  background: var(--jp-layout-color1); }
.stc-app .stc-grid td.stc-grid-num, .stc-app .stc-grid tbody th.stc-grid-num { text-align: right; }
.stc-app .stc-grid .stc-grid-index { width: 1%; }
/* -- the data editor: same grid; editable cells, an input over the cell, select and add rows */
.stc-app .stc-grid-toolbar { display: flex; justify-content: flex-end; gap: 0.25rem;
  margin: 0 0 0.25rem 0; }
.stc-app .stc-grid-toolbar button { font: inherit; font-size: 0.85em; cursor: pointer;
  color: var(--jp-ui-font-color1); background: transparent; border: 1px solid var(--jp-border-color2);
  border-radius: var(--stc-radius); padding: 0.1rem 0.6rem; }
.stc-app .stc-grid-toolbar button:disabled { opacity: 0.4; cursor: default; }
.stc-app .stc-grid td.stc-grid-editable { cursor: cell; }
.stc-app .stc-grid td.stc-grid-editable:focus { outline: 2px solid var(--stc-primary);
  outline-offset: -2px; }
.stc-app .stc-grid td.stc-grid-readonly { color: var(--jp-ui-font-color2); }
.stc-app .stc-grid td:has(> .stc-grid-input) { padding: 0; }
.stc-app .stc-grid .stc-grid-input { width: 100%; height: 100%; min-width: 6rem; box-sizing: border-box;
  font: inherit; color: var(--jp-ui-font-color1); background: var(--jp-layout-color0);
  border: 2px solid var(--stc-primary); padding: 0 0.4rem; }
.stc-app .stc-grid .stc-grid-select { width: 1%; text-align: center; padding: 0 0.25rem;
  background: var(--jp-layout-color1); }
.stc-app .stc-grid tr.stc-grid-addrow td { color: var(--jp-ui-font-color2); cursor: pointer; }
.stc-app .stc-grid tr.stc-grid-addrow td:hover { background: var(--jp-layout-color1); }
.stc-app .stc-grid input[type="checkbox"] { accent-color: var(--stc-primary); margin: 0;
  vertical-align: middle; }

/* -- expander: a rounded box whose header is the label; tabs: labels underlined when chosen */
.stc-app .jupyter-widget-Collapse { margin: 0 0 0.5rem 0; border: 1px solid var(--jp-border-color2);
  border-radius: var(--stc-radius); overflow: hidden; }
.stc-app .jupyter-widget-Collapse + .jupyter-widget-Collapse { margin-top: 0; }
.stc-app .jupyter-widget-Collapse-header { border: none; background: transparent;
  padding: 0.5rem 1rem; font-weight: normal; color: var(--jp-ui-font-color1); }
.stc-app .jupyter-widget-Collapse-header:hover { color: var(--stc-primary); }
.stc-app .jupyter-widget-Collapse-contents { border: none; padding: 0.25rem 1rem 0.75rem 1rem;
  background: transparent; }
.stc-app .jupyter-widget-tab { margin: 0 0 0.5rem 0; }
.stc-app .jupyter-widget-tab > .lm-TabBar { border-bottom: 1px solid var(--jp-border-color2);
  min-height: 2.5rem; }
.stc-app .jupyter-widget-tab > .lm-TabBar .lm-TabBar-tab { background: transparent; border: none;
  margin: 0 1rem 0 0; padding: 0; flex: 0 0 auto; min-width: 0; max-width: none;
  color: var(--jp-ui-font-color1); border-bottom: 2px solid transparent; }
.stc-app .jupyter-widget-tab > .lm-TabBar .lm-TabBar-tab.lm-mod-current {
  color: var(--stc-primary); border-bottom-color: var(--stc-primary); transform: none; }
.stc-app .jupyter-widget-tab > .lm-TabBar .lm-TabBar-tab.lm-mod-current:before { display: none; }
.stc-app .jupyter-widget-tab > .lm-TabBar .lm-TabBar-tab:hover { color: var(--stc-primary); }
.stc-app .jupyter-widget-tab > .widget-tab-contents { border: none; background: transparent;
  padding: 1rem 0 0 0; }

/* -- alerts: the icon on the line of the text */
.stc-app .stc-alert { display: block; border-radius: var(--stc-radius); padding: 0.75rem 1rem; }
.stc-app .stc-alert > p:first-of-type, .stc-app .stc-alert > strong + p { display: inline; }
.stc-app .stc-alert > p { margin: 0.25em 0; }
.stc-app .stc-alert > p:last-child { margin-bottom: 0; }

/* -- multi-line text: one line a line */
.stc-app .stc-json, .stc-app .stc-code, .stc-app pre { line-height: 1.4; }
.stc-app .stc-code code { white-space: pre; background: none; padding: 0; }

.stc-app .stc-sidebar { width: %(sidebar)s; flex: 0 0 auto; box-sizing: border-box;
  min-width: 0 !important; }

/* -- chat: messages as rows, the input pinned at the bottom of the app in view */
.stc-app .stc-chat-message .stc-md p { margin: 0 0 0.5em 0; }
.stc-app .stc-chat-message > .widget-vbox { padding-top: 0.3rem; }
.stc-app .stc-chat-message.stc-chat-user { background: var(--jp-layout-color2);
  border-radius: var(--stc-radius); padding: 0.75rem 1rem !important; box-sizing: border-box; }
.stc-app .stc-chat-message .stc-md p:last-child { margin-bottom: 0; }
.stc-app .stc-bottom { position: sticky; bottom: 0; z-index: 10; box-sizing: border-box;
  background: var(--jp-layout-color0, white); padding: 0.5rem 0 0 0; }
.stc-app .stc-bottom:empty { padding: 0; }
.stc-app .stc-chat-input { align-items: center; gap: 0.25rem; box-sizing: border-box;
  border-radius: var(--stc-radius); background: var(--jp-layout-color2);
  border: 1px solid var(--jp-border-color2); padding: 0.25rem; }
.stc-app .stc-chat-input input[type="text"] { border: none; background: transparent;
  color: var(--jp-ui-font-color1); height: 2.25rem; font-size: inherit; }
.stc-app .stc-chat-input .jupyter-button { background: transparent; border: none;
  color: var(--jp-ui-font-color2); }

/* -- toasts: over the app's top right, stacked, taking no room in the page */
.stc-app .stc-toasts { position: absolute !important; top: 0.5rem; right: 0.5rem;
  z-index: 1000; width: 22rem; max-width: calc(100% - 1rem); height: 0; overflow: visible;
  pointer-events: none; gap: 0.5rem; margin: 0; padding: 0; }
.stc-app .stc-toasts > .stc-toast-box { pointer-events: auto; flex: none;
  align-items: flex-start; padding: 0.75rem 0.5rem 0.75rem 1rem; border-radius: var(--stc-radius);
  background: var(--jp-layout-color1); color: var(--jp-ui-font-color1);
  border: 1px solid var(--jp-border-color2); box-shadow: 0 4px 16px rgba(0, 0, 0, 0.2);
  margin: 0; overflow: hidden; }
.stc-app .stc-toast-box .stc-toast { background: none; box-shadow: none; padding: 0; margin: 0;
  flex: 1 1 auto; min-width: 0; }
.stc-app .stc-toast-box > .widget-html { flex: 1 1 auto; min-width: 0; margin: 0; }
.stc-app .stc-toast-box > .widget-html > .widget-html-content { line-height: 1.5; height: auto; }
.stc-app .stc-toast-close.jupyter-button { flex: none; width: 1.75rem; height: 1.75rem;
  padding: 0; margin: 0 0 0 0.5rem; background: none; border: none; box-shadow: none;
  color: var(--jp-ui-font-color2); font-size: 1.1rem; line-height: 1; }
.stc-app .stc-toast-close.jupyter-button:hover { color: var(--jp-ui-font-color0); }
.stc-app .stc-toast-gone { display: none !important; }
.stc-app .stc-toast-s4 { --stc-toast-seconds: 4s; }
.stc-app .stc-toast-s10 { --stc-toast-seconds: 10s; }
.stc-app .stc-toast-box.stc-toast-fade { animation: stc-toast-fade var(--stc-toast-seconds, 4s) forwards; }
@keyframes stc-toast-fade { 0%, 90% { opacity: 1; } 100% { opacity: 0; visibility: hidden;
  height: 0; padding-top: 0; padding-bottom: 0; border-width: 0; } }
</style>
"""

LOOK_STYLESHEET = _LOOK_STYLESHEET.replace("%(sidebar)s", SIDEBAR_WIDTH)
