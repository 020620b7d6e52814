"""Articles: load a news text with its metadata, clean it, and annotate it.

`load(path)` reads a plain-text (.txt) or saved web page (.html) article in any common
encoding, with its metadata sidecar `<name>.meta.json` when there is one, and returns an
`Article`: clean `text`, `metadata`, `entities`, `dates`, `claims` (and `non_claims`),
each item with its character span in the clean text. `Article.to_dict()` is the public
JSON form (`workbook article PATH --json`, documented in the README).

Cleaning never loses the original: each repair records the span it replaced in the
original text and what it put there, and `Article.to_original` maps any offset of the
clean text back to the original. For a web page, the original is the article body that
trafilatura extracted from it.

Bad input fails with an `ArticleError` that says what is wrong (missing, empty, binary,
too large, a page with no article body) or, when the text is readable but odd (not in
English, no sentences), loads with a warning in `Article.warnings`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.article import claims as claims_mod
from analysis.article import dates as dates_mod
from analysis.article import entities as entities_mod
from analysis.article import entity_roles, office_titles, reading, visitor_ranks
from analysis.article.date_refs import DateRef, Published
from analysis.article.entity_refs import Entity
from analysis.article.reading import (  # noqa: F401 (locate: articles are found by name here too)
    HTML_SUFFIXES,
    MAX_TEXT_BYTES,
    SIDECAR_SUFFIX,
    locate,
)
from analysis.article.text import sentences, word_list
from analysis.data.datasets import Source
from analysis.errors import ArticleError


@dataclass(frozen=True)
class Repair:
    """One change made while cleaning: `original[start:end]` became `replacement`."""

    kind: str
    start: int
    end: int
    original: str
    replacement: str
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "original": self.original,
            "replacement": self.replacement,
            "note": self.note,
        }


@dataclass
class Article:
    """A news text: clean `text`, its `metadata`, and the `repairs` that made it."""

    path: Path | None
    original: str
    text: str
    metadata: dict[str, Any]
    repairs: list[Repair]
    # (clean offset, original offset) at the start of each unchanged stretch.
    _anchors: list[tuple[int, int]] = field(default_factory=list, repr=False)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    claims: list[claims_mod.Claim] = field(default_factory=list)
    non_claims: list[claims_mod.NonClaim] = field(default_factory=list)
    published: Published = field(
        default_factory=lambda: Published(None, None, None, "not annotated")
    )
    era: tuple[dt.date, dt.date] | None = None
    era_basis: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source_format: str = "text"
    encoding: str = "utf-8"

    @property
    def title(self) -> str:
        return str(self.metadata.get("headline") or "")

    @property
    def name(self) -> str:
        """The file name without its suffix, or 'article' for text given in memory."""
        return self.path.stem if self.path else "article"

    def entity(self, entity_id: str) -> Entity:
        """An entity by its id ('e3')."""
        return next(e for e in self.entities if e.id == entity_id)

    def date(self, date_id: str) -> DateRef:
        """A date expression by its id ('d2')."""
        return next(d for d in self.dates if d.id == date_id)

    def claim(self, claim_id: str) -> claims_mod.Claim:
        """A claim by its id ('c4')."""
        return next(c for c in self.claims if c.id == claim_id)

    def to_dict(self) -> dict[str, Any]:
        """The public JSON form (schema 'article/2', documented in docs/article.md)."""
        pub = self.published
        era = None
        if self.era:
            end = self.era[1]
            era = {
                "start": self.era[0].isoformat(),
                "end": None if end == dt.date.max else end.isoformat(),
                "basis": self.era_basis,
            }
        return {
            "schema": SCHEMA,
            "path": paths.relative(self.path) if self.path else None,
            "title": self.title or None,
            "outlet": self.metadata.get("outlet"),
            "author": self.metadata.get("author"),
            "url": self.metadata.get("url"),
            "language": self.metadata.get("language"),
            "published": pub.date.isoformat() if pub.date else None,
            "published_range": (
                {"start": pub.start.isoformat(), "end": pub.end.isoformat()}
                if pub.start and pub.end
                else None
            ),
            "published_basis": pub.basis,
            "era": era,
            "format": self.source_format,
            "encoding": self.encoding,
            "warnings": list(self.warnings),
            "text": self.text,
            "repairs": [r.to_dict() for r in self.repairs],
            "entities": [e.to_dict() for e in self.entities],
            "dates": [d.to_dict() for d in self.dates],
            "claims": [c.to_dict() for c in self.claims],
            "non_claims": [n.to_dict() for n in self.non_claims],
        }

    def to_json(self) -> str:
        """`to_dict` as stable JSON text (fixed key order, indented, trailing newline)."""
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def source(self) -> Source:
        """A citation of this article, for findings that rest on it."""

        outlet = str(self.metadata.get("outlet") or "unknown outlet")
        when = self.published.describe()
        when = (
            "publication date not stated"
            if when == "unknown"
            else (when if self.published.date else f"published {when} (inferred)")
        )
        title = self.title or self.name
        return Source(
            dataset=f"article:{self.name}",
            title=title,
            publisher=outlet,
            citation=f"{outlet}, “{title}”, {when}",
            url=str(self.metadata.get("url") or ""),
        )

    def to_original(self, offset: int) -> int:
        """The offset in the original text of a character at `offset` in the clean text."""
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} is outside the clean text (0..{len(self.text)})")
        i = bisect.bisect_right([c for c, _ in self._anchors], offset) - 1
        clean_at, original_at = self._anchors[i]
        return original_at + (offset - clean_at)

    def restore(self) -> str:
        """Rebuild the original text from the clean text and the recorded repairs."""
        out, pos = [], 0
        for rep in self.repairs:
            clean_start = self._clean_offset_of(rep.start)
            out.append(self.text[pos:clean_start])
            out.append(rep.original)
            pos = clean_start + len(rep.replacement)
        out.append(self.text[pos:])
        return "".join(out)

    def _clean_offset_of(self, original_offset: int) -> int:
        i = bisect.bisect_right([o for _, o in self._anchors], original_offset) - 1
        clean_at, original_at = self._anchors[i]
        return clean_at + (original_offset - original_at)


# --- cleaning rules: each finds spans of the original text to replace -------------------

_READING_TIME = re.compile(r"^[ \t]*\d{1,3}\s*(?:mins?|minutes?)(?:\s+read)?[ \t]*$", re.I | re.M)
_READ_ALSO = re.compile(r"^[ \t]*(?:Read also|Also read|READ ALSO|See also)\s*:?.*$", re.M)
_GLUED_READ_ALSO = re.compile(r"(?<=[.!?”\"»])[ \t]*(?:Read also|Also read)\s*:?.*$", re.M)
_TRACKING_TAG = re.compile(r"^[ \t]*[a-z]{1,6}(?:-[a-z0-9]{1,12}){1,4}[ \t]*\n*\Z", re.M)
_QUOTE_PAIR = re.compile(r"([”«])[ \t]?([^“”«»\n]{1,80}?)[ \t]?([»”])")


def _whole_line(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend a span to cover its line and the blank lines after it."""
    line_start = text.rfind("\n", 0, start) + 1
    m = re.compile(r"[^\n]*(?:\n[ \t]*)*\n?").match(text, end)
    return line_start, m.end() if m else end


