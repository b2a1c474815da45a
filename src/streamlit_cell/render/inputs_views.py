"""Views of the inputs elements (see ``elements/inputs.py``)."""

from __future__ import annotations
