"""Scoring the fact-check on real articles with hand-written keys (`workbook eval`).

The corpus is `eval/`: `dev/` and `test/` hold one YAML per article (passages of a real
article with its URL, outlet and date, and a key: each check-worthy claim with its kind,
whether the bundled data can decide it, the expected verdict and acceptable alternatives);
`probes/` holds single sentences, each with the date it is said on and its expected
verdict. Rules are written looking at the development half only; the test half is scored,
never read while writing rules.

Scores, per split and by claim kind:

- **detection**: share of the keyed claims whose span the fact-check checked (any overlap
  with a checked claim's span);
- **accuracy**: share of the claims the data can decide given the expected verdict or an
  acceptable one (a claim not detected counts as wrong);
- **false decisions**: share of the claims the data cannot decide given a decisive verdict
  (anything but "not checkable");
- **later evidence**: verdicts whose deciding evidence (`evidence`, not `later`) was
  published after the article: 0 by construction (`factcheck.as_of_the_article`).

Each split also tallies, over every claim checked (keyed or not, probes too), the evidence
items dated after the article left among the deciding `evidence` (`as_of.evidence_after`,
0 by construction) and those set apart under `later` (`as_of.later`): `as_of_tally`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from analysis import paths
from analysis.article import document, entity_scoring
from analysis.article.office_titles import TITLE_NOTE
from analysis.data import lexicon
from analysis.errors import Problem, ProblemsError
from analysis.evidence import factcheck
from analysis.evidence.model import Verdict
from analysis.vocab import Label

EVAL_DIR = paths.ROOT / "eval"
# The least share of a keyed span an office claim of a title (`office_titles`) must cover to
# answer it: less, and the key is a longer sentence asking something else (round 29, fco29)
TITLE_KEY_SHARE = 0.5
SPLITS = ("dev", "test")
# Targets the issue sets, on the test half (docs/factcheck.md, "Evaluation").
TARGETS = {"accuracy": 0.85, "false_decisions": 0.10, "later_evidence": 0, "probes": 0.9}


@dataclass
class Scored:
    """One keyed claim: what was expected and what the fact-check said."""

    article: str
    text: str
    kind: str
    decidable: bool
    expected: str
    acceptable: tuple[str, ...]
    got: str | None  # None: the claim was not checked
    later_evidence: bool = False
    rule: str | None = None  # the rule of the verdict scored (None: no claim was matched)
    frame_kind: str | None = None  # its claim's frame kind (None: no claim, or no frame)

    @property
    def detected(self) -> bool:
        return self.got is not None

    @property
    def right(self) -> bool:
        return self.got in (self.expected, *self.acceptable)

    @property
    def false_decision(self) -> bool:
        return not self.decidable and self.got not in (None, Label.NOT_CHECKABLE)


@dataclass
class Scores:
    """Counts and rates for a set of scored claims."""

    claims: int = 0
    detected: int = 0
    decidable: int = 0
    right: int = 0
    undecidable: int = 0
    false_decisions: int = 0
    later_evidence: int = 0
    by_kind: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def detection(self) -> float:
        return self.detected / self.claims if self.claims else 1.0

    @property
    def accuracy(self) -> float:
        return self.right / self.decidable if self.decidable else 1.0

    @property
    def false_decision_rate(self) -> float:
        return self.false_decisions / self.undecidable if self.undecidable else 0.0

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out.update(
            detection=round(self.detection, 3),
            accuracy=round(self.accuracy, 3),
            false_decision_rate=round(self.false_decision_rate, 3),
        )
        return out


def score(items: list[Scored]) -> Scores:
    """The counts of `Scores` over scored claims, overall and by kind."""
    out = Scores()
    for s in items:
        kind = out.by_kind.setdefault(
            s.kind, {"claims": 0, "detected": 0, "decidable": 0, "right": 0, "false": 0}
        )
        out.claims += 1
        kind["claims"] += 1
        out.detected += s.detected
        kind["detected"] += s.detected
        out.later_evidence += s.later_evidence
        if s.decidable:
            out.decidable += 1
            kind["decidable"] += 1
            out.right += s.right
            kind["right"] += s.right
        else:
            out.undecidable += 1
            out.false_decisions += s.false_decision
            kind["false"] += s.false_decision
    return out


def _read(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=lexicon.YAML_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise ProblemsError(
            [Problem(paths.relative(path), f"cannot be read: {exc}", "fix the YAML")],
            "evaluation corpus unreadable",
        ) from exc
    return data


def articles(split: str) -> list[Path]:
    """The corpus files of a split, in name order."""
    return sorted((EVAL_DIR / split).glob("*.yaml"))


def _as_article(key: dict[str, Any], where: str) -> document.Article:
    published = key.get("published")
    metadata = {
        "headline": key.get("title") or "",
        "outlet": str(key.get("outlet") or ""),
        "language": key.get("language") or "en",
        "published": str(published) if published else None,
        "url": key.get("url"),
    }
    return document.from_text(key["passages"], metadata, None, metadata_where=where)


def _span(text: str, needle: str) -> tuple[int, int] | None:
    at = text.find(needle.strip())
    return (at, at + len(needle.strip())) if at >= 0 else None


def _verdict_for(span: tuple[int, int] | None, found: list[Verdict]) -> Verdict | None:
    """The checked claim that overlaps the keyed span most; of claims overlapping it equally,
    the narrowest (an office named inside a longer clause is a claim of its own: a keyed
    "U.S. Trade Representative X" is that office, not the visit the clause around it tells)."""
    if span is None:
        return None
    best, fit = None, (0, 0)
    for x in found:
        common = min(span[1], x.claim.end) - max(span[0], x.claim.start)
        if TITLE_NOTE in x.claim.notes and common < TITLE_KEY_SHARE * (span[1] - span[0]):
            continue  # a title inside a longer keyed sentence: the key asks something else
        if common > 0 and (common, x.claim.start - x.claim.end) > fit:
            best, fit = x, (common, x.claim.start - x.claim.end)
    return best


def later_than(verdict: Verdict, day: dt.date | None) -> bool:
    """Whether any evidence a decisive verdict rests on (its `evidence`; `later` never
    decides) was published after `day`."""
    if verdict.verdict == Label.NOT_CHECKABLE:
        return False
    return any(e.after(day) for e in verdict.evidence)


def as_of_tally(found: list[Verdict], day: dt.date | None) -> Counter[str]:
    """Over an article's verdicts: how many (`verdicts`), the evidence items among their
    deciding `evidence` dated after `day` (`evidence_after`: the contract of issue 12 says
    none) and the items under `later` (`later`)."""
    return Counter(
        verdicts=len(found),
        evidence_after=sum(e.after(day) for x in found for e in x.evidence),
        later=sum(len(x.later) for x in found),
    )


def _decided_by(verdict: Verdict | None) -> dict[str, str | None]:
    """The `rule` and `frame_kind` fields of a scored claim (`Scored`): its verdict's rule and
    its claim's frame kind; None when no claim was matched, or the claim has no frame."""
    frame = verdict.claim.frame if verdict else None
    return {"rule": verdict.rule if verdict else None, "frame_kind": frame.kind if frame else None}


