"""Views of the chat elements (see ``elements/chat.py``).

``st.chat_input`` is a Text box and a send button. The box commits its text
on Enter (or when it loses focus with new text: ``continuous_update=False``);
a commit with text submits it and clears the box at once, so the same text
is never submitted twice (a later blur finds nothing new, a click on the
button finds the box empty). With ``accept_file`` a file picker attaches
files (one, or several for ``"multiple"``/``"directory"``), listed under the
box with a remove button; they are sent with the next submission (with or
without text) and then let go, as Streamlit's chat input does. With
``accept_audio`` a microphone (the capture widget of ``st.audio_input``) sends
its recording at once, with the text typed so far and the attached files.
``st.chat_message`` is a row as Streamlit's (no border): the avatar, then the
message's elements.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..elements.file_widgets import UploadedFile
from ..runtime.element_props import ChatMessageProps
from ..runtime.page_tree import Element
from .markdown import escape
from .sanitise import clean_url
from .capture_views import capture_widget_class
from .base import BlockView, EventSink, NO_OVERRIDE, View, close_widget, register_view, set_traits

if TYPE_CHECKING:
    from .reconciler import Reconciler

#: Built-in avatars: a glyph on a coloured disc (Streamlit's colours).
_PRESETS = {"user": ("🧑", "rgb(255, 108, 108)"), "assistant": ("🤖", "rgb(255, 189, 69)")}
_AVATAR_STYLE = ("display:flex;align-items:center;justify-content:center;width:2rem;"
                 "height:2rem;border-radius:0.5rem;font-size:1.1rem;line-height:1;"
                 "background:{background};color:{color};overflow:hidden")


def avatar_html(props: ChatMessageProps) -> str:
    """The avatar of a chat message: preset icon, emoji, Material icon, image,
    or the name's initial."""
    kind, avatar, name = props["avatar_type"], props["avatar"], str(props["name"])
    background, color, content = "var(--jp-layout-color3)", "var(--jp-ui-font-color1)", ""
    if kind == "icon" and avatar in _PRESETS:
        content, background = _PRESETS[avatar]
    elif kind == "icon" and avatar.startswith(":material/"):
        icon_name = avatar[len(":material/"):-1]
        # The Material Symbols font shows the icon when the page has it;
        # otherwise the name itself is shown, small.
        content = (f'<span class="material-symbols-rounded" style="font-size:0.6rem">'
                   f"{escape(icon_name)}</span>")
    elif kind == "emoji":
        content, background = escape(avatar), "transparent"
    elif kind == "image":
        source = clean_url(avatar, data_types=("image/",))
        content = (f'<img src="{escape(source)}" alt="{escape(name)}" '
                   'style="width:100%;height:100%;object-fit:cover">')
    else:
        content = escape(name[:1].upper())
    style = _AVATAR_STYLE.format(background=background, color=color)
    return f'<div class="stc-chat-avatar" title="{escape(name)}" style="{style}">{content}</div>'


@register_view("chat_message")
class ChatMessageView(BlockView):
    """A row: avatar, then a column with the message's elements."""

    def create(self, element: Element) -> w.Box:
        self.avatar = w.HTML(avatar_html(element.props), layout=w.Layout(flex="0 0 auto"))
        self.body = w.VBox(layout=w.Layout(flex="1 1 auto", min_width="0"))
        row = w.HBox([self.avatar, self.body], layout=w.Layout(
            padding="0.5rem 0", margin="0", grid_gap="1rem", align_items="flex-start",
            width="100%"))
        row.add_class("stc-chat-message")
        return row

    def look(self, element: Element) -> None:
        """A message of the user is on a light background, as in Streamlit."""
        user = str(element.props["name"]) == "user"
        if user != ("stc-chat-user" in self.widget._dom_classes):
            (self.widget.add_class if user else self.widget.remove_class)("stc-chat-user")

    def decorate(self, element: Element) -> None:
        self.look(element)  # a message has no border, whatever its props

    def set_children(self, widgets: tuple[w.Widget, ...]) -> None:
        if tuple(self.body.children) != widgets:
            self.body.children = widgets

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        set_traits(self.avatar, {"value": avatar_html(element.props)})
        self.look(element)

    def close(self) -> None:
        super().close()
        close_widget(self.avatar)
        close_widget(self.body)


