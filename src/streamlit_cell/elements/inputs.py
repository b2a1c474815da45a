"""More inputs: st.file_uploader, st.download_button, st.link_button, st.pills, st.segmented_control, st.feedback, st.data_editor."""

from __future__ import annotations


class InputsMixin:
    #: The ``st.*`` commands this mixin provides (bound in ``api``).
    COMMANDS: tuple[str, ...] = ()
