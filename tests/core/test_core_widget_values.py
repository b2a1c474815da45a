"""Widgets' default values, return types and argument errors.

All cases run in ONE script per backend (each case caught by its own
try/except and printed as one line), so a hundred cases cost two app runs; each
case is then its own test comparing its line between the backends.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest

from support.differential import Batch, assert_same, run_backend

# Each case is an expression; `L` is replaced by a label unique to the case.
CASES = [
    # number_input: int vs float inference, None, bounds
    'st.number_input(L)',
    'st.number_input(L, value=5)',
    'st.number_input(L, value=5.0)',
    'st.number_input(L, min_value=1)',
    'st.number_input(L, min_value=1.5)',
    'st.number_input(L, max_value=10)',
    'st.number_input(L, step=1)',
    'st.number_input(L, step=0.5)',
    'st.number_input(L, value=None)',
    'st.number_input(L, value=None, min_value=1)',
    'st.number_input(L, 0, 10, 5)',
    'st.number_input(L, min_value=5, max_value=5)',
    'st.number_input(L, 1, 10.0)',
    'st.number_input(L, value=1, step=0.5)',
    'st.number_input(L, 10, 1)',
    'st.number_input(L, 5, 10, 1)',
    'st.number_input(L, 0, 10, 11)',
    'st.number_input(L, value=1.5, format="%d")',
    'st.number_input(L, format="%x")',
    'st.number_input(L, format="abc")',
    'st.number_input(L, value="abc")',
    'st.number_input(L, value=2**60)',
    # slider: int/float/range/date/time/datetime
    'st.slider(L)',
    'st.slider(L, 0.0, 1.0)',
    'st.slider(L, 0, 10, 3)',
    'st.slider(L, value=5.5)',
    'st.slider(L, value=150)',
    'st.slider(L, value=(2, 8))',
    'st.slider(L, 0, 10, [4])',
    'st.slider(L, 0, 10, [])',
    'st.slider(L, 0, 10, (8, 2))',
    'st.slider(L, 0, 10, (1, 2, 3))',
    'st.slider(L, 0.0, 10)',
    'st.slider(L, 0, 10, step=0.5)',
    'st.slider(L, 10, 0)',
    'st.slider(L, 5, 5)',
    'st.slider(L, 0, 10, 11)',
    'st.slider(L, 0, 10, -1)',
    'st.slider(L, 0, 10, step=0)',
    'st.slider(L, value="a")',
    'st.slider(L, value=datetime.date(2024, 1, 15))',
    'st.slider(L, value=(datetime.date(2024, 1, 1), datetime.date(2024, 2, 1)))',
    'st.slider(L, datetime.date(2024, 1, 1), datetime.date(2024, 12, 31))',
    'st.slider(L, value=datetime.time(8, 30))',
    'st.slider(L, value=(datetime.time(8), datetime.time(17)))',
    'st.slider(L, value=datetime.datetime(2024, 1, 1, 12, 0))',
    'st.slider(L, datetime.time(9), datetime.time(5))',
    'st.slider(L, datetime.date(2024, 1, 1), datetime.date(2024, 1, 10), datetime.date(2025, 1, 1))',
    'st.slider(L, 0, 100, 50, step=datetime.timedelta(days=1))',
    # select_slider
    'st.select_slider(L, ["a", "b", "c"])',
    'st.select_slider(L, ["a", "b", "c"], value="b")',
    'st.select_slider(L, ["a", "b", "c"], value=("c", "a"))',
    'st.select_slider(L, ["a", "b", "c"], value=["a", "b"])',
    'st.select_slider(L, ["a", "b", "c"], value=("a",))',
    'st.select_slider(L, ["a", "b", "c"], value="z")',
    'st.select_slider(L, [])',
    'st.select_slider(L, range(5), value=(1, 3))',
    'st.select_slider(L, {"x": 1, "y": 2})',
    'st.select_slider(L, [1, 2, 3], format_func=lambda v: f"#{v}")',
    # selectbox
    'st.selectbox(L, ["a", "b", "c"])',
    'st.selectbox(L, ["a", "b", "c"], index=None)',
    'st.selectbox(L, ["a", "b", "c"], index=2)',
    'st.selectbox(L, ["a", "b", "c"], index=5)',
    'st.selectbox(L, ["a", "b", "c"], index=-1)',
    'st.selectbox(L, ["a", "b", "c"], index="1")',
    # Streamlit fails storing a bool index (TypeError from protobuf).
    ('st.selectbox(L, ["a", "b", "c"], index=True)', "class only"),
    ('st.radio(L, ["a", "b", "c"], index=False)', "class only"),
    'st.selectbox(L, [])',
    'st.selectbox(L, [], index=None)',
    'st.selectbox(L, [], index=3)',
    'st.selectbox(L, {"k1": "v1", "k2": "v2"}, index=1)',
    # Streamlit fails on a label that is not a str with protobuf's TypeError
    # message; ours names the problem (compared: the class only).
    ('st.selectbox(L, (1, 2, 3), format_func=lambda v: v * 10)', "class only"),
    ('st.multiselect(L, (1, 2, 3), format_func=lambda v: v * 10)', "class only"),
    ('st.radio(L, (1, 2, 3), format_func=lambda v: None)', "class only"),
    'st.selectbox(L, ["a", "b"], accept_new_options=True, index=None)',
    'st.selectbox(L, "abc")',
    'st.selectbox(L, 5)',
    'st.selectbox(L, None)',
    'st.radio(L, {"a": 1, "b": 2}.values())',
    'st.button(L, on_click="rerun")',
    'st.button(L, on_click="ignore")',
    'st.checkbox(L, on_change="other")',
    # radio
    'st.radio(L, ["a", "b", "c"])',
    'st.radio(L, ["a", "b", "c"], index=None)',
    'st.radio(L, ["a", "b", "c"], index=3)',
    'st.radio(L, ["a", "b", "c"], index=1.0)',
    'st.radio(L, [])',
    'st.radio(L, ["a", "b"], captions=["x", "y"], horizontal=True)',
    'st.radio(L, ["a", "b"], captions=["x", 3])',
    # multiselect
    'st.multiselect(L, ["a", "b", "c"])',
    'st.multiselect(L, ["a", "b", "c"], default="b")',
    'st.multiselect(L, ["a", "b", "c"], default=["c", "a"])',
    'st.multiselect(L, ["a", "b", "c"], default=("a",))',
    'st.multiselect(L, ["a", "b", "c"], default=["z"])',
    'st.multiselect(L, ["a", "b", "c"], default=["a", "b"], max_selections=1)',
    'st.multiselect(L, ["a", "b", "c"], max_selections=0)',
    'st.multiselect(L, ["a", "b", "c"], max_selections=-1)',
    'st.multiselect(L, ["a", "b", "c"], max_selections=2.5)',
    'st.multiselect(L, [1, 2, 3], default=[2])',
    'st.multiselect(L, [])',
    # date_input
    'st.date_input(L, datetime.date(2024, 2, 29))',
    'st.date_input(L, None)',
    'st.date_input(L, ())',
    'st.date_input(L, [])',
    'st.date_input(L, (datetime.date(2024, 1, 1),))',
    'st.date_input(L, (datetime.date(2024, 1, 1), datetime.date(2024, 1, 9)))',
    'st.date_input(L, (datetime.date(2024, 1, 1), datetime.date(2024, 1, 2), datetime.date(2024, 1, 3)))',
    'st.date_input(L, "2024-01-05")',
    'st.date_input(L, "not a date")',
    'st.date_input(L, datetime.datetime(2024, 1, 5, 13, 0))',
    'st.date_input(L, datetime.date(2024, 1, 1), min_value=datetime.date(2024, 6, 1))',
    'st.date_input(L, datetime.date(2024, 1, 1), max_value=datetime.date(2023, 6, 1))',
    'st.date_input(L, None, min_value=datetime.date(2024, 6, 1), max_value=datetime.date(2024, 1, 1))',
    'st.date_input(L, datetime.date(2024, 1, 1), min_value=5)',
    'st.date_input(L, datetime.date(2024, 1, 1), format="YYYY")',
    'st.date_input(L, datetime.date(2024, 1, 1), format="DD.MM.YYYY")',
    'st.date_input(L, 20240101)',
    # time_input
    'st.time_input(L, datetime.time(8, 45))',
    'st.time_input(L, datetime.time(8, 45, 30))',
    'st.time_input(L, datetime.time(8, 45, 30), step=30)',
    'st.time_input(L, None)',
    'st.time_input(L, "12:30")',
    'st.time_input(L, "2024-01-01T10:15:00")',
    'st.time_input(L, datetime.datetime(2024, 1, 1, 10, 15))',
    'st.time_input(L, 5)',
    'st.time_input(L, "noon")',
    'st.time_input(L, datetime.time(1), step=0)',
    'st.time_input(L, datetime.time(1), step=datetime.timedelta(hours=24))',
    'st.time_input(L, datetime.time(1), step=3600)',
    'st.time_input(L, datetime.time(1), step=1.5)',
    'st.time_input(L, datetime.time(1), format="13h")',
    # color_picker
    'st.color_picker(L)',
    'st.color_picker(L, "#abc")',
    'st.color_picker(L, "#AABBCC")',
    'st.color_picker(L, "red")',
    'st.color_picker(L, "#abcd")',
    'st.color_picker(L, 123)',
    # text widgets
    'st.text_input(L)',
    'st.text_input(L, None)',
    'st.text_input(L, 5)',
    'st.text_input(L, "abcd", max_chars=3)',
    'st.text_input(L, max_chars=0)',
    'st.text_input(L, "secret", type="password")',
    'st.text_input(L, type="bad")',
    'st.text_area(L)',
    'st.text_area(L, None)',
    'st.text_area(L, "hello", height=100)',
    'st.text_area(L, "abcd", max_chars=2)',
    # checkbox, toggle, button
    'st.checkbox(L)',
    'st.checkbox(L, value=1)',
    'st.checkbox(L, value="yes")',
    'st.toggle(L, True)',
    'st.button(L)',
    'st.button(L, type="bad")',
    'st.button(L, on_click=5)',
    'st.checkbox(L, on_change=5)',
    'st.checkbox(L, on_change="ignore")',
    'st.checkbox(L, label_visibility="gone")',
    'st.checkbox(None)',
]

EXPRESSIONS = [case[0] if isinstance(case, tuple) else case for case in CASES]
CLASS_ONLY = {i for i, case in enumerate(CASES) if isinstance(case, tuple)}



def make_script(case_numbers) -> str:
    """One script running the given cases, each printing one line."""
    return "import datetime\nimport streamlit as st\n" + "".join(
        f"try:\n    st.text('{i}: ' + repr({EXPRESSIONS[i].replace('L', repr(f'case {i}'), 1)}))\n"
        f"except Exception as e:\n    st.text('{i}: !' + type(e).__name__ + ': ' + str(e))\n"
        for i in case_numbers
    )


SCRIPT = make_script(range(len(CASES)))


@functools.cache
def lines(backend: str) -> dict[int, str]:
    """The line each case printed, by case number."""
    [snap] = run_backend(backend, SCRIPT, [])
    assert not snap.exceptions, snap.exceptions
    by_case = {}
    for text in snap.texts:
        number, _, rest = text.partition(": ")
        by_case[int(number)] = rest
    return by_case


@pytest.mark.parametrize("case", range(len(CASES)), ids=EXPRESSIONS)
def test_default_value_or_error(case):
    ours, theirs = lines("streamlit_cell").get(case), lines("streamlit").get(case)
    if case in CLASS_ONLY:
        ours, theirs = ours.split(":")[0], theirs.split(":")[0]
    assert ours == theirs


def test_the_rendered_widgets_agree_too():
    # Values, labels and keys of the widgets that the cases above rendered
    # (the class-only cases left out: their messages differ).
    assert_same(make_script([i for i in range(len(CASES)) if i not in CLASS_ONLY]))


# (call with the label "W", widget kind, value the tester sends)
SENT_VALUES = [
    ('st.number_input("W")', "number_input", 5),
    ('st.number_input("W", value=1)', "number_input", 7),
    ('st.number_input("W", value=1)', "number_input", 7.9),
    ('st.number_input("W", 0, 10)', "number_input", 50),
    ('st.number_input("W", value=None)', "number_input", 3),
    ('st.slider("W", 0.0, 1.0)', "slider", 1),
    ('st.slider("W", 0, 10, (2, 3))', "slider", [5, 9]),
    ('st.slider("W", 0, 10, (2, 3))', "slider", (9, 5)),
    ('st.select_slider("W", ["a", "b", "c"], ("a", "b"))', "select_slider", ("c", "a")),
    ('st.select_slider("W", ["a", "b", "c"])', "select_slider", "zzz"),
    # Not compared: a selectbox value that is not an option. Streamlit's
    # AppTest sends a selectbox's value by its index among the options and
    # fails (ValueError) before the run, even with accept_new_options=True.
    ('st.selectbox("W", ["a", "b"])', "selectbox", None),
    ('st.multiselect("W", ["a", "b"])', "multiselect", ["b", "zzz"]),
    ('st.multiselect("W", ["a", "b"], max_selections=1)', "multiselect", ["a", "b"]),
    ('st.date_input("W", datetime.date(2024, 1, 1))', "date_input", dt.date(2024, 2, 2)),
    ('st.date_input("W", (datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)))', "date_input",
     (dt.date(2024, 3, 1), dt.date(2024, 3, 9))),
    ('st.date_input("W", datetime.date(2024, 1, 1), max_value=datetime.date(2024, 6, 1))',
     "date_input", dt.date(2025, 1, 1)),
    ('st.time_input("W", datetime.time(1))', "time_input", dt.time(4, 5, 6)),
    ('st.time_input("W", datetime.time(1), step=30)', "time_input", dt.time(4, 5, 6)),
    ('st.color_picker("W")', "color_picker", "#ABCDEF"),
    ('st.color_picker("W")', "color_picker", "nonsense"),
    ('st.text_input("W", max_chars=3)', "text_input", "abcdef"),
    ('st.checkbox("W")', "checkbox", 1),
]


def _send_every_value(at) -> None:
    for number, (_, kind, new_value) in enumerate(SENT_VALUES):
        [widget] = [w for w in getattr(at, kind) if w.label == f"W{number}"]
        widget.set_value(new_value)


def _sent_value_case(number: int, call: str) -> str:
    return "st.text(repr(" + call.replace('"W"', f'"W{number}"', 1) + "))"


SENT_VALUES_BATCH = Batch(
    [_sent_value_case(n, call) for n, (call, _, _) in enumerate(SENT_VALUES)],
    steps=[_send_every_value],
)


@pytest.mark.parametrize("number", range(len(SENT_VALUES)),
                         ids=[f"{c}<-{v!r}" for c, _, v in SENT_VALUES])
def test_values_sent_by_the_tester_and_what_the_script_gets(number):
    SENT_VALUES_BATCH.assert_case_same(number)
