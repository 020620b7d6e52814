"""Technologies named after their goods, and chip technology (round 36, fx36f).

"chip technology", "certain semiconductor technologies", "rare earth extraction and
separation technologies": the good heads a technology (`technology_head` in
data/lexicon/claims.yaml), and a claim on it is on the technology (`technology_of` in
data/lexicon/goods.yaml), not on the goods. Chip technology holds chips and chipmaking
equipment (`holds`), so a measure recorded on the tools alone (Japan's 23 items of 2023,
the Dutch licences, the validated end-user revocations of 2025) is a measure on it.
"""

from __future__ import annotations

import pytest
from conftest import checked_about, claim_frame

from analysis.data import datasets, goods, lexicon
from analysis.vocab import Label


@pytest.mark.parametrize(
    ("text", "good"),
    [
        (
            "Japan restricted exports of certain chip technology in July.",
            "semiconductor_technology",
        ),
        (
            "Washington curbed exports of semiconductor technologies in July.",
            "semiconductor_technology",
        ),
        (
            "Beijing banned exports of rare earth extraction and separation technologies in July.",
            "rare_earth_technology",
        ),
        ("Beijing curbed exports of chip-making technology in July.", "semiconductor_technology"),
    ],
)
def test_a_good_heading_a_technology_is_the_technology(tmp_path, text, good):
    frame = claim_frame(tmp_path, text, "2024-01-15", "exports")
    assert good in frame.goods
    assert not {"semiconductors", "rare_earths"} & set(frame.goods)


@pytest.mark.parametrize(
    ("text", "good"),
    [
        ("Beijing curbed exports of rare earths and technology in July.", "rare_earths"),
        ("Washington curbed exports of chips to technology firms in July.", "semiconductors"),
    ],
)
def test_a_good_beside_a_technology_stays_the_good(tmp_path, text, good):
    assert good in claim_frame(tmp_path, text, "2024-01-15", "exports").goods


def test_chip_technology_holds_chips_and_their_tools():
    assert goods.members("semiconductor_technology") >= {
        "semiconductors",
        "semiconductor_equipment",
    }
    assert goods.members("semiconductors") == {"semiconductors"}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # measures.csv jpn-2023-03-31-chip-equipment-23-items: 23 types of chipmaking tools
        ("In March Japan decided to restrict the export of certain chip technology.", "2023-06-30"),
        # usa-2025-08-29-veu-revocation-prc-fabs: licences for tools shipped to the fabs
        (
            "The United States will revoke a waiver that has allowed Korean chipmakers to import "
            "certain semiconductor technologies into China.",
            "2025-08-30",
        ),
    ],
)
def test_a_measure_on_the_tools_is_a_measure_on_chip_technology(tmp_path, text, published):
    x = checked_about(tmp_path, text, published, "technolog")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_good_beside_its_technology_is_checked_as_the_good(tmp_path):
    # rare-earth technology was banned in December 2023; magnets only needed licences (2025)
    text = "China banned exports of rare earth technology in 2023 and rare earth magnets in 2025."
    x = checked_about(tmp_path, text, "2025-11-01", "banned")
    assert "permanent magnets" in x.rationale and x.verdict != Label.SUPPORTED, x.rationale


def test_every_good_a_goods_entry_names_is_a_good_or_a_commodity():
    """`related`, `technology_of` and `holds` in data/lexicon/goods.yaml name goods by id: a
    typo there would silently match nothing, so each must be a goods id or a commodity id."""
    known = {g.id for g in lexicon.goods()}
    known |= set(datasets.load("commodities")["commodity_id"].astype(str))
    unknown = [
        (g.id, ref)
        for g in lexicon.goods()
        for ref in (*(r.id for r in g.related), *g.technology_of, *g.holds)
        if ref not in known
    ]
    assert unknown == [], "fix these ids in data/lexicon/goods.yaml"
