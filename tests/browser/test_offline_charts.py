"""Maps and Plotly draw with every request off this machine blocked.

The JavaScript of ``st.map``/``st.pydeck_chart`` (deck.gl, from the installed
pydeck, sent by the kernel on request: see ``render/sandboxed_page.py``) and
of ``st.plotly_chart`` (plotly.js, in the jupyterlab-plotly extension that
ships with plotly) comes from this machine, not a CDN. Every request to a
host other than 127.0.0.1/localhost is aborted; each map's frame must still
draw its canvas and Plotly its SVG, and an app after the maps must render
(the library is not widget state: 4 MB of state once made Voila lose later
apps' models). ``st.echarts_chart`` is not here: no Python package ships
ECharts, so it loads a pinned, integrity-checked build from a CDN (README).
"""

from __future__ import annotations

import time
import urllib.parse

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from _pages import is_voila, notebook_scope, open_notebook, save_screenshot, widget_root

pytestmark = pytest.mark.browser

AFTER = "APP-AFTER-THE-MAPS"

APP = """%%streamlit_cell
import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk
points = pd.DataFrame({"lat": [52.37, 52.38, 52.36], "lon": [4.89, 4.90, 4.88]})
st.map(points, zoom=11)
st.pydeck_chart(pdk.Deck(
    layers=[pdk.Layer("ScatterplotLayer", data=points, get_position="[lon, lat]",
                      get_radius=200, get_fill_color=[200, 30, 0])],
    initial_view_state=pdk.ViewState(latitude=52.37, longitude=4.89, zoom=11)))
st.plotly_chart(go.Figure(go.Bar(x=["a", "b", "c"], y=[3, 1, 2])))
"""


def _notebook(tmp_path) -> str:
    nb = new_notebook(cells=[
        new_code_cell("%load_ext streamlit_cell"),
        new_code_cell(APP),
        new_code_cell(f"%%streamlit_cell\nst.text({AFTER!r})"),
    ], metadata={"kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                "language": "python"}})
    path = tmp_path / "offline_charts.ipynb"
    nbformat.write(nb, path)
    return str(path)


def _block_other_hosts(page) -> list[str]:
    blocked: list[str] = []

    def route(route) -> None:
        host = urllib.parse.urlsplit(route.request.url).hostname or ""
        if host in ("127.0.0.1", "localhost", ""):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.context.route("**/*", route)
    return blocked


_MAP_CANVASES_JS = """() => [...document.querySelectorAll('canvas')]
    .map((c) => Math.round(c.getBoundingClientRect().width))"""


@pytest.mark.parametrize("front_end", ["lab", "voila"])
def test_maps_and_plotly_draw_with_the_network_blocked(front_end, page, request, tmp_path):
    server = request.getfixturevalue(f"{front_end}_server")
    blocked = _block_other_hosts(page)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    open_notebook(page, server, server.add_notebook(_notebook(tmp_path)), timeout_ms=180_000)
    scope = widget_root(page) if is_voila(page) else notebook_scope(page)
    scope.get_by_text(AFTER, exact=True).wait_for(timeout=120_000)

    # Each map's sandboxed frame draws deck.gl's canvas.
    deadline = time.monotonic() + 90
    while True:
        maps = scope.locator(".stc-deck_gl_json_chart").all()
        canvases = []
        for box in maps:
            box.scroll_into_view_if_needed()
            handle = box.locator("iframe").element_handle()
            frame = handle.content_frame() if handle else None
            canvases.append(frame.evaluate(_MAP_CANVASES_JS) if frame else [])
        drawn = [any(width > 150 for width in widths) for widths in canvases]
        if len(maps) == 2 and all(drawn) or time.monotonic() > deadline:
            break
        page.wait_for_timeout(500)
    save_screenshot(page, request.node.name)
    assert len(maps) == 2 and all(drawn), (canvases, blocked[:5], errors[:5])

    # Plotly draws its SVG (jupyterlab-plotly's renderer, from this machine).
    plot = scope.locator(".stc-plotly_chart .main-svg").first
    plot.wait_for(timeout=60_000)
    assert plot.bounding_box()["width"] > 150
    assert scope.get_by_text("model not found").count() == 0
    # The test is not vacuous: the page did try the network (the base map).
    assert blocked, "no request was blocked"