def _headline_lines(text: str, headline: str) -> list[Repair]:
    """The headline repeated at the top, whole or cut short; the headline opening the text
    stays (a heading, and often a claim)."""
    out = []
    pos = 0
    wanted = " ".join(headline.split()).lower()
    for line in text.split("\n"):
        stripped = " ".join(line.split()).lower()
        if (
            stripped
            and wanted
            and len(stripped) >= 0.5 * len(wanted)
            and wanted.startswith(stripped)
        ):
            if pos == 0 and stripped == wanted:  # the headline itself opens the text: a claim
                pos += len(line) + 1
                continue
            start, end = _whole_line(text, pos, pos + len(line))
            note = (
                "headline repeated in the body"
                if stripped == wanted
                else ("truncated copy of the headline")
            )
            out.append(Repair("duplicate_headline", start, end, text[start:end], "", note))
        elif stripped:
            break
        pos += len(line) + 1
    return out


def _line_rule(pattern: re.Pattern[str], kind: str, note: str):
    def rule(text: str, _headline: str) -> list[Repair]:
        out = []
        for m in pattern.finditer(text):
            start, end = _whole_line(text, m.start(), m.end())
            out.append(Repair(kind, start, end, text[start:end], "", note))
        return out

    return rule


def _glued_teaser(text: str, _headline: str) -> list[Repair]:
    out = []
    for m in _GLUED_READ_ALSO.finditer(text):
        out.append(
            Repair(
                "read_also_teaser",
                m.start(),
                m.end(),
                m.group(),
                "",
                "'Read also' teaser glued to the end of a paragraph",
            )
        )
    return out


