"""A relaxation claim the catalog's own record contradicts (round 36, fx36b;
docs/factcheck.md, "Measures"): lifted on the very day the catalog records the measure
imposed (`measure_decision.imposed_that_day`). Each claim has a twin the catalog bears out,
which stays supported. A suspension the catalog records only after the article decides
nothing (review of round 36, rev36: fx36b's `suspended_later` was removed)."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.analyses import measures
from analysis.vocab import Label


def _about(tmp_path: Path, text: str, words: str, published: str):
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def _ids(x) -> set[str]:
    return {i for e in x.evidence if e.dataset == measures.TABLE for i in e.values}


def test_lifted_on_the_day_the_catalog_records_it_imposed(tmp_path):
    lifted = _about(
        tmp_path,
        "China lifted its curbs on purchases of products of US chipmaker Micron on Sunday.",
        "Micron",
        "2023-05-25",
    )
    assert lifted.verdict == Label.UNSUPPORTED, lifted.rationale
    assert _ids(lifted) == {"chn-2023-05-21-micron-cii-purchase-ban"}
    imposed = _about(
        tmp_path,
        "China told operators of critical information infrastructure to stop buying "
        "products of US chipmaker Micron on Sunday.",
        "Micron",
        "2023-05-25",
    )
    assert imposed.verdict == Label.SUPPORTED, imposed.rationale


def test_a_rule_scrapped_on_the_day_it_was_broadened(tmp_path):
    # "scrapped" is a relaxation word; the rule named is the one broadened that day
    x = _about(
        tmp_path,
        "Washington scrapped its foreign direct product rule on Huawei on 17 August 2020.",
        "scrapped",
        "2020-09-01",
    )
    assert x.verdict == Label.UNSUPPORTED, x.rationale
    assert _ids(x) == {"usa-2020-08-17-huawei-fdp-expansion"}


def test_a_relaxation_with_no_day_is_not_decided_by_the_day(tmp_path):
    x = _about(
        tmp_path,
        "China lifted its curbs on purchases of products of US chipmaker Micron.",
        "Micron",
        "2023-05-25",
    )
    assert x.verdict != Label.UNSUPPORTED, x.rationale


def test_a_suspension_recorded_after_the_article_decides_nothing(tmp_path):
    # the catalog records the 4 March measures suspended only on 5 November 2025: as of 20
    # May, it holds no suspension of them, which proves nothing (the catalog is a
    # selection), and the later one is data the article could not be held to (review of
    # round 36, rev36: fx36b's `suspended_later` made it unsupported)
    early = _about(
        tmp_path,
        "China has suspended the unreliable entity list measures against US firms that it "
        "announced on 4 March.",
        "suspended",
        "2025-05-20",
    )
    assert early.verdict == Label.NOT_CHECKABLE, early.rationale
    assert "2025-11-05" not in early.rationale
    kept = _about(
        tmp_path,
        "China has suspended the unreliable entity list measures against US firms that it "
        "announced on 4 April.",
        "suspended",
        "2025-05-20",
    )
    assert kept.verdict == Label.SUPPORTED, kept.rationale
