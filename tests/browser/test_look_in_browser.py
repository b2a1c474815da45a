"""Streamlit's look in JupyterLab (light and dark theme) and Voila.

tests/browser/notebooks/gallery.ipynb (see _make_notebooks.GALLERY_CELLS)
holds one app with every kind of element. The tests measure what a person
sees: each label above its input, slider values above their handles and
never cut off (main area, sidebar, a narrow column), dates and times in
Streamlit's format, the selectbox's placeholder, buttons as
wide as their text, a toast over the page's top right that moves nothing.
Screenshots of the app go to <repo>/test-artifacts/look-<front end>-*.png.
"""

from __future__ import annotations

import re

import pytest
from _pages import (cell_output_area, is_voila, open_notebook, save_element_screenshot,
                    save_screenshot)

pytestmark = pytest.mark.browser

GALLERY = "gallery.ipynb"
APP_CELL = 1

#: For each input laid out as Streamlit's (``.stc-input``) with a visible
#: label: the label's box and the box of the control under it.
_LABELS_JS = """
(app) => {
  const box = (el) => { const r = el.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width,
            height: r.height}; };
  return [...app.querySelectorAll('.stc-input')].filter((el) => el.getClientRects().length)
    .map((el) => {
      const label = el.querySelector(':scope > .widget-label');
      const control = [...el.children].find((c) => c !== label && c.getClientRects().length
                                              && !c.classList.contains('widget-readout'));
      const shown = label && getComputedStyle(label).display !== 'none';
      return {label: label ? label.textContent : null, classes: el.className,
              labelBox: shown ? box(label) : null, labelVisible: shown &&
                getComputedStyle(label).visibility !== 'hidden',
              control: control ? box(control) : null, input: box(el)};
    });
}
"""


@pytest.fixture(scope="module", params=["lab", "voila"])
def gallery_page(request, browser):
    server = request.getfixturevalue(f"{request.param}_server")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(60_000)
    page = context.new_page()
    try:
        open_notebook(page, server, GALLERY, timeout_ms=120_000)
        app = cell_output_area(page, APP_CELL)
        app.locator(".stc-app h1", has_text="Look gallery").wait_for()
        page.wait_for_timeout(500)
        yield page, request.param, app
    finally:
        context.close()


def _screenshots(page, app, name: str) -> None:
    """The whole app: in a window tall enough to hold it (JupyterLab draws only
    the cells in view), then the window as it was."""
    size = page.viewport_size
    page.set_viewport_size({"width": size["width"], "height": 3600})
    try:
        page.wait_for_timeout(500)
        if is_voila(page):
            save_screenshot(page, f"look-{name}")
        else:
            save_element_screenshot(app.locator(".stc-app").first, f"look-{name}")
    finally:
        page.set_viewport_size(size)
        page.wait_for_timeout(300)


def test_labels_sit_above_their_inputs_at_the_column_width(gallery_page):
    page, kind, app = gallery_page
    _screenshots(page, app, kind)
    inputs = app.locator(".stc-app").first.evaluate(_LABELS_JS)
    by_label = {i["label"]: i for i in inputs if i["label"]}
    for name in ("Your name", "Price", "Notes", "Fruit", "Size", "Colour", "Left column",
                 "Right column", "Sidebar choice"):
        shown = by_label.get(name)
        assert shown is not None, (name, sorted(by_label))
        assert shown["labelVisible"], shown
        assert shown["labelBox"]["bottom"] <= shown["control"]["top"] + 0.5, shown
        # Left-aligned with its control, not beside it.
        assert abs(shown["labelBox"]["left"] - shown["input"]["left"]) <= 2, shown
    # The multiselect's label (an HTML of ours: TagsInput shows none) above its chips.
    label, chips = (app.locator(".stc-multiselect").filter(has_text="Colours")
                    .locator(sel).first.bounding_box()
                    for sel in (".stc-widget-label", ".jupyter-widget-tagsinput"))
    # A text input is as wide as its column (the main area's 736 px at most).
    name_box = by_label["Your name"]["control"]
    assert name_box["width"] > 500, name_box
    assert label["y"] + label["height"] <= chips["y"] + 0.5
    assert abs(chips["width"] - name_box["width"]) <= 4, (chips, name_box)
    left, right = by_label["Left column"]["input"], by_label["Right column"]["input"]
    assert left["right"] <= right["left"] and abs(left["top"] - right["top"]) <= 1
    # label_visibility: "hidden" keeps the label's room, "collapsed" has none.
    hidden = by_label["Hidden label"]
    assert not hidden["labelVisible"] and hidden["labelBox"]["height"] > 10, hidden
    assert hidden["control"]["top"] >= hidden["labelBox"]["bottom"] - 0.5, hidden
    collapsed = [i for i in inputs if "stc-label-collapsed" in i["classes"]]
    assert len(collapsed) == 1 and collapsed[0]["labelBox"] is None, collapsed
    assert abs(collapsed[0]["control"]["top"] - collapsed[0]["input"]["top"]) <= 1


