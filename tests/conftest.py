"""Shared fixtures: paths to the bundled data and helpers to make broken copies."""

from __future__ import annotations

import csv
import hashlib
import shutil
import sys
from pathlib import Path

import pytest

from analysis import paths
from analysis.data import datasets


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


def tree_digest() -> str:
    """One hash over every file under data/ (to prove nothing changed)."""
    digest = hashlib.sha256()
    for path in sorted(paths.DATA_DIR.rglob("*")):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """Point the catalog at a scratch copy of data/ so that merges can write."""
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, copy)
    monkeypatch.setattr(paths, "DATA_DIR", copy)
    monkeypatch.setattr(paths, "DATAPACKAGE", copy / "datapackage.json")
    datasets.reload()
    yield copy
    datasets.reload()


def pytest_terminal_summary(terminalreporter) -> None:
    """The fault-injection suite's totals (tests/test_faults.py), when it ran."""
    faults = sys.modules.get("test_faults")
    if faults is not None and faults.OUTCOMES:
        found = ", ".join(f"{name} {count}" for name, count in faults.totals().items())
        terminalreporter.write_line(f"fault-injection suite: {found}")
