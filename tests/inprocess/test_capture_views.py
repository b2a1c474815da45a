"""The browser capture widgets of ``st.camera_input`` / ``st.audio_input`` in
a real IPython shell: what the page's ES module sends (a binary capture or a
clear) becomes the widget's value and reruns the cell; a value the page did
not capture is sent back to be shown."""

from __future__ import annotations

import base64

from support.ui import find_all, session_state, text

from streamlit_cell.elements.file_widgets import UploadedFile
from streamlit_cell.render.capture_views import CaptureView, capture_widget_class
from streamlit_cell.runtime.page_tree import Element


def page_sends(widget, content, buffers=()):
    """A custom comm message from the widget's ES module (``model.send``)."""
    widget._handle_msg({"content": {"data": {"method": "custom", "content": content}},
                        "buffers": list(buffers)})


APP = """
photo = st.camera_input("Selfie", key="cam", resolution="480p")
rec = st.audio_input("Voice", key="mic", sample_rate=8000)
st.write("photo:", photo.name if photo else "none", photo.getvalue().hex() if photo else "")
st.write("rec:", rec.name if rec else "none", rec.type if rec else "")
"""


def test_a_capture_from_the_page_is_the_value_and_reruns(run_cell):
    app = run_cell(APP)
    camera = capture(app, "camera")
    assert (camera.mode, camera.resolution_height, camera.value_id, camera.preview) == (
        "camera", 480, "", "")
    assert "Selfie" in camera.label_html
    page_sends(camera, {"event": "capture", "name": "image.jpg", "type": "image/jpeg"},
               [memoryview(b"\xff\xd8jpeg")])
    photo = session_state()["cam"]
    assert (photo.name, photo.type, photo.getvalue()) == ("image.jpg", "image/jpeg", b"\xff\xd8jpeg")
    assert "photo: image.jpg ffd86a706567" in text(app)
    # The page shows its own capture: no copy is sent back.
    assert camera.value_id == photo.file_id and camera.preview == ""
    page_sends(camera, {"event": "clear"})
    assert session_state()["cam"] is None and "photo: none" in text(app)
    assert camera.value_id == ""


def test_the_microphone_widget(run_cell):
    app = run_cell(APP)
    microphone = capture(app, "audio")
    assert microphone.sample_rate == 8000 and "Voice" in microphone.label_html
    page_sends(microphone, {"event": "capture", "name": "audio.wav", "type": "audio/wav"},
               [b"RIFFdata"])
    assert "rec: audio.wav audio/wav" in text(app)


class _Sink:
    def __init__(self) -> None:
        self.values: list = []

    def widget_changed(self, element, value) -> None:
        self.values.append(value)

    def button_clicked(self, element) -> None:
        raise AssertionError("no buttons here")


def test_a_value_the_page_did_not_capture_is_sent_to_be_shown():
    recording = UploadedFile(b"RIFFdata", "audio.wav", "audio/wav")
    props = {"label": "Voice", "help": None, "disabled": False, "value": recording,
             "label_visibility": "visible", "ignore_rerun": False, "sample_rate": None}
    view = CaptureView(Element("audio_input", props, id="w1", is_widget=True), _Sink(), None)
    try:
        assert view.widget.value_id == recording.file_id
        assert view.widget.preview == "data:audio/wav;base64," + base64.b64encode(
            b"RIFFdata").decode()
        assert view.widget.sample_rate == 0  # the browser's own rate
    finally:
        view.close()


def test_a_disabled_widget_ignores_the_page(run_cell):
    app = run_cell('st.write(repr(st.camera_input("C", disabled=True, key="d")))')
    camera = capture(app, "camera")
    assert camera.disabled
    page_sends(camera, {"event": "capture"}, [b"x"])
    assert session_state().get("d") is None


def capture(app, mode):
    """The app's one capture widget of ``mode`` ("camera" or "audio")."""
    found = [w for w in find_all(app, capture_widget_class()) if w.mode == mode]
    assert len(found) == 1
    return found[0]


def test_a_chat_input_recording_is_submitted_at_once(run_cell):
    app = run_cell("""
said = st.chat_input("Say", accept_audio=True, audio_sample_rate=8000)
if said:
    st.write("heard:", said.text or "-", said.audio.name[:6], said.audio.type,
             said.audio.getvalue().hex())
""")
    # (A top-level chat input is in the bottom container, below the app's body.)
    microphone = capture(app.bottom_view.widget, "audio")
    assert microphone.one_shot and microphone.sample_rate == 8000
    page_sends(microphone, {"event": "capture", "name": "audio.wav", "type": "audio/wav"},
               [b"\x52\x49"])
    assert "heard: - audio- audio/wav 5249" in text(app)
    # One shot: the microphone stays empty for the next recording.
    assert capture(app.bottom_view.widget, "audio") is microphone
    assert microphone.value_id == ""
