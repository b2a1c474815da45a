"""streamlit-cell apps in real front ends: JupyterLab 4, Notebook 7 and Voila.

What a person sees and does: real clicks, typing and mouse drags in headless
Chromium; assertions on the text inside the right cell's output area and on
widget values.

- Example 1 (Increment/Decrement) and Example 4 (a form with a callback) of
  the Session State page are driven in the demo notebooks (<repo>/notebooks,
  served under demo/); every other demo notebook is checked to render in
  Voila, and the tour to run in JupyterLab.
- notebooks/streamlit_apps.ipynb (see _make_notebooks.py) holds Example 2 (the
  callback counter, also used for the no-flicker check and by
  bench/browser_latency.py), a slider echoed with st.write, an exception shown
  in place, and two cells sharing state. It is opened once per front end
  (module-scoped page); each test uses its own cell.

Screenshots of each app go to <repo>/test-artifacts/.
"""

from __future__ import annotations

import re
from typing import Iterator

import nbformat

import pytest
from _jupyter_servers import DEMO_NOTEBOOKS_DIR, DEMO_SUBDIR, KINDS
from _pages import (
    cell_output_area,
    drag_slider_to,
    mark_all_views,
    mark_view,
    measure_click_latency,
    open_notebook,
    save_element_screenshot,
    save_screenshot,
    streamlit_app_area,
    view_still_attached,
    views_still_attached,
)

pytestmark = pytest.mark.browser

APPS_NOTEBOOK = "streamlit_apps.ipynb"
# Cell indexes of APPS_NOTEBOOK (see _make_notebooks.STREAMLIT_APPS_CELLS).
COUNTER_CELL, SLIDER_CELL, ERROR_CELL, SHARED_A_CELL, SHARED_B_CELL = 1, 2, 3, 4, 5

EXAMPLE1 = "02_example1_session_state.ipynb"
EXAMPLE4 = "05_example4_forms_callbacks.ipynb"

VIEWPORT = {"width": 1280, "height": 900}
# Long enough for a kernel round trip that should NOT happen (a rerun) to show.
QUIET_MS = 750


def demo(name: str) -> str:
    """Served path of a demo notebook; fails (not skips) if it is gone."""
    assert (DEMO_NOTEBOOKS_DIR / name).is_file(), f"demo notebook {name} is missing"
    return f"{DEMO_SUBDIR}/{name}"


def count_is(label: str, n: int) -> re.Pattern[str]:
    # st.write("Count = ", n) shows "Count =  n" (n in <code>).
    return re.compile(rf"{re.escape(label)}\s*=\s+{n}(?!\d)")


