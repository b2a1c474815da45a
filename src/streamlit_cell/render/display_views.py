"""Views of the display elements (see ``elements/display.py``)."""

from __future__ import annotations
