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


def edited_copy(
    directory: Path, table: str, match: dict[str, str], column: str, new: str
) -> tuple[Path, int]:
    """Copy a bundled table into `directory` with one cell changed (csv module only).

    `match` picks exactly one row by its text values; returns the copy and that row's
    line number in the file (header = line 1).
    """
    rows = read_rows(f"sources/{table}.csv")
    hits = [i for i, r in enumerate(rows) if all(r[k] == v for k, v in match.items())]
    assert len(hits) == 1, f"{match} matches {len(hits)} rows of {table}"
    rows[hits[0]][column] = new
    path = directory / f"{table}.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path, hits[0] + 2
