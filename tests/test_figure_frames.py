"""Frames journalists use for figures (round 23, fcr14; probes p175-p198 and p217-p232):
a place behind only one party ("second only to", "trails only"), a share in tenths
("nine in ten"), a fraction in words as a figure, a trade flow as a multiple of itself
over a span or of the other flow in a year ("more than doubled", "fell by half", "three
times as much"), the count of a class's members ("There are 17 rare earth elements") and
"magnet rare earths" as goods. Every sentence is made up; the bundled tables decide."""

from __future__ import annotations

import pytest
from conftest import checked_about as _verdict
from conftest import dated_verdicts

from analysis.article import frames, quantities
from analysis.article.claim_words import names_stage_or_reserves
from analysis.evidence import verdicts as v
from analysis.evidence.figure_checks import behind_only_holds
from analysis.evidence.model import LIST_JOIN
from analysis.vocab import Label

# --- reading: multiples and tenths as quantities --------------------------------------------


@pytest.mark.parametrize(
    ("text", "factor", "of", "low", "high"),
    [
        ("sales to Ruritania more than tripled over the decade", 3, "change", 3, None),
        ("the surplus fell by about half in five years", 0.5, "change", 0.425, 0.575),
        ("shipments nearly quadrupled after the deal", 4, "change", 3.4, 4),
        ("exports doubled", 2, "change", 1.8, 2.2),
        ("it bought some five times as much as it sold", 5, "versus", 4.25, 5.75),
        ("imports were 3 times its exports", 3, "versus", 2.7, 3.3),
    ],
)
def test_a_multiple_is_a_quantity_with_bounds(text, factor, of, low, high):
    q = quantities.quantity(text, [])
    assert q is not None and q.unit == "times" and (q.value, q.of) == (factor, of)
    assert q.low == pytest.approx(low) and (q.high == pytest.approx(high) if high else not high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("fewer than two in ten tonnes of the ore come from Ruritania", None, 20),
        ("seven out of every ten tonnes of the ore", 65, 75),
        ("nearly eight in 10 of the world's mines", 75, 80),
        ("more than six out of ten of the world's smelters", 60, None),
    ],
)
def test_a_share_in_tenths_reads_like_a_fraction_word(text, low, high):
    got = v.share_range(text)
    assert got is not None and got.fraction and (got.low, got.high) == (low, high)


def test_magnet_rare_earths_are_goods_not_the_magnet_stage():
    assert frames.stage("Ruritania refines most magnet rare earths") == "refining"
    assert frames.stage("the magnet metals neodymium and terbium") is None
    assert frames.stage("Ruritania makes 90% of the world's magnets") == "magnets"


# --- a fraction in words is a figure -------------------------------------------------------


def test_a_majority_below_a_fraction_is_unsupported_not_misleading():
    shares = [v.StageShare("mining", 68.0, 2023, "USGS")]
    fraction = v.share_range("Ruritania mines more than three-quarters of the ore")
    loose = v.share_range("Ruritania mines the vast majority of the ore")
    assert v.decide_share(fraction, shares).label == Label.UNSUPPORTED
    assert v.decide_share(loose, shares).label == Label.MISLEADING


def test_more_than_nine_in_ten_of_a_metal_mined_at_eighty_percent(tmp_path):
    # tungsten, MCS 2024, 2023: China 63,000 t of 78,000 t (80.8%): a majority, below 90%
    x = _verdict(
        tmp_path,
        "Beijing's mines supplied more than nine in ten of the world's tungsten in 2023.",
        "2024-06-15",
        "tungsten",
    )
    assert x.verdict == Label.UNSUPPORTED


def test_nearly_eight_in_ten_of_graphite(tmp_path):
    # graphite (natural), MCS 2024, 2023: China 1,230,000 t of 1,600,000 t (76.9%)
    x = _verdict(
        tmp_path,
        "China mined nearly eight in ten of the world's natural graphite in 2023.",
        "2024-06-15",
        "graphite",
    )
    assert x.verdict == Label.SUPPORTED


# --- a place behind only one party ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tungsten, MCS 2024, 2023: China 63,000 t, Vietnam 3,500 t, Russia 2,000 t
        ("Vietnam ranked behind only China in tungsten mining in 2023.", Label.SUPPORTED),
        ("Russia came second only to China in tungsten mining in 2023.", Label.UNSUPPORTED),
        # second, but behind China, not behind Russia
        ("Vietnam trailed only Russia in tungsten mining in 2023.", Label.UNSUPPORTED),
    ],
)
def test_a_place_behind_only_one_producer(tmp_path, text, expected):
    assert _verdict(tmp_path, text, "2024-06-15", "only").verdict == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # graphite reserves, MCS 2024: China 78 Mt, Brazil 74 Mt, Mozambique 25 Mt
        ("When it comes to graphite reserves, Brazil is behind only China.", Label.SUPPORTED),
        ("When it comes to graphite reserves, Mozambique is behind only China.", Label.UNSUPPORTED),
    ],
)
def test_a_place_behind_only_one_holder_of_reserves(tmp_path, text, expected):
    assert _verdict(tmp_path, text, "2024-06-15", "only").verdict == expected


def test_behind_only_with_no_country_after_it_is_no_rank(tmp_path):
    # Brazil is second in graphite reserves (MCS 2024), but whom it trails is not named
    found = dated_verdicts(
        tmp_path, "In graphite reserves, Brazil is behind only the world leader.", "2024-06-15"
    )
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found)


