"""Built-in charts are built once per distinct data and arguments.

The memo (``elements/chart_memo.py``) keys a chart by the *content* of its
data: a rerun that draws the same chart reuses the finished spec, a frame
changed in place (same object) is drawn anew, and the memo stays within its
byte budget. The specs themselves are compared with real Streamlit's in
test_core_charts_media.py; here the memo's spec must equal a fresh build.
"""

from __future__ import annotations

import textwrap

import pytest

from streamlit_cell.elements import charts
from streamlit_cell.elements.chart_memo import BUILT_IN_CHARTS, ChartMemo, data_digest


def our_app(script: str):
    from streamlit_cell.testing import AppTest

    return AppTest.from_string(textwrap.dedent(script)).run()


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
