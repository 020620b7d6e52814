"""The claim frames and the checks on them (analysis/article/frames.py,
analysis/evidence/frame_checks.py): each of the failure classes of the fact-check issue,
on one-sentence articles of a stated date. Expected figures come from the tables."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from conftest import dated_article, read_rows, reserve_order
from conftest import longest_verdict as _only

from analysis.analyses import concentration, measures, trade
from analysis.article import frames, gazetteer, measure_reading, opinions, presupposed, quantities
from analysis.article.text import attribution_spans
from analysis.data import datasets, goods, lexicon
from analysis.evidence import factcheck, measure_details
from analysis.evidence import verdicts as v
from analysis.evidence.model import Context, Evidence, Verdict
from analysis.vocab import Label


def _billions(millions: float) -> str:
    return f"${millions / 1000:.1f} billion"


def test_a_mineral_called_a_rare_earth_that_is_not_one_is_caught(tmp_path):
    x = _only(tmp_path, "China restricted gallium, a rare earth metal, in 2023.", "2024-01-10")
    assert x.verdict == Label.UNSUPPORTED and "not among the 17" in x.rationale


def test_saying_gallium_is_not_a_rare_earth_is_supported(tmp_path):
    x = _only(
        tmp_path,
        "Gallium and germanium are not among the 17 rare-earth elements.",
        "2024-01-10",
    )
    assert x.verdict == Label.SUPPORTED


def test_the_source_of_a_figure_is_not_its_subject(tmp_path):
    art = dated_article(
        tmp_path,
        "According to the US Geological Survey, China mined 70% of the world's rare earths "
        "in 2022.",
        "2023-06-01",
    )
    (claim,) = [c for c in art.claims if c.frame and c.frame.quantity]
    assert claim.frame.actor == "China"
    assert claim.frame.attributed_to and "Geological Survey" in claim.frame.attributed_to


def test_a_purity_is_not_a_share_of_world_production(tmp_path):
    art = dated_article(tmp_path, "The plant makes gallium that is 99.99% pure.", "2024-01-10")
    for claim in art.claims:
        if claim.frame and claim.frame.quantity:
            assert claim.frame.quantity.of != "world production"
    found = factcheck.check(art)
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found)


def test_a_future_date_is_read_after_the_article_not_before(tmp_path):
    art = dated_article(tmp_path, "The new rules will take effect on 1 December.", "2023-10-17")
    (ref,) = [d for d in art.dates if d.start]
    assert ref.start == dt.date(2023, 12, 1)


def test_a_licence_requirement_is_not_a_ban(tmp_path):
    assert not measure_reading.forbids("exports are prohibited without a licence from the ministry")
    assert measure_reading.forbids("China banned exports of gallium to the United States")
    assert measure_reading.action("exports are prohibited without a licence") == "licence"


def test_a_trade_figure_is_checked_against_the_census_table(tmp_path):
    table = trade.goods_trade().set_index("year")
    year = int(max(y for y in table.index if y <= 2022))
    value = float(table.at[year, "exports"])
    x = _only(
        tmp_path,
        f"US exports to China were {_billions(value)} in {year}.",
        f"{year + 1}-12-01",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
    wrong = _only(
        tmp_path,
        f"US exports to China were {_billions(value * 1.5)} in {year}.",
        f"{year + 1}-12-01",
    )
    assert wrong.verdict == Label.UNSUPPORTED, wrong.rationale


def test_trade_figures_not_yet_published_cannot_decide(tmp_path):
    table = trade.goods_trade().set_index("year")
    year = int(max(y for y in table.index if y <= 2022))
    value = float(table.at[year, "exports"])
    x = _only(tmp_path, f"US exports to China were {_billions(value)} in {year}.", f"{year}-11-01")
    assert x.verdict == Label.NOT_CHECKABLE


@pytest.mark.parametrize("later_by", [1, 400])
def test_a_verdict_resting_on_later_data_becomes_not_checkable(tmp_path, later_by):
    # since round 36 (later36): a later item is set apart under `later` and the verdict
    # stands on the evidence public by then; with none, it rested on later data alone
    art = dated_article(
        tmp_path, "China mined most of the world's rare earths in 2022.", "2023-06-01"
    )
    day, basis = factcheck.as_of(art)
    ctx = Context(art, day, basis)
    late = Evidence("t", (2,), {}, "c", "f", day + dt.timedelta(days=later_by))
    early = Evidence("t", (3,), {}, "c", "f", day - dt.timedelta(days=30))
    alone = Verdict(art.claims[0], Label.SUPPORTED, "why", "rule", (late,))
    held = factcheck.as_of_the_article(ctx, alone)
    assert held.verdict == Label.NOT_CHECKABLE
    assert "published after the article's date" in held.rationale
    assert held.evidence == () and held.later == (late,)
    both = factcheck.as_of_the_article(
        ctx, Verdict(art.claims[0], Label.SUPPORTED, "why", "rule", (early, late))
    )
    assert both.verdict == Label.SUPPORTED and both.evidence == (early,) and both.later == (late,)
    fine = Verdict(art.claims[0], Label.SUPPORTED, "why", "rule", (early,))
    assert factcheck.as_of_the_article(ctx, fine) is fine


def _balance(year: int) -> float:
    return abs(float(trade.goods_trade().set_index("year").at[year, "balance"]))


def test_trade_with_a_country_makes_it_the_partner_whatever_is_named_first(tmp_path):
    before, after = _balance(2018), _balance(2019)
    change = (after - before) / before * 100
    x = _only(
        tmp_path,
        f"The deficit in the trade of goods with China narrowed last year by "
        f"{abs(change):.1f} percent to {_billions(after)}.",
        "2020-02-05",
    )
    assert x.claim.frame.partner == "CHN"
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_clause_without_a_date_takes_its_sentences(tmp_path):
    art = dated_article(
        tmp_path,
        "The US goods trade deficit with China kept growing. When the president took "
        f"office in 2001, it was {_billions(_balance(2001))}.",
        "2021-02-10",
    )
    found = factcheck.check(art)
    (x,) = [x for x in found if x.claim.frame and x.claim.frame.kind == frames.TRADE]
    assert "in 2001" in x.rationale and x.verdict == Label.SUPPORTED, x.rationale


def test_a_run_of_bare_amounts_keeps_the_flow_named_sentences_before(tmp_path):
    years = (2001, 2005, 2009)
    text = "The US goods trade deficit with the People's Republic kept growing. " + " ".join(
        f"In {year}, it was {_billions(_balance(year))}." for year in years
    )
    found = factcheck.check(dated_article(tmp_path, text, "2021-02-10"))
    trade_claims = [x for x in found if x.claim.frame and x.claim.frame.kind == frames.TRADE]
    assert [x.claim.frame.partner for x in trade_claims] == ["CHN"] * len(years)
    assert [x.verdict for x in trade_claims] == [Label.SUPPORTED] * len(years)


def test_a_hedged_trade_figure_holds_within_its_bound(tmp_path):
    value = _balance(2020)
    below = _billions(value * 0.97).replace(".0 ", " ")
    x = _only(
        tmp_path,
        f"The US goods trade deficit with China exceeded {below} in 2020.",
        "2021-06-01",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
    y = _only(
        tmp_path,
        f"The US goods trade deficit with China exceeded {_billions(value * 1.05)} in 2020.",
        "2021-06-01",
    )
    assert y.verdict == Label.PARTLY, y.rationale


def test_the_place_of_a_dateline_is_not_who_acts(tmp_path):
    art = dated_article(
        tmp_path,
        "Singapore | China is placing export controls on antimony, a metal used in ammunition.",
        "2024-08-16",
    )
    (claim,) = [c for c in art.claims if c.frame and c.frame.kind == frames.MEASURE]
    assert claim.frame.actor == "China"


def test_the_head_of_a_compound_names_the_measure_and_a_year_dates_it(tmp_path):
    assert measure_reading.action("China introduced an export control law") == "law"
    assert measure_reading.action("escalated its export controls, reigniting the tariff war") == (
        "restriction"
    )
    x = _only(tmp_path, "China introduced an export control law in 2020.", "2023-07-03")
    assert x.verdict == Label.SUPPORTED and "2020" in x.rationale, x.rationale
    y = _only(tmp_path, "China introduced an export control law in 2016.", "2023-07-03")
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_a_measure_day_missed_by_a_day_or_two_is_partly_right(tmp_path):
    x = _only(tmp_path, "China introduced an export control law on 19 October 2020.", "2023-07-03")
    assert x.verdict == Label.PARTLY and "days off" in x.rationale, x.rationale
    y = _only(tmp_path, "China introduced an export control law on 1 March 2020.", "2023-07-03")
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_each_figure_of_a_sentence_is_a_claim_of_its_own(tmp_path):
    art = dated_article(
        tmp_path,
        "China is the world's largest producer of gallium, supplying 60% of mined "
        "gallium and more than 90% of refined gallium.",
        "2023-10-23",
    )
    frames_of = [c.frame for c in art.claims]
    assert [f.kind for f in frames_of] == [frames.RANK, frames.SHARE, frames.SHARE]
    assert [f.quantity.value for f in frames_of[1:]] == [60.0, 90.0]
    assert all(f.goods == ("gallium",) and f.actor_country == "CHN" for f in frames_of)


def test_a_range_of_figures_stays_one_claim(tmp_path):
    art = dated_article(
        tmp_path, "China mines between 60% and 70% of the world's graphite.", "2023-10-23"
    )
    assert len(art.claims) == 1 and art.claims[0].frame.quantity.value == 60.0


def test_a_clause_with_its_own_subject_lends_no_goods_to_the_others(tmp_path):
    art = dated_article(
        tmp_path,
        "Beijing raised tariffs on American imports to 25 per cent, while the US "
        "excluded rare earths from its list of tariffs on $300 billion of goods.",
        "2019-05-21",
    )
    first, second = art.claims
    assert first.frame.goods == () and first.frame.actor_country == "CHN"
    assert second.frame.goods == ("rare_earths",)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("On 2 March 2021, Joe Biden and Xi Jinping met and agreed to lower tariffs.", "visit"),
        ("On 2 March 2021, Joe Biden signed an order raising tariffs on Chinese goods.", "measure"),
    ],
)
def test_two_people_meeting_is_an_event_even_when_a_measure_follows(tmp_path, text, kind):
    (claim,) = dated_article(tmp_path, text, "2021-03-05").claims
    assert claim.frame.kind == kind


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("US exports of semiconductors to China were {amount} in 2021.", "by product"),
        ("China pledged that US exports to China would reach {amount} in 2021.", "pledge"),
        ("US exports to China reached {amount} in March, the Census Bureau said.", "by year"),
        ("In the first ten months of 2021, US exports to China were {amount}.", "by year"),
    ],
)
def test_trade_figures_the_annual_goods_table_cannot_hold_are_not_checkable(tmp_path, text, why):
    """Each of these amounts equals the table's annual total: only the frame keeps them
    from being decided by it."""
    amount = _billions(float(trade.goods_trade().set_index("year").at[2021, "exports"]))
    x = _only(tmp_path, text.format(amount=amount), "2022-06-01")
    assert x.verdict == Label.NOT_CHECKABLE and why in x.rationale, x.rationale


@pytest.mark.parametrize(
    "text",
    [
        "US exports to China, led by soybeans and aircraft, reached {amount} in 2021.",
        "The Census Bureau said last month that US exports to China were {amount} in 2021.",
    ],
)
def test_a_year_figure_is_decided_whatever_else_its_sentence_names(tmp_path, text):
    amount = _billions(float(trade.goods_trade().set_index("year").at[2021, "exports"]))
    x = _only(tmp_path, text.format(amount=amount), "2022-06-01")
    assert x.verdict == Label.SUPPORTED and "2021" in x.rationale, x.rationale


def test_controlling_a_share_is_holding_it_not_a_measure(tmp_path):
    (claim,) = dated_article(
        tmp_path, "China controls roughly 85% of global graphite refining.", "2024-06-01"
    ).claims
    assert claim.frame.kind != frames.MEASURE and claim.frame.action == ""


def test_a_stage_share_far_older_than_the_claim_does_not_decide_it(tmp_path):
    rows = [
        r
        for r in read_rows("sources/processing_shares.csv")
        if r["commodity"] == "rare earths" and r["stage"].startswith("refining") and r["year"]
    ]
    old = min(rows, key=lambda r: int(r["year"]))
    year, half = int(old["year"]), float(old["share_pct"]) / 2
    text = f"China refines about {half:.0f}% of the world's rare earths."
    for sub in ("near", "far"):
        (tmp_path / sub).mkdir()
    near = _only(tmp_path / "near", text, f"{year + 2}-06-01")
    far = _only(tmp_path / "far", text, f"{year + factcheck.STALE_YEARS + 3}-06-01")
    assert near.verdict == Label.UNSUPPORTED, near.rationale
    assert far.verdict == Label.NOT_CHECKABLE and "too old" in " ".join(far.notes), far.notes


def _china_output(commodity: str, day: str) -> tuple[int, float]:
    """China's latest production figure in the USGS edition public on `day` (tonnes)."""
    edition = concentration.edition_as_of(commodity, dt.date.fromisoformat(day))
    table = concentration.series_for(commodity)["table"]
    label = next(e["source_edition"] for e in datasets.editions(table) if e["id"] == edition)
    rows = datasets.load(table)
    mine = rows.loc[
        (rows["commodity"] == commodity)
        & (rows["country"] == "China")
        & (rows["source_edition"] == label)
        & rows["value"].notna()
    ]
    last = mine.loc[mine["year"].idxmax()]
    return int(last["year"]), float(last["value"]) / (1000 if last["unit"] == "kg" else 1)