@pytest.mark.parametrize(
    "text",
    [
        # the clause ranks nobody it names: "which" is China, in another ranking
        "China, which trails only the US in chip production, restricted gallium exports.",
        "China, which trails only the US in chip design, restricted gallium exports.",
    ],
)
def test_behind_only_in_a_clause_naming_no_ranked_party_decides_nothing(tmp_path, text):
    found = dated_verdicts(tmp_path, text, "2024-06-15")
    assert all(x.verdict == Label.NOT_CHECKABLE for x in found if "only" in x.claim.text)


def test_one_rule_for_a_place_behind_only_named_parties():
    # figure_checks and reserve_checks judge "trails only X and Y" the same way (rev14, 4)
    order = ["CHN", "BRA", "MOZ", "IND"]
    assert behind_only_holds(("CHN",), order, 2)
    assert behind_only_holds(("BRA", "CHN"), order, 3)  # the parties ahead in any order
    assert not behind_only_holds(("CHN",), order, 3)  # third is not "second only to"
    assert not behind_only_holds(("BRA",), order, 2)  # second, but behind China
    assert not behind_only_holds(("CHN",), order, None)  # not ranked at all


def test_a_stage_or_reserves_gate_a_place_behind_only_one_party():
    assert names_stage_or_reserves("In antimony mining, Tajikistan trailed only China")
    assert names_stage_or_reserves("Brazil's graphite reserves trail only China's")
    assert not names_stage_or_reserves("which trails only the US in chip design")


@pytest.mark.parametrize("gap", [", ", " and ", ", and ", " or ", " & ", ", and the ", " and the "])
def test_one_list_join_for_the_places_of_a_list(gap):
    # the joins behind_only and a production list read, once (review rev14, item 5)
    assert LIST_JOIN.fullmatch(gap)
    assert not LIST_JOIN.fullmatch(" in ") and not LIST_JOIN.fullmatch(", while ")


def test_tenths_of_a_span_of_time_are_no_share():
    assert v.share_range("the smelter restarted three in 10 days") is None


# --- a trade flow as a multiple ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # exports 2002 22,127.7 $m, 2011 104,121.6 $m: 4.71 times
        (
            "Exports of American goods to China more than quadrupled from 2002 to 2011.",
            "2012-06-01",
            Label.SUPPORTED,
        ),
        # imports 2003 152,436.0 $m, 2007 321,443.0 $m: 2.11 times
        (
            "US imports of goods from China doubled between 2003 and 2007.",
            "2008-06-01",
            Label.SUPPORTED,
        ),
        # exports 2022 153,987.4 $m, 2025 105,977.9 $m: 0.69 times, not half
        (
            "US goods exports to China were cut in half between 2022 and 2025.",
            "2026-07-01",
            Label.UNSUPPORTED,
        ),
    ],
)
def test_a_change_as_a_multiple_over_two_years(tmp_path, text, day, expected):
    assert _verdict(tmp_path, text, day, "China").verdict == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2015: imports 483,201.7 $m, exports 115,873.5 $m: 4.17 times
        (
            "In 2015 US imports from China were about four times as large as its exports there.",
            Label.SUPPORTED,
        ),
        (
            "In 2015 US exports to China were about four times as large as its imports from there.",
            Label.UNSUPPORTED,
        ),
    ],
)
def test_one_flow_as_a_multiple_of_the_other(tmp_path, text, expected):
    assert _verdict(tmp_path, text, "2016-06-01", "four times").verdict == expected


def test_a_multiple_not_yet_published_is_not_checkable(tmp_path):
    # the 2025 figures came out in February 2026, after this article
    x = _verdict(
        tmp_path,
        "US goods exports to China roughly halved between 2022 and 2025.",
        "2025-12-01",
        "halved",
    )
    assert x.verdict == Label.NOT_CHECKABLE


# --- the count of a class's members ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rare earths comprise seventeen metals.", Label.SUPPORTED),
        ("The rare earth family consists of 16 elements.", Label.UNSUPPORTED),
    ],
)
def test_a_count_of_the_rare_earths_members(tmp_path, text, expected):
    assert _verdict(tmp_path, text, "2025-05-01", "rare earth").verdict == expected


def test_a_count_restricted_to_some_place_is_not_the_class_count(tmp_path):
    # "There are two rare earth elements in the new rules": two of them, not the group
    found = dated_verdicts(
        tmp_path,
        "There are two rare earth elements in the new rules: samarium and gadolinium.",
        "2025-05-01",
    )
    assert all(x.verdict != Label.UNSUPPORTED for x in found)


def test_a_count_of_named_members_is_not_the_class_count(tmp_path):
    # "two rare earth metals" counts the two named, not the group: both are rare earths
    x = _verdict(
        tmp_path,
        "Neodymium and praseodymium, two rare earth metals, form the core of most magnets.",
        "2025-05-01",
        "Neodymium",
    )
    assert x.verdict == Label.SUPPORTED


# --- a trade level's "partly" band is the figure's own distance ----------------------------


def test_a_level_eleven_percent_off_is_not_partly_supported(tmp_path):
    # balance 2017: -375,167.8 $m; "about $330 billion" is 12% off (within 10% of the
    # hedge's lower bound, $313.5-346.5 bn, but not of the figure itself)
    x = _verdict(
        tmp_path,
        "The US goods deficit with China was about $330 billion in 2017.",
        "2018-06-01",
        "deficit",
    )
    assert x.verdict == Label.UNSUPPORTED
