"""Every relative link of the README and the manual reaches a file, and its anchor a heading
of that file (GitHub's anchors: the heading in lower case, punctuation dropped, spaces as
hyphens, a repeated heading numbered -1, -2, ...); every pointer of the code, tests, lexicons
and docs that names a page and quotes a section or rule of it (`docs/factcheck.md, "When the
checker abstains"`) quotes text that page holds, so a section moved to a log is followed."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from analysis import paths

PAGES = [paths.ROOT / "README.md", *sorted((paths.ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
# Where pointers into the manual are written (not eval/: its keys are data, and its test
# half is never read).
POINTING = ("analysis/**/*.py", "tests/*.py", "data/**/*.yaml", "README.md", "docs/*.md")
# A page named, then right after it (a comma, a bracket) the quoted words of a section or rule.
POINTER = re.compile(r"""docs/([\w-]+\.md)`?[,;:]? ?\(?["“]([^"”]{3,})["”]""")


def _prose(text: str) -> str:
    """The text without fenced code blocks and inline code, where brackets are not links."""
    text = re.sub(r"^```.*?^```", "", text, flags=re.S | re.M)
    return re.sub(r"`[^`\n]*`", "", text)


def slug(heading: str) -> str:
    """GitHub's anchor of a heading's text."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    """The anchors of a page's headings, outside code blocks."""
    text = re.sub(r"^```.*?^```", "", page.read_text(encoding="utf-8"), flags=re.S | re.M)
    seen: Counter[str] = Counter()
    out = set()
    for heading in re.findall(r"^#{1,6} +(.+?) *#*$", text, flags=re.M):
        base = slug(heading)
        out.add(base if not seen[base] else f"{base}-{seen[base]}")
        seen[base] += 1
    return out


def broken_links(page: Path) -> list[str]:
    """The relative links of a page whose file or anchor does not exist (each linked page's
    anchors read once, not once per link)."""
    held: dict[Path, set[str]] = {}
    broken = []
    for target in LINK.findall(_prose(page.read_text(encoding="utf-8"))):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto: ...
            continue
        path, _, anchor = target.partition("#")
        file = (page.parent / path).resolve() if path else page
        if not file.exists():
            broken.append(target)
        elif anchor and file.suffix == ".md":
            if file not in held:
                held[file] = anchors(file)
            if anchor not in held[file]:
                broken.append(target)
    return broken


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_relative_links_and_anchors_resolve(page):
    assert broken_links(page) == [], f"{page.name}: links to no file or heading"


def test_the_manuals_point_at_their_logs_and_back():
    docs = paths.ROOT / "docs"
    for manual in ("factcheck", "performance"):
        text = (docs / f"{manual}.md").read_text(encoding="utf-8")
        log = (docs / f"{manual}-log.md").read_text(encoding="utf-8")
        assert f"]({manual}-log.md)" in _prose(text)
        assert f"]({manual}.md)" in _prose(log)


def _flat(text: str) -> str:
    """Text as one line: comment marks and indentation of continued lines dropped."""
    return " ".join(re.sub(r'^\s*(#|""")?\s*', "", line) for line in text.splitlines())


def stale_pointers(
    text: str, root: Path, pages: dict[str, str] | None = None
) -> list[tuple[str, str]]:
    """(page, quoted words) of each pointer in `text` whose page does not hold the words;
    `pages` keeps each page's flattened text for the next call (read once for all files)."""
    pages = {} if pages is None else pages
    stale = []
    for page, words in POINTER.findall(_flat(text)):
        if page not in pages:
            path = root / "docs" / page
            held = path.read_text(encoding="utf-8") if path.exists() else ""
            pages[page] = " ".join(held.split()).lower()
        if " ".join(words.split()).lower() not in pages[page]:
            stale.append((page, words))
    return stale


def test_pointers_into_the_docs_quote_what_the_page_holds():
    files = sorted({f for pattern in POINTING for f in paths.ROOT.glob(pattern)})
    files.remove(Path(__file__).resolve())  # its own made-up pointers below
    pages: dict[str, str] = {}
    stale = {
        str(f.relative_to(paths.ROOT)): found
        for f in files
        if (found := stale_pointers(f.read_text(encoding="utf-8"), paths.ROOT, pages))
    }
    assert stale == {}, "point these at the page that now holds the section (or its new name)"


def test_a_stale_pointer_is_found(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "log.md").write_text("## Offices in appositives (round 25)\n")
    code = '''"""Rules: docs/log.md, "Offices in
    appositives"; docs/log.md ("Offices named as titles"); docs/gone.md, "Anything"."""
    # docs/log.md, "offices in appositives" (any case); docs/log.md on its own.'''
    assert stale_pointers(code, tmp_path) == [
        ("log.md", "Offices named as titles"),
        ("gone.md", "Anything"),
    ]


def test_a_broken_anchor_or_file_is_found(tmp_path):
    other = "# Title\n\n## A heading: with (marks)\n\n## Twice\n## Twice\n"
    (tmp_path / "other.md").write_text(other)
    page = tmp_path / "page.md"
    page.write_text(
        "[ok](other.md#a-heading-with-marks) [ok](other.md#twice-1) [ok](#here) [ok](https://x.y)\n"
        "[bad](other.md#no-such-heading) [bad](missing.md#x) [bad](#nowhere) `[code](nothing.md)`\n"
        "\n## Here\n\n```\n## Not a heading\n[in code](absent.md)\n```\n"
    )
    assert broken_links(page) == ["other.md#no-such-heading", "missing.md#x", "#nowhere"]


def test_pages_shared_between_files_are_read_once_and_each_file_still_checked(tmp_path):
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "log.md"
    page.write_text("## Offices in appositives (round 25)\n")
    pages: dict[str, str] = {}
    assert stale_pointers('docs/log.md, "Offices in appositives"', tmp_path, pages) == []
    page.unlink()  # held from the first file: not read again
    assert stale_pointers('docs/log.md, "offices in appositives"', tmp_path, pages) == []
    assert stale_pointers('docs/log.md ("Offices named")', tmp_path, pages) == [
        ("log.md", "Offices named")
    ]
