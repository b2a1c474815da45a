"""``st.balloons`` and ``st.snow``: one-shot celebration effects.

As in Streamlit, each call adds an element (types "balloons" and "snow") and
the effect plays once every time a run makes the call: each call's element
carries a new ``effect`` number, so the front end sees a change and replays it.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from ..runtime.page_tree import Element
from .mixin import ElementMixin

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator

#: A new number for each call: the effect replays even where nothing else changed.
_effect_numbers = itertools.count(1)


class CelebrationsMixin(ElementMixin):
    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ("balloons", "snow")

    def balloons(self: "DeltaGenerator") -> "DeltaGenerator":
        """Draw celebratory balloons."""
        return self._enqueue(Element("balloons", {"effect": next(_effect_numbers)}))

    def snow(self: "DeltaGenerator") -> "DeltaGenerator":
        """Draw celebratory snowfall."""
        return self._enqueue(Element("snow", {"effect": next(_effect_numbers)}))
