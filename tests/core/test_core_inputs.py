"""More inputs, compared with Streamlit's AppTest: file_uploader,
download_button, link_button, pills, segmented_control, feedback and
data_editor.

Uploaded files are compared by what they hold (name, type, size, bytes):
each backend has its own ``UploadedFile`` class, equal only to itself.

Kept on purpose (pinned below): ``st.link_button`` accepts only absolute
http(s)/mailto URLs here (a ``javascript:`` link would run in the notebook
page), where Streamlit sends any string to the browser.
"""

from __future__ import annotations

import copy
import io
import pickle
from typing import Any

import pytest

from support.differential import (Batch, Snapshot, assert_same, both, rerun, run_backend, set_state,
                           set_value)

from streamlit_cell.runtime.errors import StreamlitInvalidURLError
from streamlit_cell.elements.data_editor import data_format
from streamlit_cell.elements.file_widgets import UploadedFile, enforce_filename_restriction, normalize_upload_file_type
from streamlit_cell.testing import AppTest, AppTestError


# ------------------------------------------------------------------ helpers
def _file_contents(value: Any) -> Any:
    """Snapshot values with uploaded files replaced by what they hold."""
    if hasattr(value, "file_id") and hasattr(value, "getvalue"):
        return ("file", value.name, value.type, value.size, value.getvalue())
    if isinstance(value, tuple):
        return tuple(_file_contents(v) for v in value)
    if isinstance(value, list):
        return [_file_contents(v) for v in value]
    if isinstance(value, dict):
        return {k: _file_contents(v) for k, v in value.items()}
    return value


def _typed_files(value: Any) -> Any:
    # support.differential types values as ("ClassName", value): both UploadedFile.
    return _file_contents(value)


def assert_same_files(script: str, steps: list[Any]) -> list[Snapshot]:
    """``assert_same`` for scripts holding uploaded files."""
    oracle = run_backend("streamlit", script, steps)
    ours = run_backend("streamlit_cell", script, steps)
    names = ["first run", *(getattr(s, "__name__", repr(s)) for s in steps)]
    for name, expected, actual in zip(names, oracle, ours):
        for part in ("step_error", "elements", "state"):
            theirs, mine = (_typed_files(getattr(x, part)) for x in (expected, actual))
            assert mine == theirs, (f"backends disagree on {part} after {name}:\n"
                                    f"  streamlit:      {theirs}\n  streamlit_cell: {mine}")
    return oracle


def step(name: str, action: Any) -> Any:
    action.__name__ = name
    return action


def upload(kind_locator: Any, *files: tuple[str, bytes, str]) -> Any:
    return step(f"upload{files}", lambda at: [at.file_uploader(key=kind_locator).upload(*f)
                                              for f in files])


# ------------------------------------------------------------ file_uploader
UPLOADER = """
import streamlit as st
one = st.file_uploader("One", type=["csv", ".TXT"], key="one")
many = st.file_uploader("Many", accept_multiple_files=True, key="many")
for f in ([one] if one else []) + many:
    st.text(f"{f.name} {f.type} {f.size} {f.read()!r} {f.getvalue()!r}")
st.text(f"{one is None} {len(many)}")
"""


def test_uploads_reach_the_script_and_the_state_as_in_streamlit():
    snaps = assert_same_files(UPLOADER, [
        set_value("file_uploader", "one", ("data.csv", b"a,b\n1,2", "text/csv")),
        upload("many", ("x.bin", b"\x00\x01", "application/octet-stream"),
               ("y.txt", b"hi", "text/plain")),
        rerun,
        set_value("file_uploader", "many", None),
        set_value("file_uploader", "one", None),
    ])
    assert snaps[1].texts == ["data.csv text/csv 7 b'a,b\\n1,2' b'a,b\\n1,2'", "False 0"]
    assert snaps[3].texts[-1] == "False 2"
    assert snaps[-1].texts == ["True 0"]


def test_a_list_of_files_on_a_single_uploader_gives_the_first():
    assert_same_files(UPLOADER, [
        set_value("file_uploader", "one", [("a.csv", b"1", "text/csv"),
                                           ("b.csv", b"2", "text/csv")]),
    ])


