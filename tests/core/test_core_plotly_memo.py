"""``st.plotly_chart`` builds the figure's JSON once per distinct figure.

``Figure.to_dict`` deep-copies a figure and the JSON encoder walks every
point (~2 ms for 2,000 points) on every rerun, although a rerun caused by an
unrelated widget passes an equal figure. The memo keys a figure by a digest
of its traces', layout's and frames' properties read in place
(``chart_memo.structure_digest``): a rerun with an equal figure builds no
JSON and shows the same spec as real Streamlit; a point changed in place, a
dict figure under another default template, other JSON engines rebuild;
what is not made of exact values is never keyed."""

from __future__ import annotations

import datetime
import decimal
import json
import textwrap

import numpy as np
import pytest

from streamlit_cell.elements.chart_memo import BUILT_IN_CHARTS, structure_digest


def our_app(script: str):
    from streamlit_cell.testing import AppTest

    return AppTest.from_string(textwrap.dedent(script), default_timeout=60).run()


def real_app(script: str):
    from streamlit.testing.v1 import AppTest

    return AppTest.from_string(textwrap.dedent(script), default_timeout=60).run()


@pytest.fixture
def builds(monkeypatch) -> list[str]:
    """The figures whose JSON was built (memo misses), by type of input."""
    import plotly.tools

    BUILT_IN_CHARTS.clear()
    built: list[str] = []
    real = plotly.tools.return_figure_from_figure_or_data

    def counting(figure_or_data, validate_figure):
        built.append(type(figure_or_data).__name__)
        return real(figure_or_data, validate_figure)

    monkeypatch.setattr(plotly.tools, "return_figure_from_figure_or_data", counting)
    yield built
    BUILT_IN_CHARTS.clear()


SCRIPT = """
import numpy as np
import plotly.graph_objects as go
import streamlit as st

points = np.linspace(0.0, 1.0, 2_000)
if "figure" not in st.session_state:
    st.session_state.figure = go.Figure(go.Scatter(x=points, y=points ** 2, name="square"))
    st.session_state.figure.update_layout(height=380, title="Squares")
st.plotly_chart(st.session_state.figure)
st.plotly_chart({"data": [{"type": "bar", "y": [1, 2, 3]}], "layout": {"width": 420}}, key="d")
st.button("again")
"""


def test_a_rerun_with_equal_figures_builds_none_and_shows_what_streamlit_shows(builds):
    # Streamlit first: importing it makes its theme Plotly's default template,
    # which a figure takes when it is made (so both apps' figures take it).
    real = real_app(SCRIPT)
    builds.clear()  # (Streamlit's own builds)
    at = our_app(SCRIPT)
    first = [(n.proto.spec, n.proto.width, n.proto.height) for n in at.plotly_chart]
    assert builds == ["Figure", "dict"]
    at.button[0].click().run()
    at.button[0].click().run()
    assert builds == ["Figure", "dict"]
    assert [(n.proto.spec, n.proto.width, n.proto.height) for n in at.plotly_chart] == first
    assert [(w, h) for _, w, h in first] == [("stretch", 380), ("stretch", 450)]
    assert [json.loads(spec) for spec, _, _ in first] == \
        [json.loads(n.proto.spec) for n in real.get("plotly_chart")]


def test_a_point_changed_in_place_is_drawn_anew(builds):
    at = our_app(SCRIPT)
    figure = at.session_state["figure"]
    with figure.batch_update():
        y = np.array(figure.data[0].y)
        y[5] = 99.0
        figure.data[0].y = y
    at.run()
    assert builds == ["Figure", "dict", "Figure"]
    assert json.loads(at.plotly_chart[0].proto.spec)["data"][0]["y"] == \
        json.loads(figure.to_json())["data"][0]["y"]
    at.run()
    assert len(builds) == 3


def test_a_dict_figure_under_another_default_template_is_built_anew(builds):
    import plotly.io as pio

    script = 'import streamlit as st\nst.plotly_chart({"data": [{"type": "bar", "y": [1]}]})\n'
    plain = our_app(script)
    default = pio.templates.default
    try:
        pio.templates.default = "plotly_dark"
        dark = our_app(script)
    finally:
        pio.templates.default = default
    assert builds == ["dict", "dict"]
    assert plain.plotly_chart[0].proto.spec != dark.plotly_chart[0].proto.spec


def test_structure_digests_are_equal_exactly_for_equal_structures():
    points = np.arange(2_000.0)
    figure = {"x": points, "when": [datetime.date(2024, 1, 2)], "cost": decimal.Decimal("1.5")}
    assert structure_digest(figure) == structure_digest(
        {"x": points.copy(), "when": [datetime.date(2024, 1, 2)], "cost": decimal.Decimal("1.5")})
    assert structure_digest({"x": points}) != structure_digest({"x": points + 1})
    assert structure_digest({"x": points}) != structure_digest({"x": points.astype(np.float32)})
    assert structure_digest([1, 2]) != structure_digest([1, 2.0]) != structure_digest((1, 2))
    assert structure_digest({"a": 1, "b": 2}) != structure_digest({"b": 2, "a": 1})  # JSON order


def test_what_is_not_made_of_exact_values_is_never_keyed():
    from collections import OrderedDict

    class Point:  # a user's object: its pickle need not carry all its state
        def __init__(self, x):
            self.x = x

    assert structure_digest({"p": Point(1)}) is None
    assert structure_digest(np.array([Point(1)], dtype=object)) is None
    assert structure_digest(OrderedDict(a=1)) is None  # a subclass of dict
    assert structure_digest(np.array(["a", 1], dtype=object)) is not None


def test_the_memo_stays_within_its_byte_budget(builds):
    import plotly.graph_objects as go

    from streamlit_cell.elements.chart_memo import ChartMemo

    memo = ChartMemo(max_bytes=200_000)
    for offset in range(40):
        spec = go.Figure(go.Scatter(y=np.arange(1_000.0) + offset)).to_json()
        memo.put(("plotly_chart", offset), (spec, {}), len(spec))
    assert memo.nbytes <= 200_000 and 0 < len(memo) < 40
