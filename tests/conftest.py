"""Shared fixtures: paths to the bundled data and helpers to make broken copies."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analysis import paths


@pytest.fixture
def seed_article_path() -> Path:
    return paths.ARTICLES_DIR / "raimondo-china-visit-2023.txt"


def read_rows(relative: str) -> list[dict[str, str]]:
    """Rows of a vendored CSV read with the csv module alone (independent of the loader)."""
    with open(paths.DATA_DIR / relative, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