@pytest.mark.parametrize(
    ("wording", "factor", "verdict"),
    [
        ("China mined {t} tonnes of rare earths in {y}.", 1.0, Label.SUPPORTED),
        ("China mined about {t} tonnes of rare earths in {y}.", 1.5, Label.UNSUPPORTED),
        ("China exported {t} tonnes of rare earths in {y}.", 1.0, Label.NOT_CHECKABLE),
    ],
)
def test_a_tonnage_is_checked_against_the_production_table(tmp_path, wording, factor, verdict):
    day = "2023-11-10"
    year, tonnes = _china_output("rare earths", day)
    x = _only(tmp_path, wording.format(t=f"{tonnes * factor:,.0f}", y=year), day)
    assert x.verdict == verdict and x.rule == "production amount", x.rationale


def test_a_measure_dated_after_the_article_is_matched_on_when_it_takes_effect(tmp_path):
    """A tariff said to rise in a later year: that year is when it takes effect; with no
    effective day in the catalog the claim is not checkable, not contradicted by the
    announcement day."""
    table = measures.measures()
    us = table.loc[(table["measure_type"] == "tariff") & (table["implementing_iso3"] == "USA")]
    latest = [  # the newest US tariff on its own day: the one a claim then must mean
        m
        for _, m in us.loc[us["effective"].isna()].iterrows()
        if not (
            us["announced"].between(m["announced"], m["announced"] + pd.Timedelta(days=2))
            & (us.index != m.name)
        ).any()
    ]
    assert latest, "no US tariff without an effective day in the catalog"
    announced = latest[-1]["announced"].date()
    # named by its goods: a country ('Chinese') singles out no measure
    named = goods.label(latest[-1]["goods"][0]) if latest[-1]["goods"] else "goods"
    # a later year in which no part of it takes effect either (`measure_parts`: the
    # four-year review's 2025 and 2026 steps have days of their own)
    parts = {d.year for d in measure_details.effective_days(latest[-1]) if d is not None}
    year = next(y for y in range(announced.year + 1, announced.year + 10) if y not in parts)
    text = f"The US tariff on Chinese {named} will rise to 50% in {year}."
    x = _only(tmp_path, text, (announced + dt.timedelta(days=2)).isoformat())
    assert x.verdict == Label.NOT_CHECKABLE and "effective day" in x.rationale, x.rationale


