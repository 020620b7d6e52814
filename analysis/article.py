"""Articles: load a news text with its metadata and clean it, keeping every repair.

Cleaning never loses the original: each repair records the span it replaced in the
original text and what it put there, and `Article.to_original` maps any offset of the
clean text back to the original.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.errors import ArticleError

SIDECAR_SUFFIX = ".meta.json"


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

    @property
    def title(self) -> str:
        return str(self.metadata.get("headline") or "")

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
    """The headline repeated at the top, whole or cut short."""
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
    start = len(text[:end].rstrip())
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


def read_metadata(path: Path) -> dict[str, Any]:
    """The sidecar `<name>.meta.json` beside an article, or {} when there is none."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ArticleError(
            f"{paths.relative(sidecar)}, line {exc.lineno}: the metadata sidecar is not valid "
            f"JSON ({exc.msg}); fix it or delete it"
        ) from exc
    if not isinstance(meta, dict):
        raise ArticleError(f"{paths.relative(sidecar)}: expected a JSON object of metadata")
    return meta


def from_text(
    original: str, metadata: dict[str, Any] | None = None, path: Path | None = None
) -> Article:
    """An Article from text already in memory."""
    metadata = dict(metadata or {})
    text, repairs, anchors = clean(original, str(metadata.get("headline") or ""))
    return Article(path, original, text, metadata, repairs, anchors)


def load(path: str | Path) -> Article:
    """Read an article file (UTF-8 text) and its metadata sidecar, and clean it."""
    path = Path(path)
    if not path.is_file():
        raise ArticleError(f"{path}: no such article file (give the path to a .txt file)")
    try:
        original = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path}: byte {exc.start} is not UTF-8; save the article as UTF-8 text"
        ) from exc
    return from_text(original, read_metadata(path), path)
