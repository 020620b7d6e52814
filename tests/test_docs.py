"""The manual matches the code: its Python examples run, its links and module paths exist."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import paths

DOCS = sorted((paths.ROOT / "docs").glob("*.md"))
PAGES = [paths.ROOT / "README.md", *DOCS]


def _blocks(page: Path, language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", page.read_text(encoding="utf-8"), re.S)


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.name)
def test_python_examples_run(page, monkeypatch):
    monkeypatch.chdir(paths.ROOT)
    for code in _blocks(page, "python"):
        exec(compile(code, str(page), "exec"), {})


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_and_module_paths_exist(page):
    text = page.read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text)
    targets += re.findall(r"`(analysis/[\w/]+\.py)`", text)
    missing = [t for t in targets if not ((page.parent / t).exists() or (paths.ROOT / t).exists())]
    assert not missing, f"{page.name} points at files that do not exist: {missing}"
