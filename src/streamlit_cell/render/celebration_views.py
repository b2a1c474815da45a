"""Views of ``st.balloons`` and ``st.snow``: a CSS animation that plays once.

The emojis rise (balloons) or fall (snow) over the page for a few seconds, as
Streamlit's do, then fade; they never take space in the app or catch clicks,
and are not shown at all to people who asked their system for reduced motion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import ipywidgets as w

from ..runtime.page_tree import Element
from .base import EventSink, NO_OVERRIDE, View, register_view

if TYPE_CHECKING:
    from .reconciler import Reconciler

_STYLE = """<style>
.stc-effect span { position: fixed; pointer-events: none; z-index: 1000; font-size: 2.4em; }
.stc-effect-balloons span { bottom: -1.5em; animation: stc-rise 3s ease-in var(--stc-delay) both; }
.stc-effect-snow span { top: -1.5em; animation: stc-fall 5s linear var(--stc-delay) both; }
@keyframes stc-rise { 0% { transform: translateY(0); opacity: 1; } 85% { opacity: 1; }
  100% { transform: translateY(-115vh); opacity: 0; } }
@keyframes stc-fall { 0% { transform: translateY(0); opacity: 1; } 85% { opacity: 1; }
  100% { transform: translateY(110vh); opacity: 0; } }
@media (prefers-reduced-motion: reduce) { .stc-effect span { display: none; } }
</style>"""

_EMOJI = {"balloons": "🎈", "snow": "❄️"}
_COUNT = 24


def effect_html(kind: str, effect: int) -> str:
    """The effect's HTML; ``effect`` makes each call's HTML new, so it replays."""
    # Spread across the width with staggered starts (a fixed pattern: the same
    # call always looks the same, which keeps tests and outputs stable).
    spans = "".join(
        f'<span style="left: {(i * 37) % 97}%; --stc-delay: {(i * 7) % 11 / 10:.1f}s">'
        f"{_EMOJI[kind]}</span>"
        for i in range(_COUNT))
    return (f'<div class="stc-effect stc-effect-{kind}" data-effect="{effect}">'
            f"{_STYLE}{spans}</div>")


@register_view("balloons", "snow")
class EffectView(View):
    def __init__(self, element: Element, sink: EventSink, reconciler: Reconciler) -> None:
        super().__init__(element, sink)
        # No room taken in the app: the emojis are positioned over the page.
        self.widget = w.HTML(layout=w.Layout(height="0px", min_height="0px", margin="0px"))
        self.update(element)

    def update(self, element: Element, override: Any = NO_OVERRIDE) -> None:
        super().update(element)
        html = effect_html(element.type, element.props["effect"])
        if html != self.widget.value:
            self.widget.value = html
