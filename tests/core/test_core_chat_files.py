"""``st.chat_input(accept_file=...)``: the ``ChatInputValue`` a script gets and
AppTest's ``ChatInput.upload`` / ``clear`` / ``set_value``, each run on real
Streamlit's AppTest and ours and compared."""

from __future__ import annotations

import textwrap
from typing import Any, Callable

import pytest

streamlit = pytest.importorskip("streamlit")

from streamlit.testing.v1 import AppTest as TheirAppTest  # noqa: E402

from streamlit_cell.testing import AppTest as OurAppTest  # noqa: E402

SCRIPT = textwrap.dedent("""
    import streamlit as st
    many = st.chat_input("Many", accept_file="multiple", file_type=["txt", "md"], key="many")
    one = st.chat_input("One", accept_file=True, key="one")
    plain = st.chat_input("Plain", key="plain")
    for name, value in (("many", many), ("one", one), ("plain", plain)):
        if value is None or isinstance(value, str):
            st.text(f"{name}: {value!r}")
            continue
        st.text(f"{name}: {value.text!r} {[(f.name, f.type, f.read()) for f in value.files]} "
                f"{len(value)} {list(value)} {'files' in value} {'audio' in value}")
        try:
            value.audio
        except AttributeError as error:
            st.text(str(error))
        try:
            value["audio"]
        except KeyError as error:
            st.text(repr(error))
    """)


def both(steps: list[Callable[[Any], Any]]) -> list[Any]:
    results = []
    for AppTest in (TheirAppTest, OurAppTest):
        at = AppTest.from_string(SCRIPT, default_timeout=30).run()
        pages = [[t.value for t in at.text]]
        for step in steps:
            try:
                step(at)
            except Exception as error:
                pages.append((type(error).__name__, str(error)))
                continue
            at.run()
            pages.append([t.value for t in at.text])
        results.append(pages)
    assert results[1] == results[0]
    return results[0]


def test_files_text_and_their_one_shot_submission():
    pages = both([
        lambda at: at.chat_input(key="many").upload("a.txt", b"A").upload("b.md", b"B", "text/md"),
        lambda at: None,
        lambda at: at.chat_input(key="one").set_value("hi").upload("x.bin", b"X").upload("y.bin", b"Y"),
        lambda at: at.chat_input(key="one").upload("x.bin", b"X").clear().set_value("text only"),
        lambda at: at.chat_input(key="plain").set_value("plain text"),
    ])
    assert pages[1][0].startswith("many: '' [('a.txt', 'application/octet-stream', b'A'), "
                                  "('b.md', 'text/md', b'B')] 2 ['text', 'files'] True False")
    assert pages[2] == ["many: None", "one: None", "plain: None"]
    assert "one: 'hi' [('y.bin', 'application/octet-stream', b'Y')]" in pages[3][1]
    assert "one: 'text only' [] 2" in pages[4][1]
    assert pages[5][-1] == "plain: 'plain text'"


@pytest.mark.parametrize("step", [
    lambda at: at.chat_input(key="plain").upload("a.txt", b"a"),
    lambda at: at.chat_input(key="plain").clear(),
    lambda at: at.chat_input(key="many").upload("a.png", b"a"),
    lambda at: at.chat_input(key="many").upload("", b"a"),
    lambda at: at.chat_input(key="many").upload("a.txt", "not bytes"),
    lambda at: at.chat_input(key="many").upload("a.txt", b"a", ""),
])
def test_uploads_a_browser_could_not_make_are_refused(step):
    both([step])


def test_a_chat_value_is_a_mutable_mapping_as_streamlits():
    script = textwrap.dedent("""
        import streamlit as st
        v = st.chat_input("C", accept_file=True, key="c")
        if v is not None:
            v["text"] = "changed"
            st.text(repr(v.to_dict()["text"]))
            del v["files"]
            st.text(repr(list(v)))
            try:
                v["nope"] = 1
            except KeyError as error:
                st.text(repr(error))
        """)
    pages = []
    for AppTest in (TheirAppTest, OurAppTest):
        at = AppTest.from_string(script, default_timeout=30).run()
        at.chat_input(key="c").set_value("t").run()
        pages.append([t.value for t in at.text])
    assert pages[1] == pages[0] == ["'changed'", "['text']", "KeyError('Invalid key: nope')"]
