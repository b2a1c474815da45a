"""Notebook tier: every notebooks/*.ipynb executed top to bottom with nbclient."""

from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "notebooks: executes the demo notebooks in a real kernel (nbclient)"
    )
