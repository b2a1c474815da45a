"""Display elements: st.metric, st.badge, st.divider, st.latex, st.html, st.popover, st.fragment..."""

from __future__ import annotations


class DisplayMixin:
    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ()
