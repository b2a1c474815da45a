"""``st.camera_input`` and ``st.audio_input`` captured by a real browser in
JupyterLab: Chromium's fake camera and microphone stand in for the devices
(``--use-fake-device-for-media-stream``, permission granted), so the widget's
ES module really calls ``getUserMedia``, draws a JPEG, records and encodes a
WAV, and the kernel's app reruns with the file. The same page records through
``st.chat_input(accept_audio=True)`` and clicks a tab of ``st.tabs(on_change=...)``.

Its own Chromium (the fake-device flags are launch options) and its own
notebook, written here into the server's folder.
"""

from __future__ import annotations

import re

import nbformat
import pytest
from _make_notebooks import NOTEBOOK_METADATA
from _pages import cell_output_area, open_notebook_lab, save_screenshot
from nbformat.v4 import new_code_cell, new_notebook

pytestmark = pytest.mark.browser

APP = '''%%streamlit_cell
import io, wave
import streamlit as st
photo = st.camera_input("Selfie", resolution="480p")
rec = st.audio_input("Voice", sample_rate=16000)
if photo:
    data = photo.getvalue()
    st.text(f"PHOTO {photo.name} {photo.type} jpeg={data[:2] == bytes([0xFF, 0xD8])} size={len(data)}")
if rec:
    with wave.open(io.BytesIO(rec.getvalue())) as w:
        st.text(f"REC {rec.name} {rec.type} rate={w.getframerate()} channels={w.getnchannels()} "
                f"frames={w.getnframes()}")
st.text("photo: " + ("yes" if photo else "none"))
one, two = st.tabs(["One", "Two"], key="section", on_change="rerun")
st.text(f"TAB {st.session_state.section}")
said = st.chat_input("Say", accept_audio=True, audio_sample_rate=16000)
if said:
    with wave.open(io.BytesIO(said.audio.getvalue())) as w:
        st.text(f"SAID {said.audio.name} {said.audio.type} rate={w.getframerate()}")
'''


@pytest.fixture(scope="module")
def media_browser(playwright_instance):
    from _chromium import CHROMIUM_ARGS, CHROMIUM_PATH

    browser = playwright_instance.chromium.launch(
        executable_path=CHROMIUM_PATH, headless=True, timeout=60_000,
        args=[*CHROMIUM_ARGS, "--use-fake-device-for-media-stream",
              "--use-fake-ui-for-media-stream"])
    try:
        yield browser
    finally:
        browser.close()


@pytest.fixture
def media_page(media_browser, lab_server):
    context = media_browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["camera", "microphone"], origin=lab_server.url("").rstrip("/"))
    context.set_default_timeout(30_000)
    page = context.new_page()
    try:
        yield page
    finally:
        context.close()


def test_photo_and_recording_reach_the_app(media_page, lab_server, tmp_path):
    notebook = tmp_path / "capture.ipynb"
    nbformat.write(new_notebook(cells=[new_code_cell("%load_ext streamlit_cell"),
                                       new_code_cell(APP)], metadata=NOTEBOOK_METADATA),
                   notebook)
    name = lab_server.add_notebook(notebook, "capture.ipynb")
    page = media_page
    open_notebook_lab(page, lab_server, name)
    out = cell_output_area(page, 1)
    take = out.get_by_role("button", name="Take Photo")
    take.wait_for()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.stc-capture video')].some(v => v.videoWidth > 0)")
    # The camera, the audio input, then the chat input's microphone (bottom container).
    assert out.locator(".stc-capture").count() == 3
    voice = out.locator(".stc-capture").nth(1)
    take.click()
    text = out.get_by_text(re.compile(r"^PHOTO "))
    text.wait_for()
    assert re.fullmatch(r"PHOTO image\.jpg image/jpeg jpeg=True size=\d+", text.inner_text().strip())
    assert out.get_by_role("button", name="Clear photo").is_visible()
    assert out.locator(".stc-capture img").count() == 1

    voice.get_by_role("button", name="Record").click()
    page.wait_for_timeout(1200)
    voice.get_by_role("button", name="Stop").click()
    rec = out.get_by_text(re.compile(r"^REC "))
    rec.wait_for()
    match = re.fullmatch(r"REC audio\.wav audio/wav rate=16000 channels=1 frames=(\d+)",
                         rec.inner_text().strip())
    assert match and int(match.group(1)) > 8000  # about a second at 16 kHz
    save_screenshot(page, "capture-inputs-lab")  # the photo, the recording's player

    out.get_by_role("button", name="Clear photo").click()
    out.get_by_text("photo: none").wait_for()
    out.get_by_role("button", name="Take Photo").wait_for()

    # st.chat_input(accept_audio=True): a recording is submitted at once, and
    # the microphone is ready for the next one.
    from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

    chat_mic = out.locator(".stc-chat-input .stc-capture")
    stop = chat_mic.get_by_role("button", name="Stop")
    for _ in range(2):
        # A rerun that redraws the recorder while the browser opens the
        # microphone drops that click (its button is gone): as a person
        # would, click Record once more. (Seen once in a full CI run.)
        chat_mic.get_by_role("button", name="Record").click()
        try:
            stop.wait_for(timeout=10_000)
            break
        except PlaywrightTimeoutError:
            continue
    page.wait_for_timeout(500)
    stop.click()
    said = out.get_by_text(re.compile(r"^SAID "))
    said.wait_for()
    assert re.fullmatch(r"SAID audio-\S+\.wav audio/wav rate=16000", said.inner_text().strip())
    chat_mic.get_by_role("button", name="Record").wait_for()

    # Tabs with on_change: clicking a tab in JupyterLab reruns with its label.
    out.get_by_text("TAB One").wait_for()
    out.locator(".lm-TabBar-tab", has_text="Two").click()
    out.get_by_text("TAB Two").wait_for()
