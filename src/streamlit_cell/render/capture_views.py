"""Views of ``st.camera_input`` and ``st.audio_input``: the browser captures.

ipywidgets has no camera or microphone widget, so each is an anywidget whose
ES module runs in the page and uses the browser's media API
(``navigator.mediaDevices.getUserMedia``), as Streamlit's own front end does:

* camera: a live preview and a "Take Photo" button; the frame is drawn on a
  canvas (at the script's ``resolution`` height when given) and encoded as
  JPEG; the photo then replaces the preview, with "Clear photo";
* microphone: "Record" / "Stop"; the recording is decoded, mixed to one
  channel, resampled to ``sample_rate`` (the browser's rate if None) and
  encoded as 16-bit PCM WAV, then shown in an audio player with "Clear".

The capture reaches the kernel as a binary comm message (no base64) and
becomes the widget's value, an ``UploadedFile`` named ``image.jpg`` /
``audio.wav`` as in Streamlit; "Clear" sends an empty value. The browser asks
the person's permission first; a refusal (or a page without a camera or
microphone, or not served over HTTPS/localhost) is shown in the widget.
A capture the page did not make itself (a new view of an existing value) is
sent back as a ``data:`` URL to be shown.
"""

from __future__ import annotations

import base64
import functools
from typing import TYPE_CHECKING, Any

import traitlets

from ..elements.file_widgets import UploadedFile, as_uploaded_files
from ..runtime.page_tree import Element
from .base import EventSink, NO_OVERRIDE, View, close_widget, register_view, set_traits
from .input_view_base import _label_html

if TYPE_CHECKING:
    from .reconciler import Reconciler

