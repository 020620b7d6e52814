"""A measure named only as the cause of an effect, and a clause cut after a date: made-up
sentences. Rules: docs/factcheck.md ("measure taken as given") and docs/article.md."""

from __future__ import annotations

import datetime as dt

from conftest import dated_article, read_rows
from conftest import dated_verdicts as _verdicts

from analysis.vocab import Label


def test_what_a_measure_did_to_an_industry_is_not_checkable(tmp_path):
    (x,) = _verdicts(
        tmp_path, "Export curbs on gallium have hit Japanese chipmakers hard.", "2023-12-01"
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_measure_imposed_that_hurt_an_industry_is_still_checked(tmp_path):
    (x,) = _verdicts(
        tmp_path,
        "China imposed export controls on gallium in July 2023 that hurt Japanese chipmakers.",
        "2023-12-01",
    )
    assert x.verdict != Label.NOT_CHECKABLE, x.rationale


def test_a_reaction_after_a_dated_measure_is_a_clause_of_its_own(tmp_path):
    text = (
        "China said it will restrict exports of gallium from August, raising alarm among "
        "European carmakers over the metal."
    )
    art = dated_article(tmp_path, text, "2023-07-04")
    (claim,) = art.claims
    assert claim.text.endswith("from August"), claim.text
    assert any(n.text.startswith("raising alarm") for n in art.non_claims)


def test_how_given_tariffs_are_set_is_not_checkable(tmp_path):
    text = "The rate of these tariffs depends on the deficit each partner runs with the US."
    found = _verdicts(tmp_path, f"The US imposed tariffs in April 2025. {text}", "2025-04-20")
    (x,) = [x for x in found if x.claim.text.startswith("The rate")]
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def _us_relaxation() -> tuple[str, str]:
    """The US tariff cut of the catalog with a rate, and the day it was announced."""
    rows = [
        r
        for r in read_rows("sources/measures.csv")
        if r["implementing_jurisdiction"] == "USA" and r["measure_type"] == "tariff_reduction"
    ]
    rated = {r["measure_id"]: r for r in read_rows("sources/tariff_rates.csv") if r["rate_pct"]}
    row = next(r for r in reversed(rows) if r["measure_id"] in rated)
    return rated[row["measure_id"]]["rate_pct"], row["announced"]


def test_a_measure_said_to_come_is_one_of_the_days_before_the_article(tmp_path):
    rate, announced = _us_relaxation()
    text = f"The president said the United States would cut tariffs on Chinese goods to {rate}%."
    day = dt.date.fromisoformat(announced)
    (x,) = _verdicts(tmp_path, text, (day + dt.timedelta(days=2)).isoformat())
    assert x.verdict != Label.NOT_CHECKABLE, x.rationale
    (x,) = _verdicts(tmp_path, text, (day + dt.timedelta(days=60)).isoformat())
    assert x.verdict == Label.NOT_CHECKABLE and "to come" in x.rationale, x.rationale


def test_a_known_official_who_imposes_a_measure_is_its_actor(tmp_path):
    text = (
        "Beijing restricted exports of tungsten in February. Donald Trump earlier imposed "
        "a 10 per cent tariff on Chinese goods."
    )
    art = dated_article(tmp_path, text, "2025-03-01")
    (claim,) = [c for c in art.claims if "tariff" in c.text]
    assert claim.frame.actor_country == "USA", claim.frame


def test_a_tariff_on_all_imports_takes_no_goods_from_its_sentence(tmp_path):
    text = (
        "China put export licences on 12 minerals, including antimony, in retaliation to a "
        "new 15% tariff by the US on all US imports from China."
    )
    art = dated_article(tmp_path, text, "2025-02-10")
    (claim,) = [c for c in art.claims if "15% tariff" in c.text]
    assert "antimony" not in claim.frame.goods, claim.frame