def test_a_past_weekday_in_a_report_of_a_raise_is_the_last_one(tmp_path):
    (claim,) = dated_article(
        tmp_path, "On Tuesday, the president raised tariffs on Chinese steel.", "2024-05-16"
    ).claims
    assert [w.start for w in claim.frame.when] == ["2024-05-14"]


@pytest.mark.parametrize(("factor", "verdict"), [(1.0, Label.SUPPORTED), (2.0, Label.UNSUPPORTED)])
def test_a_share_of_reserves_is_checked_against_the_reserves_table(tmp_path, factor, verdict):
    rows = datasets.load("rare_earths_reserves")
    edition = rows.loc[rows["source_edition"].str.startswith("MCS 2024")]
    china = float(edition.loc[edition["country"] == "China", "value"].iloc[0])
    world = float(edition.loc[edition["country"] == concentration.WORLD, "value"].iloc[0])
    share = china / world * 100 * factor
    text = f"China holds {share:.0f}% of the world's rare earth reserves."
    x = _only(tmp_path, text, "2024-06-10")
    assert x.verdict == verdict and x.rule == "share of reserves", x.rationale


def test_a_fragment_takes_the_goods_of_the_clause_it_continues(tmp_path):
    text = "China is the top producer of tungsten, with more than 50% of output."
    art = dated_article(tmp_path, text, "2024-06-10")
    assert [c.frame.goods for c in art.claims] == [("tungsten",), ("tungsten",)]


@pytest.mark.parametrize(
    "text",
    [
        "Chipmakers said meeting the US restrictions on chip exports could cost $2 billion.",
        "Beijing has granted temporary export licences to suppliers of carmakers.",
        # with no good named before it: "Shipments of gallium ... are subject to" says which
        # goods the measure covers, and is checked (round 31, fcm31: `goods_undergo`)
        "Shipments from China are now subject to export controls.",
    ],
)
def test_a_measure_taken_as_given_is_not_checked_for_existence(tmp_path, text):
    x = _only(tmp_path, text, "2025-06-20")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_measure_imposed_by_the_clause_is_still_checked(tmp_path):
    x = _only(tmp_path, "China imposed the new export controls on gallium.", "2023-08-20")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_wrong_date_is_wrong_only_for_a_measure_the_claim_singles_out(tmp_path):
    """With goods that single out a measure, a year off is unsupported; with nothing but the
    actor and kind, no measure of the catalog is 'the' one, so the claim is not checkable."""
    table = measures.measures()
    row = table.loc[table["goods"].map(lambda g: "gallium" in g)].iloc[0]
    day = row["announced"].date()
    wrong = day.replace(year=day.year - 1)
    later = (day + dt.timedelta(days=30)).isoformat()
    (tmp_path / "goods").mkdir()
    (tmp_path / "bare").mkdir()
    named = _only(
        tmp_path / "goods",
        f"China announced export controls on gallium on {wrong:%d %B %Y}.",
        later,
    )
    bare = _only(tmp_path / "bare", f"China announced new export rules on {wrong:%d %B %Y}.", later)
    assert named.verdict == Label.UNSUPPORTED, named.rationale
    assert bare.verdict == Label.NOT_CHECKABLE, bare.rationale


def test_the_legal_basis_of_a_measure_is_not_what_it_does():
    text = (
        "In accordance with the Export Control Law and related regulations, the ministry "
        "imposed export controls on graphite"
    )
    assert measure_reading.action(text) == "restriction"


def test_a_count_with_no_rule_that_week_leaves_the_claim_to_the_measure_checks(tmp_path):
    text = "On 15 May 2020, the Commerce Department added 12 entities to the Entity List."
    x = _only(tmp_path, text, "2020-05-20")
    assert x.rule != "entity list count", x.rationale


def test_a_meeting_dated_in_another_clause_of_its_sentence_is_checked(tmp_path):
    rows = [r for r in read_rows("sources/visits.csv") if r["kind"] == "leaders_meeting"]
    row = rows[-1]
    day = dt.date.fromisoformat(row["start"])
    first, second = (p.split(" (")[0] for p in row["visitors"].split(";")[:2])
    text = f"{first} and {second} met in {row['places']}, on {day:%A}."
    x = _only(tmp_path, text, (day + dt.timedelta(days=1)).isoformat())
    assert x.verdict == Label.SUPPORTED and x.rule == "event dates", x.rationale


def test_last_weekend_is_the_saturday_and_sunday_before_the_articles_week(tmp_path):
    (claim,) = dated_article(
        tmp_path, "Joe Biden met Xi Jinping in Lima last weekend.", "2024-11-21"
    ).claims
    (when,) = claim.frame.when
    assert (when.start, when.end) == ("2024-11-16", "2024-11-17")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Gallium and germanium, two rare earth metals, are used in chips.", Label.UNSUPPORTED),
        ("Graphite is not a rare earth element.", Label.SUPPORTED),
    ],
)
def test_what_a_mineral_is_said_to_be_is_a_claim(tmp_path, text, verdict):
    (x,) = factcheck.check(dated_article(tmp_path, text, "2024-06-10"))
    assert x.verdict == verdict and x.rule == "taxonomy", x.rationale