def corpus(split: str) -> list[tuple[dict[str, Any], str, document.Article]]:
    """Each corpus file of a split: its key, where it is, and its article annotated (once,
    for both the claims and the entities scored)."""
    out = []
    for path in articles(split):
        key = _read(path)
        where = paths.relative(path)
        out.append((key, where, _as_article(key, where)))
    return out


def score_article(
    key: dict[str, Any], art: document.Article, tally: Counter[str] | None = None
) -> list[Scored]:
    """Fact-check one corpus article (`corpus`) and score each keyed claim; `tally`, when
    given, adds the article's `as_of_tally`."""
    found = factcheck.check(art)
    day, _ = factcheck.as_of(art)
    if tally is not None:
        tally.update(as_of_tally(found, day))
    out = []
    for claim in key.get("claims") or []:
        x = _verdict_for(_span(art.text, claim["text"]), found)
        out.append(
            Scored(
                article=key["id"],
                text=claim["text"],
                kind=claim["kind"],
                decidable=bool(claim["decidable"]),
                expected=claim["expected"],
                acceptable=tuple(claim.get("acceptable") or ()),
                got=None if x is None else str(x.verdict),
                later_evidence=bool(x and later_than(x, day)),
                **_decided_by(x),
            )
        )
    return out


def score_probes(split: str, tally: Counter[str] | None = None) -> list[Scored]:
    """Each probe sentence as a one-sentence article of its date, scored; `tally`, when
    given, adds each probe's `as_of_tally`."""
    path = EVAL_DIR / "probes" / f"{split}.yaml"
    out, where = [], paths.relative(path)
    for probe in _read(path):
        key = {
            "id": probe["id"],
            "title": "",
            "published": probe["as_of"],
            "passages": probe["text"],
        }
        art = _as_article(key, f"{where}, {probe['id']}")
        found = factcheck.check(art)
        x = _verdict_for((0, len(art.text)), found)
        day, _ = factcheck.as_of(art)
        if tally is not None:
            tally.update(as_of_tally(found, day))
        out.append(
            Scored(
                article=probe["id"],
                text=probe["text"],
                kind=probe["kind"],
                decidable=probe["expected"] != Label.NOT_CHECKABLE,
                expected=probe["expected"],
                acceptable=tuple(probe.get("acceptable") or ()),
                got=str(x.verdict) if x else Label.NOT_CHECKABLE,
                later_evidence=bool(x and later_than(x, day)),
                **_decided_by(x),
            )
        )
    return out


