"""Round 37 (fx37b): claims keyed supported that the check left "not checkable" because a
slot of their frame was not filled from structure the sentence has: a rate laid "on" goods
(a tariff's), "the two countries' presidents" (the heads of the two countries named
before), a date before a past verb of saying whose complement looks ahead (the saying's),
"dominates" a stage (a first place, when no percentage is stated) and a bare share whose
mineral is named two sentences back. Made-up sentences; figures and days from the tables."""

from __future__ import annotations

import pandas as pd
from conftest import dated_article as _article
from conftest import dated_verdicts as _verdicts
from conftest import read_rows
from conftest import verdict_about as _about

from analysis.article import quantities
from analysis.vocab import Label


def test_a_rate_laid_on_goods_is_a_tariff():
    said = "The new retaliation would add another 5% on U.S. soybeans"
    q = quantities.quantity(said, [])
    assert q is not None and q.of == quantities.TARIFF
    # control: a share "of" the goods stays a share of world supply
    share = quantities.quantity("Ruritania supplies 5% of the world's soybeans", [])
    assert share is not None and share.of == quantities.WORLD


def test_the_frame_of_a_rate_on_goods_takes_the_tariff_action(tmp_path):
    art = _article(
        tmp_path, "The new Chinese retaliation would add another 5% on U.S. soybeans.", "2019-08-23"
    )
    frames = [c.frame for c in art.claims if "5%" in c.text]
    assert frames and frames[0].kind == "measure" and frames[0].action == "tariff", frames


def _call_of_june() -> pd.Series:
    from analysis.analyses import visits

    contacts = visits.official_contacts()
    calls = contacts.loc[(contacts["kind"] == "call") & (contacts["start"].dt.year == 2025)]
    return calls.loc[calls["start"].dt.month == 6].iloc[0]


def test_the_two_countries_presidents_are_those_of_the_countries_named_before(tmp_path):
    call = _call_of_june()
    published = (call["start"] + pd.Timedelta(days=2)).date().isoformat()
    day = f"{call['start'].strftime('%B')} {call['start'].day}"
    text = (
        "Trade between China and the United States fell this spring. "
        f"The two countries' presidents held phone talks on {day}."
    )
    x = _about(_verdicts(tmp_path, text, published), "phone talks")
    assert x.rule == "event dates" and x.verdict == Label.SUPPORTED, x.rationale
    # control: two other countries' presidents are nobody the timeline holds
    other = (
        "Trade between France and Germany fell this spring. "
        f"The two countries' presidents held phone talks on {day}."
    )
    x = _about(_verdicts(tmp_path, other, published), "phone talks")
    assert x.verdict != Label.SUPPORTED


def _day(art, words: str) -> str:
    hits = [d for d in art.dates if d.text == words]
    assert hits, [d.text for d in art.dates]
    return str(hits[0].start)


def test_a_date_before_a_saying_whose_complement_looks_ahead_is_the_saying_s(tmp_path):
    said = "In late March, Ruritania announced plans to curb tin exports."
    assert _day(_article(tmp_path, said, "2023-07-23"), "late March").startswith("2023-03")
    told = "On Monday, Ruritania said it will curb tin exports."
    assert _day(_article(tmp_path, told, "2023-07-23"), "Monday") < "2023-07-23"
    # control: a participle is no saying ("tariffs announced last year will rise")
    ahead = "On March 5, tariffs announced last year will rise."
    assert _day(_article(tmp_path, ahead, "2023-07-23"), "March 5") == "2024-03-05"


def _producers(edition: str, year: str) -> list[str]:
    """Countries by rare-earth mine production in an edition's year, largest first."""
    held = [
        (float(r["value"]), r["country"])
        for r in read_rows("sources/rare_earths_mine_production.csv")
        if r["source_edition"] == edition
        and r["year"] == year
        and r["value"]
        and "World" not in r["country"]
        and "Other" not in r["country"]
    ]
    return [c for _, c in sorted(held, reverse=True)]


def test_dominating_a_stage_is_a_first_place_when_no_figure_is_stated(tmp_path):
    order = _producers("MCS 2025", "2024")
    top, second = order[0], order[1]
    found = _verdicts(tmp_path, f"{top} dominates the global supply of rare earths.", "2025-10-14")
    x = _about(found, "dominates")
    assert x.claim.frame.kind == "rank" and x.verdict == Label.SUPPORTED, x.rationale
    found = _verdicts(
        tmp_path, f"{second} dominates the global supply of rare earths.", "2025-10-14"
    )
    assert _about(found, "dominates").verdict == Label.UNSUPPORTED
    # with a percentage in its sentence, the figure is the claim, not a rank
    figured = f"{top} dominates the global supply of rare earths, supplying 94 per cent of it."
    art = _article(tmp_path, figured, "2025-10-14")
    assert all(c.frame.kind != "rank" for c in art.claims if c.frame), [
        c.frame.kind for c in art.claims if c.frame
    ]


def test_a_bare_share_takes_the_mineral_named_a_few_sentences_before(tmp_path):
    text = (
        "Ruritania curbed exports of gallium last year. "
        "China holds the largest reserves, about 44 mn tons of 17 elements. "
        "It also dominates mining, with 70% of the world's output."
    )
    art = _article(tmp_path, text, "2025-10-14")
    shares = [c for c in art.claims if "70%" in c.text]
    assert shares and "gallium" in shares[0].commodities, [c.commodities for c in shares]
    # control: named more than `_MINERAL_REACH` sentences before, it is not lent
    far = (
        "Ruritania curbed exports of gallium last year. Prices rose. Buyers waited. "
        "China holds the largest reserves, about 44 mn tons of 17 elements. "
        "It also dominates mining, with 70% of the world's output."
    )
    art = _article(tmp_path, far, "2025-10-14")
    shares = [c for c in art.claims if "70%" in c.text]
    assert shares and "gallium" not in shares[0].commodities
    # control: a share naming no stage borrows from the sentence right before only
    stageless = (
        "Ruritania curbed exports of gallium last year. "
        "China holds the largest reserves, about 44 mn tons of 17 elements. "
        "Recycling rates remain below 1%."
    )
    art = _article(tmp_path, stageless, "2025-10-14")
    assert all("gallium" not in c.commodities for c in art.claims if "1%" in c.text)
