"""Views of the charts elements (see ``elements/charts.py``)."""

from __future__ import annotations