#: Each slider of ours (render/slider_widget.py): its label, box, handles and
#: the value texts, and each date/time box with the text it shows.
_CONTROLS_JS = """
(app) => {
  const box = (el) => { const r = el.getBoundingClientRect();
    return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width,
            height: r.height, centre: r.left + r.width / 2}; };
  const sliders = [...app.querySelectorAll('.stc-slider')].filter((el) => el.getClientRects().length)
    .map((el) => ({label: el.querySelector('.stc-slider-label').textContent.trim(),
      sidebar: !!el.closest('.stc-sidebar'), box: box(el),
      labelBox: box(el.querySelector('.stc-slider-label')),
      rail: box(el.querySelector('.stc-slider-rail')),
      thumbs: [...el.querySelectorAll('.stc-slider-thumb')].map(box),
      values: [...el.querySelectorAll('.stc-slider-value')].map((v) => ({text: v.textContent,
        box: box(v), colour: getComputedStyle(v).color}))}));
  const fields = [...app.querySelectorAll('.stc-datefield')].map((el) => ({
      label: el.querySelector('.stc-datefield-label').textContent.trim(),
      texts: [...el.querySelectorAll('.stc-datefield-text')].map((i) => i.value),
      labelBox: box(el.querySelector('.stc-datefield-label')),
      field: box(el.querySelector('.stc-datefield-box'))}));
  return {sliders, fields};
}
"""


def _controls(app) -> dict:
    return app.locator(".stc-app").first.evaluate(_CONTROLS_JS)


def test_slider_values_sit_above_their_handles_and_are_never_cut_off(gallery_page):
    page, kind, app = gallery_page
    sliders = {s["label"]: s for s in _controls(app)["sliders"]}
    expected = {"Level": ["40"], "Range": ["2.50", "7.50"], "Speed": ["medium"],
                "Sidebar range": ["20", "80"], "Narrow": ["0", "100,000"], "Week": ["May 17"]}
    for name, texts in expected.items():
        slider = sliders[name]
        assert [v["text"] for v in slider["values"]] == texts, slider
        assert slider["labelBox"]["bottom"] <= slider["rail"]["top"] - 10, slider  # label, then values
        for value, thumb in zip(slider["values"], slider["thumbs"]):
            # Above its handle, in the primary colour, and inside the slider's box.
            assert value["box"]["bottom"] <= thumb["top"] + 1, (name, value, thumb)
            assert value["box"]["top"] >= slider["labelBox"]["bottom"] - 1, (name, value)
            assert value["box"]["left"] >= slider["box"]["left"] - 0.5, (name, value)
            assert value["box"]["right"] <= slider["box"]["right"] + 0.5, (name, value)
            assert value["colour"] != "rgb(0, 0, 0)", value
        if len(slider["values"]) == 2:  # a range's two texts never overlap
            assert slider["values"][0]["box"]["right"] < slider["values"][1]["box"]["left"], slider
    assert sliders["Sidebar range"]["sidebar"] and not sliders["Level"]["sidebar"]
    first, second = sliders["Sidebar range"]["thumbs"]
    assert second["left"] - first["left"] > 60, (first, second)  # 20..80 of 0..100
    narrow = sliders["Narrow"]
    assert narrow["box"]["width"] < sliders["Level"]["box"]["width"] / 3, narrow
    # At the ends the texts are pulled inside rather than centred on the handles.
    assert narrow["values"][0]["box"]["left"] >= narrow["box"]["left"] - 0.5
    assert narrow["values"][1]["box"]["right"] <= narrow["box"]["right"] + 0.5


