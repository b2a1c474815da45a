"""The compatibility table (``python -m streamlit_cell.compat``) and the
``st.<name>`` errors for what a notebook cannot have.

The table covers exactly Streamlit's public ``st.*`` names (Streamlit's own
rule), each either supported or explicitly "not in notebooks" with what to use
instead; the list of not-in-notebook names is pinned here, so adding one is a
visible decision.
"""

from __future__ import annotations

import subprocess
import sys
import types

import pytest

streamlit = pytest.importorskip("streamlit")

from streamlit_cell import api, compat  # noqa: E402
from streamlit_cell.elements.delta_generator import DeltaGenerator  # noqa: E402
from streamlit_cell.runtime.errors import StreamlitNotSupportedInNotebookError  # noqa: E402
from streamlit_cell.elements.not_in_notebooks import NOT_IN_NOTEBOOKS  # noqa: E402
from streamlit_cell.testing import AppTest  # noqa: E402

#: Every Streamlit 1.67 name that cannot work in a notebook. Changing this list
#: is a product decision: each entry needs a reason and an "instead".
EXPECTED_NOT_IN_NOTEBOOKS: set[str] = set()

#: The share of names that must be supported once the element work has landed.
SUPPORTED_TARGET = 0.90


@pytest.fixture(scope="module")
def rows() -> list[compat.Row]:
    return compat.classify(compat.streamlit_public_names(streamlit), api)


def test_the_names_are_streamlits_own_public_names():
    """The rule is Streamlit's: its typo suggestions use the same catalog."""
    from streamlit.command_suggestions import public_streamlit_names

    assert compat.streamlit_public_names(streamlit) == sorted(
        public_streamlit_names(streamlit), key=str.lower)


def test_the_rule_keeps_the_api_and_drops_internal_submodules():
    names = set(compat.streamlit_public_names(streamlit))
    assert {"button", "session_state", "sidebar", "Page", "column_config",
            "components", "typing"} <= names
    assert not {"runtime", "util", "web", "delta_generator", "proto"} & names
    assert not any(n.startswith("_") for n in names)


def test_every_name_has_exactly_one_row_with_a_known_status(rows):
    assert [r.name for r in rows] == compat.streamlit_public_names(streamlit)
    assert {r.status for r in rows} <= {compat.SUPPORTED, compat.NOT_IN_NOTEBOOKS_STATUS,
                                       compat.NOT_IMPLEMENTED}
    table = compat.markdown_table(rows).splitlines()
    assert table[:2] == ["| `st.*` name | In a notebook |", "|---|---|"]
    assert len(table) == 2 + len(rows)


def test_the_not_in_notebook_names_are_exactly_the_listed_ones(rows):
    listed = {r.name for r in rows if r.status == compat.NOT_IN_NOTEBOOKS_STATUS}
    assert listed == EXPECTED_NOT_IN_NOTEBOOKS
    assert set(NOT_IN_NOTEBOOKS) == EXPECTED_NOT_IN_NOTEBOOKS
    for row in rows:
        if row.status == compat.NOT_IN_NOTEBOOKS_STATUS:
            assert row.instead == NOT_IN_NOTEBOOKS[row.name].instead
            assert row.cell.startswith("not in notebooks: ")


def test_supported_share(rows):
    """At least 90% of Streamlit's public names work in a notebook, and every
    other one is explained (none is merely missing)."""
    supported = [r.name for r in rows if r.status == compat.SUPPORTED]
    missing = [r.name for r in rows if r.status == compat.NOT_IMPLEMENTED]
    share = len(supported) / len(rows)
    assert len(supported) + len(missing) + len(EXPECTED_NOT_IN_NOTEBOOKS) == len(rows)
    assert missing == []
    assert share >= SUPPORTED_TARGET, f"{len(supported)}/{len(rows)} = {share:.1%}"


def test_check_fails_on_unclassified_and_stale_entries():
    rows = [compat.Row("button", compat.SUPPORTED),
            compat.Row("echo", compat.NOT_IMPLEMENTED),
            compat.Row("login", compat.NOT_IN_NOTEBOOKS_STATUS, "x"),
            compat.Row("camera_input", compat.SUPPORTED)]
    found = compat.problems(rows, not_in_notebooks=["login", "camera_input", "nonsense"])
    assert any("`st.echo` is neither supported nor listed" in p for p in found)
    assert any("`st.camera_input` is supported now" in p for p in found)
    assert any("`st.nonsense`, which Streamlit does not have" in p for p in found)
    assert len(found) == 3
    assert compat.problems(rows[:1] + rows[2:3], not_in_notebooks=["login"]) == []


def test_classify_reads_the_api_module_at_run_time():
    fake = types.ModuleType("fake_api")
    fake.button = lambda: None

    def __getattr__(name):  # noqa: N807 - a module's __getattr__
        if name == "login":
            raise StreamlitNotSupportedInNotebookError("`st.login`", "Do this instead.")
        raise AttributeError(name)

    fake.__getattr__ = __getattr__
    rows = compat.classify(["button", "login", "echo"], fake)
    assert [(r.name, r.status) for r in rows] == [
        ("button", compat.SUPPORTED), ("login", compat.NOT_IN_NOTEBOOKS_STATUS),
        ("echo", compat.NOT_IMPLEMENTED)]


