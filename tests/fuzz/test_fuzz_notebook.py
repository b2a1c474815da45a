"""The fuzzer's apps and steps in a notebook: the generated scripts run as
``%%streamlit_cell`` apps in a real IPython shell with real ipywidgets, the
steps given as a front end gives them (a widget's new value, a click, a form
submit, a state write from outside a run, a plain rerun).

- ``test_generated_apps_run_in_a_notebook_as_in_apptest``: after every step
  the session state, the run's exception class and the step's own failure
  equal those of our AppTest (itself compared with Streamlit's by
  test_fuzz_differential.py);
- ``test_any_generated_app_runs_in_a_notebook_without_failing_inside``: every
  app, key clashes and values of the wrong type included, runs without an
  exception out of the event handling or an "internal error" in its output:
  whatever the session holds, the widgets render.

Found so far (fixed): a checkbox given an int through session state, and
any widget given a value its ipywidget cannot hold (a text box given a bool,
a slider a list, a time picker an int) failed to render (TraitError, or a
JSON error on sending): views now keep what they show (``render/
reconciler.py``, ``_showable``); coalesced events ran their callbacks in
arrival order, not page order (``CellApp._in_page_order``).

Kept: a widget's key holding a value of another type. Streamlit's front end
and both testers send every widget's value back with each rerun, normalised
by the widget; a notebook sends only what a person changed (the first test
keeps keys unique and apart from the flags for that reason).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import assume, given, note

from _apps import Step, cases
from _profiles import fuzz_settings
from support.differential import _typed

pytestmark = pytest.mark.fuzz

NOTEBOOK_SETTINGS = fuzz_settings("FUZZ_NOTEBOOK_EXAMPLES", ci_examples=150, long_examples=2500)


class NotShown(LookupError):
    pass


def _locate(result: Any, kind: str, label: str, key: str | None) -> Any:
    from streamlit_cell.runtime.page_tree import walk

    for root in (result.main, result.sidebar):
        for element in walk(root):
            if not element.is_widget or element.type != kind:
                continue
            if (key is not None and element.key == key) or \
                    (key is None and element.props.get("label") == label):
                return element
    if key is not None:
        raise KeyError(key)  # as the testers' `widgets(key=...)`
    raise NotShown(f"no {kind} {label!r} on the page")  # as _apps._locate


def _observed(session: Any, exception: BaseException | None, step_error: str | None) -> tuple:
    state = {k: _typed(v) for k, v in session.filtered_state.items()}
    if step_error in ("KeyError", "NotShown"):  # a widget (or key) that is not there
        step_error = "not there"
    return state, type(exception).__name__ if exception is not None else None, step_error


def _apptest_run(script: str, steps: list[Step]) -> list[tuple]:
    from streamlit_cell.testing import AppTest

    at = AppTest.from_string(script)
    at.run()
    seen = [_observed(at._session, at._result.exception, None)]
    for step in steps:
        error = None
        try:
            step.action()(at)
        except Exception as failure:
            error = type(failure).__name__
        else:
            try:
                at.run()
            except Exception:  # the tester failed (test_fuzz_differential.py, A)
                return seen
        seen.append(_observed(at._session, at._result.exception, error))
    return seen


def _notebook_step(app: Any, step: Step) -> None:
    """``step`` as a front end (and an ordinary cell) would give it."""
    from streamlit_cell.runtime.shared_session import kernel_session

    result = app.result
    targets = [(_locate(result, kind, label, key), value) for kind, label, key, value in step.sets]
    button = _locate(result, "button", *step.target) if step.what in ("click", "submit") else None
    if step.what == "set_state":
        kernel_session()[step.target[0]] = step.value
    elif step.what == "del_state":
        del kernel_session()[step.target[0]]
    for element, value in targets:
        if element.form_id:
            # Staged until the form is submitted. Only with the submit itself:
            # AppTest's tester forgets a form widget's staged value after any
            # run, where a browser (and the notebook) keeps it for the submit.
            if step.what == "submit":
                app.widget_changed(element, value)
        else:
            app._pending[element.id] = value  # one run for all of the step's values
    if button is not None:
        app.button_clicked(button)
    elif app._pending:
        app._flush()
    else:
        app.interact({})  # a plain rerun (the Rerun button)


def _internal_error(app: Any) -> str | None:
    for output in app.output.outputs:
        if "streamlit-cell failed" in str(output.get("text", "")):
            return output["text"]
    return None


def _run_in_notebook(ipython: Any, script: str, steps: list[Step]) -> list[tuple]:
    """Run ``script`` as a cell app and give it ``steps``; what was seen after
    each. Fails on anything that goes wrong inside streamlit-cell."""
    from streamlit_cell.notebook import magics as magic
    from streamlit_cell.runtime.shared_session import kernel_session

    kernel_session().clear()
    ipython.run_line_magic("load_ext", "streamlit_cell")
    try:
        app = magic.run_cell_app(script, key="fuzz", publish=False, shell=ipython)
        seen = [_observed(kernel_session(), app.result.exception, None)]
        for step in steps:
            error = None
            try:
                _notebook_step(app, step)
            except (LookupError, KeyError) as failure:  # the widget is not shown
                error = type(failure).__name__
            assert _internal_error(app) is None, _internal_error(app)
            seen.append(_observed(kernel_session(), app.result.exception, error))
        return seen
    finally:
        ipython.run_line_magic("unload_ext", "streamlit_cell")
        kernel_session().clear()


@NOTEBOOK_SETTINGS
@given(cases())
def test_generated_apps_run_in_a_notebook_as_in_apptest(ipython, case):
    app_spec, steps = case
    # No widget key holding a value of another widget's type: Streamlit's front
    # end and both testers send every widget's value back with each rerun,
    # normalised by the widget (bool(1) for a checkbox; a range select slider
    # given True answers 'a' once, then its range again); a notebook sends
    # only what a person changed, so such a value stays as it was set. Keys
    # are therefore unique and not flags, and no button's key is written.
    keys = [w.key for w in app_spec.widgets() if w.key is not None]
    assume(len(keys) == len(set(keys)) and not set(keys) & {"show", "u0", "u1"})
    button_keys = {w.key for w in app_spec.widgets() if w.kind == "button"}
    assume(not any(s.what in ("set_state", "del_state") and s.target[0] in button_keys
                   for s in steps))
    script = app_spec.script()
    note("script:\n" + script)
    note("steps:\n" + "\n".join(repr(s) for s in steps))
    expected = _apptest_run(script, steps)
    seen = _run_in_notebook(ipython, script, steps)
    names = ["first run", *(repr(s) for s in steps)]
    # (zip: compared up to a step where our tester failed; the notebook ran them all)
    for name, want, got in zip(names, expected, seen):
        assert got == want, f"after {name}:\n  AppTest:  {want}\n  notebook: {got}"


@NOTEBOOK_SETTINGS
@given(cases())
def test_any_generated_app_runs_in_a_notebook_without_failing_inside(ipython, case):
    """All apps, key clashes and values of the wrong type included: whatever
    the session holds, the widgets render and events are handled."""
    app_spec, steps = case
    script = app_spec.script()
    note("script:\n" + script)
    note("steps:\n" + "\n".join(repr(s) for s in steps))
    _run_in_notebook(ipython, script, steps)


@pytest.fixture(scope="module")
def ipython():
    from IPython.core.interactiveshell import InteractiveShell

    return InteractiveShell.instance()