def test_a_slider_moves_by_keyboard_and_tells_the_kernel_on_release(gallery_page):
    page, kind, app = gallery_page
    slider = app.locator(".stc-slider").filter(has_text="Level")
    thumb = slider.locator(".stc-slider-thumb")
    thumb.focus()
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.wait_for_function("(el) => el.textContent === '42'",
                           arg=slider.locator(".stc-slider-value").element_handle(), timeout=30_000)
    # The rerun's value (kernel) comes back the same: the text stays 42 and
    # min / max show under the track while it has the focus.
    page.wait_for_timeout(500)
    assert slider.locator(".stc-slider-value").text_content() == "42"
    assert thumb.get_attribute("aria-valuetext") == "42"
    assert slider.locator(".stc-slider-min").text_content() == "0"
    assert slider.locator(".stc-slider-max").text_content() == "100"


def test_dates_and_times_show_in_streamlits_format(gallery_page):
    page, kind, app = gallery_page
    fields = {f["label"]: f for f in _controls(app)["fields"]}
    assert fields["Day"]["texts"] == ["2024/05/17"], fields["Day"]  # Streamlit's default
    assert fields["Trip"]["texts"] == ["01.05.2024", "09.05.2024"], fields["Trip"]
    assert fields["Time"]["texts"] == ["09:30"], fields["Time"]
    assert fields["Meeting"]["texts"] == ["2024/05/17 14:30"], fields["Meeting"]
    for field in fields.values():
        assert field["labelBox"]["bottom"] <= field["field"]["top"] + 0.5, field
    # Typed in the format, it is the value: the kernel reruns and shows it again.
    day = app.locator(".stc-datefield").filter(has_text="Day").locator(".stc-datefield-text")
    day.fill("2024/06/01")
    day.press("Enter")
    page.wait_for_timeout(1_000)
    assert day.input_value() == "2024/06/01"
    day.fill("not a date")
    day.press("Enter")
    page.wait_for_function("(el) => el.value === '2024/06/01'", arg=day.element_handle(),
                           timeout=30_000)


def test_the_selectbox_shows_its_placeholder(gallery_page):
    page, kind, app = gallery_page
    select = app.locator(".widget-dropdown").filter(has_text="Fruit").locator("select")
    shown = select.evaluate("(s) => s.options[s.selectedIndex].textContent")
    assert shown.replace("\xa0", " ") == "Pick a fruit"  # ipywidgets sends no-break spaces


def test_buttons_are_as_wide_as_their_text_unless_they_stretch(gallery_page):
    page, kind, app = gallery_page
    main = app.locator(".stc-app").first
    column = main.locator(".widget-text").filter(has_text="Your name").locator("input")
    width = column.bounding_box()["width"]
    primary = main.get_by_role("button", name="Primary").bounding_box()
    full = main.get_by_role("button", name="Full width").bounding_box()
    assert primary["width"] < 150, primary
    assert abs(full["width"] - width) <= 4, (full, width)


def test_the_toggle_is_a_switch_showing_its_value(gallery_page):
    page, kind, app = gallery_page
    toggle = app.locator(".stc-toggle").filter(has_text="Dark mode").locator("input")
    assert toggle.is_checked()
    assert toggle.evaluate("(el) => getComputedStyle(el).appearance") == "none"
    toggle.click()
    page.wait_for_timeout(300)
    assert not toggle.is_checked()


