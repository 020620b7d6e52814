"""When the checker abstains (docs/factcheck.md, "When the checker abstains"): conditions of
a claim's frame and of its evidence under which a decisive verdict would be a guess, so the
check says "not checkable" and what would decide it. Made-up sentences; the figures they
state come from the tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from conftest import dated_article, measure_row, read_rows
from conftest import longest_verdict as _only

from analysis.analyses import measures, trade
from analysis.article import claim_words
from analysis.article.date_patterns import NUMBERS
from analysis.evidence import factcheck, measure_details, trade_checks
from analysis.evidence import verdicts as v
from analysis.evidence.model import Verdict
from analysis.vocab import Label

# --- a stage share too old for the claim's year (factcheck.STALE_YEARS) -------------------


def _oldest_refining_share() -> tuple[int, float]:
    rows = [
        r
        for r in read_rows("sources/processing_shares.csv")
        if r["commodity"] == "rare earths" and r["stage"].startswith("refining") and r["year"]
    ]
    old = min(rows, key=lambda r: int(r["year"]))
    return int(old["year"]), float(old["share_pct"])


def test_a_stage_share_two_years_older_than_the_claim_does_not_decide_it(tmp_path):
    year, share = _oldest_refining_share()
    text = f"China refines about {share / 2:.0f}% of the world's rare earths."
    # published in year + 3: the claim speaks of year + 2, the share is of `year`
    x = _only(tmp_path, text, f"{year + 3}-06-01")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "too old to decide it" in x.rationale and str(year) in x.rationale, x.rationale


def test_a_stage_share_one_year_older_than_the_claim_still_decides_it(tmp_path):
    year, share = _oldest_refining_share()
    text = f"China refines about {share / 2:.0f}% of the world's rare earths."
    x = _only(tmp_path, text, f"{year + 2}-06-01")  # the claim's year is year + 1
    assert x.verdict == Label.UNSUPPORTED, x.rationale


# --- a trade figure of another scale (trade_checks.SCALE_RATIO) ---------------------------


def _imports(year: int) -> float:
    return float(trade.goods_trade().set_index("year").at[year, "imports"])  # US$ millions


def test_a_trade_figure_far_below_the_years_flow_is_not_checked_against_it(tmp_path):
    millions = _imports(2021) / (trade_checks.SCALE_RATIO * 50)
    text = f"US imports from China were worth about ${millions:,.0f} million in 2021."
    x = _only(tmp_path, text, "2022-06-01")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "times or more apart" in x.rationale and x.needs, x.rationale


def test_a_trade_figure_far_above_the_years_flow_is_not_checked_against_it(tmp_path):
    billions = _imports(2021) * trade_checks.SCALE_RATIO * 2 / 1000
    text = f"US imports from China were worth ${billions:,.0f} billion in 2021."
    x = _only(tmp_path, text, "2022-06-01")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_wrong_trade_figure_of_the_same_scale_is_still_unsupported(tmp_path):
    billions = _imports(2021) / 2 / 1000
    text = f"US imports from China were worth ${billions:,.0f} billion in 2021."
    x = _only(tmp_path, text, "2022-06-01")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def _with_a_month(billions: float) -> str:
    # the year's level, and a month's figure far below the year's flow
    millions = _imports(2021) / (trade_checks.SCALE_RATIO * 50)
    return (
        f"US imports from China were worth ${billions:,.0f} billion in 2021 "
        f"and ${millions:,.0f} million in December."
    )


def test_a_figure_of_another_scale_beside_one_that_holds_leaves_it_supported(tmp_path):
    # the month's figure decides nothing: it does not make the year's level partly true
    x = _only(tmp_path, _with_a_month(_imports(2021) / 1000), "2022-06-01")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_figure_of_another_scale_beside_a_wrong_one_leaves_it_unsupported(tmp_path):
    x = _only(tmp_path, _with_a_month(_imports(2021) / 2 / 1000), "2022-06-01")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


# --- an undated measure claim that singles out none, among candidates that differ --------


def _us_export_controls(by: str) -> pd.DataFrame:
    table = measures.measures()
    return table.loc[
        (table["announced"] <= pd.Timestamp(dt.date.fromisoformat(by)))
        & (table["implementing_iso3"] == "USA")
        & (table["restricts"] == "exports")
        & table["strength"].isin(("ban", "licence", "listing"))
    ]


def test_a_ban_claim_singling_out_no_measure_among_ones_that_differ_is_not_checkable(tmp_path):
    day = "2024-06-01"
    assert _us_export_controls(day)["strength"].nunique() > 1  # listings and licences
    x = _only(tmp_path, "The United States has banned exports to Chinese companies.", day)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "nothing singles out" in x.rationale and x.needs, x.rationale


def test_a_ban_claim_whose_candidates_all_agree_keeps_their_verdict(tmp_path):
    day = "2019-06-01"
    assert set(_us_export_controls(day)["strength"]) == {"listing"}
    x = _only(tmp_path, "The United States has banned exports to Chinese companies.", day)
    assert x.verdict == Label.PARTLY, x.rationale


def test_an_undated_claim_any_candidate_bears_out_stays_supported(tmp_path):
    x = _only(
        tmp_path, "The United States has restricted exports to Chinese companies.", "2024-06-01"
    )
    assert x.verdict == Label.SUPPORTED, x.rationale


# --- a count of the parties or items a measure names (`counted_parties`) -----------------


def test_a_measure_claim_counting_items_the_catalog_title_does_not_count_is_not_checkable(
    tmp_path,
):
    day = "2024-12-20"
    plain = (
        "Under the new rules, germanium and antimony are banned from export to the United States."
    )
    counted = plain.replace("germanium", "17 mineral items including germanium")
    for sub in ("plain", "counted"):
        (tmp_path / sub).mkdir()
    x = _only(tmp_path / "plain", plain, day)
    assert x.verdict == Label.SUPPORTED, x.rationale
    title = x.rationale.split("'")[1]
    assert "17" not in title
    y = _only(tmp_path / "counted", counted, day)
    assert y.verdict == Label.NOT_CHECKABLE, y.rationale
    assert "not the count the claim gives" in y.rationale and y.needs, y.rationale


def _count(text: str) -> str | None:
    found = claim_words.patterns()["counted_parties"].search(text)
    return found.group("num") if found else None


def test_what_counts_the_parties_or_items_of_a_measure():
    assert _count("it added 11 research institutes to the list") == "11"
    assert _count("Six more entities were listed for helping a navy") == "Six"
    assert _count("a ban on 1,200 companies") == "1,200"
    assert _count("Effective April 4, items such as tin will be controlled") is None  # a date
    assert _count("Since May 9, 2025 Chinese companies need permits") is None  # a year
    assert _count("by Adding Thirty-Three Entities to the list") is None  # part of a number
    assert _count("owned by one or more entities on the list") is None


def test_sums_shares_sections_and_dates_are_no_count_of_parties():
    # review item 7: a number before a party noun that counts no parties
    assert _count("Since December 2 Chinese companies have needed licences") is None
    assert _count("Since Dec. 2 Chinese companies have needed licences") is None
    assert _count("Exports fell 30 percent for many firms") is None
    assert _count("The US sold $5 billion to Chinese firms") is None
    assert _count("Section 301 tariffs on Chinese firms") is None
    assert _count("It added 30 of them to the list; 12 firms objected") == "12"


def _anchored(text: str) -> str | None:
    found = claim_words.counted_parties(text)
    return found.group("num") if found else None


def test_a_count_of_parties_is_one_only_as_the_object_or_subject_of_a_listing_verb():
    assert _anchored("it added 11 research institutes to the list") == "11"
    assert _anchored("It added a bureau and its 11 research institutes to the list") == "11"
    assert _anchored("These include a maker of drones (and 150 affiliates)") == "150"
    assert _anchored("Six more entities were listed for helping a navy") == "Six"
    assert _anchored("over 20 mineral items - metals and chemicals - are banned") == "20"
    # the count of a measure's effect, not of its list
    assert _anchored("The US curbed chip exports, affecting 30 Chinese firms.") is None
    assert _anchored("China curbed gallium exports, a blow to 30 US firms.") is None


def test_a_count_after_a_preposition_or_before_a_bare_participle_counts_no_list(tmp_path):
    # round 23's second review, item 8: the count is a preposition's object, or a bare participle
    # describes its noun, or a section number stands before it
    for said in (
        "The controls target chips used by 30 Chinese firms.",
        "The curbs include chips sold to 30 Chinese firms.",
        "The curbs hit chip exports, affecting 30 Chinese firms named by analysts.",
    ):
        assert _anchored(said) is None, said
    assert _anchored("Sec. 301 duties hit 30 firms that were listed") == "30"
    rule = measure_row("usa-2022-10-07-advanced-computing-rule")
    said = (
        f"The US restricted advanced chip exports to China on {rule['announced']:%-d %B %Y}, "
        "a rule that targets chips bought by 30 Chinese firms."
    )
    x = _only(tmp_path, said, "2022-11-01")
    assert x.verdict == Label.SUPPORTED, x.rationale
    # control: the listing verb's object, and its subject after a passive auxiliary
    assert _anchored("The rule targets 30 Chinese firms and their affiliates.") == "30"
    assert _anchored("Six Chinese firms named in the rule were listed in May.") == "Six"


def test_a_measure_claim_with_a_count_of_firms_it_affects_keeps_its_verdict(tmp_path):
    rule = measure_row("usa-2022-10-07-advanced-computing-rule")
    day = f"{rule['announced']:%-d %B %Y}"
    (tmp_path / "affecting").mkdir()
    said = f"The US restricted advanced chip exports to China on {day}, affecting 30 Chinese firms."
    x = _only(tmp_path / "affecting", said, "2022-11-01")
    assert x.verdict == Label.SUPPORTED, x.rationale
    # control: a count the listing verb takes, which the title does not give, decides nothing
    listed = measure_row("usa-2022-10-07-unverified-list-31-prc-entities")
    assert "30" not in listed["title"]
    (tmp_path / "listed").mkdir()
    said = "The US has added 30 Chinese entities to the Unverified List."
    y = _only(tmp_path / "listed", said, "2022-11-01")
    assert y.verdict == Label.NOT_CHECKABLE, y.rationale
    assert "not the count the claim gives" in y.rationale


def test_a_china_measure_with_a_count_of_firms_it_hurts_keeps_its_verdict(tmp_path):
    row = measure_row("chn-2023-07-03-gallium-germanium-licensing")
    said = (
        f"China imposed export controls on gallium on {row['announced']:%-d %B %Y}, "
        "a blow to 30 US firms."
    )
    x = _only(tmp_path, said, "2023-08-01")
    assert x.verdict == Label.SUPPORTED, x.rationale


def _measure(title: str) -> pd.Series:
    return pd.Series({"title": title, "announced": pd.Timestamp("2021-03-01")})


def test_a_count_the_title_gives_keeps_the_verdict():
    kept = v.Decision(Label.SUPPORTED, "found")
    for text in ("added seven entities to the list", "added 7 entities to the list"):
        told = claim_words.patterns()["counted_parties"].search(text)
        listing = _measure("Seven Made-up Labs and 7 institutes added to a list")
        assert measure_details.uncounted(kept, listing, told) is kept
        other = measure_details.uncounted(kept, _measure("Made-up Labs added to a list"), told)
        assert other.label == Label.NOT_CHECKABLE


# --- a share read as a country the claim does not name (factcheck.ACTOR_SHARE_RATIO) ------


def _graphite_share(tmp_path: Path, subject: str, figure: float, before: str) -> Verdict:
    text = (
        f"Officials in {before} met on Monday. "
        f"{subject} mines {figure:.0f}% of the world's graphite."
    )
    found = factcheck.check(dated_article(tmp_path, text, "2024-06-01"))
    return next(x for x in found if x.rule == "share by stage")


def test_a_share_far_above_the_share_of_the_country_it_was_read_as_is_not_checkable(tmp_path):
    for sub in ("named", "inferred", "china"):
        (tmp_path / sub).mkdir()
    named = _graphite_share(tmp_path / "named", "Brazil", 50, "Brazil")
    share = max(float(e.values["share_pct"]) for e in named.evidence)
    figure = min(95.0, share * factcheck.ACTOR_SHARE_RATIO * 1.5)
    named = _graphite_share(tmp_path / "named", "Brazil", figure, "Brazil")
    assert named.verdict == Label.UNSUPPORTED, named.rationale  # named: its own share decides
    inferred = _graphite_share(tmp_path / "inferred", "The country", figure, "Brazil")
    assert inferred.verdict == Label.NOT_CHECKABLE, inferred.rationale
    assert "names no country" in inferred.rationale, inferred.rationale


def test_a_share_near_the_share_of_the_country_it_was_read_as_is_still_decided(tmp_path):
    (tmp_path / "c").mkdir()
    x = _graphite_share(tmp_path / "c", "The country", 50, "China")
    share = max(float(e.values["share_pct"]) for e in x.evidence)
    assert share * factcheck.ACTOR_SHARE_RATIO > 50
    assert x.verdict != Label.NOT_CHECKABLE, x.rationale


def test_a_listing_counted_otherwise_than_its_title_is_not_checkable_as_existing(tmp_path):
    for sub in ("far", "title"):
        (tmp_path / sub).mkdir()
    day = "2025-04-10"
    far = _only(
        tmp_path / "far", "China has placed 150 US firms on its unreliable entity list.", day
    )
    # a count on China's list is read by the catalog check (round 26, dtm18), as a listing
    assert far.rule == "measure in the catalog", far.rule
    assert far.verdict == Label.NOT_CHECKABLE, far.rationale
    title = far.rationale.split("'")[1]
    assert "150" not in title
    word = title.split()[0].lower()  # the title's own count, in words ("Six US firms ...")
    assert word in NUMBERS
    text = f"China has placed {NUMBERS[word]} US firms on its unreliable entity list."
    same = _only(tmp_path / "title", text, day)
    assert same.verdict == Label.SUPPORTED, same.rationale


# --- one count check on every measure path (`measure_details.counted`) --------------------


def test_a_count_dated_to_the_day_or_month_is_checked_against_the_title(tmp_path):
    listed = measure_row("usa-2022-10-07-unverified-list-31-prc-entities")
    right = int(str(listed["title"]).split()[0])
    day = f"{listed['announced']:%-d %B %Y}"
    for n, when in enumerate((f"on {day}", f"in {listed['announced']:%B %Y}", "last month")):
        # a count the one listing of a named day or month contradicts (its title opens with
        # its count) is unsupported (round 27, dtm19: `measure_details.contradicted`); a
        # relative span picks no one listing: not checkable
        wrong = Label.UNSUPPORTED if n < 2 else Label.NOT_CHECKABLE
        for said, label in ((right - 1, wrong), (right, Label.SUPPORTED)):
            sub = tmp_path / f"{n}-{said}"
            sub.mkdir()
            text = f"The US added {said} Chinese entities to the Unverified List {when}."
            x = _only(sub, text, f"{listed['announced'] + pd.Timedelta(days=25):%Y-%m-%d}")
            assert x.verdict == label, (text, x.rationale)
            if label == Label.UNSUPPORTED:
                assert f"counts {right}" in x.rationale
            if label == Label.NOT_CHECKABLE:
                assert "not the count the claim gives" in x.rationale and x.needs


def test_the_count_check_reads_a_title_that_spells_a_count_past_twelve():
    kept = v.Decision(Label.SUPPORTED, "matched")
    told = claim_words.counted_parties("it added 14 foreign firms to the list")
    assert told is not None
    spelled = _measure("Fourteen foreign firms (incl. Made-up Labs) put on a list")
    assert measure_details.uncounted(kept, spelled, told) is kept
    other = _measure("Fifteen foreign firms (incl. Made-up Labs) put on a list")
    assert measure_details.uncounted(kept, other, told).label == Label.NOT_CHECKABLE
    rows = pd.DataFrame([other, spelled])  # one of the matched measures gives it
    assert measure_details.counted(kept, rows, "it added 14 foreign firms to the list") is kept


# --- a detail of a measure the catalog has no column for (`measure_detail`) --------------


def _each_a_measure_detail(tmp_path: Path, texts: tuple[str, ...]) -> None:
    """Each text, as an article of its own, is a measure claim stating a detail of the
    measure: not checkable, saying what it needs."""
    for n, text in enumerate(texts):
        (tmp_path / str(n)).mkdir()
        x = _only(tmp_path / str(n), text, "2023-11-01")
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "detail of the measure" in x.rationale and x.needs, (text, x.rationale)


def test_a_measure_claim_stating_an_exception_duty_or_scope_is_not_checkable(tmp_path):
    # each is decided on a matching measure's existence without the rule
    _each_a_measure_detail(
        tmp_path,
        (
            "The US added a license exception for consumer devices to its chip export controls.",
            "The US restricted the activities of U.S. persons at Chinese chip fabs.",
            "China restricted gallium exports, and customs will not clear shipments without "
            "a licence.",
            "The US chip rule creates an affirmative duty for exporters to screen buyers.",
            "China's curbs on gallium exports strengthen enforcement of earlier limits.",
        ),
    )


def test_a_measure_claim_on_what_it_entails_aims_at_or_leaves_out_is_not_checkable(tmp_path):
    # each is decided on a matching measure's existence without the widened word list
    _each_a_measure_detail(
        tmp_path,
        (
            "Under the US chip rule the licence requirement applies whenever a listed firm "
            "buys items.",
            "The US chip export controls target China's strategic computing industries.",
        ),
    )


def test_what_names_an_entailment_aim_or_omission_of_a_measure():
    detail = claim_words.patterns()["measure_detail"]
    for text in (
        "the companies are subject to the licensing requirements",
        "the requirement applies whenever a listed firm is a consignee",
        "the curbs are intended to slow the sector",
        "the duties aim to protect steelmakers",
        "levies targeting key green industries",
        "the order is silent on subsidiaries",
        "the notice does not cover software",
        "the rules leave several key terms undefined",
        "new curbs, leaving the scope of the items unclear",
    ):
        assert detail.search(text), text
    for text in (
        "the rule will require a licence for exports to the firms",
        "the US targeted Huawei with new controls",
        "the tariffs apply from 1 August",
        "the US imposed curbs designed to slow the sector",
        "export curbs that are designed to slow the sector",
    ):
        assert not detail.search(text), text


def test_what_a_measure_leaves_undefined_is_a_detail(tmp_path):
    # a rule's omission told in a clause of "leaving ... undefined" (round 26, blind23:
    # Herbert Smith Freehills; "does not define": Hughes Hubbard & Reed): not checkable,
    # and the clause that only imposes the measure stays decided
    from conftest import dated_verdicts, verdict_about

    found = dated_verdicts(
        tmp_path,
        "On October 7, 2022, the Commerce Department imposed export controls on advanced "
        "computing chips to China. The new rules impose a dense set of novel controls "
        "while leaving several key terms undefined.",
        "2022-10-20",
    )
    assert verdict_about(found, "leaving several").verdict == Label.NOT_CHECKABLE
    assert verdict_about(found, "imposed export controls").verdict == Label.SUPPORTED


def test_a_clause_cut_from_a_subject_that_bars_every_person_is_not_checkable(tmp_path):
    text = "No person may export, reexport or transfer chips to the listed firms without a license."
    x = _only(tmp_path, text, "2022-11-01")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "'No person may'" in x.rationale, x.rationale


def test_a_measure_claim_naming_no_detail_is_still_decided(tmp_path):
    # control: the same measures, said without a detail, are decided as before
    for n, (text, day) in enumerate(
        (
            (
                "China imposed export controls on gallium and germanium on 3 July 2023.",
                "2023-09-01",
            ),
            ("The US has restricted exports of advanced chips to China.", "2023-11-01"),
            (
                "The General Administration of Customs said China would control gallium exports "
                "from 1 August 2023.",
                "2023-07-05",
            ),
        )
    ):
        (tmp_path / str(n)).mkdir()
        x = _only(tmp_path / str(n), text, day)
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)


def test_what_names_a_detail_of_a_measure():
    detail = claim_words.patterns()["measure_detail"]
    for text in (
        "revise existing licence exceptions",
        "consumer goods are unaffected",
        "a de minimis threshold of 0.1%",
        "exporters must carry out due diligence",
        "Customs shall inspect each shipment",
        "No company may sell to them",
        "the destinations subject to the controls",
        "stepped up enforcement of the limits",
    ):
        assert detail.search(text), text
    for text in (
        "the General Administration of Customs announced controls",
        "customs data show exports fell",
        "BIS added 31 entities to the list",
        "persons on the Entity List",
        "the listing was an act of law enforcement",
        "China will enforce export permits on graphite",
    ):
        assert not detail.search(text), text


def test_a_claim_date_s_span_is_read_by_one_function():
    # round 23's second review, item 13: the measure checker's date matching (moved from
    # frame_checks to measure_dates before round 28) and the measure details share `within`
    from types import SimpleNamespace

    from analysis.evidence import measure_dates

    assert measure_dates.within is measure_details.within
    month = SimpleNamespace(start="2025-09-01", end="2025-09-30")
    assert measure_details.within(dt.date(2025, 9, 29), month)
    assert not measure_details.within(dt.date(2025, 10, 1), month)
    day = SimpleNamespace(start="2025-09-29", end=None)
    assert measure_details.within(dt.date(2025, 9, 29), day)
    assert not measure_details.within(dt.date(2025, 9, 30), day)


def test_a_partial_suspension_holds_only_for_the_goods_it_covers():
    # round 23's second review, tests 16-22: a suspension of a measure's tariffs on some goods
    # says nothing of a claim that the measure took effect for other goods
    from types import SimpleNamespace

    m = measure_row("chn-2018-06-15-retaliatory-tariffs-34bn")
    day = dt.date(2025, 11, 15)
    (held,) = [
        s
        for s in measures.active_suspensions(day, measures.measures()).get(m["measure_id"], [])
        if s["partial"]
    ]
    dated = [
        SimpleNamespace(
            role="effective", start=f"{day}", end=None, text=f"{day}", granularity="day"
        )
    ]
    covered = measure_details.suspended_when(m, tuple(held["goods"]), dated, day)
    assert covered is not None and covered.label == Label.UNSUPPORTED
    assert measure_details.suspended_when(m, ("soybeans",), dated, day) is None
    assert measure_details.suspended_when(m, (), dated, day) is None
