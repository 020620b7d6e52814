"""Shares of things counted, forecast shares, and ranks behind a list, at a stage or in a
year (differential test dt14b, regressions 4, 5, 6, 8, 9): made-up sentences, the tester's
and each in other words. Rules: docs/factcheck-log.md, "Probes of round 23"."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts as _verdicts
from conftest import longest_verdict as _longest

from analysis.article import opinions, quantities
from analysis.vocab import Label

# --- a tenth or a percentage of things counted, or of a good's uses (regression 8) -------


@pytest.mark.parametrize(
    ("text", "of"),
    [
        ("Two in ten Chinese rare earth mines are illegal.", "counted"),
        ("Three out of every ten Ruritanian antimony miners are unlicensed.", "counted"),
        ("Nine in ten Chinese rare earth firms are state-owned.", "counted"),
        ("Eight in ten American graphite users rely on Chinese supply.", "counted"),
        ("Two in 10 of China's rare earth exporters were fined in 2023.", "counted"),
        ("Four in ten rare earth projects outside China have stalled.", "counted"),
        ("20% of Chinese tungsten mines are unlicensed.", "counted"),
        ("Some 35 percent of Ruritania's graphite companies lost money.", "counted"),
        ("Nine in ten of China's gallium goes to chipmakers.", "end_use"),
        ("About eight in ten of the world's tungsten is used in cemented carbides.", "end_use"),
        # a share of world supply stays one, with a counted noun after a preposition
        ("Nine in ten of the world's rare earths come from China.", "world supply"),
        ("China mines 70% of the rare earths from Asian mines.", "world supply"),
    ],
)
def test_a_share_of_things_counted_is_not_a_share_of_world_supply(text, of):
    q = quantities.quantity(text, [])
    assert q is not None and q.of == of, q


@pytest.mark.parametrize(
    "text",
    [
        "Nine in ten Chinese rare earth firms are state-owned.",
        "Seven out of ten Ruritanian tungsten smelters are idle.",
    ],
)
def test_a_tenth_of_firms_is_not_checked_as_a_share_of_output(tmp_path, text):
    x = _longest(tmp_path, text, "2024-06-15")
    assert x.rule != "share by stage" and x.verdict == Label.NOT_CHECKABLE, x.rationale


# --- a forecast share (regression 9) -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nine in ten of the world's rare earths could come from China by 2030.",
        "About 90% of the world's rare earths will come from China by 2030, a minister said.",
        "Ruritania is expected to mine a third of the world's tungsten.",
    ],
)
def test_a_forecast_share_is_not_checkable(tmp_path, text):
    x = _longest(tmp_path, text, "2024-06-15")
    assert x.rule == "share by stage" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "forecast" in x.rationale


# --- a rank behind a list, at a stage, in a year (regressions 4, 5, 6) --------------------


@pytest.mark.parametrize(
    "text",
    [
        "India's rare earth reserves trail only China and Brazil.",
        "India's rare earth reserves are third, behind only China and Brazil.",
        "India's reserves of rare earths are behind only those of Brazil and China.",
    ],
)
def test_trailing_only_two_countries_is_third_place(tmp_path, text):
    x = _longest(tmp_path, text, "2025-07-01")
    assert x.verdict == Label.SUPPORTED and "place 3" in x.rationale, x.rationale


def test_trailing_only_three_countries_is_fourth_place(tmp_path):
    text = "In rare earth reserves, Australia trails only China, Brazil and India."
    x = _longest(tmp_path, text, "2025-07-01")
    assert x.verdict == Label.SUPPORTED and "place 4" in x.rationale, x.rationale


def test_trailing_only_a_wrong_list_is_unsupported(tmp_path):
    x = _longest(tmp_path, "India's rare earth reserves trail only China and Russia.", "2025-07-01")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Japan is second only to China in rare earth refining.",
        "Vietnam ranks behind only China in rare earth separation.",
        "Germany trails only China in graphite refining.",
    ],
)
def test_a_rank_at_a_stage_no_table_ranks_is_not_checkable(tmp_path, text):
    x = _longest(tmp_path, text, "2024-06-15")
    assert x.rule == "rank of producers" and x.verdict == Label.NOT_CHECKABLE, x.rationale


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Burma was second only to China in rare earth mining in 2023.", Label.SUPPORTED),
        ("In 2023, Myanmar's rare earth mines trailed only China's.", Label.SUPPORTED),
        ("The US was second only to China in rare earth production in 2023.", Label.UNSUPPORTED),
    ],
)
def test_a_rank_in_a_stated_year_is_read_in_that_year(tmp_path, text, label):
    """MCS 2025 has 2023 and 2024 rows; the order of second and third differs between them."""
    x = _longest(tmp_path, text, "2025-07-01")
    assert x.rule == "rank of producers" and x.verdict == label, x.rationale
    assert "in 2023" in x.rationale


def test_a_name_or_a_project_is_no_forecast_word():
    """'Project' is a forecast word only as projected/projections or "projects that" ("Project
    Blue" is a consultancy, "projects" a noun): else a sourced share would be a forecast."""

    assert opinions.is_opinion("Ruritania refined 40% of the tungsten, said Project Zeta.") is None
    # the noun is no forecast either: mining projects produced it, the project lead said it
    assert opinions.is_opinion("Ruritanian mining projects produced 40% of the tungsten.") is None
    assert opinions.is_opinion("Ruritania refined 40% of it, the project lead said.") is None
    assert opinions.is_opinion("The agency projects that Ruritania will refine 40% of it.")
    assert opinions.is_opinion("Output is projected to reach 40% of the world total.")
    assert opinions.is_opinion("Projections show Ruritania refining 40% of the tungsten.")


def test_a_rank_naming_a_ranked_stage_too_is_still_read(tmp_path):
    text = "China is the largest producer and refiner of rare earth elements."
    x = _longest(tmp_path, text, "2024-06-15")
    assert x.rule == "rank of producers" and x.verdict == Label.SUPPORTED, x.rationale


def test_a_processor_is_ranked_at_refining(tmp_path):
    """ "The world's top processor of rare earths" (Reuters' phrase): a rank at the refining
    stage (round 35, fx35b); "processes" was a refining word, "processor" was none."""
    x = _longest(tmp_path, "China is the world's top processor of rare earths.", "2024-06-15")
    assert x.rule == "rank of producers" and x.verdict == Label.SUPPORTED, x.rationale
    assert "refin" in x.rationale and "over half" in x.rationale
    # another country put first at that stage: China holds over half of it
    x = _longest(tmp_path, "Japan is the world's top processor of rare earths.", "2024-06-15")
    assert x.rule == "rank of producers" and x.verdict == Label.UNSUPPORTED, x.rationale
    # a place other than first is not decided by a share above half
    x = _longest(tmp_path, "Japan is the second-largest processor of rare earths.", "2024-06-15")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_dated_processor_rank_is_not_decided_by_a_later_share(tmp_path):
    """A first place at refining told of a year long before the bundled shares is no claim on
    the latest share (review of round 35: "In 1985, the United States was the world's top
    processor of rare earths" was unsupported by China's 2023 share)."""
    text = "In 1985, the United States was the world's top processor of rare earths."
    x = _longest(tmp_path, text, "2024-06-15")
    assert x.rule == "rank of producers" and x.verdict == Label.NOT_CHECKABLE, x.rationale
    # told of the year of a bundled share, it is still decided by it
    text = "In 2023, China was the world's top processor of rare earths."
    x = _longest(tmp_path, text, "2024-06-15")
    assert x.verdict == Label.SUPPORTED and "over half" in x.rationale, x.rationale


def test_goods_referred_back_with_a_word_before_the_noun(tmp_path):
    """ "the two silvery-white metals": the two goods named before, as "the two metals"."""
    text = (
        "China restricted exports of gallium and germanium. "
        "China is the top producer of the two silvery-white metals."
    )
    found = _verdicts(tmp_path, text, "2023-07-10")
    x = next(x for x in found if "silvery-white" in x.claim.text)
    assert x.rule == "rank of producers" and x.verdict == Label.SUPPORTED, x.rationale
    assert set(x.claim.frame.goods) == {"gallium", "germanium"}


# --- magnet rare earths: the published rows of that part, not all rare earths (reg. 10) ---


def _magnet_share(stage: str, year: int) -> float:
    from analysis.analyses import stages
    from analysis.article.claim_words import patterns

    rows = stages.scoped_rows("rare earths", patterns()["magnet_goods"], year=year)
    return float(rows.loc[rows["stage"] == stage, "share_pct"].iloc[0])


@pytest.mark.parametrize(
    "template",
    [
        "China mined about {pct}% of the world's magnet rare earths in 2024.",
        "China accounted for roughly {pct}% of the mining of magnet rare earth elements in 2024.",
    ],
)
def test_a_share_of_magnet_rare_earths_is_read_on_their_own_rows(tmp_path, template):
    pct = round(_magnet_share("mining", 2024))
    x = _longest(tmp_path, template.format(pct=pct), "2025-07-01")
    assert x.rule == "share by stage" and x.verdict == Label.SUPPORTED, x.rationale
    assert "USGS" not in x.rationale


def test_producing_magnet_rare_earths_names_no_stage(tmp_path):
    """'produces' is the USGS main stage of all rare earths (mining), not of magnet rare
    earths, whose published rows have mining and refining: true of one, not the other."""
    pct = round(_magnet_share("refining", 2024))
    x = _longest(tmp_path, f"China produces about {pct}% of magnet rare earths.", "2025-07-01")
    assert x.verdict == Label.PARTLY, x.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Almost 8 in 10 tonnes of natural graphite mined in 2023 came from China.",
        "Seven out of every 10 tonnes of Ruritania's tungsten ore go abroad.",
    ],
)
def test_the_ten_of_a_share_in_tenths_is_no_tonnage(text):
    """'8 in 10 tonnes': a share in tenths of the tonnes, not an amount of 10 tonnes."""
    assert not list(quantities.tonnages(text, []))
    q = quantities.quantity(text, [])
    assert q is not None and q.unit != "t", q