def test_a_second_place_among_producers_is_checked_as_second(tmp_path):
    shares = concentration.country_shares("rare earths", "main", "MCS 2024")
    shares = shares.loc[(shares["country"] != "Other countries") & shares["share_pct"].notna()]
    last = shares.loc[shares["year"] == shares["year"].max()].sort_values(
        "share_pct", ascending=False
    )
    first, second = (str(c) for c in last["country"].head(2))
    for country, verdict in ((second, Label.SUPPORTED), (first, Label.UNSUPPORTED)):
        (tmp_path / country).mkdir()
        x = _only(
            tmp_path / country,
            f"{country} is the world's second-largest producer of rare earths.",
            "2024-06-10",
        )
        assert x.verdict == verdict, x.rationale


def test_a_list_of_goods_stays_in_one_claim_with_its_destination(tmp_path):
    table = measures.measures()
    bans = table.loc[(table["strength"] == "ban") & table["affected_iso3"].eq("USA")]
    bans = bans.loc[bans["goods"].map(len) >= 3]
    assert not bans.empty, "no ban on three goods to one destination in the catalog"
    m = bans.iloc[0]
    names = [goods.label(g) for g in list(m["goods"])[:3]]
    day = m["announced"].date()
    text = (
        f"On {day:%d %B %Y}, China banned exports of {names[0]}, {names[1]} and {names[2]} "
        "to the United States."
    )
    (claim,) = dated_article(tmp_path, text, (day + dt.timedelta(days=2)).isoformat()).claims
    assert claim.text.endswith("United States")


def test_an_announcement_reported_in_the_future_tense_is_a_measure_claim(tmp_path):
    text = "China said on Friday it would require export permits for graphite products."
    (claim,) = dated_article(tmp_path, text, "2023-10-21").claims
    assert claim.frame.kind == frames.MEASURE and claim.frame.action == "licence"
    assert opinions.is_opinion("Analysts said the controls would hurt carmakers.") is not None


def test_a_weekday_after_a_past_verb_of_retaliation_is_the_last_one(tmp_path):
    text = "China retaliated with tariffs on US goods on Friday."
    (claim,) = dated_article(tmp_path, text, "2018-07-07").claims
    assert [w.start for w in claim.frame.when] == ["2018-07-06"]


def test_an_ordinal_is_said_of_the_subject_before_it(tmp_path):
    text = (
        "Gina Raimondo, the fourth senior US official to visit China since June, met "
        "Premier Li Qiang on Tuesday."
    )
    found = factcheck.check(dated_article(tmp_path, text, "2023-08-30"))
    (x,) = [x for x in found if x.rule == "count of visits"]
    assert "Gina Raimondo" in x.rationale and "no visit by" not in x.rationale, x.rationale


def test_a_visit_somewhere_the_timeline_does_not_cover_is_not_checkable(tmp_path):
    rows = [r for r in read_rows("sources/visits.csv") if r["host_country"] == "CHN"]
    row = rows[0]
    visitor = row["visitors"].split(" (")[0]
    day = dt.date.fromisoformat(row["start"]) - dt.timedelta(days=60)
    x = _only(tmp_path, f"{visitor} visited Brazil on {day:%d %B %Y}.", row["start"])
    assert x.verdict == Label.NOT_CHECKABLE and "Brazil" in x.rationale, x.rationale


def test_a_weekday_after_wrapping_up_a_visit_is_the_last_one(tmp_path):
    text = "Antony Blinken wrapped up a three-day visit to China on Friday."
    (claim,) = dated_article(tmp_path, text, "2024-04-27").claims
    assert [w.start for w in claim.frame.when if w.text == "Friday"] == ["2024-04-26"]


def test_two_way_trade_is_exports_and_imports_together(tmp_path):
    row = trade.goods_trade().set_index("year").loc[2020]
    total = float(row["exports"] + row["imports"])
    x = _only(
        tmp_path,
        f"Bilateral goods trade between the US and China was {_billions(total)} in 2020.",
        "2021-03-01",
    )
    assert x.verdict == Label.SUPPORTED and "exports and imports" in x.rationale, x.rationale


def test_every_share_word_of_the_lexicon_is_checked_as_a_share(tmp_path):
    """The share words come from one list (data/lexicon/claims.yaml) for frames and checks."""
    for q in lexicon.claims().quantifiers:
        assert v.share_range(f"China mines {q.phrase} of the world's graphite") is not None, q


def test_a_measure_asserted_with_a_bare_verb_is_checked(tmp_path):
    """'The new rules restrict exports of ...': a determiner names the measure, but the
    clause asserts what it does, so it is checked, not taken as given."""
    x = _only(
        tmp_path,
        "The new rules restrict exports of gallium and germanium to all buyers.",
        "2023-07-05",
    )
    assert x.verdict != Label.NOT_CHECKABLE, x.rationale


@pytest.mark.parametrize("total", ["since 2018", "in total"])
def test_a_running_total_of_listings_is_not_checkable(tmp_path, total):
    rule = next(r for r in read_rows("sources/entity_list_rules.csv") if r["entries_added_total"])
    text = f"The US has added {rule['entries_added_total']} entities to the Entity List {total}."
    x = _only(tmp_path, text, rule["published"])
    assert x.verdict == Label.NOT_CHECKABLE and "running total" in x.rationale, x.rationale


@pytest.mark.parametrize("verb", ["are now on", "remain on", "sit on"])
def test_the_standing_size_of_a_list_is_not_a_count_of_additions(tmp_path, verb):
    """'A total of 420 firms are on the Entity List': a verb of being on the list gives its
    size, not the entries a rule added that week."""
    rule = next(r for r in read_rows("sources/entity_list_rules.csv") if r["entries_added_total"])
    text = f"A total of {int(rule['entries_added_total']) + 300} firms {verb} the Entity List."
    x = _only(tmp_path, text, rule["published"])
    assert x.verdict == Label.NOT_CHECKABLE and "running total" in x.rationale, x.rationale


def test_a_share_of_a_countrys_exports_is_not_a_share_of_world_output(tmp_path):
    x = _only(
        tmp_path, "About 40% of China's antimony exports went to the US last year.", "2024-12-05"
    )
    assert x.rule != "share by stage" and x.verdict == Label.NOT_CHECKABLE, x.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Trump threatened to impose an additional 100% tariff on Chinese goods from November 1.",
        "Lawmakers urged the Commerce Department to add more chipmakers to the Entity List.",
        "The Biden administration is weighing new restrictions on AI chips bound for China.",
        "The US has offered to lift tariffs on $200 billion of Chinese goods.",
    ],
)
def test_a_measure_threatened_or_called_for_is_not_checked_as_taken(tmp_path, text):
    x = _only(tmp_path, text, "2025-10-12")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def _talks_in_one_city() -> dict[str, str]:
    """The latest multi-day round of talks in a city where the timeline has nothing else."""
    rows = read_rows("sources/visits.csv")
    once = [r for r in rows if sum(o["places"] == r["places"] for o in rows) == 1]
    (row, *_) = [
        r for r in reversed(once) if r["kind"] == "talks" and r["end"] and r["end"] > r["start"]
    ]
    return row


