"""Built-in charts are built once per distinct data and arguments.

The memo (``elements/chart_memo.py``) keys a chart by the *content* of its
data: a rerun that draws the same chart reuses the finished spec, a frame
changed in place (same object) is drawn anew, and the memo stays within its
byte budget. The specs themselves are compared with real Streamlit's in
test_core_charts_media.py; here the memo's spec must equal a fresh build.
"""

from __future__ import annotations

import json
import textwrap

import pytest

from streamlit_cell.elements import charts
from streamlit_cell.elements.chart_memo import BUILT_IN_CHARTS, ChartMemo, data_digest


def our_app(script: str):
    from streamlit_cell.testing import AppTest

    # (a first run imports altair: seconds on a loaded machine, not a hang)
    return AppTest.from_string(textwrap.dedent(script), default_timeout=60).run()


@pytest.fixture
def builds(monkeypatch) -> list[str]:
    """The chart types built (not served from the memo), in order."""
    BUILT_IN_CHARTS.clear()
    built: list[str] = []
    real = charts.generate_chart

    def counting(chart_type, *args, **kwargs):
        built.append(chart_type.name)
        return real(chart_type, *args, **kwargs)

    monkeypatch.setattr(charts, "generate_chart", counting)
    yield built
    BUILT_IN_CHARTS.clear()



SCRIPT = """
import pandas as pd
import streamlit as st

frame = pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.5, 6.0]})
st.line_chart(frame)
st.bar_chart(frame, x="a", y="b", horizontal=True)
st.button("again")
"""


def test_a_rerun_that_draws_the_same_charts_builds_none_and_shows_the_same_specs(builds):
    at = our_app(SCRIPT)
    first = [(n.proto.spec, n.proto.datasets, n.proto.data_values) for n in at.vega_lite_chart]
    assert builds == ["LINE", "HORIZONTAL_BAR"]
    at.button[0].click().run()
    assert builds == ["LINE", "HORIZONTAL_BAR"]
    assert [(n.proto.spec, n.proto.datasets, n.proto.data_values)
            for n in at.vega_lite_chart] == first


def test_the_memos_spec_is_the_one_a_fresh_build_gives(builds):
    served = our_app(SCRIPT)
    served = our_app(SCRIPT)  # from the memo
    assert builds == ["LINE", "HORIZONTAL_BAR"]
    BUILT_IN_CHARTS.clear()
    fresh = our_app(SCRIPT)
    assert len(builds) == 4
    assert [(n.proto.spec, n.proto.datasets, n.proto.data_values, n.proto.width)
            for n in served.vega_lite_chart] == \
        [(n.proto.spec, n.proto.datasets, n.proto.data_values, n.proto.width)
         for n in fresh.vega_lite_chart]


def test_a_frame_changed_in_place_is_drawn_with_its_new_values(builds):
    at = our_app("""
import pandas as pd
import streamlit as st

frame = st.session_state.setdefault("frame", pd.DataFrame({"y": [1, 2, 3]}))
st.line_chart(frame)
""")
    at.session_state["frame"].loc[0, "y"] = 40  # the same object, new content
    at.run()
    assert len(builds) == 2
    (rows,) = at.vega_lite_chart[0].proto.datasets.values()
    assert 40 in [value for row in rows for value in row.values()], rows


def test_other_arguments_or_types_are_other_charts(builds):
    at = our_app("""
import pandas as pd
import streamlit as st

st.line_chart(pd.DataFrame({"v": [1, 2]}))
st.line_chart(pd.DataFrame({"v": [1.0, 2.0]}))
st.line_chart(pd.DataFrame({"v": [1, 2]}), height=200)
st.bar_chart(pd.DataFrame({"k": [1, "2"], "v": [3, 4]}), x="k", y="v")
st.bar_chart(pd.DataFrame({"k": ["1", "2"], "v": [3, 4]}), x="k", y="v")
""")
    assert len(builds) == 5
    assert len({n.proto.spec + repr(n.proto.datasets) + repr(n.proto.height)
                for n in at.vega_lite_chart}) == 5


def test_data_that_cannot_be_keyed_exactly_is_built_every_run(builds):
    at = our_app("""
import pandas as pd
import streamlit as st

class Region:  # a user's object: its digest could not tell two states apart
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return self.name

st.bar_chart(pd.DataFrame({"k": [Region("a"), Region("b")], "v": [3, 4]}), x="k", y="v")
""")
    at.run()
    assert builds == ["VERTICAL_BAR", "VERTICAL_BAR"]


def test_the_memo_keeps_within_its_bytes_dropping_the_least_recently_used():
    memo = ChartMemo(max_bytes=100)
    memo.put("a", "A", 40)
    memo.put("b", "B", 40)
    assert memo.get("a") == "A"  # now "b" is the least recently used
    memo.put("c", "C", 40)
    assert (memo.get("a"), memo.get("b"), memo.get("c")) == ("A", None, "C")
    assert memo.nbytes == 80
    memo.put("huge", "H", 101)
    assert memo.get("huge") is None and len(memo) == 2
    assert memo.get(None) is None


def test_a_digest_is_made_of_content_not_identity():
    import numpy as np
    import pandas as pd

    frame = pd.DataFrame({"a": [1, 2]})
    assert data_digest(frame) == data_digest(frame.copy())
    assert data_digest(frame) != data_digest(frame.rename(columns={"a": "b"}))
    assert data_digest(frame) != data_digest(frame.set_axis([5, 6]))
    assert data_digest(frame) != data_digest(frame["a"])
    assert data_digest({"a": [1, 2]}) != data_digest({"a": [1.0, 2.0]})
    assert data_digest(np.arange(4)) != data_digest(np.arange(4).reshape(2, 2))
    assert data_digest(np.array([object()])) is None
    assert data_digest([object()]) is None


