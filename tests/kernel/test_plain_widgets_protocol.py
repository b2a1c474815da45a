"""Prove the kernel harness with plain ipywidgets (no streamlit_cell involved).

Everything goes through the wire protocol: cells via ``execute_request``,
widget interaction via front-end ``comm_msg`` on the shell channel, widget
state via ``comm_open``/``comm_msg`` on IOPub.
"""

from __future__ import annotations

import sys

import pytest
from support.kernel_client import CommEvent, KernelSession, contains

pytestmark = pytest.mark.kernel

COUNTER_CELL = """
import ipywidgets as widgets
from IPython.display import display

count = 0
button = widgets.Button(description="Increment")
counter_html = widgets.HTML(value="Count = 0")

def on_click(_):
    global count
    count += 1
    counter_html.value = f"Count = {count}"

button.on_click(on_click)
display(widgets.VBox([button, counter_html]))
"""

SLIDER_CELL = """
import ipywidgets as widgets
from IPython.display import display

slider = widgets.IntSlider(value=0, min=0, max=100, description="n")
label = widgets.Label(value="n = 0")
slider.observe(lambda change: setattr(label, "value", f"n = {change['new']}"), names="value")
display(widgets.VBox([slider, label]))
"""


def run_cell(ks: KernelSession, code: str) -> str:
    """Execute a cell that displays exactly one widget; return its root model id."""
    res = ks.execute(code).raise_for_error()
    assert len(res.displayed_model_ids) == 1, res.outputs
    root = res.displayed_model_ids[0]
    assert root in ks.models, "display_data must reference a model we saw comm_open for"
    return root


def kernel_eval(ks: KernelSession, expr: str) -> str:
    """Kernel-side ground truth, via a silent-ish print."""
    return ks.execute(f"print({expr})", store_history=False).raise_for_error().stdout.strip()


def test_kernel_runs_current_interpreter(kernel: KernelSession):
    assert kernel_eval(kernel, "__import__('sys').executable") == sys.executable
    import ipywidgets

    assert kernel_eval(kernel, "__import__('ipywidgets').__version__") == ipywidgets.__version__


def test_counter_click_three_times(kernel: KernelSession):
    root = run_cell(kernel, COUNTER_CELL)
    button = kernel.find_model("ButtonModel", within=root, description="Increment")
    html = kernel.find_model("HTMLModel", within=root, value=contains("Count"))
    assert html["value"] == "Count = 0"

    for i in range(1, 4):
        res = kernel.click(button.model_id)
        assert res.ok, res.errors
        assert res.idle_at is not None
        assert html["value"] == f"Count = {i}"

    assert kernel.find_model("HTMLModel", within=root, value=contains("Count"))["value"] == (
        "Count = 3"
    )
    assert kernel_eval(kernel, "count") == "3"
    assert kernel.mirror_mismatches() == []


def test_click_traffic_counts(kernel: KernelSession):
    root = run_cell(kernel, COUNTER_CELL)
    button = kernel.find_model("ButtonModel", within=root, description="Increment")
    html = kernel.find_model("HTMLModel", within=root)

    n_models_before = len(kernel.models)
    mark = kernel.mark()
    for i in range(5):
        res = kernel.click(button.model_id)
        # exactly one update per click, for the HTML value only; nothing else
        assert res.count("update") == 1
        assert res.count("update", model_id=html.model_id) == 1
        assert res.comm_events[0].state == {"value": f"Count = {i + 1}"}
        assert res.count("comm_open") == 0
        assert res.count("echo_update") == 0  # a click is a custom msg: no echo
        assert res.count("comm_close") == 0
    assert kernel.count_since(mark, "update") == 5
    assert kernel.count_since(mark, "comm_open") == 0
    assert kernel.count_since(mark) == 5  # no other comm traffic at all
    assert len(kernel.models) == n_models_before


def test_slider_set_value_updates_label(kernel: KernelSession):
    root = run_cell(kernel, SLIDER_CELL)
    slider = kernel.find_model("IntSliderModel", within=root, description="n")
    label = kernel.find_model("LabelModel", within=root)

    mark = kernel.mark()
    res = kernel.set_value(slider.model_id, 42)
    assert res.ok, res.errors
    assert label["value"] == "n = 42"
    assert slider["value"] == 42
    # ipywidgets 8: the kernel echoes front-end updates, then sends observer effects
    kinds = [(e.kind, e.model_id) for e in kernel.messages_since(mark)]
    assert kinds == [("echo_update", slider.model_id), ("update", label.model_id)]
    assert kernel.messages_since(mark)[0].state == {"value": 42}
    assert kernel_eval(kernel, "slider.value") == "42"
    assert kernel.mirror_mismatches() == []


