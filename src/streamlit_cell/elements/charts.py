"""Charts: st.line_chart ... st.plotly_chart."""

from __future__ import annotations


class ChartsMixin:
    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ()
