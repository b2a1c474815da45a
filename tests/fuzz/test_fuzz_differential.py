"""Differential fuzzing: generated apps (``_apps.py``) and interaction
sequences must look the same in real Streamlit's AppTest and in ours after
every step: the page (widgets with their values, texts, JSON, exceptions),
session state, and whether the tester's own action raised.

Divergences the fuzzer found, and what became of each
------------------------------------------------------
Fixed in streamlit-cell (each kept as a plain case in ``REGRESSIONS``):

1. ``st.rerun()`` inside a callback stopped the other changed widgets'
   callbacks. Streamlit ends only that callback, runs the others, then reruns
   (``SessionState._call_callbacks`` collects the rerun "votes").
   Fixed in ``state.SessionState.on_script_will_rerun``.
2. A keyed widget given a value of the wrong type through session state this
   run (``st.session_state.k = 0`` then ``st.text_input(..., key="k")``) was
   shown and returned as is (and would then fail in the ipywidgets front end).
   Streamlit fails while serializing it: TypeError (text input/area, checkbox
   and toggle given a str, number input, time input, color picker),
   AttributeError (date input), ValueError/TypeError (slider: ``float(v)``).
   Fixed in ``elements/widgets.py`` (``_check_state_type``: same class, a
   message naming the key and the type it needs) and
   ``slider_values.SliderSpec.check_state_value``.

Kept (not a difference of the app), handled here:

A. Streamlit's *tester* cannot build the next run's widget states when a
   widget's key was deleted from ``at.session_state`` between runs, or holds
   a value of a type the widget's protobuf cannot take: ``at.run()`` itself
   raises (KeyError, TypeError, ValueError). Nothing to compare after that
   step; the runs before it are compared (``run_backend`` below). Ours raises
   the same way for a deleted key (its tester mirrors Streamlit's).
B. Streamlit's tester shows a staged-but-not-yet-run ``date_input`` value as a
   tuple. Steps therefore find every widget they touch before staging
   anything (``_apps.Step.action``), so a step that fails stages nothing.
C. Messages of exceptions that are not Streamlit's own (the TypeError of a
   wrong-typed state value deep inside a widget) are Python's wording of an
   internal detail: their class is compared, not their text (``_observable``).
   Streamlit's own exceptions are compared with their messages.

Not generated (documented differences, see tests/core/conftest.py):
``st.rerun()`` without a guard (ours stops after
``runner.maxConsecutiveReruns``; Streamlit's AppTest runs until its timeout),
values a person cannot give a widget (a selectbox value that is not an
option), disabled widgets (our tester refuses to change them).
"""

from __future__ import annotations

import os

import pytest
from hypothesis import given, note

from _apps import Step, cases
from _profiles import fuzz_settings
from support.differential import Snapshot, app_test_class, assert_same, snapshot

pytestmark = pytest.mark.fuzz

MAX_STEPS = int(os.environ.get("FUZZ_MAX_STEPS", 6))
TESTER_CRASHED = "at.run() raised"


def _observable(snap: Snapshot) -> Snapshot:
    """The snapshot as compared (see C above)."""
    elements = [e if e[0] != "exception" or e[1].startswith("Streamlit") else e[:2]
                for e in snap.elements]
    return Snapshot(elements, snap.state, snap.step_error)


def run_backend(backend: str, script: str, steps: list) -> list[Snapshot]:
    """``support.differential.run_backend``, ending at a run that raises out of
    ``at.run()`` (see A above) with a snapshot that says so."""
    at = app_test_class(backend).from_string(script)
    at.run()
    snapshots = [_observable(snapshot(at))]
    for step in steps:
        step_error = None
        try:
            step(at)
        except Exception as error:  # a step the tester rejects
            step_error = type(error).__name__
        else:
            try:
                at.run()
            except Exception as error:
                snapshots.append(Snapshot([], {}, f"{TESTER_CRASHED} {type(error).__name__}"))
                return snapshots
        snapshots.append(_observable(snapshot(at, step_error)))
    return snapshots