def test_talks_about_a_measure_are_a_meeting_not_the_measure(tmp_path):
    row = _talks_in_one_city()
    day = dt.date.fromisoformat(row["end"])
    text = f"Senior officials held talks on tariffs in {row['places']} on {day:%d %B %Y}."
    (claim,) = dated_article(tmp_path, text, row["end"]).claims
    assert claim.frame.kind == frames.VISIT
    (x,) = factcheck.check(dated_article(tmp_path, text, row["end"]))
    assert x.verdict == Label.SUPPORTED and x.rule == "event dates", x.rationale
    # a measure taken after talks stays a measure
    text = f"After talks in {row['places']}, China raised tariffs on US goods."
    (claim,) = dated_article(tmp_path, text, row["end"]).claims
    assert claim.frame.kind == frames.MEASURE


@pytest.mark.parametrize(("extra", "verdict"), [(0, Label.SUPPORTED), (1, Label.PARTLY)])
def test_talks_found_by_their_place_are_checked_by_their_length(tmp_path, extra, verdict):
    row = _talks_in_one_city()
    first, last = (dt.date.fromisoformat(row[k]) for k in ("start", "end"))
    days = (last - first).days + 1 + extra
    published = last + dt.timedelta(days=1)
    # the announcement's day is not the talks' day: the sequence word sets it apart
    text = f"The {published:%A} announcement followed {days} days of talks in {row['places']}."
    x = _only(tmp_path, text, published.isoformat())
    assert x.verdict == verdict and x.rule == "event dates", x.rationale


def test_an_undated_meeting_of_two_people_is_checked_against_the_article_date(tmp_path):
    rows = [r for r in read_rows("sources/visits.csv") if r["kind"] == "leaders_meeting"]
    row = rows[-1]
    first, second = (p.split(" (")[0] for p in row["visitors"].split(";")[:2])
    text = f"{first} and {second} met in {row['places']}."
    day = dt.date.fromisoformat(row["start"])
    after = _only(tmp_path, text, (day + dt.timedelta(days=30)).isoformat())
    assert after.verdict == Label.SUPPORTED and x_row(after) == row["visit_id"], after.rationale
    before = _only(tmp_path, text, (day - dt.timedelta(days=1)).isoformat())
    assert before.verdict == Label.NOT_CHECKABLE or x_row(before) != row["visit_id"]


def x_row(x: Verdict) -> str:
    """The visit id of a verdict's timeline evidence."""
    return read_rows("sources/visits.csv")[x.evidence[0].rows[0] - 2]["visit_id"]


def _visitor_in_two_places() -> tuple[str, dict[str, str], dict[str, str]]:
    """A visitor with two recorded visits in different places: (name, earlier, later)."""
    rows = [r for r in read_rows("sources/visits.csv") if r["kind"] == "visit"]
    for later in reversed(rows):
        name = later["visitors"].split(" (")[0]
        earlier = [r for r in rows if name in r["visitors"] and r["places"] != later["places"]]
        if earlier and earlier[-1]["start"] < later["start"]:
            return name, earlier[-1], later
    raise AssertionError("no visitor with visits in two places")


def test_a_visit_is_compared_with_the_persons_visit_where_the_claim_says(tmp_path):
    name, earlier, later = _visitor_in_two_places()
    place = later["places"].split(";")[0]
    month = dt.date.fromisoformat(earlier["start"])  # a month of the other visit
    text = f"{name} visited {place} in {month:%B %Y}."
    x = _only(tmp_path, text, later["end"])
    assert x.verdict == Label.UNSUPPORTED and x_row(x) == later["visit_id"], x.rationale


def test_a_visit_elsewhere_overlapping_a_recorded_one_is_not_checkable(tmp_path):
    name, _, later = _visitor_in_two_places()
    day = dt.date.fromisoformat(later["start"])
    x = _only(tmp_path, f"{name} visited Brazil in {day:%B %Y}.", later["end"])
    assert x.verdict == Label.NOT_CHECKABLE and "Brazil" in x.rationale, x.rationale


@pytest.mark.parametrize(
    "text",
    ["Regulators bar Acme Corp from selling chips", "The agency barred two firms from bidding"],
)
def test_barring_someone_from_something_is_a_ban(tmp_path, text):
    assert measure_reading.action(text) == "ban"
    assert not measure_reading.action("The bar was raised from 5 to 7")


def test_his_second_visit_counts_the_persons_own_visits(tmp_path):
    rows = [r for r in read_rows("sources/visits.csv") if r["kind"] == "visit"]
    firsts = [r["visitors"].split(" (")[0] for r in rows]
    name = next(n for n in reversed(firsts) if firsts.count(n) > 1)
    last = [r for r, n in zip(rows, firsts, strict=True) if n == name][-1]
    n = sum(
        f == name and r["host_country"] == last["host_country"]
        for r, f in zip(rows, firsts, strict=True)
    )
    words = {number: word for word, number in v.ORDINALS.items()}
    place = last["places"].split(";")[0]
    for count, verdict in ((n, Label.SUPPORTED), (n + 2, Label.UNSUPPORTED)):
        x = _only(tmp_path, f"{name}'s visit to {place} was his {words[count]}.", last["end"])
        assert x.rule == "count of visits" and x.verdict == verdict, x.rationale
        assert all(name in k for k in x.evidence[0].values), x.evidence[0].values


def test_leaders_who_spoke_by_phone_on_a_weekday_are_checked_against_the_call(tmp_path):
    (call, *_) = [r for r in read_rows("sources/visits.csv") if r["kind"] == "call"][::-1]
    first, second = (p.split(" (")[0] for p in call["visitors"].split(";")[:2])
    day = dt.date.fromisoformat(call["start"])
    text = f"{first} and {second} spoke by phone on {day:%A}."
    x = _only(tmp_path, text, (day + dt.timedelta(days=1)).isoformat())
    assert x.verdict == Label.SUPPORTED and x.rule == "event dates", x.rationale


def _rare_earth_producers() -> list[str]:
    """Countries by rare-earth mine production in the MCS 2024 edition's last year."""
    shares = concentration.country_shares("rare earths", "main", "MCS 2024")
    shares = shares.loc[(shares["country"] != "Other countries") & shares["share_pct"].notna()]
    last = shares.loc[shares["year"] == shares["year"].max()]
    return [str(c) for c in last.sort_values("share_pct", ascending=False)["country"]]


def test_a_ranking_outside_a_country_leaves_that_country_out(tmp_path):
    first, second, *_ = _rare_earth_producers()
    text = f"{second} is the largest producer of rare earths outside {first}."
    x = _only(tmp_path, text, "2024-06-10")
    assert x.verdict == Label.SUPPORTED and f"outside {first}" in x.rationale, x.rationale


def test_a_companys_share_or_tonnage_is_not_its_countrys(tmp_path):
    firms = [o for o in lexicon.organisations() if o.kind == "company" and o.country == "CHN"]
    share = concentration.country_shares("rare earths", "main", "MCS 2024")
    china = share.loc[share["country"] == "China"].sort_values("year").iloc[-1]
    text = f"{firms[0].name} mined {china['share_pct']:.0f}% of the world's rare earths in 2023."
    x = _only(tmp_path, text, "2024-06-10")
    assert x.verdict == Label.NOT_CHECKABLE and x.rule == "company figure", x.rationale