def evaluate(splits: tuple[str, ...] = SPLITS) -> dict[str, Any]:
    """Scores of every split: articles, probes, by kind; and the scored claims."""
    report: dict[str, Any] = {"targets": TARGETS, "splits": {}}
    for split in splits:
        read = corpus(split)
        tally: Counter[str] = Counter(verdicts=0, evidence_after=0, later=0)
        claims = [s for key, _where, art in read for s in score_article(key, art, tally)]
        probes = score_probes(split, tally)
        report["splits"][split] = {
            "articles": len(read),
            "claims": score(claims).to_dict(),
            "probes": {
                "probes": len(probes),
                "right": sum(p.right for p in probes),
                "accuracy": round(sum(p.right for p in probes) / len(probes), 3) if probes else 1,
            },
            "as_of": dict(tally),
            "scored": [asdict(s) for s in claims + probes],
            "entities": entity_report(split, read),
        }
    return report


def table(report: dict[str, Any]) -> str:
    """The scorecard as text: one block per split, then the claim kinds."""
    lines = []
    for split, r in report["splits"].items():
        c = r["claims"]
        lines += [
            f"{split}: {r['articles']} articles, {c['claims']} keyed claims",
            f"  detection        {c['detection']:.2f}  ({c['detected']}/{c['claims']})",
            f"  accuracy         {c['accuracy']:.2f}  ({c['right']}/{c['decidable']} decidable)",
            f"  false decisions  {c['false_decision_rate']:.2f}  "
            f"({c['false_decisions']}/{c['undecidable']} undecidable)",
            f"  later evidence   {c['later_evidence']}"
            + (
                f"  (items after the article: {r['as_of']['evidence_after']} deciding, "
                f"{r['as_of']['later']} since then)"
                if "as_of" in r
                else ""
            ),
            f"  probes           {r['probes']['accuracy']:.2f}  "
            f"({r['probes']['right']}/{r['probes']['probes']})",
            f"  {'kind':<10} {'claims':>6} {'found':>6} {'decid.':>6} {'right':>6} {'false':>6}",
        ]
        for kind, k in sorted(c["by_kind"].items()):
            lines.append(
                f"  {kind:<10} {k['claims']:>6} {k['detected']:>6} {k['decidable']:>6} "
                f"{k['right']:>6} {k['false']:>6}"
            )
        lines += entity_scoring.table(r["entities"]) if "entities" in r else []
        lines.append("")
    return "\n".join(lines)


def entity_report(
    split: str, read: list[tuple[dict[str, Any], str, document.Article]] | None = None
) -> dict[str, Any]:
    """Entity recall and precision of a split, by type (`analysis.article.entity_scoring`);
    `read`: the split's `corpus`, when already read."""
    scores = []
    for key, where, art in corpus(split) if read is None else read:
        keyed = entity_scoring.keyed_entities(key.get("entities") or [], where)
        scores.append(entity_scoring.score_article(key["id"], art.text, art.entities, keyed))
    return entity_scoring.summary(scores)


def to_json(report: dict[str, Any]) -> str:
    """Stable JSON: sorted keys, two-space indent, trailing newline."""
    return json.dumps(report, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n"


def tally(report: dict[str, Any], split: str) -> Counter[str]:
    """Verdicts given on a split's keyed claims (for the docs)."""
    return Counter(str(s["got"]) for s in report["splits"][split]["scored"])