def test_a_file_of_a_type_not_allowed_stops_the_run_with_streamlits_error():
    snaps = assert_same_files(UPLOADER, [
        set_value("file_uploader", "one", ("notes.md", b"#", "text/markdown")),
    ])
    assert snaps[-1].exceptions == [
        ("StreamlitAPIException", "Invalid file extension: `.md`. Allowed: ['.csv', '.txt']")]


def test_uploader_callback_runs_once_per_change():
    assert_same_files("""
import streamlit as st
st.session_state.setdefault("calls", 0)
def changed():
    st.session_state.calls += 1
st.file_uploader("Up", key="up", on_change=changed)
st.text(st.session_state.calls)
""", [set_value("file_uploader", "up", ("a.txt", b"1", "text/plain")), rerun,
      set_value("file_uploader", "up", None)])


def test_uploader_key_is_read_only():
    assert_same("""
import streamlit as st
st.session_state.up = 1
st.file_uploader("Up", key="up")
""")


def test_uploader_in_a_form_commits_on_submit():
    snaps = assert_same_files("""
import streamlit as st
with st.form("f"):
    up = st.file_uploader("Up", key="up")
    st.form_submit_button("Send", key="send")
st.text(repr(up.name if up else None))
""", [set_value("file_uploader", "up", ("a.txt", b"1", "text/plain")),
      both(set_value("file_uploader", "up", ("b.txt", b"2", "text/plain")),
           set_value("button", "send", True)),
      rerun])
    assert [s.texts for s in snaps] == [["None"], ["None"], ["'b.txt'"], ["'b.txt'"]]


def test_uploader_tester_properties_match_streamlit():
    script = """
import streamlit as st
st.file_uploader("A", type=["jpg", "image"], accept_multiple_files="directory", key="a")
st.file_uploader("B", key="b", disabled=True)
"""
    results = []
    for backend in ("streamlit", "streamlit_cell"):
        from support.differential import app_test_class

        at = app_test_class(backend).from_string(script).run()
        a, b = at.file_uploader(key="a"), at.file_uploader(key="b")
        with pytest.raises(Exception) as error:
            b.upload("x.txt", b"1")
        results.append((a.accept_multiple_files, a.accept_directory, a.allowed_type,
                        b.accept_multiple_files, type(error.value).__name__, a.value))
    assert results[0] == results[1]
    assert results[1] == (True, True, ["image/*", ".jpg", ".jpeg"], False, "AppTestError", [])


UPLOADER_ERRORS = Batch([
    'st.file_uploader("U", max_upload_size=0)',
    'st.file_uploader("U", max_upload_size=True)',
    'st.file_uploader("U", max_upload_size=1.5)',
    'st.file_uploader("U", on_change="never")',
    'st.file_uploader("U", label_visibility="gone")',
    'st.file_uploader("U", key="")',
    'st.text(repr(st.file_uploader("U", accept_multiple_files="directory")))',
    'st.text(repr(st.file_uploader("U", type=[" ", "pdf"], max_upload_size=3)))',
])


@pytest.mark.parametrize("number", range(len(UPLOADER_ERRORS.cases)))
def test_uploader_arguments_are_checked_as_in_streamlit(number):
    assert all(UPLOADER_ERRORS.assert_case_same(number))  # every case shows something


def test_uploaded_file_is_an_in_memory_bytes_io():
    file = UploadedFile(b"abc", "a.txt", "text/plain")
    assert isinstance(file, io.BytesIO)
    assert (file.name, file.type, file.size) == ("a.txt", "text/plain", 3)
    assert file.read(2) == b"ab" and file.getvalue() == b"abc"
    again = pickle.loads(pickle.dumps(file))
    assert again == file and again.getvalue() == b"abc" and again.name == "a.txt"
    assert copy.deepcopy(file).getvalue() == b"abc"
    assert UploadedFile(b"abc", "a.txt") != file  # another upload


