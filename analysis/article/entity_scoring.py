"""Scoring the entities of an article against a key: recall and precision by type.

A key lists the things a reader would name in an article, each once, as `{text, type}`
(types PERSON, ORG, PLACE, COMMODITY, INSTRUMENT). The annotator finds mentions; scoring
compares the two at the level of things:

- a **keyed entity is recalled** when one of its occurrences in the text (the keyed text,
  at word boundaries; an acronym keyed without its full stops matches "U.S."; ignoring
  case only when it never occurs as written) overlaps a
  found mention of the same type;
- a **found entity is right** when one of its mentions overlaps an occurrence of a keyed
  entity of the same type. A found entity is every mention of one canonical name and type
  ("Trump" and "Donald Trump" are one), so a name said five times counts once, as in the
  key.

Words for a kind ("semiconductors", "electric vehicles", "tariffs": `Entity.generic`, as the
annotator's tables mark them) are **optional names** (round 37, branch ent37): a keyed
entity is recalled by a kind word found on the very span of one of its occurrences, with
its type (`kind_recalled`), and such a kind word is a found entity and right (`kind_right`); a kind
word no key lists that way is not scored (`kind_unscored`), since the older keys leave kinds
out by convention. A keyed kind word the annotator does not find stays a miss.

A keyed text that is not in the text at all is a fault of the key, not a miss: it is
counted apart (`absent`) and left out of recall.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from analysis.article import gazetteer as gz
from analysis.article.entity_refs import Entity
from analysis.errors import Problem, ProblemsError

# Targets the issue sets, on the test half (docs/article.md, "Scores").
TARGETS = {"recall": 0.9, "precision": 0.9}

Span = tuple[int, int]


@dataclass(frozen=True)
class Keyed:
    """One entity of a key: its text as the article writes it and its type."""

    text: str
    type: str


@dataclass
class Tally:
    """Counts for one type (or all): keyed and recalled, found and right."""

    keyed: int = 0
    recalled: int = 0
    found: int = 0
    right: int = 0
    absent: int = 0  # keyed texts not in the article text (left out of `keyed`)
    kind_recalled: int = 0  # of `recalled`, keyed entities found only as a kind word
    kind_right: int = 0  # of `found` and `right`, kind words on a keyed occurrence
    kind_unscored: int = 0  # kind words found that no key lists: not in `found`

    @property
    def recall(self) -> float:
        return self.recalled / self.keyed if self.keyed else 1.0

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    def add(self, other: Tally) -> None:
        self.keyed += other.keyed
        self.recalled += other.recalled
        self.found += other.found
        self.right += other.right
        self.absent += other.absent
        self.kind_recalled += other.kind_recalled
        self.kind_right += other.kind_right
        self.kind_unscored += other.kind_unscored

    def to_dict(self) -> dict[str, Any]:
        return {
            "keyed": self.keyed,
            "recalled": self.recalled,
            "found": self.found,
            "right": self.right,
            "absent": self.absent,
            "kind_words": {
                "recalled": self.kind_recalled,
                "right": self.kind_right,
                "unscored": self.kind_unscored,
            },
            "recall": round(self.recall, 3),
            "precision": round(self.precision, 3),
        }


@dataclass
class ArticleScore:
    """One article's tallies by type, and what was missed or found wrongly."""

    article: str
    by_type: dict[str, Tally] = field(default_factory=dict)
    missed: list[Keyed] = field(default_factory=list)
    wrong: list[Keyed] = field(default_factory=list)  # found entities matching no key
    absent: list[Keyed] = field(default_factory=list)

    def total(self) -> Tally:
        out = Tally()
        for t in self.by_type.values():
            out.add(t)
        return out

    def to_dict(self) -> dict[str, Any]:
        def listed(items: list[Keyed]) -> list[dict[str, str]]:
            return [{"text": k.text, "type": k.type} for k in items]

        return {
            "article": self.article,
            "missed": listed(self.missed),
            "wrong": listed(self.wrong),
            "absent": listed(self.absent),
        }


@functools.cache
def _as_word(needle: str, flags: int = 0) -> re.Pattern[str]:
    """`needle` as whole words, compiled once per process (round 29, speed23)."""
    return re.compile(rf"(?<![\w]){re.escape(needle)}(?![\w])", flags)