def test_a_share_of_what_a_country_imports_is_not_a_share_of_world_output(tmp_path):
    (top, *_) = _rare_earth_producers()
    share = concentration.country_shares("rare earths", "main", "MCS 2024")
    value = share.loc[share["country"] == top].sort_values("year").iloc[-1]["share_pct"]
    text = f"The EU imports about {value:.0f}% of its rare earths from {top}."
    x = _only(tmp_path, text, "2024-06-10")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Prices of tungsten have doubled since the curbs were imposed", True),
        ("Shipments fell sharply after the export controls took effect", True),
        ("Ruritania tightened its export controls after prices doubled", False),
        ("The decision came after Ruritania announced new export controls", False),
        ("items meeting the following characteristics shall not be exported", False),
    ],
)
def test_a_measure_that_only_dates_a_change_is_taken_as_given(text, given):
    assert presupposed.presupposes_measure(text) is given


def test_a_characterisation_of_a_measure_is_opinion_not_a_measure_claim(tmp_path):
    text = "The ban is widely seen as retaliation for US chip curbs."
    art = dated_article(tmp_path, text, "2023-07-05")
    assert not [c for c in art.claims if "policy_action" in c.types], art.claims


def test_a_share_of_another_economys_imports_is_not_a_world_share(tmp_path):
    share = concentration.country_shares("rare earths", "main", "MCS 2024")
    value = share.loc[share["country"] == "China"].sort_values("year").iloc[-1]["share_pct"]
    text = f"China supplied {value:.0f}% of the EU's rare earth imports in 2023."
    (claim,) = dated_article(tmp_path, text, "2024-06-10").claims
    assert claim.frame.quantity.of == "imports"


def test_a_measure_dated_between_its_announcement_and_effect_is_not_contradicted(tmp_path):
    table = measures.measures()
    gap = table.loc[(table["effective"] - table["announced"]).dt.days > 62]
    gap = gap.loc[(gap["goods"].map(len) > 0) & gap["strength"].isin(["licence", "ban"])]

    m = gap.loc[gap["implementing_iso3"] != "EU"].iloc[0]  # a country, named as one
    middle = m["announced"] + (m["effective"] - m["announced"]) / 2
    actor = str(m["implementing_jurisdiction"])
    good = goods.label(next(iter(m["goods"])))
    text = f"{actor} restricted exports of {good} in {middle:%B %Y}."
    x = _only(tmp_path, text, (m["effective"] + pd.Timedelta(days=10)).date().isoformat())
    assert x.verdict == Label.NOT_CHECKABLE and "in between" in x.rationale, x.rationale
    announced = f"{actor} announced restrictions on exports of {good} in {middle:%B %Y}."
    y = _only(tmp_path, announced, (m["effective"] + pd.Timedelta(days=10)).date().isoformat())
    assert y.verdict != Label.SUPPORTED and "in between" not in y.rationale, y.rationale


def test_an_undated_arrival_in_the_host_country_is_the_visit_under_way(tmp_path):
    name, _, later = _visitor_in_two_places()
    host = later["host_country"]
    country = {"CHN": "China", "USA": "the United States"}[host]
    text = f"US official {name} arrives in {country}"
    x = _only(tmp_path, text, later["start"])
    assert x.verdict == Label.SUPPORTED and x_row(x) == later["visit_id"], x.rationale


def test_a_visit_said_to_begin_on_a_day_counts_its_length_from_that_day(tmp_path):
    text = "Antony Blinken embarked on a three-day visit to China on Friday."
    (claim,) = dated_article(tmp_path, text, "2024-04-27").claims
    (visit,) = [w for w in claim.frame.when if w.granularity == "interval"]
    assert (visit.start, visit.end) == ("2024-04-26", "2024-04-28")


def test_a_clause_about_a_contact_taken_as_given_does_not_confirm_it(tmp_path):
    name, _, later = _visitor_in_two_places()
    place = later["places"].split(";")[0]
    text = f"{name}'s trip to {place} is part of a flurry of visits aimed at calming tensions."
    x = _only(tmp_path, text, later["end"])
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_day_of_a_visit_supports_a_meeting_with_a_host_the_timeline_omits(tmp_path):
    rows = read_rows("sources/visits.csv")

    def people(r: dict[str, str]) -> set[str]:
        return {p.split(" (")[0] for p in (r["visitors"] + ";" + r["hosts"]).split(";") if p}

    # a visit, and someone its visitor met at another contact but whom it does not list
    row, other = next(
        (r, p)
        for r in rows
        if r["kind"] == "visit"
        for o in rows
        if o is not r and r["visitors"].split(" (")[0] in people(o)
        for p in sorted(people(o) - people(r))
        if gazetteer.person(p) is not None  # a name the article reads as a person
    )
    visitor = row["visitors"].split(" (")[0]
    day = dt.date.fromisoformat(row["start"])
    text = f"{visitor} met {other} in {row['places'].split(';')[0]} on {day:%d %B %Y}."
    x = _only(tmp_path, text, row["end"])
    assert x.verdict == Label.SUPPORTED and x_row(x) == row["visit_id"], x.rationale


@pytest.mark.parametrize(
    "text",
    [
        "The minister defended the export controls on graphite.",
        "Officials in Beijing condemned the US tariffs on Chinese steel.",
    ],
)
def test_a_stance_on_a_measure_is_opinion_not_a_measure_claim(tmp_path, text):
    art = dated_article(tmp_path, text, "2024-01-10")
    assert not [c for c in art.claims if "policy_action" in c.types], art.claims


def _leaders_meetings() -> tuple[str, str, list[dict[str, str]]]:
    """Two leaders with the most recorded in-person meetings, and those meetings in order."""
    rows = [r for r in read_rows("sources/visits.csv") if r["kind"] == "leaders_meeting"]
    pairs: dict[tuple[str, str], list[dict[str, str]]] = {}
    for r in rows:
        a, b = sorted(p.split(" (")[0] for p in (r["visitors"] + ";" + r["hosts"]).split(";")[:2])
        pairs.setdefault((a, b), []).append(r)
    (a, b), met = max(pairs.items(), key=lambda kv: len(kv[1]))
    return a, b, sorted(met, key=lambda r: r["start"])


def test_their_nth_meeting_counts_the_meetings_of_both(tmp_path):
    a, b, met = _leaders_meetings()
    words = {number: word for word, number in v.ORDINALS.items()}
    last = met[-1]
    for count, verdict in ((len(met), Label.SUPPORTED), (len(met) + 2, Label.UNSUPPORTED)):
        text = f"{a} and {b} met in {last['places']}, their {words[count]} meeting."
        x = _only(tmp_path, text, last["end"])
        assert x.rule == "count of meetings" and x.verdict == verdict, x.rationale