def test_upload_types_are_normalised_and_enforced_as_in_streamlit():
    from streamlit.elements.lib import file_uploader_utils as theirs

    for spec in ["csv", ".JPG", ["image", "pdf", " "], ["text/CSV", "tif"], "mpeg4"]:
        assert normalize_upload_file_type(spec) == list(theirs.normalize_upload_file_type(spec))
    for name, allowed in [("a.CSV", [".csv"]), ("a.txt", [".csv"]), ("a.txt", ["image/*"]),
                          ("a\0.csv", [".csv"])]:
        outcomes = []
        for check in (enforce_filename_restriction, theirs.enforce_filename_restriction):
            try:
                check(name, allowed)
                outcomes.append(None)
            except Exception as error:
                outcomes.append(str(error))
        assert outcomes[0] == outcomes[1]


# ---------------------------------------------------------- download_button
def click_download(key: str) -> Any:
    return set_value("download_button", key, True)


def test_download_button_click_runs_the_callback_and_is_true_once():
    snaps = assert_same("""
import streamlit as st
st.session_state.setdefault("n", 0)
def saved(by):
    st.session_state.n += by
got = st.download_button("Save", "text", "a.txt", key="dl", on_click=saved, args=(2,))
st.text(f"{got} {st.session_state.n} {st.session_state.dl}")
""", [click_download("dl"), rerun, click_download("dl")])
    assert [s.texts[0] for s in snaps] == ["False 0 False", "True 2 True", "False 2 False",
                                           "True 4 True"]


def test_download_button_data_kinds_and_modes():
    assert_same("""
import io
import streamlit as st
a = st.download_button("A", b"\\x00", key="a")
b = st.download_button("B", io.StringIO("x"), key="b", on_click="ignore")
c = st.download_button("C", lambda: "late", key="c", on_click="rerun")
d = st.download_button("D", io.BytesIO(b"yy"), key="d", disabled=True)
st.text(f"{a} {b} {c} {d}")
""", [click_download("a"), click_download("c"), click_download("b")])


DOWNLOAD_ERRORS = Batch([
    'st.download_button("D", 12)',
    'st.download_button("D", "x", on_click="never")',
    'st.download_button("D", "x", type="big")',
    'st.download_button("D", "x", icon_position="top")',
    'st.session_state.dk = True\nst.download_button("D", "x", key="dk")',
    'with st.form("f"):\n        st.download_button("D", "x")',
    'st.text(repr(st.download_button("D", ["x"])))',
])


@pytest.mark.parametrize("number", range(len(DOWNLOAD_ERRORS.cases)))
def test_download_button_errors_match_streamlit(number):
    assert all(DOWNLOAD_ERRORS.assert_case_same(number))  # every case shows something


# -------------------------------------------------------------- link_button
def test_link_button_returns_a_placeholder_or_a_trigger_and_testers_cannot_click():
    def click_link(at: Any) -> None:
        at.link_button(key="go").click()

    snaps = assert_same("""
import streamlit as st
plain = st.link_button("Docs", "https://docs.streamlit.io", key="go")
tracked = st.link_button("Home", "https://streamlit.io", on_click="rerun", key="home")
st.text(f"{type(plain).__name__} {tracked}")
""", [step("click link", click_link)])
    assert snaps[0].texts == ["DeltaGenerator False"]
    assert snaps[1].step_error == "AppTestError"


LINK_ERRORS = Batch([
    'st.link_button("L", "https://x.org", on_click="maybe")',
    'st.link_button("L", "https://x.org", type="huge")',
    'st.link_button("L", "https://x.org", key="")',
    'st.session_state.lk = 1\nst.link_button("L", "https://x.org", key="lk", on_click="rerun")',
    'st.link_button("L", "https://x.org", key="same")\nst.link_button("M", "https://y.org", key="same")',
])


@pytest.mark.parametrize("number", range(len(LINK_ERRORS.cases)))
def test_link_button_errors_match_streamlit(number):
    assert all(LINK_ERRORS.assert_case_same(number))  # every case shows something


@pytest.mark.parametrize("url", ["javascript:alert(1)", "/relative/page", "data:text/html,x",
                                 "https://", "ftp://x.org/f"])
