"""Smoke tests of the browser harness with plain ipywidgets
(notebooks/plain_counter.ipynb) in JupyterLab 4, Notebook 7 and Voila."""

from __future__ import annotations

import re
import sys

import pytest
from _pages import (
    drag_slider_to,
    mark_view,
    measure_click_latency,
    open_notebook,
    output_area,
    view_still_attached,
)

pytestmark = pytest.mark.browser

NOTEBOOK = "plain_counter.ipynb"
COUNTER_CELL, SLIDER_CELL, PYTHON_CELL = 0, 1, 2  # see _make_notebooks.py


def test_kernelspec_is_pytest_python(lab_server, nb7_server):
    for server in (lab_server, nb7_server):
        assert server.kernelspec_argv("python3")[0] == sys.executable, server.kind


def test_counter_and_slider(page, frontend_server, screenshot):
    from playwright.sync_api import expect

    open_notebook(page, frontend_server, NOTEBOOK)

    counter = output_area(page, COUNTER_CELL)
    expect(counter).to_contain_text(re.compile(r"Count = 0\b"))
    button = counter.get_by_role("button", name="Increment")
    for _ in range(3):
        button.click()
    expect(counter).to_contain_text(re.compile(r"Count = 3\b"))

    slider_out = output_area(page, SLIDER_CELL)
    slider = slider_out.locator(".widget-slider")
    drag_slider_to(page, slider, 12)  # real mouse drag
    expect(slider_out).to_contain_text(re.compile(r"Slider = 12\b"))
    expect(slider.locator(".widget-readout")).to_have_text("12")

    if frontend_server.kind != "nb7":  # NB7 swallows arrow keys: see drag_slider_to
        handle = slider.locator(".noUi-handle")
        handle.focus()
        for _ in range(3):
            handle.press("ArrowRight")
        expect(slider_out).to_contain_text(re.compile(r"Slider = 15\b"))
        expect(slider.locator(".widget-readout")).to_have_text("15")

    # the kernel is the interpreter running pytest
    expect(output_area(page, PYTHON_CELL)).to_contain_text(f"KERNEL_PYTHON={sys.executable}")

    assert screenshot().is_file()


def test_views_reused_and_click_latency(page, frontend_server, record_property):
    from playwright.sync_api import expect

    open_notebook(page, frontend_server, NOTEBOOK)
    counter = output_area(page, COUNTER_CELL)
    button = counter.get_by_role("button", name="Increment")
    label = counter.locator(".widget-html").filter(has_text="Count =")
    expect(label).to_have_text(re.compile(r"Count = 0\b"))

    button_mark, label_mark = mark_view(button), mark_view(label)
    ms = measure_click_latency(page, button, r"Count = 1\b", scope=counter)
    record_property("click_latency_ms", round(ms, 1))
    print(f"\n[{frontend_server.kind}] click -> 'Count = 1' in DOM: {ms:.1f} ms")
    assert 0 < ms < 5_000
    expect(label).to_have_text(re.compile(r"Count = 1\b"))

    # The same view elements were updated in place, not re-created.
    assert view_still_attached(page, button_mark)
    assert view_still_attached(page, label_mark)

    # Negative control: a view swapped for a look-alike copy is detected.
    echo = output_area(page, SLIDER_CELL).locator(".widget-html").filter(has_text="Slider =")
    echo_mark = mark_view(echo)
    echo.evaluate("el => el.closest('.jupyter-widgets').replaceWith("
                  "el.closest('.jupyter-widgets').cloneNode(true))")
    assert not view_still_attached(page, echo_mark)

    # The helper refuses a click whose expected text is already there.
    with pytest.raises(Exception, match="already present"):
        measure_click_latency(page, button, r"Count = 1\b", scope=counter)