def test_a_first_meeting_since_a_year_counts_from_after_it(tmp_path):
    a, b, met = _leaders_meetings()
    previous, last = met[-2], met[-1]
    year = previous["start"][:4]
    assert last["start"][:4] != year, "the last two meetings fall in the same year"
    text = f"{a} and {b} held their first meeting since {year} in {last['places']}."
    x = _only(tmp_path, text, last["end"])
    assert x.rule == "count of meetings" and x.verdict == Label.SUPPORTED, x.rationale


def test_an_agreement_at_a_meeting_is_not_confirmed_by_the_meeting(tmp_path):
    a, b, met = _leaders_meetings()
    text = f"During that meeting, {a} and {b} agreed to reinstate military talks."
    x = _only(tmp_path, text, met[-1]["end"])
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_measure_verb_whose_object_is_a_relationship_is_no_measure():
    assert measure_reading.action("The summit eased US-China ties") == ""
    assert measure_reading.action("China eased export curbs on gallium") == "relaxation"


def test_since_a_month_is_a_date_not_a_new_clause(tmp_path):
    text = "Joe Biden and Xi Jinping met on Saturday, their first meeting since November 2023."
    (claim,) = dated_article(tmp_path, text, "2024-11-17").claims
    assert claim.text.endswith("since November 2023"), claim.text


def test_a_summit_placed_in_a_city_is_a_claim_without_people_or_dates(tmp_path):
    art = dated_article(tmp_path, "It came a year after their summit in Lima.", "2025-11-17")
    assert [c.type for c in art.claims] == ["event_date"]


def test_a_ban_stated_by_a_negation_is_a_ban_not_a_denial(tmp_path):
    text = "In principle, the export of tungsten to Ruritania shall not be permitted."
    assert measure_reading.action(text) == "ban"
    assert not measure_reading.denies_measure(text)
    assert measure_reading.denies_measure("The curbs were not directed at any country.")


def test_implemented_from_a_day_says_when_a_measure_takes_effect():
    assert measure_reading.takes_effect("the measures will be implemented from December 1, 2023")


def test_a_visit_of_a_length_other_than_the_recorded_one_is_partly_right(tmp_path):
    rows = [r for r in read_rows("sources/visits.csv") if r["kind"] == "visit" and r["end"]]
    row = next(r for r in reversed(rows) if r["end"] > r["start"])
    name = row["visitors"].split(" (")[0]
    first, last = (dt.date.fromisoformat(row[k]) for k in ("start", "end"))
    days = (last - first).days + 1
    text = f"{name} wrapped up a {days + 1}-day visit on {last:%A}."
    x = _only(tmp_path, text, (last + dt.timedelta(days=1)).isoformat())
    assert x.verdict == Label.PARTLY and f"lasted {days}" in x.rationale, x.rationale


def test_a_contact_after_the_article_is_not_the_one_a_claim_means(tmp_path):
    name, earlier, later = _visitor_in_two_places()
    place = later["places"].split(";")[0]
    # written the day after the earlier visit: the later one, at the named place, is ahead
    day = dt.date.fromisoformat(earlier["end"]) + dt.timedelta(days=1)
    assert (dt.date.fromisoformat(later["start"]) - day).days > 14, "the visits are too close"
    x = _only(tmp_path, f"{name} visited {place} last week.", day.isoformat())
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


@pytest.mark.parametrize(
    ("text", "of"),
    [
        # the figure's own clause decides, not a neighbouring clause's noun
        (
            "Although it holds a third of the world's cobalt reserves, Ruritania now mines 40% "
            "of the world's cobalt.",
            "world supply",
        ),
        ("Ruritania mines 40% of the world's cobalt, 55% of its export capacity.", "world supply"),
        # a share of a phrase with a growth word in it is still a share
        ("Ruritanian firms account for 70% of the ore dug up worldwide.", "world supply"),
        # what the clause itself says still counts
        ("Ruritania's cobalt exports rose 40% last year.", "growth"),
        ("Ruritania holds 40% of the world's cobalt reserves.", "reserves"),
        ("Cobalt output grew by 12% in Ruritania.", "growth"),
    ],
)
def test_what_a_percentage_is_of_is_read_in_its_own_clause(text, of):
    q = quantities.quantity(text, [])
    assert q is not None and q.of == of, (text, q)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("its firms account for 70% of the ore dug up", ["mining"]),
        ("two-thirds of the metal smelted worldwide", ["refining"]),
        ("most of the world's refined output", ["refining"]),
        ("over 80% of the metal produced and of the magnets made", ["magnets"]),
        ("half of world output", ["mining"]),
    ],
)
def test_the_stages_a_share_names_are_the_lexicon_s(text, named):
    # one list of stage words (data/lexicon/claims.yaml) for frames and checks alike
    assert factcheck._stages_named(text, "mining") == named


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        ("Goods shipped from China to the United States fell 9% last year.", "imports"),
        ("China's exports to the US rose by a fifth.", "imports"),
        ("China imported more American soybeans than ever.", "exports"),
        ("US exports to China rose 8%.", "exports"),
        ("Tariffs now cover most Chinese imports.", "imports"),
        ("China's trade surplus with the US widened.", "balance"),
    ],
)
def test_a_flow_named_from_china_s_side_is_the_us_flow_it_mirrors(text, flow):
    assert frames.flow(text) == flow