def exact(text: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*{re.escape(text)}\s*$")


# ---------------------------------------------------------------------------
# the apps notebook, opened once per front end
# ---------------------------------------------------------------------------
@pytest.fixture(scope="module", params=KINDS)
def apps_page(request, browser):
    server = request.getfixturevalue(f"{request.param}_server")
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(30_000)
    pg = context.new_page()
    pg.on("dialog", lambda dialog: dialog.accept())
    try:
        open_notebook(pg, server, APPS_NOTEBOOK)
        yield pg
    finally:
        context.close()


@pytest.fixture
def apps(apps_page, request) -> Iterator:
    """The apps notebook's page; screenshots it if the test fails."""
    yield apps_page
    rep = getattr(request.node, "rep_call", None)
    if rep is not None and rep.failed:
        try:
            print(f"\nfailure screenshot: {save_screenshot(apps_page, request.node.name + '-FAILED')}")
        except Exception:
            pass


# ---------------------------------------------------------------------------
# the Session State page's examples (demo notebooks)
# ---------------------------------------------------------------------------
def test_example1_increment_and_decrement(page, frontend_server, request):
    from playwright.sync_api import expect

    open_notebook(page, frontend_server, demo(EXAMPLE1))
    app = streamlit_app_area(page, exact("Counter with session state"))
    expect(app).to_have_count(1)
    expect(app).to_contain_text(count_is("Count", 0))
    increment = app.get_by_role("button", name="Increment")
    decrement = app.get_by_role("button", name="Decrement")
    for button, n in ((increment, 1), (increment, 2), (decrement, 1), (decrement, 0),
                      (decrement, -1)):
        button.click()
        expect(app).to_contain_text(count_is("Count", n))
    save_element_screenshot(app, request.node.name)


def test_form_value_counts_only_when_submitted(page, frontend_server, request):
    from playwright.sync_api import expect

    open_notebook(page, frontend_server, demo(EXAMPLE4))
    app = streamlit_app_area(page, exact("Counter with a form"))
    expect(app).to_have_count(1)
    expect(app).to_contain_text(count_is("Current Count", 0))
    number = app.locator(".widget-text").filter(has_text="Enter a value").locator("input")
    submit = app.get_by_role("button", name="Update")

    # Enter commits the number to the widget, but a form does not rerun.
    number.fill("5")
    number.press("Enter")
    page.wait_for_timeout(QUIET_MS)
    expect(app).to_contain_text(count_is("Current Count", 0))
    expect(number).to_have_value("5")
    save_element_screenshot(app, request.node.name + "-typed")

    submit.click()
    expect(app).to_contain_text(count_is("Current Count", 5))
    expect(number).to_have_value("5")  # no clear_on_submit: the value stays

    # Tab (leaving the field) commits too; still nothing until Update.
    number.fill("2")
    number.press("Tab")
    page.wait_for_timeout(QUIET_MS)
    expect(app).to_contain_text(count_is("Current Count", 5))

    submit.click()
    expect(app).to_contain_text(count_is("Current Count", 7))
    submit.click()  # the staged value is submitted again, as in Streamlit
    expect(app).to_contain_text(count_is("Current Count", 9))
    save_element_screenshot(app, request.node.name)


# The demos the tests above drive already are not loaded a second time, nor
# the charts demo: test_charts.py opens it in Voila (again while Voila's
# front-end race has lost an app), counts its apps by their charts and checks
# its error output.
DEMO_NOTEBOOKS = sorted(p.name for p in DEMO_NOTEBOOKS_DIR.glob("*.ipynb")
                        if p.name not in (EXAMPLE1, EXAMPLE4, "06_charts.ipynb"))


def streamlit_cell_count(path) -> int:
    nb = nbformat.read(path, as_version=4)
    return sum(1 for c in nb.cells
               if c.cell_type == "code" and c.source.lstrip().startswith("%%streamlit_cell"))


@pytest.mark.parametrize("name", DEMO_NOTEBOOKS)
def test_demo_notebook_shows_every_app_in_voila(page, voila_server, name):
    """Every demo notebook runs in Voila: one app per %%streamlit_cell cell, no
    error output (exceptions inside an app are the app's business)."""
    from playwright.sync_api import expect

    open_notebook(page, voila_server, demo(name))
    expected = streamlit_cell_count(DEMO_NOTEBOOKS_DIR / name)
    expect(page.locator("#rendered_cells .stc-app")).to_have_count(expected)
    stderr = page.locator('#rendered_cells [data-mime-type="application/vnd.jupyter.stderr"]')
    assert [t for t in stderr.all_inner_texts() if re.search(r"Error|Traceback", t)] == []


def test_tour_runs_in_jupyterlab(page, lab_server, request):
    """The tour runs cell by cell in JupyterLab with no cell error (open_notebook
    checks the cells' outputs) and shows one app per %%streamlit_cell cell."""
    from playwright.sync_api import expect

    name = "00_tour.ipynb"
    open_notebook(page, lab_server, demo(name))
    apps = page.locator(".jp-NotebookPanel:visible .jp-Cell-outputArea .stc-app")
    expect(apps).to_have_count(streamlit_cell_count(DEMO_NOTEBOOKS_DIR / name))
    save_screenshot(page, request.node.name)


# ---------------------------------------------------------------------------
# the apps notebook
# ---------------------------------------------------------------------------
def current_count(area, label: str = "Count") -> int:
    match = re.search(rf"{re.escape(label)}\s*=\s*(-?\d+)", area.inner_text())
    assert match, f"no '{label} = n' in {area.inner_text()!r}"
    return int(match.group(1))


def test_example2_callback_counter_counts_each_click(apps, request):
    """Example 2, a callback counter (demo/03_example2_callbacks.ipynb shows
    the same idea; test_demo_notebook_shows_every_app_in_voila checks its
    rendering)."""
    from playwright.sync_api import expect

    page = apps
    area = cell_output_area(page, COUNTER_CELL)
    expect(area.locator(".stc-app h1")).to_have_text("Counter Example using Callbacks")
    n = current_count(area)  # 0 unless another test of this module clicked first
    button = area.get_by_role("button", name="Increment")
    for i in range(1, 4):
        button.click()
        expect(area).to_contain_text(count_is("Count", n + i))
    save_element_screenshot(area, request.node.name)


def test_rerun_updates_views_in_place(apps, request, record_property):
    """No flicker: a rerun updates the existing widget views; it creates no
    new DOM node for a widget that is still there."""
    from playwright.sync_api import expect

    page = apps
    area = cell_output_area(page, COUNTER_CELL)
    count_view = area.locator(".widget-html").filter(has_text=re.compile(r"Count\s*="))
    expect(count_view).to_have_count(1)
    n = current_count(count_view)

    button = area.get_by_role("button", name="Increment")
    title = area.locator(".widget-html").filter(has=page.locator("h1"))
    expect(title).to_have_count(1)
    button_mark, title_mark, count_mark = mark_view(button), mark_view(title), mark_view(count_view)
    every_view = mark_all_views(area)

    ms = measure_click_latency(page, button, count_is("Count", n + 1), scope=area)
    record_property("click_latency_ms", round(ms, 1))
    print(f"\n[{request.node.callspec.id}] streamlit cell click -> 'Count = {n + 1}': {ms:.1f} ms")
    expect(area).to_contain_text(count_is("Count", n + 1))

    assert view_still_attached(page, button_mark), "the Increment button's view was re-created"
    assert view_still_attached(page, title_mark), "the unchanged title's view was re-created"
    assert view_still_attached(page, count_mark), "the count's view was re-created, not updated"
    status = views_still_attached(page, every_view)
    assert status["marked"] >= 5, status
    assert status["detached"] == [], status
    # ...and no view was added either.
    assert area.locator(".jupyter-widgets").count() == status["marked"]

    save_element_screenshot(area, request.node.name)

    # Negative control: a view swapped for a look-alike copy is detected.
    title.evaluate("el => el.replaceWith(el.cloneNode(true))")
    assert not view_still_attached(page, title_mark)
    assert len(views_still_attached(page, every_view)["detached"]) == 1


def test_slider_value_is_echoed(apps, request):
    from playwright.sync_api import expect

    page = apps
    area = cell_output_area(page, SLIDER_CELL)
    slider = area.locator(".stc-slider")
    expect(area).to_contain_text(re.compile(r"Level is\s+5(?!\d)"))
    drag_slider_to(page, slider, 12)
    expect(area).to_contain_text(re.compile(r"Level is\s+12(?!\d)"))
    expect(slider.locator(".stc-slider-value")).to_have_text("12")
    drag_slider_to(page, slider, 3)
    expect(area).to_contain_text(re.compile(r"Level is\s+3(?!\d)"))
    expect(slider.locator(".stc-slider-value")).to_have_text("3")
    save_element_screenshot(area, request.node.name)


def test_exception_is_shown_in_place(apps, request):
    from playwright.sync_api import expect

    page = apps
    area = cell_output_area(page, ERROR_CELL)
    error = area.locator(".jupyter-widgets.stc-exception")
    expect(error).to_have_count(1)
    expect(error).to_contain_text("ValueError")
    expect(error).to_contain_text("boom")
    before = area.locator(".jupyter-widgets").filter(has_text=exact("before"))
    expect(before).to_have_count(1)
    expect(before).to_be_visible()
    expect(error).to_be_visible()
    # "before" comes first: in document order and on screen.
    assert before.evaluate(
        "(el, err) => !!(el.compareDocumentPosition(err) & Node.DOCUMENT_POSITION_FOLLOWING)",
        error.element_handle())
    assert before.bounding_box()["y"] < error.bounding_box()["y"]
    # Shown by the app, not as the cell's own error output.
    assert area.locator('[data-mime-type="application/vnd.jupyter.error"]').count() == 0
    save_element_screenshot(area, request.node.name)


def test_slider_in_one_cell_updates_another(apps, request):
    from playwright.sync_api import expect

    page = apps
    cell_a = cell_output_area(page, SHARED_A_CELL)
    cell_b = cell_output_area(page, SHARED_B_CELL)
    slider = cell_a.locator(".stc-slider")
    expect(cell_b).to_contain_text(re.compile(r"x is\s+3(?!\d)"))
    drag_slider_to(page, slider, 7)
    expect(slider.locator(".stc-slider-value")).to_have_text("7")
    expect(cell_b).to_contain_text(re.compile(r"x is\s+7(?!\d)"))
    drag_slider_to(page, slider, 0)
    expect(cell_b).to_contain_text(re.compile(r"x is\s+0(?!\d)"))
    save_element_screenshot(cell_a, request.node.name + "-A")
    save_element_screenshot(cell_b, request.node.name + "-B")