def test_command_line_prints_the_table_and_check_status(rows):
    done = subprocess.run([sys.executable, "-m", "streamlit_cell.compat", "--check"],
                          capture_output=True, text=True, timeout=120)
    lines = done.stdout.splitlines()
    assert lines[0].startswith(f"Streamlit {streamlit.__version__}: ")
    assert "| `st.button` | supported |" in lines
    for name in sorted(EXPECTED_NOT_IN_NOTEBOOKS):
        assert f"| `st.{name}` | not in notebooks: " in done.stdout
    assert done.returncode == (1 if compat.problems(rows) else 0), done.stderr


@pytest.mark.parametrize("name", sorted(EXPECTED_NOT_IN_NOTEBOOKS))
def test_not_in_notebook_name_raises_a_helpful_error(name):
    with pytest.raises(StreamlitNotSupportedInNotebookError) as raised:
        getattr(api, name)
    message = str(raised.value)
    assert f"`st.{name}`" in message
    assert "is not supported in a notebook (streamlit-cell)." in message
    assert NOT_IN_NOTEBOOKS[name].instead in message
    # Also an AttributeError: feature checks (`hasattr(st, name)`) keep working.
    assert isinstance(raised.value, AttributeError)
    assert not hasattr(api, name)
    assert getattr(api, name, None) is None


@pytest.fixture
def teleport(monkeypatch):
    """A made-up name listed as not in notebooks: every Streamlit 1.67 name
    works in a notebook now, but the mechanism stays for the next one that
    cannot."""
    from streamlit_cell.elements.not_in_notebooks import NotInNotebook

    monkeypatch.setitem(NOT_IN_NOTEBOOKS, "teleport", NotInNotebook(
        "`st.teleport` (moving the viewer)", "Walk to the page instead."))
    return NOT_IN_NOTEBOOKS["teleport"]


def test_not_in_notebook_name_in_a_script_is_shown_as_its_error(teleport):
    at = AppTest.from_string("""
        import streamlit as st
        st.title("before")
        st.teleport()
        """).run()
    assert [t.value for t in at.title] == ["before"]
    assert len(at.exception) == 1
    assert "st.teleport" in at.exception[0].message
    assert teleport.instead in at.exception[0].message


def test_hasattr_feature_check_in_a_script_takes_the_fallback(teleport):
    at = AppTest.from_string("""
        import streamlit as st
        if hasattr(st, "teleport"):
            st.text("teleported")
        else:
            st.text("walked")
        """).run()
    assert [t.value for t in at.text] == ["walked"]


@pytest.mark.parametrize("name, advice", [
    ("cache", "st.cache has been removed. Use st.cache_data or st.cache_resource instead."),
    ("experimental_rerun", "st.experimental_rerun has been removed. Use st.rerun instead."),
    ("buton", "Did you mean st.button?"),
    ("no_such_command", "`python -m streamlit_cell.compat` lists what is supported."),
])
def test_unknown_names_get_streamlits_advice(name, advice):
    with pytest.raises(AttributeError) as raised:
        getattr(api, name)
    assert not isinstance(raised.value, StreamlitNotSupportedInNotebookError)
    assert str(raised.value).startswith(f"module 'streamlit' has no attribute '{name}'")
    assert advice in str(raised.value)


def test_removed_names_message_matches_streamlits():
    from streamlit.command_suggestions import missing_streamlit_attribute_message

    for name in ("cache", "experimental_memo", "beta_columns", "bokeh_chart", "experimental_rerun",
                 "buton", "text_inptu"):
        ours = str(pytest.raises(AttributeError, getattr, api, name).value)
        theirs = missing_streamlit_attribute_message(name, streamlit)
        assert ours == theirs


def test_no_command_is_provided_by_two_mixins():
    owners: dict[str, list[str]] = {}
    for mixin in DeltaGenerator.__mro__:
        for name in mixin.__dict__.get("COMMANDS", ()):
            owners.setdefault(name, []).append(mixin.__name__)
    assert {n: o for n, o in owners.items() if len(o) > 1} == {}


def test_from_import_of_a_not_in_notebook_name_keeps_the_explanation():
    """Python turns the AttributeError of `from m import x` into a bare
    ImportError; the script still gets the notebook's explanation."""
    if not EXPECTED_NOT_IN_NOTEBOOKS:
        pytest.skip("every Streamlit name works in a notebook")
    name = sorted(EXPECTED_NOT_IN_NOTEBOOKS)[0]
    at = AppTest.from_string(f"from streamlit import title, {name}\ntitle('never')").run()
    assert len(at.exception) == 1 and not at.title
    assert f"{NOT_IN_NOTEBOOKS[name].feature} is not supported in a notebook" in \
        at.exception[0].message


def test_the_readme_shows_the_current_table() -> None:
    """The README's table is the command's output: regenerate it when names change
    (`python -m streamlit_cell.compat`, paste between the markers)."""
    import pathlib
    import subprocess
    import sys

    readme = (pathlib.Path(__file__).resolve().parents[2] / "README.md").read_text()
    start = readme.index("<!-- compat table: generated by `python -m streamlit_cell.compat` -->")
    end = readme.index("<!-- end of compat table -->")
    shown = readme[start:end].split("\n", 1)[1].strip()
    current = subprocess.run([sys.executable, "-m", "streamlit_cell.compat"],
                             capture_output=True, text=True, check=True).stdout.strip()
    assert shown == current
