"""``st.camera_input`` / ``st.audio_input``: Streamlit 1.67's checks, values and
AppTest nodes (``upload``, ``set_value``, ``clear``, ``resolution``,
``sample_rate``), each run on real Streamlit's AppTest and ours and compared."""

from __future__ import annotations

import textwrap
from typing import Any, Callable

import pytest

streamlit = pytest.importorskip("streamlit")

from streamlit.testing.v1 import AppTest as TheirAppTest  # noqa: E402

from streamlit_cell.testing import AppTest as OurAppTest  # noqa: E402

SCRIPT = textwrap.dedent("""
    import streamlit as st
    st.session_state.setdefault("changes", [])
    def changed(name):
        st.session_state.changes.append(name)
    photo = st.camera_input("Take a picture", key="cam", resolution="720p", help="Smile",
                            on_change=changed, args=("cam",))
    rec = st.audio_input("Record", sample_rate=None, key="mic")
    plain = st.camera_input("Plain")
    if photo:
        st.text(f"photo {photo.name} {photo.type} {photo.size} {photo.read()!r}")
    if rec:
        st.text(f"rec {rec.name} {rec.type} {rec.size} {rec.getvalue()!r}")
    st.text(repr(plain))
    st.text(repr(st.session_state.changes))
    """)


def _page(at: Any) -> Any:
    nodes = [(n.type, n.label, n.help, n.disabled, n.key, n.form_id,
              getattr(n, "resolution", None), getattr(n, "sample_rate", None),
              None if n.value is None else (n.value.name, n.value.type, n.value.getvalue()))
             for n in [*at.camera_input, *at.audio_input]]
    return ([t.value for t in at.text], [e.message for e in at.exception], nodes)


def both(steps: list[Callable[[Any], Any]], script: str = SCRIPT) -> list[Any]:
    results = []
    for AppTest in (TheirAppTest, OurAppTest):
        at = AppTest.from_string(script, default_timeout=30).run()
        pages = [_page(at)]
        for step in steps:
            try:
                step(at)
            except Exception as error:
                pages.append((type(error).__name__, str(error)))
                continue
            at.run()
            pages.append(_page(at))
        results.append(pages)
    assert results[1] == results[0]
    return results[0]


def test_first_run_nodes_and_attributes():
    pages = both([])
    texts, errors, nodes = pages[0]
    assert texts == ["None", "[]"] and errors == []
    assert [n[:8] for n in nodes] == [
        ("camera_input", "Take a picture", "Smile", False, "cam", "", "720p", None),
        ("camera_input", "Plain", "", False, None, "", None, None),
        ("audio_input", "Record", "", False, "mic", "", None, None)]


def test_capture_stays_across_runs_until_cleared():
    pages = both([
        lambda at: at.camera_input(key="cam").upload("shot.jpg", b"JPEG"),
        lambda at: at.audio_input(key="mic").set_value(("clip.wav", b"RIFF", "Audio/WAV")),
        lambda at: None,
        lambda at: at.camera_input(key="cam").clear(),
        lambda at: at.audio_input(key="mic").set_value(None),
    ])
    assert pages[1][0][:2] == ["photo shot.jpg image/jpeg 4 b'JPEG'", "None"]
    assert pages[2][0][1] == "rec clip.wav audio/wav 4 b'RIFF'"
    assert pages[3][0] == pages[2][0]
    assert pages[4][0] == ["rec clip.wav audio/wav 4 b'RIFF'", "None", "['cam', 'cam']"]
    assert pages[5][0] == ["None", "['cam', 'cam']"]


@pytest.mark.parametrize("bad", [
    ("x.png", b"", "image/jpeg"), ("x.jpg", b"", "image/png"), [("x.jpg", b"", "image/jpeg")],
    "x.jpg", ("x.jpg", "text", "image/jpeg"),
])
def test_stagings_a_browser_cannot_make_are_refused(bad):
    both([lambda at: at.camera_input(key="cam").set_value(bad),
          lambda at: at.audio_input(key="mic").set_value(bad)])


def test_a_disabled_capture_cannot_be_set():
    both([lambda at: at.camera_input[0].upload("a.jpg", b"x")],
         script="import streamlit as st\nst.camera_input('C', disabled=True)\n")


@pytest.mark.parametrize("call", [
    'st.camera_input("C", resolution="4k")',
    'st.audio_input("A", sample_rate=12345)',
    'st.audio_input("A", sample_rate=44100, key="k", on_change="ignore")',
    'st.camera_input("C", on_change="sometimes")',
    'st.camera_input("C", key="k"); st.camera_input("D", key="k")',
    'st.camera_input("C"); st.camera_input("C")',
    'st.session_state["k"] = None; st.camera_input("C", key="k")',
    'st.audio_input("")',
    'with st.form("f"):\n    st.camera_input("C", on_change=lambda: None)\n    st.form_submit_button()',
])
def test_argument_errors_are_streamlits(call):
    both([], script=f"import streamlit as st\nst.text('before')\n{call}\n")


def test_in_a_form_the_capture_waits_for_the_submit():
    pages = both([
        lambda at: at.camera_input[0].upload("a.jpg", b"x"),
        lambda at: (at.camera_input[0].upload("a.jpg", b"x"), at.button[0].click()),
    ], script=textwrap.dedent("""
        import streamlit as st
        with st.form("f"):
            photo = st.camera_input("C")
            st.form_submit_button("Send")
        st.text(photo.name if photo else "nothing")
        """))
    assert [p[0] for p in pages] == [["nothing"], ["nothing"], ["a.jpg"]]