def test_a_digest_tells_apart_what_a_chart_or_table_would_show_differently():
    """The fast path (column bytes) keeps every distinction the full hash made."""
    import pandas as pd

    def digest(**columns):
        return data_digest(pd.DataFrame(columns))

    assert digest(x=[1, 2]) != digest(x=["1", 2])            # int and str in an object column
    assert digest(x=[1.0]) != digest(x=[1])                  # float and int
    assert digest(x=[0.0]) != digest(x=[-0.0])               # "-0.0" is shown
    assert digest(x=["a", None]) != digest(x=["a", "None"])  # missing and the text None
    assert digest(x=pd.Series(["a"], dtype=object)) != digest(x=pd.Series(["a"], dtype="string"))
    assert digest(x=pd.to_datetime(["2024-01-01"])) != digest(
        x=pd.to_datetime(["2024-01-01"]).tz_localize("UTC"))
    frame = pd.DataFrame({"x": [1, 2, 3]})
    assert data_digest(frame) != data_digest(frame.iloc[1:])  # other index, same length prefix
    assert data_digest(frame.set_index(pd.Index(["a", "b", "c"]))) != data_digest(
        frame.set_index(pd.Index(["a", "b", "d"])))
    assert data_digest(frame.set_axis(pd.MultiIndex.from_tuples([(1, 1), (1, 2), (2, 1)]))) \
        != data_digest(frame.set_axis(pd.MultiIndex.from_tuples([(1, 1), (1, 2), (2, 2)])))
    cat = pd.Series(["a", "b"], dtype="category")
    assert data_digest(cat) != data_digest(cat.cat.set_categories(["b", "a"]))


# ------------------------------------------------------------ st.altair_chart
ALTAIR_SCRIPT = """
import altair as alt
import pandas as pd
import streamlit as st

frame = st.session_state.setdefault("frame", pd.DataFrame({"a": [1, 2, 3], "b": [4.0, 5.5, 6.0]}))
pick = alt.selection_point(fields=["a"])
st.altair_chart(alt.Chart(frame).mark_line().encode(x="a", y="b"))
st.altair_chart(alt.Chart(frame).mark_point().encode(x="a", y="b").add_params(pick))
st.button("again")
"""


@pytest.fixture
def altair_builds(monkeypatch) -> list[int]:
    """One entry per Altair chart serialised in full (not served from the memo)."""
    BUILT_IN_CHARTS.clear()
    built: list[int] = []
    real = charts.altair_to_vega_lite_spec

    def counting(chart):
        built.append(1)
        return real(chart)

    monkeypatch.setattr(charts, "altair_to_vega_lite_spec", counting)
    yield built
    BUILT_IN_CHARTS.clear()


def _vega_props(at) -> list[tuple]:
    return [(n.proto.spec, n.proto.datasets, n.proto.data_values) for n in at.vega_lite_chart]


def test_an_altair_chart_drawn_again_is_not_serialised_again(altair_builds):
    at = our_app(ALTAIR_SCRIPT)
    first = _vega_props(at)
    assert len(altair_builds) == 2
    at.button[0].click().run()
    at.button[0].click().run()
    assert len(altair_builds) == 2  # Altair's fresh param names do not make a new chart
    assert _vega_props(at) == first
    BUILT_IN_CHARTS.clear()
    at.button[0].click().run()
    assert len(altair_builds) == 4 and _vega_props(at) == first  # a fresh build: equal


def test_an_altair_chart_with_other_data_is_serialised_anew(altair_builds):
    at = our_app(ALTAIR_SCRIPT)
    at.session_state["frame"].loc[0, "b"] = 9.25  # changed in place: the same object
    at.button[0].click().run()
    assert len(altair_builds) == 4  # the line and the point chart share the data: both new
    assert all("9.25" in json.dumps(props[1]) for props in _vega_props(at))


def test_a_memoised_altair_chart_is_the_chart_a_fresh_build_gives():
    import altair as alt
    import pandas as pd

    from streamlit_cell.elements.charts import altair_chart_key

    frame = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
    line = alt.Chart(frame).mark_line().encode(x="a", y="b")
    assert altair_chart_key(line) == altair_chart_key(alt.Chart(frame.copy()).mark_line().encode(x="a", y="b"))
    assert altair_chart_key(line) != altair_chart_key(alt.Chart(frame).mark_bar().encode(x="a", y="b"))
    assert altair_chart_key(line) != altair_chart_key(line.properties(title="t"))
    other = frame.assign(b=["x", "z"])
    assert altair_chart_key(line) != altair_chart_key(alt.Chart(other).mark_line().encode(x="a", y="b"))

    class Thing:
        def __str__(self) -> str:
            return "thing"

    assert altair_chart_key(alt.Chart(pd.DataFrame({"t": [Thing()]})).mark_point().encode(x="t")) is None


def test_a_bad_altair_chart_or_theme_fails_on_every_run_as_in_streamlit(altair_builds):
    at = our_app("""
import altair as alt
import pandas as pd
import streamlit as st

frame = pd.DataFrame({"a": [1, 2]})
st.altair_chart(alt.Chart(frame).mark_line().encode(x="a"), theme="dark")
""")
    first = at.exception[0].value
    assert "theme" in first
    at.run()
    assert at.exception[0].value == first
