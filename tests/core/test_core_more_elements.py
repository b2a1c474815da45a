"""st.datetime_input, st.pagination, st.menu_button, st.grid, st.skeleton,
st.iframe, st.components.v1, st.bottom, st.logo, st.pdf, st.column_config and
st.typing, compared with Streamlit's AppTest where it can show them.

Kept on purpose (pinned below): ``st.pdf`` works without the
``streamlit-pdf`` package here (the notebook shows the PDF itself), where
Streamlit raises; ``declare_component`` raises StreamlitNotSupportedInNotebookError.
"""

from __future__ import annotations

import datetime as dt
import inspect

import pytest

from support.differential import Batch, assert_same, rerun, set_state, set_value

import streamlit_cell.elements.column_config as our_column_config
from streamlit_cell import api
from streamlit_cell.elements import st_typing
from streamlit_cell.runtime.errors import StreamlitAPIException, StreamlitNotSupportedInNotebookError
from streamlit_cell.testing import AppTest


def run(script: str) -> AppTest:
    return AppTest.from_string(script).run()


def texts(at: AppTest) -> list[str]:
    return [t.value for t in at.text]


# --------------------------------------------------------------- datetime_input
DATETIME = """
import streamlit as st, datetime as dt
def changed():
    st.session_state.calls = st.session_state.get("calls", 0) + 1
v = st.datetime_input("When", dt.datetime(2024, 1, 2, 3, 4, 59), key="w", on_change=changed)
st.text(repr(v))
b = st.datetime_input("Bounded", dt.date(2024, 5, 6), min_value=dt.datetime(2024, 5, 1),
                      max_value="2024-05-31 18:00", key="b")
st.text(repr(b))
e = st.datetime_input("Empty", None, key="e")
st.text(repr(e))
"""


def test_datetime_input_values_and_changes_match_streamlit():
    assert_same(DATETIME, [
        set_value("datetime_input", "w", dt.datetime(2025, 6, 7, 8, 9)),
        rerun,
        set_value("datetime_input", "b", dt.datetime(2024, 5, 20, 10, 30)),
        set_value("datetime_input", "e", dt.datetime(2024, 1, 1, 0, 0)),
        set_state("w", dt.datetime(2030, 1, 1, 12, 0)),
        set_state("e", None),
    ])


def test_datetime_input_default_is_whole_minutes_and_bounds_ten_years():
    at = run(DATETIME)
    node = at.datetime_input(key="w")
    assert node.value == dt.datetime(2024, 1, 2, 3, 4)
    assert (node.min, node.max, node.step, node.format) == (
        "2014-01-02T00:00", "2034-01-02T23:59", 900, "YYYY/MM/DD")
    assert at.datetime_input(key="b").value == dt.datetime(2024, 5, 6, 0, 0)
    assert at.datetime_input(key="e").value is None
    assert at.datetime_input[0].type == "date_time_input"


def test_datetime_input_out_of_bounds_value_from_front_end_keeps_the_value():
    at = run(DATETIME)
    at.datetime_input(key="b").set_value(dt.datetime(2024, 6, 30, 0, 0)).run()
    assert at.session_state["b"] == dt.datetime(2024, 5, 6, 0, 0)


def test_datetime_input_callback_runs_once_per_change():
    at = run(DATETIME)
    at.datetime_input(key="w").set_value(dt.datetime(2025, 1, 1, 1, 1)).run()
    at.run()
    assert at.session_state["calls"] == 1


