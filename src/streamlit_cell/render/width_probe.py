"""How wide a chart's place is in the page, measured by the browser.

A chart at Streamlit's default width (``width="stretch"``) fills its column.
The front ends' Vega-Lite renderer can do that itself (``"width":
"container"``), but in JupyterLab, Notebook 7 and Voila it then resizes in a
loop and freezes the tab; Plotly's own autosize draws a chart in a hidden tab
or a collapsed expander at a fixed 700 px and never fixes it. So charts are
sent with a width in pixels, and that width comes from the page:

``WidthProbe`` is a zero-height widget placed above the chart, as wide as the
chart's column. Its front end (an ES module run by anywidget) watches its own
width with a ``ResizeObserver`` and syncs it to the kernel when it settles
(not while it is hidden, where it is 0), so a chart is redrawn at the right
width when the output area is resized, a hidden tab is shown or an expander
opened. The probe's width does not depend on the chart's (the chart is drawn
narrower than the probe and its box clips overflow), so a redraw cannot make
it report again: there is no loop to feed. The script is not rerun: only the
chart's spec is sent again.

Where the module cannot run (a front end without anywidget), the probe stays
at 0 and charts keep ``DEFAULT_WIDTH``.
"""

from __future__ import annotations

import functools
from typing import Any

import traitlets

#: A chart's width before its place was measured: Streamlit's content width in
#: its centered layout (a 736 px block container with 16 px padding each side).
DEFAULT_WIDTH = 704

_PROBE_MODULE = r"""
// Report this element's width (CSS px, an integer) once it has settled.
const SETTLE_MS = 60;
export default {
  render({ model, el }) {
    el.style.cssText = "display:block;width:100%;height:0;margin:0;padding:0;overflow:hidden";
    let timer = null;
    const report = () => {
      timer = null;
      const width = Math.floor(el.getBoundingClientRect().width);
      if (width > 0 && width !== model.get("width")) {
        model.set("width", width);
        model.save_changes();
      }
    };
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(report, SETTLE_MS);
    });
    observer.observe(el);
    return () => { observer.disconnect(); clearTimeout(timer); };
  },
};
"""


@functools.cache
def width_probe_class() -> type:
    """The ``WidthProbe`` widget class, made on first use: importing anywidget
    (and psygnal with it) costs ~0.1 s, which a notebook whose apps draw no
    chart should not pay at ``%load_ext``."""
    import anywidget

    class WidthProbe(anywidget.AnyWidget):
        """Zero-height widget whose ``width`` is its width in the page (0 until
        measured, and while hidden)."""

        _esm = _PROBE_MODULE
        width = traitlets.Int(0).tag(sync=True)

    return WidthProbe


def width_probe() -> Any:
    """A new ``WidthProbe``."""
    return width_probe_class()()