def test_link_button_refuses_urls_a_notebook_page_must_not_open(url):
    # Divergence kept on purpose: Streamlit accepts any string here.
    at = AppTest.from_string(f"import streamlit as st\nst.link_button('L', {url!r})").run()
    assert at.exception[0].value == str(StreamlitInvalidURLError(url, ("http", "https", "mailto")))
    assert at.exception[0].value.startswith(f'"{url}" is not a valid URL.')


# ------------------------------------------- pills and segmented_control
BUTTON_GROUPS = """
import streamlit as st
p = st.pills("Tags", ["a", "b", "c"], key="p")
m = st.pills("Many", ["x", "y", "z"], selection_mode="multi", default=["y"], key="m")
s = st.segmented_control("Size", [1, 2, 3], format_func=lambda n: f"size {n}", default=2,
                         key="s")
r = st.segmented_control("Req", ["on", "off"], default="on", required=True, key="r")
st.text(f"{p!r} {m!r} {s!r} {r!r}")
"""


def test_button_groups_values_and_interactions_match_streamlit():
    def select(kind: str, key: str, value: Any) -> Any:
        return step(f"select {key} {value}", lambda at: getattr(at, kind)(key=key).select(value))

    def unselect(kind: str, key: str, value: Any) -> Any:
        return step(f"unselect {key} {value}",
                    lambda at: getattr(at, kind)(key=key).unselect(value))

    snaps = assert_same(BUTTON_GROUPS, [
        set_value("pills", "p", "b"),
        select("pills", "m", "x"),
        unselect("pills", "m", "y"),
        set_value("segmented_control", "s", None),
        select("segmented_control", "s", 3),
        unselect("pills", "p", "b"),
        set_value("button_group", "r", "off"),
        rerun,
    ])
    assert snaps[0].texts == ["None ['y'] 2 'on'"]
    assert snaps[-1].texts == ["None ['x'] 3 'off'"]


def test_button_group_tester_surface_matches_streamlit():
    results = []
    for backend in ("streamlit", "streamlit_cell"):
        from support.differential import app_test_class

        at = app_test_class(backend).from_string(BUTTON_GROUPS).run()
        s = at.segmented_control(key="s")
        results.append((len(at.pills), len(at.segmented_control), len(at.button_group),
                        s.options, s.indices, s.formatted_values, s.type, s.format_func(7),
                        at.pills(key="m").indices))
    assert results[0] == results[1]


def test_button_group_state_set_through_session_state_and_options_changing():
    assert_same("""
import streamlit as st
opts = st.session_state.get("opts", ["a", "b", "c"])
v = st.pills("P", opts, key="p")
mv = st.pills("M", opts, selection_mode="multi", key="m")
st.text(f"{v!r} {mv!r}")
""", [set_state("p", "c"), set_state("m", ["a", "c"]), set_state("opts", ["a", "b"]),
      set_state("p", "zzz"), rerun])


def test_button_group_callbacks_run_on_change_only():
    assert_same("""
import streamlit as st
st.session_state.setdefault("log", [])
def changed():
    st.session_state.log.append(st.session_state.p)
st.pills("P", ["a", "b"], key="p", on_change=changed)
st.text(repr(st.session_state.log))
""", [set_value("pills", "p", "a"), rerun, set_value("pills", "p", "a"),
      set_value("pills", "p", None)])


def test_button_groups_in_a_form_commit_on_submit():
    assert_same("""
import streamlit as st
with st.form("f"):
    v = st.segmented_control("S", ["a", "b"], key="s")
    st.form_submit_button("Go", key="go")
st.text(repr(v))
""", [set_value("segmented_control", "s", "a"),
      both(set_value("segmented_control", "s", "b"), set_value("button", "go", True))])


