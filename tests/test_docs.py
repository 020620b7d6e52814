"""The manual matches the code: its Python examples run, the module paths it names exist."""

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
def test_module_paths_exist(page):
    # Links and their anchors: tests/test_docs_links.py.
    targets = re.findall(r"`(analysis/[\w/]+\.py)`", page.read_text(encoding="utf-8"))
    missing = [t for t in targets if not ((page.parent / t).exists() or (paths.ROOT / t).exists())]
    assert not missing, f"{page.name} points at files that do not exist: {missing}"


def test_the_architecture_layout_lists_every_module_and_no_other():
    text = (paths.ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    block = text.split("```\nanalysis/\n", 1)[1].split("\nnotebooks/ ", 1)[0]
    packages: dict[str, set[str]] = {}
    current = ""
    for line in block.splitlines():
        m = re.match(r"  (\w+)/ +(.*)", line)
        if m:
            current, line = m.group(1), m.group(2)
            packages[current] = set()
        if current:
            items = re.sub(r"\([^)]*\)", "", line).split("·")
            packages[current] |= {i.split()[0] for i in items if i.strip()}
    packages.pop("templates")
    for package, named in packages.items():
        folder = paths.ROOT / "analysis" / package
        actual = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
        assert named == actual, (package, sorted(named ^ actual))


def test_no_module_is_over_700_lines():
    long = {
        str(p.relative_to(paths.ROOT)): n
        for p in (paths.ROOT / "analysis").rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 700
    }
    assert long == {}, "split these along their jobs (docs/architecture.md)"
