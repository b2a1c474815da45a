"""The base of the element mixins: how a mixin reaches the DeltaGenerator it
is part of (as Streamlit's ``dg`` property does).

A mixin cannot import ``DeltaGenerator``: the DeltaGenerator class is built
from the mixins, so the import would be a cycle. The type is imported for the
type checker only, and ``self.dg`` gives the DeltaGenerator's own methods
(``_enqueue``, ``_new``, ``_main_root`` ...) with their types.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from .delta_generator import DeltaGenerator


class ElementMixin:
    """A family of ``st.*`` commands, mixed into ``DeltaGenerator``."""

    __slots__ = ()

    @property
    def dg(self) -> DeltaGenerator:
        """The DeltaGenerator this mixin is part of (``self``, typed)."""
        return cast("DeltaGenerator", self)