BUTTON_GROUP_ERRORS = Batch([
    'st.pills("P", ["a"], default="z")',
    'st.pills("P", ["a", "b"], default=["a", "b"])',
    'st.pills("P", ["a"], selection_mode="many")',
    'st.pills("P", ["a"], selection_mode="multi", required=True)',
    'st.segmented_control("S", ["a"], on_change="later")',
    'st.segmented_control("S", ["a"], label_visibility="off")',
    'st.text(repr(st.pills("P", [])))',
    'st.text(repr(st.pills("P", "abc")))',
    'st.text(repr(st.pills("P", {"k": 1, "j": 2}, default="j")))',
    'st.text(repr(st.segmented_control("S", ["a", "b"], selection_mode="multi", default="b")))',
    'st.session_state.pk = "a"\nst.text(repr(st.pills("P", ["a", "b"], key="pk")))',
])


@pytest.mark.parametrize("number", range(len(BUTTON_GROUP_ERRORS.cases)))
def test_button_group_arguments_match_streamlit(number):
    assert all(BUTTON_GROUP_ERRORS.assert_case_same(number))  # every case shows something


# ------------------------------------------------------------------ feedback
def test_feedback_values_clear_and_defaults_match_streamlit():
    snaps = assert_same("""
import streamlit as st
t = st.feedback("thumbs", key="t")
s = st.feedback("stars", default=2, key="s")
f = st.feedback("faces", key="f")
st.text(f"{t} {s} {f}")
""", [set_value("feedback", "t", 1), set_value("feedback", "s", None),
      set_value("feedback", "f", 4), rerun, set_state("s", 9), set_state("t", 7)])
    assert snaps[0].texts == ["None 2 None"]
    assert snaps[3].texts == ["1 None 4"]


FEEDBACK_ERRORS = Batch([
    'st.feedback("hearts")',
    'st.feedback("thumbs", default=2)',
    'st.feedback("faces", default=-1)',
    'st.feedback(on_change="x")',
    'st.feedback(bind="query-params", key="q")',
    'st.text(repr(st.feedback("stars", default=4)))',
    'st.feedback("thumbs", default=True)',
])


@pytest.mark.parametrize("number", range(len(FEEDBACK_ERRORS.cases)))
def test_feedback_arguments_match_streamlit(number):
    if number == 4:
        # Divergence (the team's rule for all widgets): a notebook has no URL to bind to.
        at = AppTest.from_string(FEEDBACK_ERRORS.script).run()
        assert any("not supported in a notebook" in t.value for t in at.text)
        return
    assert all(FEEDBACK_ERRORS.assert_case_same(number))


def test_feedback_tester_has_no_label_as_in_streamlit():
    at = AppTest.from_string("import streamlit as st\nst.feedback()").run()
    assert not hasattr(at.feedback[0], "label")


# ------------------------------------------------------------- data_editor
EDITOR = """
import pandas as pd
import streamlit as st
df = pd.DataFrame({"a": [1, 2, 3], "b": ["x", "y", "z"], "c": [True, False, True],
                   "f": [1.5, None, 2.0]})
out = st.data_editor(df, key="ed", num_rows="dynamic")
st.text(out.to_string())
st.text(repr({k: str(v) for k, v in out.dtypes.items()}))
st.text(repr(list(out.index)))
"""


def test_data_editor_applies_an_editing_state_set_by_the_tester_as_streamlit():
    snaps = assert_same(EDITOR, [
        set_state("ed", {"edited_rows": {0: {"a": 10, "b": None}, 2: {"c": False, "f": "7"}},
                         "added_rows": [{"a": 4, "b": "w"}, {}], "deleted_rows": [1]}),
        rerun,
        set_state("ed", {"edited_rows": {"1": {"b": "Y"}}, "added_rows": [],
                         "deleted_rows": []}),
    ])
    assert snaps[0].state == {"ed": ("DataEditorState", {"edited_rows": {}, "added_rows": [],
                                                          "deleted_rows": []})}