DATETIME_ERRORS = Batch([
    'st.datetime_input("D", 12)',
    'st.datetime_input("D", "not a date")',
    'st.datetime_input("D", datetime.datetime(2024, 1, 1), min_value=datetime.datetime(2024, 2, 1))',
    'st.datetime_input("D", datetime.datetime(2024, 3, 1), max_value=datetime.datetime(2024, 2, 1))',
    'st.datetime_input("D", min_value=datetime.datetime(2024, 3, 1), '
    'max_value=datetime.datetime(2024, 2, 1))',
    'st.datetime_input("D", step=30)',
    'st.datetime_input("D", step=datetime.timedelta(hours=24))',
    'st.datetime_input("D", step=1.5)',
    'st.datetime_input("D", format="YY")',
    'st.datetime_input("D", on_change="never")',
    'st.datetime_input("D", label_visibility="gone")',
    'st.text(repr(st.datetime_input("D", "2024-02-03T04:05:06")))',
    'st.text(repr(st.datetime_input("D", "2024/02/03 04:05")))',
    'st.text(repr(st.datetime_input("D", datetime.time(4, 5), '
    'min_value=datetime.date(2020, 1, 1))))',
])


@pytest.mark.parametrize("number", range(len(DATETIME_ERRORS.cases)))
def test_datetime_input_errors_match_streamlit(number):
    DATETIME_ERRORS.assert_case_same(number)


# ------------------------------------------------------------------ pagination
PAGINATION = """
import streamlit as st
def moved():
    st.session_state.moves = st.session_state.get("moves", 0) + 1
p = st.pagination(10, default=3, key="p", on_change=moved)
st.text(f"page={p}")
q = st.pagination(4, max_visible_pages=None)
st.text(f"q={q}")
"""


def test_pagination_pages_and_callbacks_match_streamlit():
    assert_same(PAGINATION, [
        set_value("pagination", "p", 7),
        rerun,
        set_value("pagination", 1, 4),
        set_state("p", 2),
        set_state("p", 99),
    ])


def test_pagination_select_reruns_with_the_page_and_calls_back_once():
    at = run(PAGINATION)
    at.pagination(key="p").select(8).run()
    at.run()
    assert texts(at)[0] == "page=8"
    assert at.session_state["moves"] == 1
    assert (at.pagination[0].num_pages, at.pagination[0].default) == (10, 3)


def test_pagination_rejects_a_page_it_does_not_have_in_the_tester():
    at = run(PAGINATION)
    with pytest.raises(Exception, match="Page must be an int between 1 and 10"):
        at.pagination(key="p").set_value(11)


PAGINATION_ERRORS = Batch([
    "st.pagination(0)",
    "st.pagination(True)",
    "st.pagination(3, default=4)",
    "st.pagination(3, default=1.0)",
    "st.pagination(3, max_visible_pages=-1)",
    'st.pagination(3, on_change="never")',
    'st.session_state.pk = 2\nst.text(str(st.pagination(3, key="pk")))',
])


@pytest.mark.parametrize("number", range(len(PAGINATION_ERRORS.cases)))
def test_pagination_errors_match_streamlit(number):
    PAGINATION_ERRORS.assert_case_same(number)


# ----------------------------------------------------------------- menu_button
MENU = """
import streamlit as st
def chosen():
    st.session_state.log = st.session_state.get("log", []) + [st.session_state.m]
m = st.menu_button("Export", [1, 2, 3], format_func=lambda v: f"opt {v}", key="m",
                   on_click=chosen)
st.text(f"menu={m!r}")
"""


def test_menu_button_choice_is_the_value_for_one_run_as_in_streamlit():
    snapshots = assert_same(MENU, [
        lambda at: at.menu_button(key="m").click(2),
        rerun,
        lambda at: at.menu_button(key="m").click_index(0),
        lambda at: at.menu_button(key="m").click(0),  # not an option: nothing chosen
    ])
    assert [[e for e in s.elements if e[0] == "text"][-1] for s in snapshots] == [
        ("text", "menu=None"), ("text", "menu=2"), ("text", "menu=None"),
        ("text", "menu=1"), ("text", "menu=None")]


def test_menu_button_callback_sees_the_choice_and_runs_once_per_click():
    at = run(MENU)
    at.menu_button(key="m").click(3).run()
    at.run()
    at.menu_button(key="m").click(3).run()
    assert at.session_state["log"] == [3, 3]
    assert at.menu_button[0].options == ["opt 1", "opt 2", "opt 3"]
    assert at.session_state["m"] is None


