"""``st.plotly_chart`` sends the figure real Streamlit sends: with Streamlit's
Plotly template (placeholder colours the front end swaps for the theme's),
while Plotly's default stays Plotly's own outside our runs.

Importing real Streamlit makes "streamlit" Plotly's default template for the
whole process, so each side runs in a fresh subprocess: real Streamlit's
AppTest in one, ours (with real Streamlit never imported) in another."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("plotly")

SRC = os.path.join(os.path.dirname(__file__), "..", "..", "src")

#: Scripts whose figures are built in the run; the last one changes Plotly's
#: default (which then stays, in Streamlit as here).
SCRIPTS = {
    "px_line": """
        import pandas as pd
        import plotly.express as px
        import streamlit as st
        df = pd.DataFrame({"x": [1, 2, 3, 1, 2, 3], "y": [1, 3, 2, 2, 1, 3], "g": list("aaabbb")})
        st.plotly_chart(px.line(df, x="x", y="y", color="g"))
        st.plotly_chart(px.density_heatmap(df, x="x", y="y"))
    """,
    "go_figures": """
        import plotly.graph_objects as go
        import streamlit as st
        st.plotly_chart(go.Figure([go.Scatter(y=[1, 3, 2]), go.Bar(y=[2, 1, 3])]))
        st.plotly_chart(go.Figure(go.Heatmap(z=[[1, 2], [3, 4]])))
        st.plotly_chart(go.Figure(go.Waterfall(y=[1, -2, 3])), theme=None)
        st.plotly_chart({"data": [{"type": "scatter", "y": [1, 2]}]})
    """,
    "user_template": """
        import plotly.express as px
        import plotly.graph_objects as go
        import streamlit as st
        st.plotly_chart(px.scatter(x=[1, 2], y=[3, 4], color=["a", "b"], template="plotly_dark"))
        st.plotly_chart(go.Figure(go.Bar(y=[1, 2]), layout={"template": "seaborn"}))
    """,
    "changed_default": """
        import plotly.express as px
        import plotly.io as pio
        import streamlit as st
        pio.templates.default = "plotly_white"
        st.plotly_chart(px.bar(x=["a", "b"], y=[1, 2], color=["a", "b"]))
    """,
}

_HARNESS = """
import json, sys, textwrap
side, scripts = sys.argv[1], json.loads(sys.stdin.read())
if side == "real":
    from streamlit.testing.v1 import AppTest
else:
    from streamlit_cell.testing import AppTest
specs = {}
for name, script in scripts.items():
    at = AppTest.from_string(textwrap.dedent(script), default_timeout=120).run()
    assert not at.exception, [e.value for e in at.exception]
    specs[name] = [json.loads(node.proto.spec) for node in at.get("plotly_chart")]
import plotly.io as pio
specs["default_after"] = pio.templates.default
if side == "ours":
    assert "streamlit" not in sys.modules, "real Streamlit was imported"
print(json.dumps(specs))
"""


def run_side(side: str, scripts: dict[str, str]) -> dict:
    env = dict(os.environ, PYTHONPATH=os.path.abspath(SRC))
    done = subprocess.run([sys.executable, "-c", _HARNESS, side], input=json.dumps(scripts),
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def both_sides() -> tuple[dict, dict]:
    return run_side("real", SCRIPTS), run_side("ours", SCRIPTS)


@pytest.mark.parametrize("name", list(SCRIPTS))
def test_plotly_spec_equals_real_streamlit_in_a_fresh_process(both_sides, name):
    real, ours = both_sides
    assert ours[name] == real[name]


def test_figures_carry_streamlit_placeholders_unless_the_user_chose_a_template(both_sides):
    _, ours = both_sides
    line, heatmap = ours["px_line"]
    assert line["layout"]["template"]["layout"]["colorway"][0] == "#000001"
    # Plotly Express bakes the template's colours into the traces.
    assert [t["line"]["color"] for t in line["data"]] == ["#000001", "#000002"]
    assert heatmap["layout"]["coloraxis"]["colorscale"][0] == [0.0, "#000011"]
    dark, seaborn = ours["user_template"]
    assert dark["layout"]["template"]["layout"]["paper_bgcolor"] == "rgb(17,17,17)"
    assert dark["data"][0]["marker"]["color"] == "#636efa"
    assert "#000001" not in json.dumps(seaborn)
    assert "#000001" not in json.dumps(ours["changed_default"])
    # A default the script set stays set, as in Streamlit.
    assert ours["default_after"] == "plotly_white"


_OUTSIDE = """
import json, sys
import plotly.graph_objects as go
import plotly.io as pio
from streamlit_cell.testing import AppTest

before = go.Figure(go.Scatter(y=[1, 2]))          # built in the "notebook", outside a run
dark = go.Figure(go.Scatter(y=[1, 2]), layout={"template": "plotly_dark"})
def app(before, dark):
    import plotly.graph_objects as go
    import streamlit as st
    st.plotly_chart(before)
    st.plotly_chart(dark)
    st.session_state.inside = go.Figure(go.Scatter(y=[1]))
at = AppTest.from_function(app, args=(before, dark), default_timeout=120).run()
specs = [json.loads(node.proto.spec) for node in at.get("plotly_chart")]
after = go.Figure(go.Scatter(y=[1, 2]))           # an ordinary cell after the run
print(json.dumps({
    "specs": specs, "default": pio.templates.default,
    "before": before.layout.template.layout.colorway[0],
    "after": after.layout.template.layout.colorway[0],
    "inside": at.session_state.inside.layout.template.layout.colorway[0],
}))
"""


def test_outside_figures_get_the_template_and_ordinary_cells_keep_plotly_defaults(tmp_path):
    env = dict(os.environ, PYTHONPATH=os.path.abspath(SRC))
    harness = tmp_path / "outside.py"  # a file: AppTest.from_function reads the app's source
    harness.write_text(_OUTSIDE)
    done = subprocess.run([sys.executable, str(harness)], capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    before, dark = result["specs"]
    assert before["layout"]["template"]["layout"]["colorway"][0] == "#000001"
    assert dark["layout"]["template"]["layout"]["paper_bgcolor"] == "rgb(17,17,17)"
    # The user's figure object is not changed, and Plotly's default is back.
    assert result["before"] == "#636efa" and result["after"] == "#636efa"
    assert result["default"] == "plotly"
    assert result["inside"] == "#000001"