def test_data_editor_returns_the_input_type_as_streamlit():
    assert_same("""
import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st
for key, data in [
    ("list", [1, 2, 3]),
    ("tuple", ("a", "b")),
    ("kv", {"x": 1, "y": 2}),
    ("columns", {"col": [1, 2], "col2": ["a", "b"]}),
    ("records", [{"n": 1, "s": "a"}, {"n": 2, "s": "b"}]),
    ("rows", [[1, "a"], [2, "b"]]),
    ("series", pd.Series([1.5, 2.5], name="v")),
    ("array", np.array([[1, 2], [3, 4]])),
    ("vector", np.array([7, 8])),
    ("index", pd.DataFrame({"v": [1, 2]}, index=["r1", "r2"])),
    ("arrow", pa.table({"x": [1, 2]})),
    ("styler", pd.DataFrame({"s": [1]}).style),
]:
    out = st.data_editor(data, key=key)
    st.text(f"{key} {type(out).__name__} {out!r}")
""", [set_state("list", {"edited_rows": {1: {"value": 20}}, "added_rows": [],
                         "deleted_rows": []}),
      set_state("kv", {"edited_rows": {0: {"value": 5}}, "added_rows": [], "deleted_rows": [1]}),
      set_state("records", {"edited_rows": {1: {"s": "B"}}, "added_rows": [{"n": 3}],
                            "deleted_rows": []}),
      set_state("index", {"edited_rows": {0: {"_index": "first"}},
                          "added_rows": [{"_index": "r3", "v": 3}, {"_index": "r1", "v": 0}],
                          "deleted_rows": []}),
      set_state("array", {"edited_rows": {0: {"1": 9}}, "added_rows": [], "deleted_rows": []}),
      set_state("arrow", {"edited_rows": {1: {"x": 0}}, "added_rows": [{"x": 3}],
                          "deleted_rows": []})])


def test_data_editor_parses_edits_by_column_kind_as_streamlit():
    assert_same("""
import datetime
import pandas as pd
import streamlit as st
df = pd.DataFrame({"i": [1, 2], "f": [0.5, 1.5], "s": ["a", "b"], "b": [True, False],
                   "d": pd.to_datetime(["2024-01-01", "2024-02-01"]),
                   "day": [datetime.date(2024, 1, 1), datetime.date(2024, 1, 2)],
                   "t": pd.to_timedelta([1, 2], unit="s")})
out = st.data_editor(df, key="ed")
st.text(out.to_string())
st.text(repr({k: str(v) for k, v in out.dtypes.items()}))
""", [set_state("ed", {"edited_rows": {0: {"i": "7", "f": 3, "s": 5, "b": 0,
                                           "d": "2025-05-05T10:00:00", "day": "2030-01-02",
                                           "t": 90},
                                       1: {"i": "bad", "t": "1 day"}},
                       "added_rows": [], "deleted_rows": []})])


def test_data_editor_key_is_read_only_and_edits_reset_when_the_data_changes():
    snaps = assert_same("""
import pandas as pd
import streamlit as st
n = st.session_state.get("n", 2)
out = st.data_editor(pd.DataFrame({"a": list(range(n))}), key="ed")
st.text(repr(list(out["a"])))
""", [set_state("ed", {"edited_rows": {0: {"a": 5}}, "added_rows": [], "deleted_rows": []}),
      rerun, set_state("n", 3)])
    assert [s.texts[0] for s in snaps] == ["[0, 1]", "[5, 1]", "[5, 1]", "[0, 1, 2]"]
    assert_same("""
import streamlit as st
st.session_state.ed = {}
st.data_editor([1], key="ed")
""")


def test_data_editor_tester_nodes_match_streamlit():
    script = """
import pandas as pd
import streamlit as st
st.dataframe(pd.DataFrame({"a": [1]}))
st.data_editor(pd.DataFrame({"a": [1]}), key="e1", num_rows="add")
st.data_editor([1, 2], key="e2", disabled=True)
"""
    results = []
    for backend in ("streamlit", "streamlit_cell"):
        from support.differential import app_test_class

        at = app_test_class(backend).from_string(script).run()
        with pytest.raises(Exception) as error:
            at.data_editor(key="e1").set_value(1)
        results.append((len(at.dataframe), [n.editing_mode for n in at.data_editor],
                        [n.key for n in at.data_editor], list(at.data_editor[1].value.columns),
                        type(error.value).__name__, str(error.value)))
    assert results[0] == results[1]