@pytest.mark.parametrize(
    "text",
    [
        "Within ten years, nine in ten rare earths will come from outside China, a minister said.",
        "Just two in ten tonnes of rare earths mined outside China are processed there.",
        "Producers outside China supply 30% of the world's rare earths.",
    ],
)
def test_a_share_of_producers_outside_the_country_is_not_its_share(tmp_path, text):
    x = _longest(tmp_path, text, "2024-06-15")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


@pytest.mark.parametrize(
    "text",
    [
        "Two in ten tonnes of China's rare earth output are smuggled.",
        "Inner Mongolia accounts for 60% of China's rare earth production.",
    ],
)
def test_a_share_of_one_countrys_output_is_not_a_world_share(text):
    q = quantities.quantity(text, [])
    assert q is not None and q.of == "composition", q


def test_a_share_of_the_worlds_output_stays_one():
    q = quantities.quantity("China accounts for 69% of the world's rare earth output.", [])
    assert q is not None and q.of == "world supply", q


def test_the_kind_of_opinion_is_returned_apart_from_its_words():
    """A forecast is told from an opinion by its kind, not by the text shown (review rev14,
    item 10): the share check abstains on forecasts only."""

    kind, words = opinions.opinion("Output is projected to reach 40% of the world total.")
    assert kind == opinions.FORECAST and words
    assert opinions.is_opinion("Output is projected to reach 40% of the world total.") == (
        f"forecast: '{words}'"
    )
    assert opinions.opinion("Is Ruritania refining 40% of the tungsten?") == (opinions.QUESTION, "")
    assert opinions.is_opinion("Is Ruritania refining 40% of the tungsten?") == "question"
    assert opinions.opinion("Ruritania refined 40% of the tungsten, said Project Zeta.") is None
