"""A person using the more inputs in a notebook: uploading files, downloading,
following links, choosing pills / segmented options / feedback, editing a
data editor. Interactions are real comm messages (``front_end_sets`` /
``front_end_clicks``) on the widgets the app shows."""

from __future__ import annotations

import base64
import html
import re

import ipywidgets as w

from support.ui import (editor_grids, find, find_all, front_end_clicks, front_end_sends,
                        front_end_sets, html_containing,
                        is_closed, session_state, text)

from streamlit_cell.elements.file_widgets import UploadedFile


def upload_entry(name: str, content: bytes, mime: str = "text/plain") -> dict:
    """One file as ipywidgets' FileUpload front end sends it."""
    return {"name": name, "type": mime, "size": len(content), "content": memoryview(content),
            "last_modified": 1_700_000_000_000}


def anchor(widget: w.HTML) -> dict[str, str]:
    """The attributes of the first <a> of an HTML widget, unescaped."""
    match = re.search(r"<a ([^>]*)>", widget.value)
    assert match, widget.value
    return {k: html.unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', match.group(1))}


def data_url_bytes(href: str) -> tuple[str, bytes]:
    head, payload = href.split(",", 1)
    assert head.startswith("data:") and head.endswith(";base64")
    return head[5:-7], base64.b64decode(payload)


# ------------------------------------------------------------ file_uploader
UPLOADS = """
one = st.file_uploader("One file", type="csv", key="one")
many = st.file_uploader("Many files", accept_multiple_files=True, key="many",
                        max_upload_size=1)
st.write("one:", one.name if one else "none", "|", one.getvalue().decode() if one else "")
st.write("many:", ", ".join(f"{f.name}={f.read().decode()}" for f in many))
"""


def test_uploading_a_file_reruns_with_an_uploaded_file_holding_its_bytes(run_cell):
    app = run_cell(UPLOADS)
    one, many = find_all(app, w.FileUpload)
    assert (one.accept, one.multiple, many.multiple) == (".csv", False, True)
    front_end_sets(one, value=[upload_entry("data.csv", b"a,b\n1,2", "text/csv")])
    file = session_state()["one"]
    assert isinstance(file, UploadedFile)
    assert (file.name, file.type, file.size, file.getvalue()) == (
        "data.csv", "text/csv", 7, b"a,b\n1,2")
    assert "one: data.csv | a,b 1,2" in text(app)
    assert one.value == ()  # the picker is emptied; the app lists the file
    assert "data.csv" in html_containing(app, "📄").value


def test_multiple_uploads_add_up_and_each_file_can_be_removed(run_cell):
    app = run_cell(UPLOADS)
    many = find_all(app, w.FileUpload)[1]
    front_end_sets(many, value=[upload_entry("a.txt", b"A"), upload_entry("b.txt", b"B")])
    front_end_sets(many, value=[upload_entry("c.txt", b"C")])
    assert [f.name for f in session_state()["many"]] == ["a.txt", "b.txt", "c.txt"]
    assert "many: a.txt=A, b.txt=B, c.txt=C" in text(app)
    remove_b = [b for b in find_all(app, w.Button, "✕") if b.tooltip == "Remove b.txt"]
    front_end_clicks(remove_b[0])
    assert [f.name for f in session_state()["many"]] == ["a.txt", "c.txt"]
    assert "many: a.txt=A, c.txt=C" in text(app)


def test_a_file_over_the_limit_is_refused_with_a_message(run_cell):
    app = run_cell(UPLOADS)
    many = find_all(app, w.FileUpload)[1]
    big = b"x" * (1024 * 1024 + 1)
    front_end_sets(many, value=[upload_entry("big.bin", big), upload_entry("ok.txt", b"ok")])
    assert [f.name for f in session_state()["many"]] == ["ok.txt"]
    assert "big.bin is larger than 1 MB." in text(app)


def test_a_file_of_another_type_shows_streamlits_error(run_cell):
    app = run_cell(UPLOADS)
    front_end_sets(find_all(app, w.FileUpload)[0], value=[upload_entry("x.md", b"#")])
    assert "Invalid file extension: .md" in text(app)
    assert session_state()["one"] is None


def test_upload_callback_and_read_only_key(run_cell):
    app = run_cell("""
st.session_state.setdefault("log", [])
def uploaded():
    st.session_state.log.append(st.session_state.up.name)
if st.session_state.get("overwrite"):
    st.session_state.up = None
st.file_uploader("Up", key="up", on_change=uploaded)
st.write("log:", ", ".join(st.session_state.log))
st.button("Overwrite", on_click=lambda: st.session_state.update(overwrite=True))
""")
    front_end_sets(find(app, w.FileUpload), value=[upload_entry("n.txt", b"1")])
    assert session_state()["log"] == ["n.txt"] and "log: n.txt" in text(app)
    front_end_clicks(find(app, w.Button, "Overwrite"))
    assert "StreamlitValueAssignmentNotAllowedError" in text(app)
    assert "is read-only and cannot be assigned through session state" in text(app)


def test_uploads_in_a_form_wait_for_the_submit(run_cell):
    app = run_cell("""
with st.form("f"):
    up = st.file_uploader("Up", key="up")
    st.form_submit_button("Send")
st.write("got:", up.name if up else "nothing")
""")
    front_end_sets(find(app, w.FileUpload), value=[upload_entry("f.txt", b"1")])
    assert "got: nothing" in text(app)
    assert "f.txt" in text(app)  # shown as staged in the form
    front_end_clicks(find(app, w.Button, "Send"))
    assert "got: f.txt" in text(app)


# ---------------------------------------------------------- download_button
def test_ignore_mode_download_is_one_link_with_the_file_and_an_escaped_name(run_cell, comm_log):
    app = run_cell("""
st.session_state.runs = st.session_state.get("runs", 0) + 1
st.download_button("Get <report>", b"\\x00\\x01data", file_name='a"<b>.bin',
                   mime="application/x-demo", on_click="ignore", help="a 'file'")
""")
    link = html_containing(app, "stc-link-button")
    attributes = anchor(link)
    assert attributes["download"] == 'a"<b>.bin'
    assert data_url_bytes(attributes["href"]) == ("application/x-demo", b"\x00\x01data")
    assert "<report>" not in link.value and "Get &lt;report&gt;" in link.value
    assert "<b>" not in link.value
    assert not find_all(app, w.Button)  # nothing to click in the kernel
    assert session_state()["runs"] == 1


def test_rerun_mode_download_click_runs_the_callback_then_offers_the_file(run_cell):
    app = run_cell("""
st.session_state.setdefault("n", 0)
def saved():
    st.session_state.n += 1
clicked = st.download_button("Export", "a,b\\n1,2", "t.csv", on_click=saved, key="dl")
st.write("clicked:", clicked, "n:", st.session_state.n)
""")
    button = find(app, w.Button, "Export")
    assert "Save t.csv" not in text(app)
    front_end_clicks(button)
    assert "clicked: True n: 1" in text(app)
    save = anchor(html_containing(app, "Save t.csv"))
    assert data_url_bytes(save["href"]) == ("text/plain", b"a,b\n1,2")
    assert save["download"] == "t.csv"
    assert session_state()["dl"] is False  # a trigger: True for the click run only
    app.run()
    assert "clicked: False n: 1" in text(app)


def test_callable_data_is_generated_by_the_click(run_cell):
    app = run_cell("""
st.session_state.setdefault("made", 0)
def make():
    st.session_state.made += 1
    return f"file {st.session_state.made}"
st.download_button("Make", make, "m.txt", on_click="ignore")
st.write("made:", st.session_state.made)
""")
    assert "made: 0" in text(app)
    front_end_clicks(find(app, w.Button, "Make"))
    href = anchor(html_containing(app, "Save m.txt"))["href"]
    assert data_url_bytes(href) == ("text/plain", b"file 1")
    assert "made: 0" in text(app)  # "ignore": no rerun


def test_a_failing_data_callable_shows_its_error_next_to_the_button(run_cell):
    app = run_cell("""
def broken():
    raise ValueError("no data today")
st.download_button("Make", broken, "m.txt")
""")
    front_end_clicks(find(app, w.Button, "Make"))
    assert "ValueError: no data today" in text(app)


def test_disabled_download_offers_no_file(run_cell):
    app = run_cell('st.download_button("Get", "x", on_click="ignore", disabled=True)')
    assert "href" not in html_containing(app, "stc-link-button").value


# -------------------------------------------------------------- link_button
def test_link_button_is_a_safe_link_opening_a_new_tab(run_cell):
    app = run_cell('st.link_button("Docs & more", "https://example.org/?a=1&b=<2>")')
    attributes = anchor(html_containing(app, "stc-link-button"))
    assert attributes["href"] == "https://example.org/?a=1&b=<2>"
    assert (attributes["target"], attributes["rel"]) == ("_blank", "noopener noreferrer")
    assert "Docs &amp; more" in html_containing(app, "stc-link-button").value


def test_link_button_with_a_javascript_url_is_an_error_not_a_link(run_cell):
    app = run_cell('st.link_button("Evil", "javascript:alert(1)")')
    assert "is not a valid URL" in text(app)
    assert not any("javascript:" in h.value and "<a " in h.value
                   for h in find_all(app, w.HTML))


def test_link_button_in_rerun_mode_reruns_and_then_shows_the_link(run_cell):
    app = run_cell("""
st.session_state.setdefault("visits", 0)
def visit():
    st.session_state.visits += 1
st.link_button("Visit", "https://streamlit.io", on_click=visit, key="visit")
st.write("visits:", st.session_state.visits)
""")
    front_end_clicks(find(app, w.Button, "Visit"))
    assert "visits: 1" in text(app)
    assert anchor(html_containing(app, "Open https://streamlit.io"))["href"] == \
        "https://streamlit.io"


# ------------------------------------------ pills, segmented control, feedback
def toggles(app, *labels):
    found = {t.description: t for t in find_all(app, w.ToggleButton)}
    return [found[label] for label in labels]


def test_pills_click_chooses_and_a_second_click_clears(run_cell):
    app = run_cell("""
choice = st.pills("Pick", ["red", "green", "blue"], key="pick")
st.write("choice:", choice)
""")
    red, green = toggles(app, "red", "green")
    front_end_sets(green, value=True)
    assert session_state()["pick"] == "green" and "choice: green" in text(app)
    assert (red.value, green.value) == (False, True)
    front_end_sets(red, value=True)
    assert session_state()["pick"] == "red"
    assert (red.value, green.value) == (True, False)
    front_end_sets(red, value=False)
    assert session_state()["pick"] is None and "choice: None" in text(app)


def test_a_required_segmented_control_keeps_its_choice(run_cell, comm_log):
    app = run_cell("""
st.session_state.runs = st.session_state.get("runs", 0) + 1
size = st.segmented_control("Size", ["S", "M", "L"], default="M", required=True, key="size")
st.write("size:", size)
""")
    (m,) = toggles(app, "M")
    front_end_sets(m, value=False)  # clicking the chosen option again
    assert m.value is True
    assert session_state()["size"] == "M" and session_state()["runs"] == 1


def test_multi_pills_add_and_remove_with_format_func_and_callback(run_cell):
    app = run_cell("""
st.session_state.setdefault("changes", 0)
def changed():
    st.session_state.changes += 1
tags = st.pills("Tags", [1, 2, 3], selection_mode="multi", default=[3],
                format_func=lambda n: f"#{n}", key="tags", on_change=changed)
st.write("tags:", sum(tags), "changes:", st.session_state.changes)
""")
    one, three = toggles(app, "#1", "#3")
    assert three.value is True
    front_end_sets(one, value=True)
    assert session_state()["tags"] == [3, 1]
    front_end_sets(three, value=False)
    assert session_state()["tags"] == [1]
    assert "tags: 1 changes: 2" in text(app)


def test_feedback_stars_fill_up_to_the_choice_and_clear(run_cell):
    app = run_cell("""
stars = st.feedback("stars", key="stars")
st.write("stars:", stars)
""")
    stars = find_all(app, w.ToggleButton)
    assert [s.description for s in stars] == ["☆"] * 5
    front_end_sets(stars[3], value=True)
    assert session_state()["stars"] == 3 and "stars: 3" in text(app)
    assert [s.value for s in stars] == [True, True, True, True, False]
    assert [s.description for s in stars] == ["★"] * 4 + ["☆"]
    front_end_sets(stars[1], value=False)  # a lower star: choose it
    assert session_state()["stars"] == 1
    front_end_sets(stars[1], value=False)  # the chosen star again: clear
    assert session_state()["stars"] is None
    assert [s.value for s in stars] == [False] * 5


def test_thumbs_in_a_form_are_staged_until_submit(run_cell):
    app = run_cell("""
with st.form("f"):
    thumb = st.feedback("thumbs", key="thumb")
    st.form_submit_button("Rate")
st.write("thumb:", thumb)
""")
    down, up = toggles(app, "👎", "👍")
    front_end_sets(up, value=True)
    assert "thumb: None" in text(app) and up.value is True
    front_end_clicks(find(app, w.Button, "Rate"))
    assert session_state()["thumb"] == 1 and "thumb: 1" in text(app)


def test_options_changing_replaces_the_toggles_and_closes_the_old(run_cell):
    app = run_cell("""
n = st.session_state.get("n", 3)
st.pills("P", list(range(n)), key="p")
if st.button("Fewer"):
    st.session_state.n = 1
    st.rerun()
""")
    old = find_all(app, w.ToggleButton)
    front_end_clicks(find(app, w.Button, "Fewer"))
    assert len(find_all(app, w.ToggleButton)) == 1
    assert is_closed(old[1]) and is_closed(old[2]) and not is_closed(old[0])


# ------------------------------------------------------------- data_editor
EDITOR = """
import pandas as pd
df = pd.DataFrame({"name": ["ann", "bob"], "age": [30, 40], "ok": [True, False]})
edited = st.data_editor(df, key="ed", num_rows="dynamic", disabled=["name"])
st.write(f"ages: {int(edited['age'].sum())} rows: {len(edited)} ok: {list(edited['ok'])}")
"""


def editor(app):
    (grid,) = editor_grids(app)
    return grid


def edit(app, row, column, value):
    """The front end's message for one edited cell (``column``: its name)."""
    grid = editor(app)
    front_end_sends(grid, {"event": "edit", "row": row, "column": grid.columns.index(column),
                           "value": value})


def test_editing_a_cell_reruns_with_the_edited_frame_and_state(run_cell):
    app = run_cell(EDITOR)
    grid = editor(app)
    assert grid.columns == ["name", "age", "ok"]  # a range index is hidden for num_rows="dynamic"
    assert grid.rows == [["ann", "30", "true"], ["bob", "40", "false"]]
    assert [e["disabled"] for e in grid.editors] == [True, False, False]
    assert [e["kind"] for e in grid.editors] == ["text", "number", "checkbox"]
    edit(app, 1, "age", "45")
    assert session_state()["ed"] == {"edited_rows": {1: {"age": 45}}, "added_rows": [],
                                     "deleted_rows": []}
    assert "ages: 75 rows: 2" in text(app)
    assert grid.rows[1] == ["bob", "45", "false"]  # the same grid, showing the edit
    edit(app, 1, "ok", True)
    assert session_state()["ed"]["edited_rows"] == {1: {"age": 45, "ok": True}}
    assert "ok: [True, True]" in text(app)
    assert editor(app) is grid


def test_a_number_cell_refuses_text_and_shows_its_value_again(run_cell):
    app = run_cell(EDITOR)
    edit(app, 0, "age", "old")
    assert editor(app).rows[0][1] == "30"
    assert session_state()["ed"]["edited_rows"] == {}
    edit(app, 0, "name", "eve")  # a disabled column
    assert session_state()["ed"]["edited_rows"] == {}
    assert "ages: 70 rows: 2" in text(app)


def test_adding_and_deleting_rows(run_cell):
    app = run_cell(EDITOR)
    grid = editor(app)
    assert grid.can_add and grid.can_delete
    front_end_sends(grid, {"event": "add"})
    assert session_state()["ed"]["added_rows"] == [{}]
    assert "rows: 3" in text(app) and grid.total == 3
    edit(app, 2, "age", "7")
    assert session_state()["ed"]["added_rows"] == [{"age": 7}]
    assert "ages: 77" in text(app)
    front_end_sends(grid, {"event": "delete", "rows": [0]})
    assert session_state()["ed"]["deleted_rows"] == [0]
    assert "ages: 47 rows: 2" in text(app)
    front_end_sends(grid, {"event": "delete", "rows": [0, 1]})  # bob and the added row
    assert session_state()["ed"] == {"edited_rows": {}, "added_rows": [], "deleted_rows": [0, 1]}
    assert "ages: 0 rows: 0" in text(app) and grid.total == 0


def test_editor_with_a_list_returns_a_list(run_cell):
    app = run_cell("""
values = st.data_editor([1.5, 2.5], key="vals")
st.write("total:", sum(values), type(values).__name__)
""")
    edit(app, 0, "value", "10")
    assert "total: 12.5 list" in text(app)


def test_only_one_window_of_rows_is_sent(run_cell):
    from streamlit_cell.render.data_grid import WINDOW_ROWS

    app = run_cell("""
import pandas as pd
out = st.data_editor(pd.DataFrame({"v": list(range(450))}), key="big", hide_index=True)
st.write("sum:", int(out["v"].sum()))
""")
    grid = editor(app)
    assert grid.total == 450 and len(grid.rows) == WINDOW_ROWS and grid.rows[0] == ["0"]
    assert grid.height == 11 * 35 + 2  # Streamlit's "auto": the header and ten rows
    front_end_sets(grid, window_start=300)
    assert grid.rows_start == 300 and grid.rows[0] == ["300"]
    edit(app, 320, "v", "1000")
    assert session_state()["big"]["edited_rows"] == {320: {"v": 1000}}
    assert f"sum: {sum(range(450)) - 320 + 1000}" in text(app)
    assert grid.rows_start == 300 and grid.rows[20] == ["1000"]  # still scrolled there


def test_a_fixed_disabled_editor_has_no_editable_cell_and_no_row_controls(run_cell):
    app = run_cell("st.data_editor({'a': [1, 2]}, disabled=True)")
    grid = editor(app)
    assert all(e["disabled"] for e in grid.editors)
    assert not grid.can_add and not grid.can_delete
    front_end_sends(grid, {"event": "add"})
    edit(app, 0, "a", "5")
    assert session_state().get("a") is None and grid.total == 2 and grid.rows[0][-1] == "1"


def test_editor_edits_in_a_form_wait_for_submit(run_cell):
    app = run_cell("""
with st.form("f"):
    out = st.data_editor({"a": [1, 2]}, key="fe")
    st.form_submit_button("Save")
st.write(f"a: {out['a']}")
""")
    edit(app, 0, "a", "5")
    assert "a: [1, 2]" in text(app)
    assert editor(app).rows[0][-1] == "5"  # shown at once, staged
    edit(app, 1, "a", "6")  # builds on the staged edit
    front_end_clicks(find(app, w.Button, "Save"))
    assert "a: [5, 6]" in text(app)
    assert session_state()["fe"]["edited_rows"] == {0: {"a": 5}, 1: {"a": 6}}


def test_column_labels_are_text_and_hidden_columns_not_sent(run_cell):
    app = run_cell("""
st.data_editor({"<b>x</b>": [1], "secret": ["s3cr3t"]},
               column_config={"secret": None})
""")
    grid = editor(app)
    assert grid.columns == ["<b>x</b>"]  # shown with textContent, never as HTML
    assert not any("s3cr3t" in c for row in grid.rows for c in row)


def test_removed_inputs_leave_no_widget_open(run_cell):
    app = run_cell("""
if st.toggle("Show", value=True):
    st.file_uploader("U")
    st.download_button("D", "x")
    st.pills("P", ["a"])
    st.data_editor({"a": [1]}, num_rows="dynamic")
""")
    shown = find_all(app)
    front_end_sets(find(app, w.Checkbox, "Show"), value=False)
    remaining = find_all(app)
    gone = [x for x in shown if all(x is not y for y in remaining)]
    assert len(gone) > 12 and any(type(x).__name__ == "DataEditorGrid" for x in gone)
    assert all(is_closed(x) and is_closed(x.layout) for x in gone)


def test_a_rerun_that_changes_nothing_sends_no_message(run_cell, comm_log):
    app = run_cell("""
import pandas as pd
st.file_uploader("U", accept_multiple_files=True)
st.download_button("D", "x", on_click="ignore")
st.download_button("E", b"y", "e.bin")
st.link_button("L", "https://x.org")
st.pills("P", ["a", "b"], default="a")
st.feedback("faces")
st.data_editor(pd.DataFrame({"a": [1, 2], "b": [True, False]}), num_rows="dynamic")
""")
    front_end_clicks(find(app, w.Button, "E"))  # reveal the save link
    comm_log.clear()
    app.run()
    assert list(comm_log) == []


def test_staged_choices_stay_shown_when_something_else_reruns(run_cell):
    app = run_cell("""
with st.form("f"):
    size = st.segmented_control("Size", ["S", "M"], key="size")
    stars = st.feedback("stars", key="stars")
    tags = st.pills("Tags", ["x", "y"], selection_mode="multi", key="tags")
    st.form_submit_button("Save")
st.button("Elsewhere")
""")
    s, _, y = toggles(app, "S", "M", "y")
    front_end_sets(s, value=True)
    front_end_sets(y, value=True)
    front_end_sets(find_all(app, w.ToggleButton)[2 + 2], value=True)  # third star
    front_end_clicks(find(app, w.Button, "Elsewhere"))
    assert s.value is True and y.value is True
    assert [t.value for t in find_all(app, w.ToggleButton)[2:7]] == [True] * 3 + [False] * 2
    assert session_state()["size"] is None and session_state()["stars"] is None
