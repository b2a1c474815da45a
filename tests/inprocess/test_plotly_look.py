"""The Plotly figure a notebook draws looks as Streamlit's front end draws it:
Streamlit's placeholder colours replaced by the theme's (or by Plotly's own
with ``theme=None``) and Streamlit's layout look merged into the template."""

from __future__ import annotations

import json
import re

import ipywidgets as w

from support.ui import find_all

PLOTLY = "application/vnd.plotly.v1+json"
PLACEHOLDER = re.compile(r"#0000[0-4][0-9]")
LIGHT_CATEGORICAL = ["#0068c9", "#83c9ff", "#ff2b2b"]

SCRIPT = """
import pandas as pd
import plotly.express as px
import plotly.graph_objects as go
df = pd.DataFrame({"x": [1, 2, 1, 2, 1, 2], "y": [1, 3, 2, 2, 1, 3], "g": list("aabbcc")})
st.plotly_chart(px.line(df, x="x", y="y", color="g", title="Sales"), key="px")
st.plotly_chart(go.Figure(go.Waterfall(y=[1, -2, 3])), key="go")
st.plotly_chart(px.line(df, x="x", y="y", color="g"), theme=None, key="plain")
st.plotly_chart(go.Figure(go.Heatmap(z=[[1, 2], [3, 4]])), key="heat")
"""


def figures(app) -> list[dict]:
    shown = [output.outputs[0]["data"] for output in find_all(app, w.Output) if output.outputs]
    return [bundle[PLOTLY] for bundle in shown if PLOTLY in bundle]


def test_streamlit_theme_replaces_every_placeholder_by_the_themes_colours(run_cell):
    app = run_cell(SCRIPT)
    px_line, waterfall, plain, heatmap = figures(app)
    for figure in (px_line, waterfall, plain, heatmap):
        assert not PLACEHOLDER.findall(json.dumps(figure))
    # Streamlit's categorical palette, baked into the traces and in the colorway.
    assert [trace["line"]["color"] for trace in px_line["data"]] == LIGHT_CATEGORICAL
    template_layout = px_line["layout"]["template"]["layout"]
    assert template_layout["colorway"][:3] == LIGHT_CATEGORICAL
    # Streamlit's look merged into the template layout, and a bold title.
    assert template_layout["paper_bgcolor"] == "#ffffff"
    assert template_layout["font"]["family"] == '"Source Sans", sans-serif'
    assert template_layout["xaxis"]["showgrid"] is False
    assert template_layout["yaxis"]["gridcolor"] == "#e6eaf1"
    assert px_line["layout"]["title"]["text"] == "<b>Sales</b>"
    waterfall_defaults = waterfall["layout"]["template"]["data"]["waterfall"][0]
    assert waterfall_defaults["increasing"]["marker"]["color"] == "#29b09d"
    assert waterfall_defaults["totals"]["marker"]["color"] == "#0068c9"
    assert heatmap["layout"]["template"]["data"]["heatmap"][0]["colorscale"][0] == \
        [0.0, "#e4f5ff"]
    # theme=None: the placeholders become Plotly's own colours, no Streamlit look.
    assert [trace["line"]["color"] for trace in plain["data"]] == \
        ["#636efa", "#EF553B", "#00cc96"]
    assert "paper_bgcolor" not in plain["layout"]["template"]["layout"]


def test_theme_base_dark_gives_streamlits_dark_chart_colours(run_cell, tmp_path, monkeypatch):
    from streamlit_cell.runtime import config

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / ".streamlit").mkdir()
    (tmp_path / ".streamlit" / "config.toml").write_text('[theme]\nbase = "dark"\n')
    config.reload()
    try:
        px_line, waterfall, _, heatmap = figures(run_cell(SCRIPT, key="dark_plotly"))
    finally:
        monkeypatch.undo()
        config.reload()
    assert [trace["line"]["color"] for trace in px_line["data"]] == \
        ["#83c9ff", "#0068c9", "#ffabab"]
    assert px_line["layout"]["template"]["layout"]["paper_bgcolor"] == "#0e1117"
    assert px_line["layout"]["template"]["layout"]["font"]["color"] == "#e6eaf1"
    assert heatmap["layout"]["template"]["data"]["heatmap"][0]["colorscale"][0] == \
        [0.0, "#004280"]
    table_like = waterfall["layout"]["template"]["data"]["waterfall"][0]
    assert table_like["increasing"]["marker"]["color"] == "#7defa1"