_CAPTURE_MODULE = r"""
// st.camera_input / st.audio_input: capture in the browser, send the bytes to the kernel.
function button(text, onClick) {
  const b = document.createElement("button");
  b.textContent = text;
  b.className = "jupyter-button widget-button stc-capture-button";
  b.style.cssText = "margin:0.25em 0;width:auto;padding:0 1em";
  b.addEventListener("click", onClick);
  return b;
}

function wav(samples, rate) {
  // 16-bit PCM, one channel.
  const out = new DataView(new ArrayBuffer(44 + samples.length * 2));
  const text = (at, s) => { for (let i = 0; i < s.length; i++) out.setUint8(at + i, s.charCodeAt(i)); };
  text(0, "RIFF"); out.setUint32(4, 36 + samples.length * 2, true); text(8, "WAVE");
  text(12, "fmt "); out.setUint32(16, 16, true); out.setUint16(20, 1, true);
  out.setUint16(22, 1, true); out.setUint32(24, rate, true); out.setUint32(28, rate * 2, true);
  out.setUint16(32, 2, true); out.setUint16(34, 16, true);
  text(36, "data"); out.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    out.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return out.buffer;
}

async function toWav(blob, wantedRate) {
  const Ctx = window.AudioContext || window.webkitAudioContext;
  const ctx = new Ctx();
  try {
    const decoded = await ctx.decodeAudioData(await blob.arrayBuffer());
    const rate = wantedRate || decoded.sampleRate;
    const length = Math.max(1, Math.ceil(decoded.duration * rate));
    const offline = new OfflineAudioContext(1, length, rate);
    const source = offline.createBufferSource();
    source.buffer = decoded;
    source.connect(offline.destination);
    source.start();
    const rendered = await offline.startRendering();
    return wav(rendered.getChannelData(0), rate);
  } finally {
    ctx.close();
  }
}

export default {
  render({ model, el }) {
    el.classList.add("stc-capture");
    const label = document.createElement("div");
    const stage = document.createElement("div");
    const controls = document.createElement("div");
    const note = document.createElement("div");
    note.className = "stc-caption";
    el.append(label, stage, controls, note);
    let stream = null, recorder = null, chunks = [], localUrl = null, localId = null;
    // Each draw starts a generation: a camera that opens after a newer draw is closed at once.
    let generation = 0;

    const stop = () => {
      if (stream) { stream.getTracks().forEach((t) => t.stop()); stream = null; }
    };
    const send = (name, type, buffer) => {
      model.send({ event: "capture", name, type }, undefined, [buffer]);
    };
    const clear = () => {
      if (localUrl) { URL.revokeObjectURL(localUrl); localUrl = null; }
      localId = null;
      model.send({ event: "clear" });
      draw();
    };
    const failed = (error) => {
      stop();
      note.textContent = "The browser did not give access to the " +
        (model.get("mode") === "camera" ? "camera" : "microphone") +
        (error && error.message ? ": " + error.message : ".") +
        " Allow it for this page (served over HTTPS or localhost) and try again.";
    };

    const showCapture = (url) => {
      stop();
      const media = document.createElement(model.get("mode") === "camera" ? "img" : "audio");
      media.src = url;
      if (model.get("mode") === "camera") media.style.cssText = "max-width:100%;display:block";
      else media.controls = true;
      stage.replaceChildren(media);
      const clearButton = button(model.get("mode") === "camera" ? "Clear photo" : "Clear", clear);
      clearButton.disabled = model.get("disabled");
      controls.replaceChildren(clearButton);
    };

    const camera = async (mine) => {
      const video = document.createElement("video");
      video.autoplay = true; video.playsInline = true; video.muted = true;
      video.style.cssText = "max-width:100%;display:block;background:#000";
      const take = button("Take Photo", () => {
        if (!stream || !video.videoWidth) return;
        const height = model.get("resolution_height") || video.videoHeight;
        const width = Math.round(video.videoWidth * height / video.videoHeight);
        const canvas = document.createElement("canvas");
        canvas.width = width; canvas.height = height;
        canvas.getContext("2d").drawImage(video, 0, 0, width, height);
        canvas.toBlob(async (blob) => {
          localUrl = URL.createObjectURL(blob);
          showCapture(localUrl);
          send("image.jpg", "image/jpeg", await blob.arrayBuffer());
        }, "image/jpeg", 0.92);
      });
      take.disabled = true;
      stage.replaceChildren(video);
      controls.replaceChildren(take);
      if (model.get("disabled")) return;
      try {
        const height = model.get("resolution_height");
        const opened = await navigator.mediaDevices.getUserMedia(
          { video: height ? { height: { ideal: height } } : true, audio: false });
        if (mine !== generation) { opened.getTracks().forEach((t) => t.stop()); return; }
        stream = opened;
        video.srcObject = stream;
        take.disabled = false;
        note.textContent = "";
      } catch (error) { failed(error); }
    };

    const microphone = () => {
      const mine = generation;
      const record = button("Record", async () => {
        if (recorder) { recorder.stop(); return; }
        record.disabled = true;  // one request for the microphone at a time
        let opened;
        try {
          opened = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
        } catch (error) { record.disabled = false; failed(error); return; }
        record.disabled = false;
        // Redrawn while the browser opened the microphone (a rerun changed
        // this widget): this button is gone, so its recording would be too.
        if (mine !== generation) { opened.getTracks().forEach((t) => t.stop()); return; }
        stream = opened;
        note.textContent = "Recording… click Stop to finish.";
        chunks = [];
        recorder = new MediaRecorder(stream);
        recorder.ondataavailable = (e) => chunks.push(e.data);
        recorder.onstop = async () => {
          const blob = new Blob(chunks, { type: recorder.mimeType });
          recorder = null;
          stop();
          note.textContent = "";
          try {
            const buffer = await toWav(blob, model.get("sample_rate"));
            // A one-shot recorder (st.chat_input's) sends the recording and is ready again.
            if (model.get("one_shot")) { send("audio.wav", "audio/wav", buffer); draw(); return; }
            const wavBlob = new Blob([buffer], { type: "audio/wav" });
            localUrl = URL.createObjectURL(wavBlob);
            showCapture(localUrl);
            send("audio.wav", "audio/wav", buffer);
          } catch (error) { note.textContent = "The recording could not be read: " + error; }
        };
        recorder.start();
        record.textContent = "Stop";
      });
      record.disabled = model.get("disabled");
      stage.replaceChildren();
      controls.replaceChildren(record);
    };

    const draw = () => {
      generation += 1;
      label.innerHTML = model.get("label_html");
      const preview = model.get("preview");
      if (model.get("value_id") && localUrl && localId === model.get("value_id")) return;
      if (model.get("value_id") && preview) { showCapture(preview); return; }
      if (model.get("value_id") && localUrl) { localId = model.get("value_id"); return; }
      stop();
      if (model.get("mode") === "camera") camera(generation); else microphone();
    };
    model.on("change:label_html", () => { label.innerHTML = model.get("label_html"); });
    model.on("change:value_id", draw);
    model.on("change:preview", draw);
    model.on("change:disabled", draw);
    model.on("change:resolution_height", draw);
    draw();
    return () => { stop(); if (recorder) recorder.stop(); };
  },
};
"""


