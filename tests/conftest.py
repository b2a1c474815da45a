"""What every tier shares: the fixtures and helpers of ``tests/support`` (a
package: ``from support.differential import ...``), and a marker per tier,
given to each test by the folder it is in, so ``pytest tests -m core`` runs
the core tier (the markers are registered in pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.register_assert_rewrite("support.differential")

pytest_plugins = ["support.inprocess_fixtures", "support.sanitisers"]

TESTS = Path(__file__).resolve().parent
#: Folder under tests/ -> the marker of its tier.
TIERS = {name: getattr(pytest.mark, name) for name in (
    "core", "api", "inprocess", "kernel", "notebooks", "browser", "reliability", "fuzz",
    "examples")}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        try:
            folder = Path(item.path).resolve().relative_to(TESTS).parts[0]
        except ValueError:  # not under tests/
            continue
        marker = TIERS.get(folder)
        if marker is not None:
            item.add_marker(marker)