MENU_ERRORS = Batch([
    'st.menu_button("M", [])',
    'st.menu_button("M", ["a"], type="huge")',
    'st.menu_button("M", ["a", "b"], format_func=lambda v: "same")',
    'st.menu_button("M", ["a"], on_click="rerun")',
    'st.session_state.mk = "a"\nst.menu_button("M", ["a"], key="mk")',
    'st.menu_button("M", ["a"], width=0)',
    'with st.form("mf"):\n        st.menu_button("M", ["a"])\n        st.form_submit_button()',
])


@pytest.mark.parametrize("number", range(len(MENU_ERRORS.cases)))
def test_menu_button_errors_match_streamlit(number):
    MENU_ERRORS.assert_case_same(number)


# ----------------------------------------- layout: grid, skeleton, bottom, logo
LAYOUT = """
import streamlit as st
import streamlit.components.v1 as components
st.logo("https://example.com/logo.png", link="https://example.com", size="large")
g = st.grid(3, gap=("small", 8))
g.text("g1")
cell = g.cell(column_span=2, row_span=2)
cell.text("in cell")
with g:
    st.text("g2")
s = st.skeleton(height=100)
with st.skeleton():
    st.text("computed")
filled = st.skeleton()
filled.text("replaced")
with st.bottom:
    st.text("pinned")
st.bottom.button("Bottom button")
st.iframe("https://example.com", height=300)
st.iframe("<p>hi</p>")
components.html("<b>x</b>", height=100)
st.text("end")
"""


def test_layout_tree_matches_streamlit():
    assert_same(LAYOUT, [lambda at: at.button[0].click()])


def test_grid_holds_its_children_and_cells_in_order():
    at = run(LAYOUT)
    grid = at.grid[0]
    assert grid.type == "grid_container"
    assert [n.type for n in grid.children.values()] == ["text", "flex_container", "text"]
    assert grid.children[1].children[0].value == "in cell"
    assert grid.proto.columns == 3 and grid.proto.column_gap == 8


GRID_ERRORS = Batch([
    "st.grid(0)", "st.grid(25)", 'st.grid("two")', "st.grid(2.5)",
    "st.grid(wrap=False)", 'st.grid(2, wrap="yes")', "st.grid(2, border=None)",
    "st.grid(2, min_column_width=0)", 'st.grid(2, gap=("small",))', 'st.grid(2, gap="huge")',
    'st.grid(2, vertical_alignment="middle")', 'st.grid(2, row_height="auto")',
    "st.grid(2, row_height=0)", "st.grid(2, width='content')",
    "st.grid(2).cell(column_span=3)", 'st.grid(2).cell(column_span="half")',
    "st.grid(2).cell(row_span=0)", "st.grid().cell(column_span=30)",
    'st.grid(2, key="gk")\nst.grid(2, key="gk")',
])


@pytest.mark.parametrize("number", range(len(GRID_ERRORS.cases)))
def test_grid_errors_match_streamlit(number):
    GRID_ERRORS.assert_case_same(number)


def test_logo_is_page_chrome_the_last_call_wins_and_it_is_not_in_the_tree():
    at = run('import streamlit as st\nst.logo("🎈")\nst.text("a")\nst.logo("🚀", size="small")')
    logos = [e for e in at._result.main.items if e.type == "logo"]
    assert len(logos) == 1 and logos[0].props["value"] == "🚀"
    assert logos[0].props["size"] == "small"
    assert [n.type for n in at.main.children.values()] == ["text"]


LOGO_ERRORS = Batch([
    'st.logo("🎈", link="ftp://x")',
    "st.logo(12)",
    'st.logo("🎈", size="huge")',
    'st.logo("🎈", size=2)',
    'st.logo("🎈", icon_image=12)',
    'st.logo(":material/home:")\nst.text("ok")',
    'st.logo("🎈", link="https://example.com", size="LARGE")\nst.text("ok")',
])


