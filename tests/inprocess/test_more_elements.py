"""A person using st.datetime_input, st.pagination, st.menu_button, st.grid,
st.skeleton, st.iframe / st.components.v1, st.pdf, st.logo, st.bottom and a
configured st.dataframe in a notebook. Interactions are real comm messages
(``front_end_sets`` / ``front_end_clicks``) on the widgets the app shows."""

from __future__ import annotations

import base64
import datetime as dt
import html
import re

import ipywidgets as w

from support.ui import (DateField, data_grids, find, find_all, front_end_clicks, front_end_sets,
                        html_containing, is_closed, live_widget_count, session_state, text, walk)


def iframe_attributes(widget: w.HTML) -> dict[str, str]:
    match = re.search(r"<iframe ([^>]*)>", widget.value)
    assert match, widget.value
    return {k: html.unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', match.group(1))}


# -------------------------------------------------------------- datetime_input
DATETIME = """
import datetime as dt
when = st.datetime_input("When", dt.datetime(2024, 1, 2, 3, 4), key="when",
                         min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2024, 12, 31))
st.write("when:", str(when))
"""


def test_datetime_input_is_a_box_in_streamlits_format_and_a_pick_reruns(run_cell, comm_log):
    app = run_cell(DATETIME)
    picker = find(app, DateField, "When")  # render/date_field.py
    assert picker.value == dt.datetime(2024, 1, 2, 3, 4)
    assert (picker.kind, picker.format, picker.min, picker.max) == (
        "datetime", "YYYY/MM/DD", "2024-01-01T00:00:00", "2024-12-31T00:00:00")
    assert picker.get_state()["value"] == "2024-01-02T03:04:00"  # ISO text on the wire
    front_end_sets(picker, value="2024-06-07T08:09:30")
    # Whole minutes, as Streamlit's datetime input.
    assert session_state()["when"] == dt.datetime(2024, 6, 7, 8, 9)
    assert "when: 2024-06-07 08:09:00" in text(app)
    comm_log.clear()
    app.run()
    assert list(comm_log) == []


def test_datetime_input_set_through_session_state_moves_the_picker(run_cell):
    app = run_cell(DATETIME + """
def reset():
    st.session_state.when = dt.datetime(2024, 3, 3, 3, 3)
st.button("Reset", on_click=reset)
""")
    front_end_clicks(find(app, w.Button, "Reset"))
    assert find(app, DateField, "When").value == dt.datetime(2024, 3, 3, 3, 3)
    assert "when: 2024-03-03 03:03:00" in text(app)


# ------------------------------------------------------------------ pagination
PAGINATION = """
page = st.pagination(12, key="page", max_visible_pages=5)
st.write("page:", page)
"""


def test_pagination_shows_a_window_of_pages_and_choosing_one_reruns(run_cell, comm_log):
    app = run_cell(PAGINATION)
    pages = find(app, w.ToggleButtons)
    assert [v for _, v in pages.options] == [1, 2, 3, 4, 5] and pages.value == 1
    previous, following = find(app, w.Button, "‹"), find(app, w.Button, "›")
    assert previous.disabled and not following.disabled
    front_end_sets(pages, index=3)  # selection widgets sync the index
    assert session_state()["page"] == 4 and "page: 4" in text(app)
    assert [v for _, v in pages.options] == [2, 3, 4, 5, 6]
    front_end_clicks(following)
    assert session_state()["page"] == 5 and "page: 5" in text(app)
    comm_log.clear()
    app.run()
    assert list(comm_log) == []


def test_pagination_last_page_disables_next(run_cell):
    app = run_cell("p = st.pagination(3, default=3, key='p')")
    assert find(app, w.Button, "›").disabled and not find(app, w.Button, "‹").disabled
    front_end_clicks(find(app, w.Button, "‹"))
    assert session_state()["p"] == 2


# ----------------------------------------------------------------- menu_button
MENU = """
def chosen():
    st.session_state.log = st.session_state.get("log", []) + [st.session_state.export]
choice = st.menu_button("Export", ["CSV", "JSON"], key="export", on_click=chosen)
st.write("choice:", repr(choice))
st.button("Other")
"""


def test_menu_button_opens_a_list_and_a_choice_is_the_value_for_one_run(run_cell, comm_log):
    app = run_cell(MENU)
    toggle = find(app, w.Button, "Export ▾")
    menu = [x for x in walk(app.root) if isinstance(x, w.VBox) and "stc-menu" in x._dom_classes]
    assert len(menu) == 1 and menu[0].layout.display == "none"
    comm_log.clear()
    front_end_clicks(toggle)  # opening the list is not an event of the app
    assert menu[0].layout.display is None
    assert "choice: None" in text(app)
    assert all(m.kind == "comm_msg" for m in comm_log) and len(comm_log) == 1
    front_end_clicks(find(app, w.Button, "JSON"))
    assert "choice: 'JSON'" in text(app) and menu[0].layout.display == "none"
    assert session_state()["log"] == ["JSON"]
    front_end_clicks(find(app, w.Button, "Other"))
    assert "choice: None" in text(app)
    assert session_state()["log"] == ["JSON"]
    comm_log.clear()
    app.run()
    assert list(comm_log) == []


# ---------------------------------------------------------- grid and skeleton
GRID = """
g = st.grid(3, gap=("small", 12))
g.text("one")
cell = g.cell(column_span=2)
cell.text("wide")
with g:
    st.button("in grid")
slot = st.skeleton(height=120)
"""


def test_grid_is_a_gridbox_with_cells_spanning_columns(run_cell, comm_log):
    app = run_cell(GRID)
    grid = find(app, w.GridBox)
    assert grid.layout.grid_gap == "1rem 12px"
    assert "repeat(" in grid.layout.grid_template_columns
    assert len(grid.children) == 3
    assert grid.children[1].layout.grid_column == "span 2"
    assert find(grid, w.Button, "in grid") is grid.children[2]
    skeleton = html_containing(app, "stc-skeleton-box")
    assert "height: 120px" in skeleton.value and 'aria-busy="true"' in skeleton.value
    comm_log.clear()
    app.run()
    assert list(comm_log) == []


def test_a_skeleton_placeholder_is_replaced_by_what_is_written_to_it(run_cell):
    app = run_cell("""
slot = st.skeleton()
if st.button("Load"):
    slot.write("loaded")
""")
    skeleton = html_containing(app, "stc-skeleton-box")
    front_end_clicks(find(app, w.Button, "Load"))
    assert "loaded" in text(app)
    assert is_closed(skeleton)
    assert not [x for x in find_all(app, w.HTML) if "stc-skeleton-box" in x.value]


def test_a_skeleton_context_manager_leaves_nothing_behind(run_cell):
    app = run_cell("""
with st.skeleton(height=40):
    value = 6 * 7
st.write("value:", value)
""")
    assert not [x for x in find_all(app, w.HTML) if "stc-skeleton-box" in x.value]
    assert "value: 42" in text(app)


# ---------------------------------------------------------------------- frames
def test_iframe_of_a_url_is_sandboxed_without_same_origin(run_cell):
    app = run_cell('st.iframe("https://example.com/?a=1&b=\\"x\\"", height=300, tab_index=0)')
    frame = html_containing(app, "<iframe")
    attributes = iframe_attributes(frame)
    assert attributes["src"] == 'https://example.com/?a=1&b="x"'
    assert "allow-scripts" in attributes["sandbox"]
    assert "allow-same-origin" not in attributes["sandbox"]
    assert "height: 300px" in attributes["style"] and attributes["tabindex"] == "0"


def test_components_html_is_the_users_html_in_a_scripts_only_srcdoc(run_cell):
    app = run_cell("""
import streamlit.components.v1 as components
components.html('<script>document.body.innerHTML = "hi"</script>"><img src=x>', height=90)
""")
    frame = html_containing(app, "<iframe")
    attributes = iframe_attributes(frame)
    assert attributes["sandbox"] == "allow-scripts"
    assert attributes["srcdoc"] == '<script>document.body.innerHTML = "hi"</script>"><img src=x>'
    # The HTML is inside the attribute: nothing of it is markup of the notebook page.
    assert frame.value.count("<iframe") == 1 and "<img" not in frame.value
    assert "<script" not in frame.value
    assert "height: 90px" in attributes["style"]


def test_pdf_bytes_are_shown_by_the_browser_from_a_data_url(run_cell):
    app = run_cell('st.pdf(b"%PDF-1.4 hello", height=400)')
    viewer = html_containing(app, "<object")
    url = html.unescape(re.search(r'data="([^"]+)"', viewer.value).group(1))
    assert url.startswith("data:application/pdf;base64,")
    assert base64.b64decode(url.split(",", 1)[1]) == b"%PDF-1.4 hello"
    assert "height: 400px" in viewer.value


def test_logo_is_shown_first_and_linked(run_cell, comm_log):
    app = run_cell("""
st.write("body")
st.logo("🚀", link="https://example.com", size="large")
""")
    logo = html_containing(app, "stc-logo-box")
    assert logo.layout.order == "-1"  # first in the page, whatever its place in the tree
    assert 'href="https://example.com"' in logo.value and "🚀" in logo.value
    comm_log.clear()
    app.run()
    assert list(comm_log) == []


def test_bottom_container_is_below_the_app_and_its_buttons_rerun(run_cell):
    app = run_cell("""
st.write("main")
if st.bottom.button("Send"):
    st.session_state.sent = True
with st.bottom:
    st.write("pinned text")
""")
    bottom = app.bottom_view.widget
    assert find(bottom, w.Button, "Send")
    assert "pinned text" in text(bottom)
    assert "pinned text" not in text(app.body)
    front_end_clicks(find(bottom, w.Button, "Send"))
    assert session_state()["sent"] is True


# ------------------------------------------------------------------- dataframe
def test_dataframe_column_config_labels_hides_and_formats_columns(run_cell):
    app = run_cell("""
import pandas as pd
frame = pd.DataFrame({"price": [1.5, 20.0], "secret": ["a", "b"], "n": [1, 2]})
st.dataframe(frame, hide_index=True, column_config={
    "price": st.column_config.NumberColumn("Price", format="$%.2f"),
    "secret": None,
    "n": "Count",
})
""")
    (grid,) = data_grids(app)
    assert grid.columns == ["Price", "Count"] and grid.index_columns == 0
    assert grid.rows == [["$1.50", "1"], ["$20.00", "2"]]


# ------------------------------------------------------------------- clean-up
ALL_OF_THEM = """
import datetime as dt
import streamlit.components.v1 as components
show = st.toggle("Show", value=True, key="show")
if show:
    st.datetime_input("When", dt.datetime(2024, 1, 2, 3, 4))
    st.pagination(5)
    st.menu_button("Menu", ["a", "b"])
    g = st.grid(2)
    g.cell(column_span=2).text("cell")
    st.skeleton()
    st.iframe("https://example.com")
    components.html("<b>x</b>")
    st.pdf(b"%PDF")
    st.logo("🚀")
    st.bottom.button("Bottom")
"""


def test_hiding_the_elements_closes_every_widget_they_opened(run_cell):
    app = run_cell(ALL_OF_THEM)
    toggle = find(app, w.Checkbox, "Show")
    front_end_sets(toggle, value=False)
    hidden = live_widget_count()
    front_end_sets(toggle, value=True)
    assert find(app, DateField, "When")
    front_end_sets(toggle, value=False)
    assert live_widget_count() == hidden
