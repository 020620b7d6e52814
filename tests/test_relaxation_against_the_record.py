"""A relaxation claim the catalog's own record contradicts (round 36, fx36b;
docs/factcheck.md, "Measures"): lifted on the very day the catalog records the measure
imposed (`measure_decision.imposed_that_day`), or suspended by the article's date when the
catalog records the dated measure's suspension only later (`measure_decision.
suspended_later`). Each claim has a twin the catalog bears out, which stays supported."""

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


def test_suspended_before_the_catalog_records_its_suspension(tmp_path):
    early = _about(
        tmp_path,
        "China has suspended the unreliable entity list measures against US firms that it "
        "announced on 4 March.",
        "suspended",
        "2025-05-20",
    )
    assert early.verdict == Label.UNSUPPORTED, early.rationale
    assert _ids(early) == {"chn-2025-03-04-uel-ten-firms"}
    assert "2025-11-05" in early.rationale  # the suspension the catalog records, later
    kept = _about(
        tmp_path,
        "China has suspended the unreliable entity list measures against US firms that it "
        "announced on 4 April.",
        "suspended",
        "2025-05-20",
    )
    assert kept.verdict == Label.SUPPORTED, kept.rationale
