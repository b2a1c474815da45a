"""A file holding a script that came as a string (a cell, ``AppTest.from_string``).

Streamlit's ``AppTest.from_string`` writes the script to a file in a
temporary folder, named by a hash of its text, and runs that file: the
script's ``__file__`` is that path, and code such as
``Path(__file__).parent`` or ``inspect.getsource`` works. Scripts given as
strings here get the same, so they behave alike under both.
"""

from __future__ import annotations

import hashlib
import os
import tempfile

_folder: tempfile.TemporaryDirectory[str] | None = None


def source_file(source: str) -> str:
    """The path of a file holding ``source`` (written on first request; the
    folder is removed when the process exits)."""
    global _folder
    if _folder is None:
        _folder = tempfile.TemporaryDirectory(prefix="streamlit_cell_")
    name = hashlib.blake2b(source.encode("utf-8"), digest_size=16).hexdigest()
    path = os.path.join(_folder.name, name)
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as file:
            file.write(source)
    return path
