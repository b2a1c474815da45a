"""Views of the media elements (see ``elements/media.py``)."""

from __future__ import annotations