@pytest.mark.parametrize("number", range(len(LOGO_ERRORS.cases)))
def test_logo_errors_match_streamlit(number):
    LOGO_ERRORS.assert_case_same(number)


def test_logo_outside_a_run_does_nothing_as_in_streamlit():
    assert api.logo("🎈") is None


def test_bottom_cannot_be_used_in_the_sidebar():
    at = run("import streamlit as st\nwith st.sidebar:\n    st.bottom.text('x')")
    assert "`st.bottom` cannot be used inside `st.sidebar`" in at.exception[0].message


IFRAME_ERRORS = Batch([
    'st.iframe("https://x.org", tab_index=-2)',
    'st.iframe("https://x.org", tab_index=1.5)',
    'st.iframe("https://x.org", width=0)',
    'st.iframe("https://x.org", height="tall")',
    'import streamlit.components.v1 as c\nc.html("<p>x</p>", tab_index="a")',
    'st.skeleton(height="content")',
    'st.skeleton(width="content")',
])


@pytest.mark.parametrize("number", range(len(IFRAME_ERRORS.cases)))
def test_iframe_and_skeleton_errors_match_streamlit(number):
    IFRAME_ERRORS.assert_case_same(number)


def test_iframe_sources_follow_streamlit(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<h1>local</h1>", encoding="utf-8")
    image = tmp_path / "pic.png"
    image.write_bytes(b"\x89PNG")
    at = run(f"""
import streamlit as st
from pathlib import Path
st.iframe("https://example.com/a")
st.iframe("<b>html</b>", height=80)
st.iframe(Path({str(page)!r}))
st.iframe(Path({str(image)!r}))
st.iframe("/app/static/x.html")
""")
    props = [n._element.props for n in at.iframe]
    assert props[0]["src"] == "https://example.com/a" and props[0]["height"] == 400
    assert props[1]["srcdoc"] == "<b>html</b>" and props[1]["height"] == 80
    assert props[2]["srcdoc"] == "<h1>local</h1>" and props[2]["height"] == "content"
    assert (props[3]["data"], props[3]["mimetype"]) == (b"\x89PNG", "image/png")
    assert props[4]["src"] == "/app/static/x.html"


def test_components_v1_html_iframe_and_declare_component():
    at = run("""
import streamlit as st
import streamlit.components.v1 as components
from streamlit.components.v1 import html
html("<script>1</script>")
components.iframe("https://example.com", width=300, height=200, scrolling=True)
""")
    first, second = (n._element.props for n in at.iframe)
    assert (first["srcdoc"], first["height"], first["width"]) == ("<script>1</script>", 150,
                                                                  "stretch")
    assert (second["src"], second["width"], second["height"], second["scrolling"]) == (
        "https://example.com", 300, 200, True)
    at = run("import streamlit.components.v1 as c\nc.declare_component('x', url='http://a')")
    assert "anywidget" in at.exception[0].message
    with pytest.raises(StreamlitNotSupportedInNotebookError):
        api.components.v1.declare_component("x")


# ------------------------------------------------------------------------ pdf
def test_pdf_accepts_bytes_paths_urls_and_files(tmp_path):
    doc = tmp_path / "doc.pdf"
    doc.write_bytes(b"%PDF-1.4 test")
    at = run(f"""
import io
import streamlit as st
from pathlib import Path
st.pdf(b"%PDF-bytes", height=300)
st.pdf(Path({str(doc)!r}))
st.pdf({str(doc)!r})
st.pdf("https://example.com/x.pdf")
st.pdf(io.BytesIO(b"%PDF-io"), height="stretch")
""")
    props = [n._element.props for n in at.pdf]
    assert [p.get("data") for p in props] == [b"%PDF-bytes", b"%PDF-1.4 test", b"%PDF-1.4 test",
                                              None, b"%PDF-io"]
    assert props[3]["url"] == "https://example.com/x.pdf"
    assert [p["height"] for p in props] == [300, 500, 500, 500, "stretch"]


def test_pdf_errors():
    at = run("import streamlit as st\nst.pdf(None)")
    assert "data" in at.exception[0].message
    at = run("import streamlit as st\nst.pdf('/no/such/file.pdf')")
    assert "Unable to read file '/no/such/file.pdf'" in at.exception[0].message
    at = run("import streamlit as st\nst.pdf(12)")
    assert "int" in at.exception[0].message
    at = run("import streamlit as st\nst.pdf(b'x', height='content')")
    assert at.exception  # HeightWithoutContent
    at = run("import streamlit as st\nst.pdf(b'x', key='doc')\nst.pdf(b'y', key='doc')")
    assert "multiple elements with the same `key='doc'`" in at.exception[0].message


# -------------------------------------------------------------- column_config
def _column_config_calls():
    import datetime as d
    return [
        ("Column", ("L",), dict(width="small", help="h", disabled=True, pinned=True)),
        ("TextColumn", (), dict(max_chars=3, validate="^a", default="x")),
        ("NumberColumn", ("N",), dict(format="$%.2f", min_value=0, max_value=9, step=0.5)),
        ("CheckboxColumn", (), dict(default=True)),
        ("SelectboxColumn", (), dict(options=[1, 2], format_func=lambda v: f"#{v}")),
        ("SelectboxColumn", (), dict(options=["a", "b"])),
        ("DatetimeColumn", (), dict(default=d.datetime(2024, 1, 2, 3, 4), format="D",
                                    min_value=d.datetime(2024, 1, 1), step=d.timedelta(minutes=5),
                                    timezone="UTC")),
        ("DateColumn", (), dict(default=d.date(2024, 1, 2), max_value=d.date(2025, 1, 1), step=2)),
        ("TimeColumn", (), dict(default=d.time(1, 2), step=60)),
        ("ListColumn", (), dict(default=("a", "b"))),
        ("MultiselectColumn", (), dict(options=["a", "b", "c"], color=["red", "blue"],
                                       format_func=str.upper, accept_new_options=True)),
        ("LinkColumn", (), dict(display_text=":material/open_in_new:", validate="^https")),
        ("ImageColumn", ("I",), {}), ("AudioColumn", (), {}), ("VideoColumn", (), {}),
        ("JsonColumn", (), {}), ("MarkdownColumn", (), dict(default="**x**")),
        ("LineChartColumn", (), dict(y_min=0, y_max=5, color="#ff0000")),
        ("BarChartColumn", (), dict(color="auto")), ("AreaChartColumn", (), dict(color="green")),
        ("ProgressColumn", (), dict(format="percent", min_value=0, max_value=1, color="primary")),
        ("ButtonColumn", ("B",), dict(type="primary")),
    ]


@pytest.mark.parametrize("name,args,kwargs", _column_config_calls(),
                         ids=[c[0] for c in _column_config_calls()])
def test_column_config_constructors_return_streamlits_dicts(name, args, kwargs):
    import streamlit.column_config as their_column_config

    assert getattr(our_column_config, name)(*args, **kwargs) == \
        getattr(their_column_config, name)(*args, **kwargs)


def test_column_config_has_streamlits_names_and_signatures():
    import streamlit.column_config as their_column_config

    assert sorted(our_column_config.__all__) == sorted(their_column_config.__all__)
    for name in their_column_config.__all__:
        ours = inspect.signature(getattr(our_column_config, name)).parameters
        theirs = inspect.signature(getattr(their_column_config, name)).parameters
        assert [(p.name, p.kind, p.default) for p in ours.values()] == \
            [(p.name, p.kind, p.default) for p in theirs.values()], name


def test_column_config_validation_matches_streamlit():
    import streamlit.column_config as their_column_config

    for module in (our_column_config, their_column_config):
        with pytest.raises(Exception, match="color") as error:
            module.BarChartColumn(color="blurple")
        assert type(error.value).__name__ == "StreamlitValueError"
        with pytest.raises(Exception, match="key") as error:
            module.ButtonColumn(on_click=print)
        assert type(error.value).__name__ == "StreamlitMissingRequiredParameterError"
    keyed = our_column_config.ButtonColumn("B", key="k", on_click=print)
    assert keyed.key == "k" and keyed.config["type_config"] == {"type": "button",
                                                                "button_type": "secondary"}


def test_dataframe_keeps_its_data_and_carries_the_processed_config():
    at = run("""
import streamlit as st
import pandas as pd
st.dataframe(pd.DataFrame({"a": [1.5], "b": [2], "c": [3]}),
             column_config={"a": st.column_config.NumberColumn("Price", format="$%.2f"),
                            "b": None, "c": "Count"})
""")
    props = at.dataframe[0]._element.props
    assert list(props["data"].columns) == ["a", "b", "c"]  # as a tester sees it
    assert props["column_config"] == {
        "a": our_column_config.NumberColumn("Price", format="$%.2f"),
        "b": {"hidden": True}, "c": {"label": "Count"}}


def test_dataframe_column_config_errors():
    at = run("import streamlit as st\nst.dataframe({'a': [1]}, column_config={'a': 3})")
    assert "Invalid configuration for column `a`" in at.exception[0].message
    at = run("import streamlit as st\nst.dataframe({'a': [1]}, column_config="
             "{'a': st.column_config.ButtonColumn('B', key='k', on_click=print)})")
    assert "not supported in a notebook" in at.exception[0].message


def test_displayed_frame_applies_labels_hidden_columns_and_formats():
    import pandas as pd

    frame = pd.DataFrame({"a": [1.5, None], "b": [2, 3], "c": [3, 4]}, index=["x", "y"])
    mapping = our_column_config.process_config_mapping({
        "a": our_column_config.NumberColumn("Price", format="$%.2f"), "b": None,
        "_index": our_column_config.Column(label="Row")})
    shown, hide_index = our_column_config.displayed_frame(frame, mapping, False)
    assert list(shown.columns) == ["Price", "c"] and shown.index.name == "Row"
    assert list(shown["Price"]) == ["$1.50", ""] and hide_index is False
    _, hide_index = our_column_config.displayed_frame(frame, {"_index": {"hidden": True}}, False)
    assert hide_index is True


# --------------------------------------------------------------------- typing
def test_typing_has_streamlits_names_and_our_runtime_classes():
    import streamlit.typing as their_typing

    assert sorted(st_typing.__all__) == sorted(their_typing.__all__)
    from streamlit_cell.elements.data_editor import DataEditorState
    from streamlit_cell.elements.file_widgets import UploadedFile

    assert api.typing.UploadedFile is UploadedFile
    assert api.typing.DataEditorState is DataEditorState
    state = st_typing.DataframeState({"selection": {"rows": [1], "columns": [], "cells": []}})
    assert state.selection.rows == [1]
    assert isinstance(state.selection, st_typing.DataframeSelectionState)
    with pytest.raises(TypeError, match="read-only"):
        state["selection"] = {}
    value = st_typing.ChatInputValue("hi", _include_files=True)
    assert dict(value.to_dict()) == {"text": "hi", "files": []} and value["text"] == "hi"


def test_namespaces_import_inside_a_script():
    at = run("""
import streamlit as st
from streamlit.typing import UploadedFile
from streamlit.column_config import NumberColumn
import streamlit.components.v1 as components
st.text(f"{UploadedFile.__name__} {NumberColumn()['type_config']['type']} {components.html.__name__}")
""")
    assert texts(at) == ["UploadedFile number html"]


def test_declare_component_is_not_supported_error_class():
    assert issubclass(StreamlitNotSupportedInNotebookError, StreamlitAPIException)
