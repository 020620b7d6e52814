"""The report as readers get it: every page in a real browser (headless Chromium, offline),
the single-file report opened alone, the PDF, and no live markup from hostile articles.

The browser tests skip, saying why, where no Chromium is installed (`.ci/run` installs
Debian's `chromium`, so CI runs them). The checks on the HTML text run everywhere.
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import Browser
from conftest import HOSTILE_ARTICLES

from analysis.runner import export, report
from analysis.runner.results import FRAGMENT_FILE, HTML_FILE

pytestmark = pytest.mark.notebook
needs_chromium = pytest.mark.skipif(
    export.chromium() is None,
    reason="no Chromium installed (apt-get install chromium): browser checks skipped",
)


@pytest.fixture(scope="module")
def exported(whole_report):
    """The whole report, its single-file version and (with Chromium) its PDF."""
    out, _runs, results, _ = whole_report
    written = export.export(out, pdf=export.chromium() is not None)
    return out, results, written


@pytest.fixture(scope="module")
def browser():
    if export.chromium() is None:
        pytest.skip("no Chromium installed (apt-get install chromium): browser checks skipped")
    with Browser() as b:
        yield b


def _pages(out: Path) -> list[Path]:
    return [out / report.INDEX_FILE, *sorted(out.glob(f"*/*/{HTML_FILE}"))]


class _Markup(HTMLParser):
    """Tags, attributes and text of a page, as a browser's parser reads them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _live_markup(path: Path) -> list[str]:
    """Anything in a page that would run or load: scripts, frames, handlers, script links."""
    parser = _Markup()
    parser.feed(path.read_text(encoding="utf-8"))
    out = []
    for tag, attrs in parser.tags:
        if tag in ("script", "iframe", "object", "embed", "link"):
            out.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                out.append(f"<{tag} {name}=...>")
            if name in ("href", "src") and (value or "").strip().lower().startswith("javascript:"):
                out.append(f"<{tag} {name}={value}>")
    return out


def test_no_page_holds_live_markup_and_hostile_text_shows_as_text(exported):
    out, results, written = exported
    pages = [*_pages(out), *written[:1], *sorted(out.glob(f"*/*/{FRAGMENT_FILE}"))]
    for page in pages:
        assert _live_markup(page) == [], page
    hostile = [r for r in results if r.run.params.get("article") in HOSTILE_ARTICLES]
    assert len(hostile) == 6
    for result in hostile:
        parser = _Markup()
        parser.feed((result.output_dir / HTML_FILE).read_text(encoding="utf-8"))
        text = "".join(parser.text)
        # shown to the reader as text: the article's markup, whole
        assert "<script>window.__pwned = 1" in text, result.run.label
    index_text = "".join(_parsed(out / report.INDEX_FILE).text)
    assert "Chip curbs <script>window.__pwned = 1" in index_text
    assert "Gallium <script>window.__pwned = 1</script> curbs" in index_text


def _parsed(path: Path) -> _Markup:
    parser = _Markup()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_run_pages_have_no_internals(exported):
    out, results, _ = exported
    for result in results:
        page = (result.output_dir / HTML_FILE).read_text(encoding="utf-8")
        text = "".join(_parsed(result.output_dir / HTML_FILE).text)
        assert str(out) not in page and "/tmp/" not in page, result.run.label
        assert not re.search(
            r"(^|\s)--[a-z]|\bworkbook (run|check|article|export|list|data)", text
        ), result.run.label
        assert not re.search(r"\banalysis[./]\w", text), f"{result.run.label}: module names"
        assert "…" not in text, f"{result.run.label}: text cut short"


@needs_chromium
def test_every_page_loads_offline_with_no_error_and_a_real_title(exported, browser):
    out, results, _ = exported
    checked = 0
    for page in _pages(out):
        seen = browser.load(page)
        assert seen.problems() == [], (page, seen.problems())
        pngs = list(page.parent.glob("*.png"))
        if page.name == HTML_FILE:
            label = page.parent.relative_to(out).as_posix()
            result = next(r for r in results if r.run.label == label)
            heading = result.run.spec.heading(result.run.params)
            assert seen.title.startswith(heading) and seen.h1 == heading
            assert seen.images == len(pngs), page
        checked += 1
    assert checked == len(results) + 1