@register_view("chat_input")
class ChatInputView(View):
    """A message box and a send button; a submission is reported once."""

    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        self._syncing = False
        #: Files attached for the next submission.
        self.staged: list[UploadedFile] = []
        self.text = w.Text(continuous_update=False, layout=w.Layout(flex="1 1 auto", width="auto"))
        self.send = w.Button(icon="paper-plane", tooltip="Send",
                             layout=w.Layout(width="auto", flex="0 0 auto"))
        #: The file picker and the attached files' row: made for an input that
        #: accepts files (most chat inputs do not, and pay nothing for it).
        self.attach: w.FileUpload | None = None
        self.attached: w.HTML | None = None
        self.unattach: w.Button | None = None
        self.attached_row: w.HBox | None = None
        #: The microphone of an input that accepts audio (made when first needed).
        self.mic: w.Widget | None = None
        self.row = w.HBox([self.text, self.send], layout=w.Layout(width="100%"))
        self.widget = w.VBox([self.row], layout=w.Layout(width="100%"))
        self.widget.add_class("stc-chat-input")
        self.text.observe(self._on_commit, names="value")
        self.send.on_click(lambda _: self._submit(self.text.value))
        self.update(element)

    def _make_attach(self) -> w.FileUpload:
        self.attach = w.FileUpload(description="", icon="paperclip", tooltip="Attach files",
                                   layout=w.Layout(width="auto", flex="0 0 auto"))
        self.attached = w.HTML()
        self.unattach = w.Button(description="✕", tooltip="Remove the attached files",
                                 layout=w.Layout(width="auto"))
        self.attached_row = w.HBox([self.attached, self.unattach])
        self.attach.observe(self._on_attach, names="value")
        self.unattach.on_click(lambda _: self._set_staged([]))
        self.row.children = (self.attach, *self.row.children)
        self.widget.children = (self.attached_row, self.row)
        return self.attach

    def _make_mic(self) -> w.Widget:
        """The audio capture of ``st.audio_input``, one-shot: a recording is
        submitted at once, with the text typed so far (as Streamlit's)."""
        self.mic = capture_widget_class()(mode="audio", one_shot=True)
        self.mic.on_msg(self._on_recording)
        self.row.children = (*self.row.children[:-1], self.mic, self.send)
        return self.mic

    def _on_recording(self, _widget: Any, content: Any, buffers: list[Any]) -> None:
        if (isinstance(content, dict) and content.get("event") == "capture" and buffers
                and self.element.props.get("accept_audio")
                and not self.element.props.get("disabled")):
            stamp = datetime.now(timezone.utc).isoformat().replace(":", "-").replace(".", "-")
            self._submit(self.text.value,
                         audio=UploadedFile(bytes(buffers[0]), f"audio-{stamp}.wav", "audio/wav"))

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        props = element.props
        disabled = bool(props.get("disabled"))
        traits: dict[str, Any] = {"placeholder": props.get("placeholder") or "",
                                  "disabled": disabled}
        if props.get("set_value") is not None:  # the script filled the box
            traits["value"] = props["set_value"]
        self._sync(self.text, traits)
        set_traits(self.send, {"disabled": disabled})
        accept = props.get("accept_file") or False
        if accept or self.attach is not None:
            attach = self.attach or self._make_attach()
            set_traits(attach.layout, {"display": None if accept else "none"})
            self._sync(attach, {"accept": ",".join(props.get("file_types") or []),
                                "multiple": accept in ("multiple", "directory"),
                                "disabled": disabled})
            if not accept and self.staged:
                self._set_staged([])
            self._show_staged()
        if props.get("accept_audio") or self.mic is not None:
            mic = self.mic or self._make_mic()
            set_traits(mic.layout, {"display": None if props.get("accept_audio") else "none"})
            set_traits(mic, {"disabled": disabled,
                             "sample_rate": props.get("audio_sample_rate") or 0})

    def _sync(self, widget: w.Widget, traits: dict[str, Any]) -> None:
        self._syncing = True
        try:
            set_traits(widget, traits)
        finally:
            self._syncing = False

    def _on_commit(self, change: dict[str, Any]) -> None:
        if not self._syncing:
            self._submit(change["new"])

    def _on_attach(self, change: dict[str, Any]) -> None:
        if self._syncing or not change["new"]:
            return
        props = self.element.props
        limit = (props.get("max_upload_size_mb") or 200) * 1024 * 1024
        picked = [UploadedFile(bytes(entry["content"]), str(entry["name"]),
                               str(entry.get("type") or "application/octet-stream"))
                  for entry in change["new"] if len(entry["content"]) <= limit]
        self._sync(change["owner"], {"value": ()})  # FileUpload keeps its own copy of the bytes
        multiple = props.get("accept_file") in ("multiple", "directory")
        self._set_staged([*self.staged, *picked] if multiple else picked[:1] or self.staged)

    def _set_staged(self, files: list[UploadedFile]) -> None:
        self.staged = list(files)
        self._show_staged()

    def _show_staged(self) -> None:
        if self.attached is None or self.attached_row is None:
            return
        names = ", ".join(escape(f.name) for f in self.staged)
        set_traits(self.attached, {"value": f'<span class="stc-caption">📎 {names}</span>'
                                   if names else ""})
        set_traits(self.attached_row.layout, {"display": None if self.staged else "none"})

    def _submit(self, text: Any, audio: UploadedFile | None = None) -> None:
        text = "" if text is None else str(text)
        if not text.strip() and not self.staged and audio is None:
            return
        max_chars = self.element.props.get("max_chars")
        if max_chars:
            text = text[:max_chars]
        # Clear first: whatever the box commits later is new text.
        self._sync(self.text, {"value": ""})
        if self.element.props.get("submit_mode") == "disable":
            # Until the run the submission causes has ended (its render
            # sets the element's own state back).
            self._sync(self.text, {"disabled": True})
            set_traits(self.send, {"disabled": True})
        files, self.staged = self.staged, []
        self._show_staged()
        if self.element.props.get("accept_file") or self.element.props.get("accept_audio"):
            self.sink.widget_changed(self.element, {"text": text, "files": files, "audio": audio})
        else:
            self.sink.widget_changed(self.element, text)

    def close(self) -> None:
        for widget in (self.text, self.send, self.mic, self.attach, self.attached, self.unattach,
                       self.attached_row, self.row, self.widget):
            if widget is not None:
                close_widget(widget)