def test_china_s_exports_to_the_us_are_checked_as_us_imports(tmp_path):
    table = trade.goods_trade().set_index("year")
    year = int(max(y for y in table.index if y <= 2022))
    value = float(table.at[year, "imports"])
    x = _only(
        tmp_path,
        f"In {year}, goods exported from China to the US came to {_billions(value)}.",
        f"{year + 1}-12-01",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale


def _lowest_since(year: int) -> tuple[int, int]:
    """For the US deficit with China in `year`: a base year after which every year was
    larger (the claim holds), and one before a smaller year (it does not)."""
    size = trade.goods_trade().set_index("year")["balance"].abs().dropna()
    value = size.at[year]
    smaller = [y for y in size.index if y < year and size.at[y] <= value]
    return max(smaller), min(smaller) - 1


def test_lowest_since_a_year_is_checked_against_every_year_between(tmp_path):
    year = 2023
    holds, fails = _lowest_since(year)
    text = "Officials said the US trade deficit with China in {y} hit its lowest level since {b}."
    right = _only(tmp_path, text.format(y=year, b=holds), "2024-06-01")
    assert right.verdict == Label.SUPPORTED, right.rationale
    wrong = _only(tmp_path, text.format(y=year, b=fails), "2024-06-01")
    assert wrong.verdict == Label.UNSUPPORTED, wrong.rationale


def test_a_change_the_sentence_dates_by_since_is_for_the_year_it_names(tmp_path):
    # the year after "since" is where the comparison starts, not the year of the change
    table = trade.goods_trade().set_index("year")
    before, now = abs(table.at[2022, "balance"]), abs(table.at[2023, "balance"])
    change = (now - before) / before * 100
    holds, _ = _lowest_since(2023)
    art = dated_article(
        tmp_path,
        f"Last year the US goods deficit with China was the smallest since {holds}, "
        f"falling {abs(change):.1f} percent to {_billions(now)}.",
        "2024-06-01",
    )
    found = [x for x in factcheck.check(art) if "percent" in x.claim.text]
    assert found and found[0].verdict == Label.SUPPORTED, [x.rationale for x in found]


def test_a_share_in_a_sentence_naming_no_goods_is_of_the_mineral_named_just_before(tmp_path):
    art = dated_article(
        tmp_path,
        "Tungsten is mostly found in scheelite and wolframite ores. Nearly 80% is produced "
        "in China.",
        "2024-06-01",
    )
    (claim,) = [c for c in art.claims if "80%" in c.text]
    assert claim.commodities == ("tungsten",)
    assert any("sentence before" in n for n in claim.notes)


def test_a_share_after_a_sentence_naming_two_minerals_borrows_neither(tmp_path):
    art = dated_article(
        tmp_path,
        "Gallium and germanium are by-products of other metals. Nearly 80% is produced in China.",
        "2024-06-01",
    )
    (claim,) = [c for c in art.claims if "80%" in c.text]
    assert claim.commodities == ()


def test_a_share_of_a_good_made_from_a_mineral_is_checked_at_its_stage(tmp_path):
    # the magnets stage of rare earths decides "rare-earth magnets"; an element of the
    # group (neodymium) is not the group
    assert goods.made_from("rare_earth_magnets") == "rare_earths"
    assert goods.made_from("neodymium") is None
    x = _only(
        tmp_path,
        "Ruritania is small, but China makes almost 90 per cent of rare earth magnets.",
        "2024-06-01",
    )
    assert x.rule == "share by stage" and "magnets" in x.rationale, x.rationale


def test_a_share_word_of_the_lexicon_makes_a_clause_a_share_claim_of_its_own(tmp_path):
    # "one-third of ..." is a figure: the concessive clause is a claim apart from the main
    # one, each checked against what it is a share of
    art = dated_article(
        tmp_path,
        "Although it holds only one-third of the world's cobalt reserves, Ruritania now "
        "accounts for 70% of global cobalt mined production.",
        "2024-06-01",
    )
    shares = [c for c in art.claims if c.frame and c.frame.quantity]
    assert [c.frame.quantity.of for c in shares] == ["reserves", "world supply"]
    assert shares[0].frame.quantity.low == 28


@pytest.mark.parametrize(
    "text",
    [
        "China is the largest producer of gallium in Asia.",
        "Canada is the biggest producer of germanium among Western countries.",
        "Belgium's Umicore is the world's largest producer of germanium.",
    ],
)
def test_a_rank_of_a_company_or_within_a_region_is_not_checkable(tmp_path, text):
    x = _only(tmp_path, text, "2024-06-01")
    assert x.rule == "rank of producers" and x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_world_rank_is_still_checked(tmp_path):
    x = _only(tmp_path, "China is the world's largest producer of gallium.", "2024-06-01")
    assert x.verdict == Label.SUPPORTED, x.rationale


def _mined(edition: str, year: int, country: str) -> float:
    rows = read_rows("sources/rare_earths_mine_production.csv")
    (value,) = [
        float(r["value"])
        for r in rows
        if r["source_edition"] == edition and r["year"] == str(year) and r["country"] == country
    ]
    return value


def test_a_tonnage_of_countries_listed_together_is_their_sum(tmp_path):
    both = _mined("MCS 2023", 2022, "China") + _mined("MCS 2023", 2022, "United States")
    x = _only(
        tmp_path,
        f"In 2022, about {both:,.0f} tonnes of rare earths were mined by China and the "
        "United States.",
        "2023-06-01",
    )
    assert x.rule == "production amount" and x.verdict == Label.SUPPORTED, x.rationale
    one = _only(
        tmp_path,
        f"In 2022, China mined about {both:,.0f} tonnes of rare earths, far more than the "
        "United States.",
        "2023-06-01",
    )
    assert one.verdict != Label.SUPPORTED, one.rationale


@pytest.mark.parametrize(
    "text",
    [
        "In 2022, Ruritania imported 80 percent of its cobalt from China, officials say.",
        "Ruritania gets 80% of its rare earths from China.",
        "Ruritania sources 98% of its rare earth magnets from China.",
        "China accounts for 60% of global rare earth demand.",
    ],
)
def test_a_share_of_a_country_s_supply_or_of_demand_is_not_a_world_share(tmp_path, text):
    art = dated_article(tmp_path, text, "2024-06-01")
    (claim,) = [c for c in art.claims if c.frame and c.frame.quantity]
    assert claim.frame.quantity.of != "world supply"
    assert all(x.verdict == Label.NOT_CHECKABLE for x in factcheck.check(art))


def test_a_trade_figure_with_a_wrong_lowest_since_is_only_partly_supported(tmp_path):
    now = abs(trade.goods_trade().set_index("year").at[2023, "balance"])
    holds, fails = _lowest_since(2023)
    text = "The US trade deficit with China narrowed to {v} last year, the smallest since {b}."
    right = _only(tmp_path, text.format(v=_billions(now), b=holds), "2024-06-01")
    assert right.verdict == Label.SUPPORTED, right.rationale
    wrong = _only(tmp_path, text.format(v=_billions(now), b=fails), "2024-06-01")
    assert wrong.verdict == Label.PARTLY and "But" in wrong.rationale, wrong.rationale


def test_a_rank_of_reserves_is_checked_against_the_reserves_table(tmp_path):
    order = reserve_order("MCS 2024")
    first, second = order[0], order[1]
    right = _only(tmp_path, f"{first} holds the world's largest rare earth reserves.", "2024-06-01")
    assert right.rule == "rank of reserves" and right.verdict == Label.SUPPORTED, right.rationale
    placed = _only(tmp_path, f"{second} has the second-largest rare earth reserves.", "2024-06-01")
    assert placed.verdict == Label.SUPPORTED, placed.rationale
    wrong = _only(tmp_path, f"{second} has the largest rare earth reserves.", "2024-06-01")
    assert wrong.verdict == Label.UNSUPPORTED, wrong.rationale


def test_a_rank_of_reserves_naming_no_holder_is_not_checkable(tmp_path):
    art = dated_article(
        tmp_path,
        "China is a big miner. Despite holding the third-largest rare earth reserves, "
        "the minerals remain a challenge for Ruritania.",
        "2024-06-01",
    )
    ranked = [x for x in factcheck.check(art) if x.rule == "rank of reserves"]
    assert ranked and all(x.verdict == Label.NOT_CHECKABLE for x in ranked)


def test_added_with_an_object_is_an_act_not_a_source(tmp_path):
    text = "Effective April 4, Ruritania added 11 US entities to its unreliable entity list."
    (claim,) = dated_article(tmp_path, text, "2025-04-05").claims
    assert claim.frame.attributed_to is None
    said = "China will retaliate, the ministry added."
    assert attribution_spans(said), "', the ministry added' names a source"


def test_a_date_after_since_starts_a_period_and_dates_no_measure(tmp_path):
    text = "Since January 20, 2025, China has added 12 companies to the unreliable entity list."
    (claim,) = dated_article(tmp_path, text, "2025-03-05").claims
    assert [w.role for w in claim.frame.when] == ["since"]