def _tracking_tag(text: str, _headline: str) -> list[Repair]:
    m = _TRACKING_TAG.search(text)
    if not m:
        return []
    return [
        Repair(
            "tracking_tag",
            m.start(),
            m.end(),
            m.group(),
            "",
            "publisher's tracking tag after the last paragraph",
        )
    ]


def _quotes(text: str, _headline: str) -> list[Repair]:
    out = []
    for m in _QUOTE_PAIR.finditer(text):
        if (m.group(1), m.group(3)) == ("«", "»"):
            continue  # a proper pair of guillemets
        inner = m.group(2).strip()
        out.append(
            Repair(
                "mismatched_quotes",
                m.start(),
                m.end(),
                m.group(),
                f"“{inner}”",
                "opening and closing quote marks did not match",
            )
        )
    return out


def _trailing_space(text: str, found: list[Repair]) -> list[Repair]:
    """Blank lines left at the end once the other repairs removed what followed them."""
    end = len(text)
    for rep in reversed(found):
        if rep.end == end and not rep.replacement:
            end = rep.start
    # never into what another repair already replaced ("Read also ... \n" ends in a space)
    start = max([len(text[:end].rstrip())] + [r.end for r in found if r.end <= end])
    if end - start <= 1:
        return []
    return [
        Repair(
            "trailing_space",
            start,
            end,
            text[start:end],
            "\n",
            "blank lines left at the end of the article",
        )
    ]


RULES = (
    _headline_lines,
    _line_rule(_READING_TIME, "reading_time", "reading-time label"),
    _line_rule(_READ_ALSO, "read_also_teaser", "'Read also' teaser for another article"),
    _glued_teaser,
    _tracking_tag,
    _quotes,
)


def clean(original: str, headline: str = "") -> tuple[str, list[Repair], list[tuple[int, int]]]:
    """Apply every cleaning rule; return clean text, repairs (in order) and offset anchors."""
    found: list[Repair] = []
    for rule in RULES:
        for rep in rule(original, headline):
            if not any(rep.start < r.end and r.start < rep.end for r in found):
                found.append(rep)
    found.sort(key=lambda r: r.start)
    found = sorted(found + _trailing_space(original, found), key=lambda r: r.start)
    pieces, anchors, pos, clean_len = [], [(0, 0)], 0, 0
    for rep in found:
        pieces.append(original[pos : rep.start])
        clean_len += rep.start - pos
        pieces.append(rep.replacement)
        clean_len += len(rep.replacement)
        anchors.append((clean_len, rep.end))
        pos = rep.end
    pieces.append(original[pos:])
    return "".join(pieces), found, anchors


SCHEMA = "article/2"  # 2: each claim has its frame (docs/article.md)
MIN_BODY_CHARS = 200  # characters of text a web page must give to be an article