def occurrences(text: str, needle: str) -> list[Span]:
    """Where `needle` occurs in `text` as whole words: as written, else ignoring case."""
    needle = needle.strip()
    if not needle:
        return []
    spans = [m.span() for m in _as_word(needle).finditer(text)]
    if not spans and re.fullmatch(r"[A-Z]{2,4}", needle):  # "US" keyed, "U.S." written
        dotted = r"\.".join(needle) + r"\."
        spans = [m.span() for m in re.finditer(rf"(?<![\w.]){dotted}", text)]
    return spans or [m.span() for m in _as_word(needle, re.I).finditer(text)]


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _meets(e: Entity, span: Span) -> bool:
    """A name meets a keyed occurrence it overlaps; a kind word only the very same span."""
    return (e.start, e.end) == span if e.generic else _overlaps((e.start, e.end), span)


def keyed_entities(raw: Iterable[dict[str, Any]], where: str) -> list[Keyed]:
    """A key's `entities` list, checked: every item a `{text, type}` with a known type."""
    out, problems = [], []
    for i, item in enumerate(raw):
        if not isinstance(item, dict) or not item.get("text") or item.get("type") not in gz.LABELS:
            problems.append(
                Problem(
                    f"{where}, entities[{i}]",
                    f"is {item!r}",
                    f"write {{text: ..., type: ...}} with type one of {', '.join(gz.LABELS)}",
                )
            )
            continue
        out.append(Keyed(str(item["text"]), str(item["type"])))
    if problems:
        raise ProblemsError(problems, "entity key does not fit {text, type}")
    return out


def score_article(article: str, text: str, found: list[Entity], key: list[Keyed]) -> ArticleScore:
    """Score the entities found in `text` against its key (see the module docstring)."""
    out = ArticleScore(article, {label: Tally() for label in gz.LABELS})
    keyed_spans: list[tuple[Keyed, list[Span]]] = []
    for k in dict.fromkeys(key):
        spans = occurrences(text, k.text)
        if not spans:
            out.by_type[k.type].absent += 1
            out.absent.append(k)
            continue
        keyed_spans.append((k, spans))
        tally = out.by_type[k.type]
        tally.keyed += 1
        hits = [e for e in found if e.label == k.type and any(_meets(e, s) for s in spans)]
        tally.recalled += bool(hits)
        tally.kind_recalled += bool(hits) and all(e.generic for e in hits)
        if not hits:
            out.missed.append(k)
    things: dict[tuple[str, str, bool], list[Entity]] = {}
    for e in found:
        things.setdefault((e.label, e.canonical, e.generic), []).append(e)
    for (label, _, generic), mentions in things.items():
        tally = out.by_type[label]
        right = any(
            k.type == label and _meets(e, s)
            for e in mentions
            for k, spans in keyed_spans
            for s in spans
        )
        if generic and not right:
            tally.kind_unscored += 1
            continue
        tally.found += 1
        tally.right += right
        tally.kind_right += generic
        if not right:
            out.wrong.append(Keyed(mentions[0].text, label))
    return out


def summary(scores: list[ArticleScore]) -> dict[str, Any]:
    """Totals and tallies by type over scored articles, with each article's misses."""
    by_type = {label: Tally() for label in gz.LABELS}
    total = Tally()
    for s in scores:
        for label, tally in s.by_type.items():
            by_type[label].add(tally)
        total.add(s.total())
    return {
        "articles": len(scores),
        "targets": TARGETS,
        "all": total.to_dict(),
        "by_type": {label: t.to_dict() for label, t in by_type.items()},
        "details": [s.to_dict() for s in scores],
    }


def table(report: dict[str, Any]) -> list[str]:
    """Lines of the entity scorecard of one split (`summary`'s report)."""
    a = report["all"]
    lines = [
        f"  entities         recall {a['recall']:.2f} ({a['recalled']}/{a['keyed']}), "
        f"precision {a['precision']:.2f} ({a['right']}/{a['found']})"
        + (f", {a['absent']} keyed but not in the text" if a["absent"] else "")
        + f"; kind words {a['kind_words']['recalled']} recalled, "
        f"{a['kind_words']['unscored']} unlisted (not scored)",
        f"  {'type':<10} {'keyed':>6} {'recal.':>6} {'recall':>6} {'found':>6} {'right':>6} "
        f"{'prec.':>6}",
    ]
    for label, t in report["by_type"].items():
        lines.append(
            f"  {label:<10} {t['keyed']:>6} {t['recalled']:>6} {t['recall']:>6.2f} "
            f"{t['found']:>6} {t['right']:>6} {t['precision']:>6.2f}"
        )
    return lines