@functools.cache
def capture_widget_class() -> type:
    """The ``CaptureWidget`` class, made on first use (importing anywidget
    costs ~0.1 s that a notebook without captures should not pay)."""
    import anywidget

    class CaptureWidget(anywidget.AnyWidget):
        """A camera or microphone capture in the page."""

        _esm = _CAPTURE_MODULE
        mode = traitlets.Unicode("camera").tag(sync=True)
        label_html = traitlets.Unicode("").tag(sync=True)
        disabled = traitlets.Bool(False).tag(sync=True)
        resolution_height = traitlets.Int(0).tag(sync=True)
        sample_rate = traitlets.Int(0).tag(sync=True)
        #: Send a capture and go back to the empty state (no player, no "Clear").
        one_shot = traitlets.Bool(False).tag(sync=True)
        #: The file id of the widget's value ("" when none).
        value_id = traitlets.Unicode("").tag(sync=True)
        #: The value as a data: URL, when the page did not capture it itself.
        preview = traitlets.Unicode("").tag(sync=True)

    return CaptureWidget


_FILE_NAMES = {"camera_input": ("image.jpg", "image/jpeg"), "audio_input": ("audio.wav", "audio/wav")}


@register_view("camera_input", "audio_input")
class CaptureView(View):
    """``st.camera_input`` / ``st.audio_input`` (see the module docstring)."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self.widget = capture_widget_class()(
            mode="camera" if element.type == "camera_input" else "audio")
        #: The file this page captured itself (it shows it without a preview).
        self._captured_here: str | None = None
        self.widget.on_msg(self._on_message)
        self.update(element)

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        value = props["value"] if override is NO_OVERRIDE else override
        files = as_uploaded_files(value)
        current = files[0] if files else None
        value_id = current.file_id if current is not None else ""
        preview = ""
        if current is not None and current.file_id != self._captured_here:
            preview = (f"data:{current.type};base64,"
                       f"{base64.b64encode(current.getvalue()).decode('ascii')}")
        set_traits(self.widget, {
            "label_html": _label_html(props), "disabled": bool(props["disabled"]),
            "resolution_height": props.get("resolution_height") or 0,
            "sample_rate": props.get("sample_rate") or 0,
            "value_id": value_id, "preview": preview})

    def _on_message(self, _widget: Any, content: Any, buffers: list[Any]) -> None:
        if not isinstance(content, dict) or self.element.props.get("disabled"):
            return
        if content.get("event") == "clear":
            self._captured_here = None
            self.sink.widget_changed(self.element, [])
        elif content.get("event") == "capture" and buffers:
            name, mime = _FILE_NAMES[self.element.type]
            file = UploadedFile(bytes(buffers[0]), name, mime)
            self._captured_here = file.file_id
            self.sink.widget_changed(self.element, [file])

    def close(self) -> None:
        close_widget(self.widget)
