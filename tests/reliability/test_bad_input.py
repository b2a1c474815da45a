"""Bad input: every ``st.*`` element function called with wrong arguments
(``_catalog.py``), huge text, a large DataFrame, bytes that are not UTF-8.

For wrong arguments the contract is differential: where Streamlit raises,
ours raises the same class (a ``StreamlitAPIException`` subclass, or
Streamlit's exact class where Streamlit raises another, e.g. a TypeError out
of its protobuf code) with a message that names the argument; where
Streamlit accepts the value, so do we. All cases run as ONE script per
backend (``support.differential.Batch``): ~500 cases cost one Streamlit run.

Cases where streamlit-cell does not validate yet are listed in ``GAPS`` and
marked xfail (the report names them); everything else must agree.
"""

from __future__ import annotations

import functools
import re

import pytest

import _catalog
from support.differential import Batch, case_slices, snapshot

pytestmark = pytest.mark.reliability

CASES = _catalog.cases()

#: parameter -> functions (or "function(bad value)") where streamlit-cell
#: accepts although Streamlit rejects the wrong value: validation not
#: implemented yet (in modules being written when this tier was).
GAPS: dict[str, set[str]] = {
    # elements/inputs.py
    'width': {'data_editor', 'download_button', 'feedback', 'file_uploader', 'link_button',
              'pills', 'segmented_control'},
    'height': {'data_editor'},
    'row_height': {'data_editor'},
    'icon': {'download_button', 'link_button'},
    # elements/display.py
    'border': {'metric'},
    'label': {'popover'},
    # elements/chat.py
    'max_chars': {'chat_input'},
    # elements/charts.py: an AttributeError instead of Streamlit's errors
    'spec': {'vega_lite_chart([])', "vega_lite_chart('x')"},
}

#: Cases whose outcome both backends agree on but where ours is not asked to
#: name the argument (Streamlit's own message does not either and ours is
#: Streamlit's, e.g. a TypeError from inside Python).
UNNAMED_OK = {"on_change", "on_click", "on_submit"}


def _outcome(elements: list[tuple]) -> tuple[str, str]:
    """("ok", "") or (exception class name, message) for one case's slice."""
    for element in elements:
        if element[0] == "text" and element[1].startswith("!"):
            name, _, message = element[1][1:].partition(": ")
            return name, message
    return "ok", ""


@functools.cache
def _results(backend: str) -> list[tuple[str, str]]:
    batch = Batch([case.source() for case in CASES], prelude=_catalog.PRELUDE)
    if backend == "streamlit":
        from streamlit.testing.v1 import AppTest
    else:
        from streamlit_cell.testing import AppTest
    at = AppTest.from_string(batch.script, default_timeout=300)
    at.run()
    slices = case_slices(snapshot(at))
    missing = [CASES[n].id for n in range(len(CASES)) if n not in slices]
    assert not missing, f"{backend}: these cases never ran: {missing}"
    return [_outcome(slices[number]) for number in range(len(CASES))]


def _gap(case: _catalog.Case) -> bool:
    functions = GAPS.get(case.param, set())
    return case.function in functions or f"{case.function}({case.bad})" in functions


def test_the_catalog_covers_every_element_function():
    assert _catalog.uncatalogued() == [], (
        "st.* functions with arguments missing from tests/reliability/_catalog.py CALLS")


def _names_argument(param: str, message: str) -> bool:
    words = {param, param.replace("_", " ")}
    return any(re.search(rf"(?<![A-Za-z_]){re.escape(w)}(?![A-Za-z_])", message, re.IGNORECASE)
               for w in words)


_ADDRESS = re.compile(r" at 0x[0-9a-f]+")


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_wrong_argument_fails_like_streamlit(case, fast_oracle, request):
    if _gap(case):
        request.applymarker(pytest.mark.xfail(
            reason=f"st.{case.function} does not validate `{case.param}` yet", strict=False))
    number = CASES.index(case)
    theirs, their_message = _results("streamlit")[number]
    ours, our_message = _results("streamlit_cell")[number]
    assert ours == theirs, (
        f"{case.source()!r}: Streamlit -> {theirs}: {their_message}\n"
        f"streamlit-cell -> {ours}: {our_message}")
    if ours != "ok" and case.param not in UNNAMED_OK:
        # Name the argument, or say exactly what Streamlit says (its wording
        # wins where it has one: DESIGN.md "Errors are part of the interface").
        same_words = _ADDRESS.sub("", our_message) == _ADDRESS.sub("", their_message)
        assert _names_argument(case.param, our_message) or same_words, (
            f"{case.source()!r} raised {ours} without naming `{case.param}`: {our_message}\n"
            f"(Streamlit: {their_message})")


# ------------------------------------------------- huge and strange values
def _sent_bytes(comm_log) -> int:
    return sum(len(repr(message.data)) for message in comm_log)


def test_ten_megabytes_of_markdown_render_and_the_app_stays_responsive(run_cell, comm_log):
    import time

    from support.ui import button, text

    app = run_cell("""
st.session_state.setdefault("clicks", 0)
st.markdown("word " * 2_000_000)
if st.button("Click"):
    st.session_state.clicks += 1
st.write("clicks", st.session_state.clicks)
""")
    assert len(app.result.main.items[0].props["body"]) >= 9_999_999
    comm_log.clear()
    started = time.perf_counter()
    button(app, "Click").click()
    assert "clicks 1" in text(app)
    # The unchanged 10 MB text is not sent again.
    assert _sent_bytes(comm_log) < 10_000
    assert time.perf_counter() - started < 10


def test_a_million_row_dataframe_sends_one_window(run_cell, comm_log):
    from support.ui import data_grids
    from streamlit_cell.render.data_grid import WINDOW_ROWS

    app = run_cell("""
import numpy as np
import pandas as pd
big = pd.DataFrame({"n": np.arange(1_000_000), "x": np.arange(1_000_000) * 0.5})
st.dataframe(big)
st.write(big)
""")
    grids = data_grids(app)
    assert len(grids) == 2
    for grid in grids:
        assert grid.total == 1_000_000 and len(grid.rows) <= WINDOW_ROWS
        assert ["999999", "999999", "499999.5"] not in grid.rows
    assert _sent_bytes(comm_log) < 200_000


NOT_UTF8 = [
    ('st.write(b"\\xff\\xfe")', "b'\\xff\\xfe'"),
    ('st.text(b"\\xff\\xfe abc")', "b'\\xff\\xfe abc'"),
    ('st.markdown(b"\\xc3\\x28")', "b'\\xc3('"),
    ('st.code(b"\\x00\\xff")', "b'\\x00\\xff'"),
    ('st.text("lone surrogate \\udcff")', "lone surrogate"),
]


@pytest.mark.parametrize("call, shown", NOT_UTF8, ids=[c for c, _ in NOT_UTF8])
def test_bytes_that_are_not_utf8_show_as_their_repr(call, shown, run_cell, comm_log, fast_oracle):
    from support.differential import assert_same
    from support.ui import text

    source = f"import streamlit as st\n{call}\n"
    if "surrogate" not in call:  # (AppTest protobufs refuse lone surrogates)
        assert_same(source)
    app = run_cell(call)
    assert shown in text(app)
    # Whatever the widgets hold must survive the trip to the browser as JSON.
    import json

    for message in comm_log:
        json.dumps(message.data, ensure_ascii=False).encode("utf-8", "surrogatepass")