def english_share(text: str) -> float | None:
    """Share of words that are common English function words (None below 20 words)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < 20:
        return None
    english = word_list("english_function_words")
    return sum(w in english for w in words) / len(words)


def _published_from_metadata(metadata: dict[str, Any], where: str) -> Published:
    value = metadata.get("published")
    if value in (None, ""):
        return Published(None, None, None, f"not in the metadata ({where})")
    try:
        day = dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return Published(
            None, None, None, f"the metadata's 'published' value {value!r} is not a date YYYY-MM-DD"
        )
    return Published(day, day, day, f"stated in the metadata ({where})")


def _infer_headline(original: str) -> str:
    """A first line that reads like a headline: short, unpunctuated, followed by a blank line."""
    m = re.match(r"\s*([^\n]{10,150})\n[ \t]*\n", original)
    if m and not re.search(r"[.:;,]$", m.group(1).strip()) and len(m.group(1).split()) <= 20:
        return m.group(1).strip()
    return ""


def from_text(
    original: str,
    metadata: dict[str, Any] | None = None,
    path: Path | None = None,
    *,
    annotate: bool = True,
    metadata_where: str = "no metadata given",
) -> Article:
    """An Article from text already in memory: cleaned, and annotated unless told not to.

    Never raises on odd text: what looks wrong is listed in `Article.warnings`.
    """
    metadata = dict(metadata or {})
    warnings: list[str] = []
    if not metadata.get("headline"):
        guess = _infer_headline(original)
        if guess:
            metadata["headline"] = guess
            metadata["headline_basis"] = "first line of the text"
    text, repairs, anchors = clean(original, str(metadata.get("headline") or ""))
    art = Article(path, original, text, metadata, repairs, anchors, warnings=warnings)
    if not text.strip():
        warnings.append("the article has no text after cleaning: nothing to annotate")
    share = english_share(text)
    language = str(metadata.get("language") or "")
    if language and not language.lower().startswith("en"):
        warnings.append(
            f"the metadata says the language is {language!r}: the annotator reads English, so "
            "names, dates and claims may be missed"
        )
    elif share is not None and share < 0.12:
        warnings.append(
            f"the text does not look like English ({share:.0%} common English words, usually "
            "over 30%): names, dates and claims may be missed"
        )
    if annotate:
        _annotate(art, _published_from_metadata(metadata, metadata_where))
    return art


def _annotate(art: Article, stated: Published) -> None:
    """Fill in entities, the era, the publication date, dates and claims."""
    sents = sentences(art.text)
    art.entities, art.era, art.era_basis = entities_mod.find(art.text, sents)
    published = stated
    if not stated.known:
        published = dates_mod.infer_published(art.text, sents, stated.basis, art.era, art.era_basis)
    art.published = published
    art.entities = entity_roles.with_offices(art.entities, published.start, published.end)
    art.dates = dates_mod.find(art.text, sents, published, art.era, art.era_basis)
    if stated.known:
        _check_stated_date(art)
    art.claims, art.non_claims = claims_mod.find(art.text, sents, art.entities, art.dates)
    art.claims = office_titles.add(art.text, sents, art.entities, art.claims, art.non_claims)
    art.claims = visitor_ranks.add(art.text, art.claims)
    if art.text.strip() and not art.claims and not art.entities:
        art.warnings.append("no entities and no claims found: is this a trade-policy article?")


def _check_stated_date(art: Article) -> None:
    """Warn when the text contradicts the stated publication date."""
    sents = sentences(art.text)
    inferred = dates_mod.infer_published(art.text, sents, "", art.era, art.era_basis)
    day = art.published.date
    if day and inferred.start and inferred.end and not inferred.start <= day <= inferred.end:
        art.warnings.append(
            f"the stated publication date {day} does not fit the text, which places the "
            f"article in {inferred.describe()}"
        )


def extract_html(page: str, where: str) -> tuple[str, dict[str, Any]]:
    """The article body of a saved web page (boilerplate dropped) and the page's metadata."""
    import trafilatura

    body = trafilatura.extract(
        page, include_comments=False, include_tables=False, favor_precision=True
    )
    if not body or len(body.strip()) < MIN_BODY_CHARS:
        raise ArticleError(
            f"{where}: no article body found in this page (only navigation, adverts or a few "
            "words); save the article page itself, or paste its text into a .txt file"
        )
    meta: dict[str, Any] = {}
    found = trafilatura.extract_metadata(page, extensive=False)
    if found is not None:
        for ours, theirs in (
            ("headline", "title"),
            ("author", "author"),
            ("url", "url"),
            ("outlet", "sitename"),
            ("published", "date"),
            ("language", "language"),
        ):
            value = getattr(found, theirs, None)
            if value:
                meta[ours] = value
    if len(body.encode()) > MAX_TEXT_BYTES:
        raise ArticleError(
            f"{where}: the page's text is over {MAX_TEXT_BYTES // 1000} kB, more than one "
            "article; save the article's own page"
        )
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    return "\n\n".join(paragraphs) + "\n", meta


def load(path: str | Path | reading.Read, *, annotate: bool = True) -> Article:
    """Read an article (.txt or .html, any common encoding) and its sidecar; clean; annotate.

    `path` may be a file already read (`reading.read`), as the command line does to refuse
    a bad file before it imports this module."""
    got = path if isinstance(path, reading.Read) else reading.read(path)
    path, where, text, encoding, sidecar = got.path, got.where, got.text, got.encoding, got.sidecar
    metadata: dict[str, Any] = {}
    meta_where = f"{path.stem}{SIDECAR_SUFFIX}" if sidecar else "no metadata sidecar"
    source_format = "text"
    is_html = path.suffix.lower() in HTML_SUFFIXES or re.match(
        r"\s*(?:<!doctype html|<html)", text[:200], re.I
    )
    if is_html:
        text, page_meta = extract_html(text, where)
        metadata.update(page_meta)
        source_format = "html"
        if "published" in page_meta and "published" not in sidecar:
            meta_where = "the page's metadata"
    metadata.update({k: v for k, v in sidecar.items() if v is not None or k not in metadata})
    art = from_text(text, metadata, path, annotate=annotate, metadata_where=meta_where)
    art.source_format = source_format
    art.encoding = encoding
    return art