def test_kernel_side_correction_reaches_front_end(kernel: KernelSession):
    """An observer that rewrites the value the front end just set is sent back
    as a normal ``update`` (the property lock only suppresses *equal* values)."""
    root = run_cell(
        kernel,
        """
import ipywidgets as widgets
from IPython.display import display
even = widgets.IntSlider(value=0, description="even")
def _round_to_even(change):
    if change["new"] % 2:
        even.value = change["new"] + 1
even.observe(_round_to_even, names="value")
display(widgets.VBox([even]))
""",
    )
    even = kernel.find_model("IntSliderModel", within=root, description="even")
    res = kernel.set_value(even.model_id, 7)
    assert [(e.kind, e.state.get("value")) for e in res.comm_events] == [
        ("echo_update", 7),
        ("update", 8),
    ]
    assert even["value"] == 8
    assert kernel_eval(kernel, "even.value") == "8"


def test_wait_for_and_timestamps(kernel: KernelSession):
    root = run_cell(kernel, COUNTER_CELL)
    button = kernel.find_model("ButtonModel", within=root)
    html = kernel.find_model("HTMLModel", within=root)

    mark = kernel.mark()
    pending = kernel.click(button.model_id, wait=False)
    kernel.wait_for(lambda models: models[html.model_id]["value"] == "Count = 1", timeout=10)
    ev = kernel.messages_since(mark, "update", html.model_id)[0]
    assert isinstance(ev, CommEvent)
    assert ev.parent_msg_id == pending.msg_id  # traffic is parented to the comm_msg
    assert ev.t > pending.sent_at
    res = pending.wait(timeout=10)
    assert res.idle_at >= ev.t  # idle comes after the update on IOPub

    # wait_for_event sees events already pumped when `since` is given
    found = kernel.wait_for_event(
        lambda e: e.kind == "update" and e.model_id == html.model_id, since=mark, timeout=1
    )
    assert found is ev


def test_burst_clicks_without_waiting(kernel: KernelSession):
    """Like a user hammering the button: 10 clicks in flight at once. Each
    click's traffic is still attributed to its own comm_msg via parent_header."""
    root = run_cell(kernel, COUNTER_CELL)
    button = kernel.find_model("ButtonModel", within=root)
    html = kernel.find_model("HTMLModel", within=root)
    pending = [kernel.click(button.model_id, wait=False) for _ in range(10)]
    results = [p.wait(timeout=10) for p in pending]
    assert [r.comm_events[0].state["value"] for r in results] == [
        f"Count = {i}" for i in range(1, 11)
    ]
    assert all(r.count("update") == 1 for r in results)
    idle_times = [r.idle_at for r in results]
    assert idle_times == sorted(idle_times)  # the shell handles them in order
    assert html["value"] == "Count = 10"


def test_callback_exception_is_reported(kernel: KernelSession):
    root = run_cell(
        kernel,
        """
import ipywidgets as widgets
from IPython.display import display
boom = widgets.Button(description="Boom")
def _explode(_):
    raise ValueError("kaboom")
boom.on_click(_explode)
display(widgets.VBox([boom]))
""",
    )
    boom = kernel.find_model("ButtonModel", within=root, description="Boom")
    res = kernel.click(boom.model_id)
    assert not res.ok
    assert res.errors[0]["ename"] == "ValueError"
    assert res.errors[0]["evalue"] == "kaboom"
    with pytest.raises(RuntimeError, match="kaboom"):
        res.raise_for_error()
    assert kernel.is_alive()


def test_comm_close_is_mirrored(kernel: KernelSession):
    root = run_cell(
        kernel,
        "import ipywidgets as widgets\n"
        "temp = widgets.HTML('temporary')\n"
        "display(widgets.VBox([temp]))\n",
    )
    temp = kernel.find_model("HTMLModel", within=root, value="temporary")
    res = kernel.execute("temp.close()").raise_for_error()
    assert res.count("comm_close", model_id=temp.model_id) == 1
    assert not temp.open
    assert kernel.find_models("HTMLModel", value="temporary") == []
    assert kernel.find_models("HTMLModel", value="temporary", include_closed=True) == [temp]


def test_echo_can_be_disabled(kernel_factory):
    ks = kernel_factory(env={"JUPYTER_WIDGETS_ECHO": "0"})
    root = run_cell(ks, SLIDER_CELL)
    slider = ks.find_model("IntSliderModel", within=root)
    res = ks.set_value(slider.model_id, 5)
    assert [e.kind for e in res.comm_events] == ["update"]  # label only, no echo
    assert ks.find_model("LabelModel", within=root)["value"] == "n = 5"


def test_fresh_kernel_is_pristine(fresh_kernel: KernelSession):
    assert fresh_kernel.models == {}
    assert kernel_eval(fresh_kernel, "'count' in globals()") == "False"
