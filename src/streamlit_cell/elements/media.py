"""Media: st.image, st.audio, st.video."""

from __future__ import annotations


class MediaMixin:
    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ()