def test_a_toast_shows_over_the_top_right_and_moves_nothing(gallery_page):
    page, kind, app = gallery_page
    main = app.locator(".stc-app").first
    show = main.get_by_role("button", name="Show a toast")
    show.scroll_into_view_if_needed()  # the click must not scroll the page itself
    page.wait_for_timeout(300)
    watched = [main.locator("h1", has_text="Look gallery"), show,
               main.locator(".widget-text").filter(has_text="Your name"),
               main.get_by_role("button", name="Primary")]
    before = [w.bounding_box() for w in watched]
    show.click()
    toast = main.locator(".stc-toast-box").filter(has_text="A toast over the page")
    toast.wait_for(state="visible", timeout=30_000)
    page.wait_for_timeout(300)
    after = [w.bounding_box() for w in watched]
    assert after == before
    app_box, toast_box = main.bounding_box(), toast.bounding_box()
    assert toast_box["x"] + toast_box["width"] <= app_box["x"] + app_box["width"] + 1
    assert toast_box["x"] > app_box["x"] + app_box["width"] / 2, (toast_box, app_box)
    assert 0 <= toast_box["y"] - app_box["y"] < 40, (toast_box, app_box)
    main.locator("h1", has_text="Look gallery").scroll_into_view_if_needed()
    page.wait_for_timeout(200)
    save_screenshot(page, f"look-{kind}-toast", full_page=False)
    before = [w.bounding_box() for w in watched]
    toast.get_by_role("button").click()
    toast.wait_for(state="hidden", timeout=10_000)
    assert [w.bounding_box() for w in watched] == before


def test_the_data_editor_scrolls_an_edit_reaches_the_script_and_a_dark_base_is_dark(gallery_page):
    page, kind, app = gallery_page
    editor = app.locator(".stc-grid").filter(has_text="hours")
    scroller = editor.locator(".stc-grid-scroll")
    box = scroller.bounding_box()
    # ten rows and the header, plus the row that adds one (num_rows="dynamic")
    assert abs(box["height"] - (11 * 35 + 2)) <= 2, box
    assert editor.locator("tbody tr").count() <= 101  # a window of the 200 rows
    scroller.evaluate("(el) => { el.scrollTop = el.scrollHeight; }")
    last = editor.locator("tr").filter(has=page.locator("td", has_text=re.compile(r"^task 199$")))
    last.wait_for(timeout=30_000)
    hours = last.locator("td.stc-grid-num")
    hours.dblclick()
    field = editor.locator("input.stc-grid-input")
    field.fill("1000")
    field.press("Enter")
    app.locator(".stc-app").first.get_by_text("Total hours: 20701").wait_for(timeout=30_000)
    last.locator("td.stc-grid-num", has_text="1000").wait_for(timeout=30_000)
    save_element_screenshot(editor, f"look-{kind}-editor")
    # An app whose config says theme.base = "dark", in a light front end.
    if not is_voila(page):
        assert page.evaluate("() => document.body.dataset.jpThemeLight") == "true"
    dark = cell_output_area(page, 3).locator(".stc-app").first
    dark.get_by_text("Dark base").wait_for(timeout=60_000)
    colours = dark.evaluate(
        "(el) => [getComputedStyle(el).backgroundColor,"
        " getComputedStyle(el.querySelector('.stc-input input')).backgroundColor,"
        " getComputedStyle(el.querySelector('.stc-input .widget-label')).color]")
    save_element_screenshot(dark, f"look-{kind}-dark-base")
    rgb = [[int(float(c)) for c in re.findall(r"[\d.]+", colour)[:3]] for colour in colours]
    assert rgb[0] == [14, 17, 23], colours  # Streamlit's dark background, #0e1117
    assert sum(rgb[1]) < 3 * 64 and sum(rgb[2]) > 3 * 200, colours  # dark field, light label
    # ... and only that app: the gallery's (no theme config) stays the front end's light
    gallery = scroller.evaluate("(el) => getComputedStyle(el).backgroundColor")
    assert sum(int(float(c)) for c in re.findall(r"[\d.]+", gallery)[:3]) > 3 * 200, gallery


def test_dark_theme_screenshots(gallery_page):
    page, kind, app = gallery_page
    if is_voila(page):
        page.goto(page.url.split("?")[0] + "?theme=dark")
        page.locator(".stc-app h1", has_text="Look gallery").wait_for(timeout=120_000)
        app = cell_output_area(page, APP_CELL)
    else:
        page.evaluate("() => window.jupyterapp.commands.execute('apputils:change-theme',"
                      " {theme: 'JupyterLab Dark'})")
        page.wait_for_function(
            "() => document.body.dataset.jpThemeLight === 'false'", timeout=30_000)
    page.wait_for_timeout(1_000)
    _screenshots(page, app, f"{kind}-dark")
    background = app.locator(".stc-app").first.evaluate(
        "(el) => getComputedStyle(el.querySelector('.stc-input input')).backgroundColor")
    channels = [int(float(c)) for c in re.findall(r"[\d.]+", background)[:3]]
    assert sum(channels) < 3 * 128, background  # a dark field, not a white one


