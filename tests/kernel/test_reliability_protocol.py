"""Faults over the Jupyter protocol, in a real ipykernel: nothing a script or
a person does breaks the kernel, the session state or the other apps.

- an exception in a callback: no kernel ``error`` message, the app shows it,
  the next click works;
- ``sys.exit()`` in a callback: the kernel survives (unhandled, SystemExit
  would leave the kernel's event loop);
- a kernel interrupt (the front end's "Interrupt", SIGINT through the kernel
  manager) while a click's rerun sleeps: the rerun stops at once and shows
  where; the next click works;
- a click arriving while a rerun is executing is run after it, not lost;
- a kernel restart: the session state is empty, running the cells again works;
- ``%reload_ext streamlit_cell``: the old apps' widgets are closed, the
  session state is kept, the cells run again.

Each test gets a fresh kernel only where it must (restart); the others share
the module's kernel, reset between tests as in test_streamlit_cell_protocol.
"""

from __future__ import annotations

import time

import pytest
from support.kernel_client import KernelSession

from test_streamlit_cell_protocol import RESET, kernel_print, run_app, texts

pytestmark = pytest.mark.kernel

COUNTER = """%%streamlit_cell
import sys, time
st.session_state.setdefault("count", 0)
def add():
    st.session_state.count += 1
def boom():
    raise ValueError("callback failed")
def leave():
    sys.exit(3)
st.button("Add", on_click=add)
st.button("Boom", on_click=boom)
st.button("Leave", on_click=leave)
if st.button("Slow"):
    with st.spinner("sleeping"):  # shown at once, while the rerun runs
        time.sleep(30)
st.write("count is", st.session_state.count)
"""


@pytest.fixture
def ks(kernel: KernelSession) -> KernelSession:
    kernel.execute(RESET, store_history=False).raise_for_error()
    return kernel


def shows(ks: KernelSession, root: str, fragment: str) -> bool:
    return any(fragment in t for t in texts(ks, root))


def click(ks: KernelSession, root: str, label: str, **kwargs):
    return ks.click(ks.find_model("ButtonModel", within=root, description=label).model_id,
                    **kwargs)


def rerun_button(ks: KernelSession, root: str) -> str:
    """The app's Rerun button (Streamlit's Rerun), shown after a failed run."""
    found = [m for m in ks.walk(root) if m.model_name == "ButtonModel"
             and m.get("description") == "Rerun"]
    assert len(found) == 1, "no Rerun button"
    return found[0].model_id


def test_an_exception_in_a_callback_is_shown_not_raised_and_the_next_click_works(ks):
    root, _ = run_app(ks, COUNTER)
    res = click(ks, root, "Boom")
    assert res.ok, res.errors  # no kernel error message: the app shows it
    assert shows(ks, root, "callback failed")
    assert ks.click(rerun_button(ks, root)).ok
    assert click(ks, root, "Add").ok
    assert shows(ks, root, "count is 1")
    assert ks.is_alive()


def test_sys_exit_in_a_callback_does_not_stop_the_kernel(ks):
    root, _ = run_app(ks, COUNTER)
    res = click(ks, root, "Leave")
    assert res.ok, res.errors
    assert ks.is_alive()
    assert kernel_print(ks, "1 + 1") == "2"
    assert ks.click(rerun_button(ks, root)).ok
    assert click(ks, root, "Add").ok
    assert shows(ks, root, "count is 1")


def test_an_interrupt_stops_a_long_rerun_and_the_next_click_works(ks):
    root, _ = run_app(ks, COUNTER)
    assert click(ks, root, "Add").ok
    started = time.perf_counter()
    slow = click(ks, root, "Slow", wait=False)
    # The rerun shows its spinner while it sleeps; then interrupt.
    ks.wait_for(lambda models: shows(ks, root, "sleeping"), timeout=20)
    ks.km.interrupt_kernel()
    result = slow.wait(timeout=20)
    assert time.perf_counter() - started < 15, "the interrupt did not stop the sleep"
    assert ks.is_alive()
    assert result.ok, result.errors  # shown in the app, not a kernel error
    assert shows(ks, root, "KeyboardInterrupt")
    assert kernel_print(ks, "st.session_state.count") == "1"
    assert ks.click(rerun_button(ks, root)).ok
    assert click(ks, root, "Add").ok
    assert shows(ks, root, "count is 2") and not shows(ks, root, "KeyboardInterrupt")


def test_an_interrupted_cell_run_fails_the_cell_and_the_kernel_goes_on(ks):
    pending = ks.execute('%%streamlit_cell\nimport time\nwith st.spinner("started"):\n'
                         '    time.sleep(30)\n', wait=False)
    ks.wait_for(lambda models: any(
        m.model_name == "HTMLModel" and "started" in str(m.get("value")) for m in models.values()),
        timeout=20)
    ks.km.interrupt_kernel()
    result = pending.wait(timeout=20)
    assert result.status == "error" and result.reply["ename"] == "KeyboardInterrupt"
    assert kernel_print(ks, "2 + 2") == "4"


def test_a_click_during_a_slow_rerun_is_run_after_it(ks):
    root, _ = run_app(ks, COUNTER.replace("time.sleep(30)", "time.sleep(1)"))
    slow = click(ks, root, "Slow", wait=False)
    add = click(ks, root, "Add", wait=False)  # arrives while the slow rerun runs
    slow.wait(timeout=30).raise_for_error()
    add.wait(timeout=30).raise_for_error()
    assert kernel_print(ks, "st.session_state.count") == "1"
    assert shows(ks, root, "count is 1")


def test_reloading_the_extension_closes_the_apps_and_keeps_the_state(ks):
    root, _ = run_app(ks, COUNTER)
    assert click(ks, root, "Add").ok
    app_models = [m.model_id for m in ks.walk(root)]
    res = ks.execute("%reload_ext streamlit_cell").raise_for_error()
    assert all(not ks.models[m].open for m in app_models), "an old widget is still open"
    assert res.count("comm_close") >= len(app_models)
    assert kernel_print(ks, "st.session_state.count") == "1"
    root, _ = run_app(ks, COUNTER)
    assert shows(ks, root, "count is 1")
    assert click(ks, root, "Add").ok
    assert shows(ks, root, "count is 2")


def test_after_a_kernel_restart_the_state_is_empty_and_the_cells_run_again(fresh_kernel):
    ks = fresh_kernel
    ks.execute("%load_ext streamlit_cell").raise_for_error()
    root, _ = run_app(ks, COUNTER)
    assert click(ks, root, "Add").ok
    assert kernel_print(ks, "st.session_state.count") == "1"

    ks.km.restart_kernel(now=True)
    ks.kc.wait_for_ready(timeout=60)
    ks.drain(quiet=0.2)
    ks.models.clear()  # a front end drops the models of the old kernel

    ks.execute("%load_ext streamlit_cell").raise_for_error()
    assert kernel_print(ks, "len(st.session_state)") == "0"
    root, _ = run_app(ks, COUNTER)
    assert shows(ks, root, "count is 0")
    assert click(ks, root, "Add").ok
    assert shows(ks, root, "count is 1")
