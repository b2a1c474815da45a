"""``streamlit.runtime.uploaded_file_manager``: ``UploadedFile``, the type
apps annotate ``st.file_uploader`` results with."""

from __future__ import annotations

from ..elements.file_widgets import UploadedFile

__all__ = ["UploadedFile"]
