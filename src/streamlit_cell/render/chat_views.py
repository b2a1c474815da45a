"""Views of the chat elements (see ``elements/chat.py``).

``st.chat_input`` is a Text box and a send button. The box commits its text
on Enter (or when it loses focus with new text: ``continuous_update=False``);
a commit with text submits it and clears the box at once, so the same text
is never submitted twice (a later blur finds nothing new, a click on the
button finds the box empty). ``st.chat_message`` is a bordered row: the
avatar, then the message's elements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.element_props import ChatMessageProps
from ..runtime.page_tree import Element
from .markdown import escape
from .sanitise import clean_url
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
    """A bordered row: avatar, then a column with the message's elements."""

    def create(self, element: Element) -> w.Box:
        self.avatar = w.HTML(avatar_html(element.props), layout=w.Layout(flex="0 0 auto"))
        self.body = w.VBox(layout=w.Layout(flex="1 1 auto", min_width="0"))
        row = w.HBox([self.avatar, self.body], layout=w.Layout(
            border="1px solid var(--jp-border-color2)", padding="0.5em", margin="0.25em 0",
            grid_gap="0.75em", align_items="flex-start", width="100%"))
        row.add_class("stc-chat-message")
        return row

    def decorate(self, element: Element) -> None:
        pass  # the row draws its own border

    def set_children(self, widgets: tuple[w.Widget, ...]) -> None:
        if tuple(self.body.children) != widgets:
            self.body.children = widgets

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        set_traits(self.avatar, {"value": avatar_html(element.props)})

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
        self.text = w.Text(continuous_update=False, layout=w.Layout(flex="1 1 auto", width="auto"))
        self.send = w.Button(icon="paper-plane", tooltip="Send",
                             layout=w.Layout(width="auto", flex="0 0 auto"))
        self.widget = w.HBox([self.text, self.send], layout=w.Layout(width="100%"))
        self.widget.add_class("stc-chat-input")
        self.text.observe(self._on_commit, names="value")
        self.send.on_click(lambda _: self._submit(self.text.value))
        self.update(element)

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

    def _sync(self, widget: w.Widget, traits: dict[str, Any]) -> None:
        self._syncing = True
        try:
            set_traits(widget, traits)
        finally:
            self._syncing = False

    def _on_commit(self, change: dict[str, Any]) -> None:
        if not self._syncing:
            self._submit(change["new"])

    def _submit(self, text: Any) -> None:
        text = "" if text is None else str(text)
        if not text.strip():
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
        self.sink.widget_changed(self.element, text)

    def close(self) -> None:
        for widget in (self.text, self.send, self.widget):
            close_widget(widget)