EDITOR_ERRORS = Batch([
    'st.data_editor(object())',
    'import pandas as pd\nst.data_editor(pd.DataFrame([[1, 2]], columns=["a", "a"]))',
    'import pandas as pd\nst.data_editor(pd.DataFrame({"_index": [1]}))',
    'st.data_editor([1], on_change="sometimes")',
    'st.data_editor([1], column_config={"value": 3})',
    'import pandas as pd\nst.text(repr(st.data_editor(pd.DataFrame({"m": [1, "a"]}))))',
    'st.text(repr(st.data_editor({"a": [1, 2]}, column_config={"a": None}, num_rows="weird")))',
    'st.text(repr(st.data_editor(None)))',
])


@pytest.mark.parametrize("number", range(len(EDITOR_ERRORS.cases)))
def test_data_editor_arguments_match_streamlit(number):
    assert all(EDITOR_ERRORS.assert_case_same(number))  # every case shows something


def test_data_formats_follow_streamlits_rules():
    from streamlit import dataframe_util as theirs

    import numpy as np
    import pandas as pd

    for data in ([1, 2], (1, 2), {1, 2}, [{"a": 1}], [[1, 2]], {"a": [1]}, {"a": {"x": 1}},
                 {"a": 1}, {}, pd.DataFrame(), pd.Series([1]), np.array([1]),
                 np.array([[1]]), pd.Index([1]), None):
        assert data_format(data) == theirs.determine_data_format(data).name.lower(), data


def test_unsupported_column_types_are_refused_with_what_to_do():
    at = AppTest.from_string("""
import streamlit as st
st.data_editor({"a": [1]}, column_config={"a": {"type_config": {"type": "multiselect"}}})
""").run()
    assert "not supported in a notebook" in at.exception[0].value
    assert "`multiselect` column" in at.exception[0].value
    at = AppTest.from_string("""
import streamlit as st
st.data_editor({"a": ["S"]}, column_config={"a": st.column_config.SelectboxColumn(options=["S"])})
""").run()
    assert not at.exception  # the grid edits selectbox columns


def test_tester_rejects_clicks_on_disabled_upload_and_unknown_link():
    at = AppTest.from_string("""
import streamlit as st
st.link_button("L", "https://x.org")
""").run()
    with pytest.raises(AppTestError, match="link_button"):
        at.link_button[0].set_value(True)
    assert at.link_button[0].value == "L"


def test_tester_uploads_accept_name_and_bytes_without_a_type_and_uploaded_files():
    at = AppTest.from_string("""
import streamlit as st
files = st.file_uploader("U", accept_multiple_files=True, key="u")
st.text(repr([(f.name, f.type, f.getvalue()) for f in files]))
""").run()
    at.file_uploader[0].set_value([("a.txt", b"1"), UploadedFile(b"2", "b.csv", "text/csv")]).run()
    assert at.text[0].value == ("[('a.txt', 'application/octet-stream', b'1'), "
                                "('b.csv', 'text/csv', b'2')]")
    at.run()  # not staged again: the committed files are sent again
    assert at.text[0].value.startswith("[('a.txt'")
    assert [f.name for f in at.file_uploader[0].value] == ["a.txt", "b.csv"]


def test_editing_state_is_a_read_only_dict_with_attributes_as_in_streamlit():
    assert_same("""
import copy
import streamlit as st
st.data_editor([1], key="ed")
state = st.session_state.ed
st.text(f"{state.edited_rows} {state['added_rows']} {isinstance(state, dict)}")
for change in (lambda: state.__setitem__("x", 1), lambda: state.update(x=1),
               lambda: setattr(state, "x", 1)):
    try:
        change()
    except TypeError:
        st.text("TypeError")
st.text(repr(copy.deepcopy(state)))
""")
    # Ours also pickles (Streamlit's raises TypeError), so
    # runner.enforceSerializableSessionState accepts a data editor.
    from streamlit_cell.elements.data_editor import DataEditorState, editing_state

    state = editing_state('{"edited_rows": {"2": {"a": 1}}}')
    assert isinstance(state, DataEditorState) and state.edited_rows == {2: {"a": 1}}
    again = pickle.loads(pickle.dumps(state))
    assert type(again) is DataEditorState and again == state