def compare(script: str, steps: list) -> None:
    actions = [s.action() for s in steps]
    oracle = run_backend("streamlit", script, actions)
    ours = run_backend("streamlit_cell", script, actions)
    if (oracle[-1].step_error or "").startswith(TESTER_CRASHED):
        # Streamlit's tester failed (A): ours went on, or failed the same way.
        oracle, ours = oracle[:-1], ours[:len(oracle) - 1]
    names = ["first run", *(repr(s) for s in steps)]
    for name, expected, actual in zip(names, oracle, ours):
        for part in ("step_error", "elements", "state"):
            assert getattr(actual, part) == getattr(expected, part), (
                f"backends disagree on {part} after {name}:\n"
                f"  streamlit:      {getattr(expected, part)}\n"
                f"  streamlit_cell: {getattr(actual, part)}"
            )


@fuzz_settings("FUZZ_EXAMPLES", ci_examples=500, long_examples=5000)
@given(cases(MAX_STEPS))
def test_generated_apps_agree_with_streamlit(case):
    app, steps = case
    script = app.script()
    note("script:\n" + script)
    note("steps:\n" + "\n".join(repr(s) for s in steps))
    compare(script, steps)


# ----------------------------------------------------------- regressions
RERUN_IN_CALLBACK = """
import streamlit as st
st.session_state.setdefault("log", [])
def first():
    st.session_state.log.append("first")
    st.rerun()
def second():
    st.session_state.log.append("second")
clicked = st.button("Go", on_click=first)
st.checkbox("Also", key="also", on_change=second)
st.text(f"clicked={clicked}")
st.write(st.session_state.log)
"""


def test_rerun_in_a_callback_lets_the_other_callbacks_run():
    snaps = assert_same(RERUN_IN_CALLBACK,
                        [lambda at: (at.button[0].click(), at.checkbox[0].check())])
    assert ("json", ["first", "second"]) in snaps[1].elements
    # The rerun sends no trigger: the button reads False afterwards, as in Streamlit.
    assert ("text", "clicked=False") in snaps[1].elements


#: (widget call, a value of the wrong type written to its key before it,
#:  whether ours fails with a message naming the key)
WRONG_TYPED_STATE = [
    ("st.text_input('W', key='w')", 0, True),
    ("st.text_area('W', key='w')", 1.5, True),
    ("st.checkbox('W', key='w')", "yes", True),
    ("st.toggle('W', key='w')", "yes", True),
    ("st.checkbox('W', key='w')", 0, False),  # an int is accepted, as in Streamlit
    ("st.number_input('W', key='w')", "3", True),
    ("st.slider('W', key='w')", "x", False),  # float('x'): Streamlit's ValueError
    ("st.slider('W', 0, 10, (1, 2), key='w')", ("a", 3), False),
    ("st.date_input('W', datetime.date(2024, 1, 1), key='w')", 3, True),
    # out of the bounds: back to the default, no error
    ("st.date_input('W', datetime.date(2024, 1, 10), min_value=datetime.date(2024, 1, 1), "
     "key='w')", False, False),
    ("st.time_input('W', datetime.time(1, 0), key='w')", 3, True),
    ("st.color_picker('W', key='w')", 0xFF, True),
    ("st.multiselect('W', ['a'], key='w')", 3, False),  # TypeError: not iterable
    ("st.selectbox('W', ['a', 'b'], key='w')", 3, False),  # not an option: the default
]


@pytest.mark.parametrize("call, value, names_key", WRONG_TYPED_STATE,
                         ids=[f"{c.split('(')[0]}={v!r}" for c, v, _ in WRONG_TYPED_STATE])
def test_a_wrong_typed_state_value_fails_like_streamlit(call, value, names_key):
    script = (f"import datetime\nimport streamlit as st\nst.session_state.w = {value!r}\n"
              f"v = {call}\nst.text('value ' + repr(v))\n")
    compare(script, [])
    if names_key:
        ours = app_test_class("streamlit_cell").from_string(script).run()
        assert "st.session_state['w'] holds" in ours.exception[0].message


def test_a_wrong_typed_value_set_in_a_callback_fails_that_run_only():
    # Streamlit serializes a widget's value only in the run that set it
    # through session state; a plain rerun then shows the widget again.
    script = """
import datetime
import streamlit as st
def spoil():
    st.session_state.d = False
st.checkbox("Spoil", on_change=spoil)
st.date_input("D", datetime.date(2024, 1, 10), key="d")
"""
    compare(script, [Step("set", (("checkbox", "Spoil", None, True),)), Step("rerun")])