@needs_chromium
def test_the_single_file_report_works_alone(exported, browser, tmp_path):
    _out, results, written = exported
    alone = tmp_path / "mailed" / "report.html"
    alone.parent.mkdir()
    shutil.copy(written[0], alone)
    seen = browser.load(alone)
    assert seen.problems() == []
    assert seen.title == report.TITLE
    pngs = [p for r in results for p in r.output_dir.glob("*.png")]
    assert seen.images == len(pngs)
    parser = _parsed(alone)
    ids = {v for _, attrs in parser.tags for k, v in attrs if k == "id"}
    for tag, attrs in parser.tags:
        for name, value in attrs:
            if tag == "a" and name == "href":
                assert value.startswith(("#", "http://", "https://")), value
                assert not value.startswith("#") or value[1:] in ids, value
    for result in results:
        assert result.run.spec.heading(result.run.params) in seen.text


@needs_chromium
def test_the_pdf_starts_each_run_on_a_new_page_and_never_splits_a_chart(exported):
    from pypdf import PdfReader

    _out, results, written = exported
    pdf = PdfReader(written[1])
    assert len(pdf.pages) >= len(results) + 1
    marks = _bookmarks(pdf)
    order = sorted(results, key=lambda r: r.run.spec.name != "brief")
    found_at = []
    for result in order:
        heading = " ".join(result.run.spec.heading(result.run.params).split())
        at = marks.get(heading)
        assert at is not None, f"no bookmark for {heading!r} (bookmarks: {sorted(marks)})"
        # only the bookmarked pages are read: text extraction is seconds for the whole report
        text = " ".join((pdf.pages[at].extract_text() or "").split())
        assert text.startswith(heading), f"page {at + 1} does not start with {heading!r}"
        found_at.append(at)
    assert found_at == sorted(set(found_at)), "each run on pages of its own, in order"
    drawn = sum(_images_on(page) for page in pdf.pages)
    pngs = [p for r in results for p in r.output_dir.glob("*.png")]
    assert drawn == len(pngs), "each chart drawn once: none split across pages"


def _bookmarks(pdf) -> dict[str, int]:
    """The PDF's bookmarks (its outline, from the report's headings): title to page index."""
    out: dict[str, int] = {}

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.setdefault(" ".join(item.title.split()), pdf.get_destination_page_number(item))

    walk(pdf.outline)
    return out


def _images_on(page) -> int:
    """Images a PDF page draws, from the page's resources: Chromium lists there what the
    page draws, so a chart split across two pages is listed on both. (`page.images` parses
    every page's drawing operators again: seconds for this report.)"""
    xobjects = page["/Resources"].get_object().get("/XObject")
    found = xobjects.get_object() if xobjects else {}
    return sum(found[name].get_object().get("/Subtype") == "/Image" for name in found)


@needs_chromium
def test_the_browser_check_sees_what_a_broken_page_does(browser, tmp_path):
    page = tmp_path / "broken.html"
    page.write_text(
        "<!doctype html><html><head><title>Notebook</title>"
        "<script src='https://cdn.invalid/require.js'></script></head><body>"
        "<img src='missing.png' alt='gone'><script>window.__pwned = 1;"
        "console.error('boom')</script></body></html>",
        encoding="utf-8",
    )
    problems = "\n".join(browser.load(page).problems())
    for expected in ("failed load", "request off the machine", "not decoded", "script", "boom"):
        assert expected in problems
    assert "__pwned" in problems and "no real title" in problems


def test_run_pages_load_nothing_from_a_cdn(exported):
    out, _results, written = exported
    for page in [*_pages(out), written[0]]:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"\bsrc=[\"']?(https?:)?//", text), page
        assert "mathjax" not in text.lower() and "require.js" not in text, page