def test_the_number_input_shows_its_format_with_step_buttons_at_its_right(gallery_page):
    page, kind, app = gallery_page
    number = app.locator(".stc-number").filter(has_text="Price")
    field = number.locator("input")
    assert field.input_value() == "1.50"  # format="%.2f"
    box = field.bounding_box()
    minus, plus = (number.get_by_role("button", name=n).bounding_box() for n in ("\u2212", "+"))
    for step in (minus, plus):  # on the box's line, right of it
        assert abs(step["y"] - box["y"]) <= 1 and abs(step["height"] - box["height"]) <= 1, (step, box)
        assert step["width"] >= 30, step  # a button to hit, not a sliver
    assert box["x"] + box["width"] <= minus["x"] + 0.5 and minus["x"] < plus["x"]
    name = app.locator(".widget-text").filter(has_text="Your name").locator("input").bounding_box()
    assert abs(plus["x"] + plus["width"] - (name["x"] + name["width"])) <= 2, (plus, name)
    number.get_by_role("button", name="+").click()
    page.wait_for_function(
        "(el) => el.value === '1.75'", arg=field.element_handle(), timeout=30_000)


def test_a_large_dataframe_is_a_fixed_height_grid_that_loads_rows_as_it_scrolls(gallery_page):
    page, kind, app = gallery_page
    grid = app.locator(".stc-grid").filter(has_text="third")  # its header, always shown
    scroller = grid.locator(".stc-grid-scroll")
    box = scroller.bounding_box()
    assert abs(box["height"] - (11 * 35 + 2)) <= 2, box  # header and ten rows, as Streamlit's
    # Only a window of the 1000 rows is in the page.
    assert grid.locator("tbody tr").count() <= 100
    header = grid.locator("thead th").first
    scroller.evaluate("(el) => { el.scrollTop = el.scrollHeight; }")
    grid.locator("td", has_text="name 999").wait_for(timeout=30_000)
    last = grid.locator("td", has_text="name 999").bounding_box()
    assert box["y"] < last["y"] < box["y"] + box["height"], (last, box)
    # The header stays in view at the top of the box, and numbers are right-aligned.
    top = header.bounding_box()
    assert abs(top["y"] - box["y"]) <= 2, (top, box)
    assert grid.locator("td", has_text="333").first.evaluate(
        "(el) => getComputedStyle(el).textAlign") == "right"
    scroller.evaluate("(el) => { el.scrollTop = 0; }")
    grid.locator("td", has_text="name 0").first.wait_for(timeout=30_000)


def test_tabs_and_the_expander_are_drawn_as_streamlits(gallery_page):
    page, kind, app = gallery_page
    main = app.locator(".stc-app").first
    current = main.locator(".jupyter-widget-tab .lm-TabBar-tab.lm-mod-current")
    other = main.locator(".jupyter-widget-tab .lm-TabBar-tab").filter(has_text="Tab B")
    style = "(el) => { const s = getComputedStyle(el); return [s.borderBottomStyle," \
            " s.borderBottomColor, s.backgroundColor, s.color]; }"
    chosen, plain = current.evaluate(style), other.evaluate(style)
    assert chosen[0] == "solid" and chosen[1] == chosen[3] != plain[3], (chosen, plain)
    assert plain[2] in ("rgba(0, 0, 0, 0)", "transparent"), plain  # no tab boxes
    expander = main.locator(".jupyter-widget-Collapse").filter(has_text="An expander")
    radius = expander.evaluate("(el) => parseFloat(getComputedStyle(el).borderTopLeftRadius)")
    assert radius >= 4
    header, body = (expander.locator(sel).first.bounding_box()
                    for sel in (".jupyter-widget-Collapse-header", ".jupyter-widget-Collapse-contents"))
    assert header["y"] + header["height"] <= body["y"] + 0.5
