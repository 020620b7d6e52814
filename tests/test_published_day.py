"""A measure claim dating a rule's publication ("On May 19, 2020, BIS published an interim
final rule ..."): the date's own verb is one of publishing (`publish_words` in
data/lexicon/claims.yaml), its role `published` (`date_roles._published`), matched on the
measure's announcement or its day in the Federal Register (the `published` column of the
measures table; round 35, branch fx35e). Made-up sentences on the catalog's rows; the first
two fail without the role or the column."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from conftest import checked_about, dated_verdicts

from analysis.analyses import measures
from analysis.evidence.measure_dates import NEAR_DAYS
from analysis.vocab import Label

RULE = "usa-2020-05-15-huawei-fdp-rule"  # announced 15 May 2020, published 19 May


def _row() -> pd.Series:
    catalog = measures.measures()
    return catalog.loc[catalog["measure_id"] == RULE].iloc[0]


def _day(ts: pd.Timestamp) -> str:
    return f"{ts:%B} {ts.day}, {ts.year}"


def test_the_catalog_holds_a_publication_day_apart_from_the_announcement() -> None:
    m = _row()
    assert (m["published"] - m["announced"]).days > NEAR_DAYS


def test_a_rule_published_on_its_journal_day_is_supported(tmp_path: Path) -> None:
    m = _row()
    text = (
        f"On {_day(m['published'])}, the Commerce Department published an interim final rule "
        "that imposes additional restrictions on foreign-made chips for Huawei."
    )
    x = checked_about(tmp_path, text, "2020-05-26", "published an interim")
    assert [w.role for w in x.claim.frame.when] == ["published"]
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert f"published {m['published'].date()}" in x.rationale


def test_a_wrong_publication_day_is_not_supported(tmp_path: Path) -> None:
    m = _row()
    wrong = m["published"] + pd.Timedelta(days=12)
    text = (
        f"On {_day(wrong)}, the Commerce Department published an interim final rule that "
        "imposes additional restrictions on foreign-made chips for Huawei."
    )
    x = checked_about(tmp_path, text, "2020-06-10", "published an interim")
    assert x.verdict != Label.SUPPORTED, x.rationale


def test_each_date_takes_its_own_verb(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path,
        "The Commerce Department announced new restrictions on foreign-made chips for Huawei on "
        "May 15, 2020, and published the rule in the Federal Register on May 19, 2020.",
        "2020-05-26",
    )
    x = next(x for x in found if "published the rule" in x.claim.text)
    assert [(w.text, w.role) for w in x.claim.frame.when] == [
        ("May 15, 2020", "announced"),
        ("May 19, 2020", "published"),
    ]
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_publication_of_figures_is_an_announcement(tmp_path: Path) -> None:
    found = dated_verdicts(
        tmp_path,
        "US goods exports to China fell to $143.5 billion in 2023, according to data the "
        "Census Bureau published on February 7, 2024.",
        "2024-02-08",
    )
    roles = {w.text: w.role for x in found if x.claim.frame for w in x.claim.frame.when}
    assert roles.get("February 7, 2024") == "announced"
