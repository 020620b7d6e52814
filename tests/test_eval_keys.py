"""The evaluation corpus's keys are well formed, checked without running the fact-check.

A key whose claim text is not a verbatim piece of its passages is never matched and counts
as a claim not detected; a kind or a verdict spelled another way is scored as wrong. Keys of
the held-out half are checked too (the keys are written by hand; no result of the tool on
them is read or printed here).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from analysis.article.entity_scoring import keyed_entities
from analysis.errors import ProblemsError
from analysis.evidence import evaluation
from analysis.vocab import Label

KINDS = {"measure", "share", "rank", "trade", "count", "taxonomy", "visit", "other"}
LABELS = {str(x) for x in Label}
FIELDS = ("id", "url", "outlet", "published", "passages", "claims")
DECISIVE = LABELS - {str(Label.NOT_CHECKABLE)}


def problems_of(path: Path, key: Any) -> list[str]:
    """What is wrong with one corpus file's key, each as 'file, where: what; fix'."""
    where = f"eval/{path.parent.name}/{path.name}"
    if not isinstance(key, dict):
        return [f"{where}: not a mapping; write the key as in the other corpus files"]
    out = [f"{where}: no `{f}`; add it" for f in FIELDS if not key.get(f)]
    if out:
        return out
    if key["id"] != path.stem:
        out.append(f"{where}: id {key['id']!r} is not the file's name; rename one of them")
    try:
        dt.date.fromisoformat(str(key["published"]))
    except ValueError:
        out.append(f"{where}: published {key['published']!r} is not a date; write YYYY-MM-DD")
    for n, claim in enumerate(key["claims"], 1):
        at = f"{where}, claim {n}"
        text = str(claim.get("text") or "").strip()
        if not text or text not in key["passages"]:
            out.append(f"{at}: its text is not a verbatim piece of `passages`; copy it exactly")
        if claim.get("kind") not in KINDS:
            out.append(f"{at}: kind {claim.get('kind')!r}; use one of {sorted(KINDS)}")
        if not isinstance(claim.get("decidable"), bool):
            out.append(f"{at}: decidable must be true or false")
        expected, acceptable = claim.get("expected"), claim.get("acceptable") or []
        if expected not in LABELS or not set(acceptable) <= LABELS:
            out.append(f"{at}: verdicts must be among {sorted(LABELS)}")
        elif (expected == Label.NOT_CHECKABLE) == bool(claim.get("decidable")):
            out.append(
                f"{at}: a decidable claim expects a verdict, an undecidable one "
                "'not checkable'; fix `decidable` or `expected`"
            )
        if expected in acceptable:
            out.append(f"{at}: the expected verdict is listed as acceptable too; drop it there")
        decisive = sorted(DECISIVE & set(acceptable))
        if path.parent.name == "dev" and claim.get("decidable") is False and decisive:
            out.append(
                f"{at}: an undecidable claim lists {decisive} as acceptable, which the "
                "false-decision score counts as false; decide it from the tables "
                "(decidable: true, expected, deciding) or drop them from `acceptable`"
            )
    try:
        keyed_entities(key.get("entities") or [], where)
    except ProblemsError as e:
        out += [str(p) for p in e.problems]
    return out


@pytest.mark.parametrize("split", evaluation.SPLITS)
def test_every_key_of_the_corpus_is_well_formed(split):
    found = [
        p for path in evaluation.articles(split) for p in problems_of(path, evaluation._read(path))
    ]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda k: k["claims"][0].update(text="A sentence the passages lack."), "verbatim"),
        (lambda k: k["claims"][0].update(kind="tariff"), "kind 'tariff'"),
        (lambda k: k["claims"][0].update(decidable=False), "fix `decidable`"),
        (lambda k: k["claims"][0].update(expected="true"), "verdicts must be"),
        (lambda k: k.update(id="another"), "not the file's name"),
        (lambda k: k.update(published="last May"), "not a date"),
        (lambda k: k.pop("url"), "no `url`"),
        (lambda k: k.update(entities=[{"text": "Uighurs", "type": ""}]), "entities[0]"),
        (
            lambda k: k["claims"][0].update(
                decidable=False, expected="not checkable", acceptable=["supported"]
            ),
            "undecidable claim lists ['supported']",
        ),
    ],
)
def test_a_broken_key_is_reported_with_its_file_and_claim(change, words):
    path = Path("eval/dev/made-up.yaml")
    key = {
        "id": "made-up",
        "url": "https://example.org/a",
        "outlet": "Example",
        "published": dt.date(2024, 5, 1),
        "passages": "China mined 69% of the world's rare earths in 2023.",
        "claims": [
            {
                "text": "China mined 69% of the world's rare earths in 2023.",
                "kind": "share",
                "decidable": True,
                "expected": "supported",
            }
        ],
    }
    assert problems_of(path, key) == []
    change(key)
    got = problems_of(path, key)
    assert any(words in p and p.startswith("eval/dev/made-up.yaml") for p in got), got


def test_the_decisive_verdict_rule_reads_the_development_half_only():
    """An undecidable key accepting a decisive verdict is reported in eval/dev, not eval/test.

    The held-out keys were written before round 37's rule and are not edited for it.
    """
    claim = {
        "text": "China mined most rare earths.",
        "kind": "share",
        "decidable": False,
        "expected": "not checkable",
        "acceptable": ["partly supported"],
    }
    key = {
        "id": "made-up",
        "url": "https://example.org/a",
        "outlet": "Example",
        "published": dt.date(2024, 5, 1),
        "passages": "China mined most rare earths.",
        "claims": [claim],
    }
    dev = problems_of(Path("eval/dev/made-up.yaml"), key)
    assert len(dev) == 1 and "lists ['partly supported'] as acceptable" in dev[0], dev
    assert problems_of(Path("eval/test/made-up.yaml"), key) == []
    claim["acceptable"] = []
    assert problems_of(Path("eval/dev/made-up.yaml"), key) == []
