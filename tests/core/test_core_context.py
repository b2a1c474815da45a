"""``st.context``: Streamlit 1.67's members, with ``AppTest.context`` seeding
them as real Streamlit's AppTest does (compared with it), and the kernel
machine's time zone and locale in a notebook run."""

from __future__ import annotations

import datetime as dt
import textwrap
from typing import Any

import pytest

streamlit = pytest.importorskip("streamlit")

from streamlit.testing.v1 import AppTest as TheirAppTest  # noqa: E402

from streamlit_cell import api  # noqa: E402
from streamlit_cell.runtime import context as context_module  # noqa: E402
from streamlit_cell.testing import AppTest as OurAppTest  # noqa: E402

SCRIPT = textwrap.dedent("""
    import streamlit as st
    c = st.context
    for name in ["timezone", "timezone_offset", "locale", "url", "is_embedded"]:
        st.text(f"{name}={getattr(c, name)!r} {c[name]!r}")
    st.text(f"theme={c.theme.type!r} {c.theme['type']!r} {type(c.theme).__name__}")
    st.text(repr(("timezone" in c, "nope" in c, "get" in c)))
    try:
        c["nope"]
    except KeyError as error:
        st.text(str(error))
    try:
        iter(c)
    except TypeError as error:
        st.text(str(error))
    """)
# (headers, cookies and ip_address come from real AppTest's mocked server:
# MagicMocks, nothing to compare with; ours are checked on their own below.)


def both(context: Any) -> tuple[Any, Any]:
    pages = []
    for AppTest in (TheirAppTest, OurAppTest):
        at = AppTest.from_string(SCRIPT, default_timeout=30)
        at.context = context
        try:
            at.run()
        except Exception as error:  # the tester's own check, before the run
            pages.append((type(error).__name__, str(error)))
            continue
        pages.append(([t.value for t in at.text], [e.message for e in at.exception]))
    return pages[0], pages[1]


@pytest.mark.parametrize("context", [
    {},
    {"timezone": "Europe/Berlin", "timezone_offset": -60, "locale": "de-DE",
     "url": "http://localhost:8501/", "is_embedded": True, "theme": "dark"},
    {"timezone": None, "locale": "fr-FR", "theme": "light"},
    {"nope": 1},
    {"timezone_offset": True},
    {"timezone_offset": 2 ** 31},
    {"theme": "blue"},
    {"locale": 5},
    "not a dict",
])
def test_apptest_context_is_what_the_script_reads(context):
    theirs, ours = both(context)
    assert ours == theirs


def test_empty_context_reads_none_and_no_request_data():
    theirs, _ = both({})
    assert theirs[0][:5] == ["timezone=None None", "timezone_offset=None None",
                             "locale=None None", "url=None None", "is_embedded=None None"]
    at = OurAppTest.from_string("""
        import streamlit as st
        c = st.context
        st.text(repr((c.ip_address, c.headers.to_dict(), len(c.headers),
                      c.headers.get_all("x"), c.cookies.to_dict(), dict(c.cookies))))
        try:
            c.headers["Missing"]
        except KeyError as error:
            st.text(repr(error))
        """).run()
    assert [t.value for t in at.text] == ["(None, {}, 0, [], {}, {})", "KeyError('Missing')"]


def test_headers_are_case_insensitive_with_repeats():
    headers = context_module.StreamlitHeaders([("content-type", "a"), ("X-Tag", "1"),
                                               ("x-tag", "2")])
    assert headers["Content-Type"] == "a" and headers["X-TAG"] == "1"
    assert headers.get_all("x-tag") == ["1", "2"] and headers.to_dict() == {
        "Content-Type": "a", "X-Tag": "1"}


def test_a_notebook_run_reads_the_kernel_machine(monkeypatch):
    """Outside AppTest (a cell's run): the kernel machine's zone and language."""
    from streamlit_cell.runtime.script_runner import ScriptRunner  # noqa: F401

    monkeypatch.setenv("TZ", "America/New_York")
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    c = api.context
    assert c.timezone == "America/New_York"
    assert c.locale == "pt-BR"
    assert c.timezone_offset == context_module.kernel_timezone_offset()
    assert c.is_embedded is False and c.url is None and c.ip_address is None
    assert c.theme.type is None and len(c.headers) == 0 and len(c.cookies) == 0
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert c.locale is None


def test_timezone_offset_has_the_browsers_sign():
    plus_one = dt.datetime(2026, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    minus_five = dt.datetime(2026, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert context_module.kernel_timezone_offset(plus_one) == -60
    assert context_module.kernel_timezone_offset(minus_five) == 300


def test_timezone_from_the_zoneinfo_link(monkeypatch):
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setenv("TZ", "/usr/share/zoneinfo/Asia/Tokyo")
    assert context_module.kernel_timezone() == "Asia/Tokyo"
    monkeypatch.setenv("TZ", ":Europe/Paris")
    assert context_module.kernel_timezone() == "Europe/Paris"


def test_members_are_streamlits():
    from streamlit.runtime.context import ContextProxy

    public = {n for n in dir(ContextProxy) if not n.startswith("_")}
    assert public == {n for n in dir(type(api.context)) if not n.startswith("_")}
