"""A country named as the side a measure falls on is not its actor (docs/factcheck-log.md, "The
actor of a measure claim", round 30, branch actor30): a possessive before "access"
("restricts Beijing's access to chips", lexicon `access_nouns`) and a country after a
measure noun and "for" ("controls for China", `target_words`). A possessive before the
measure itself ("China's curbs") still acts. Made-up sentences."""

from __future__ import annotations

from conftest import claim_frame

_DAY = "2025-05-20"


def test_the_country_whose_access_is_restricted_does_not_act(tmp_path):
    text = (
        "The rule, issued by the Commerce Department on Monday, restricts Beijing's access "
        "to advanced chips."
    )
    frame = claim_frame(tmp_path, text, _DAY, "restricts")
    assert frame.actor_country == "USA", frame


def test_a_country_after_controls_for_does_not_act(tmp_path):
    text = (
        "The Commerce Department issued a rule on Monday. "
        "The rule adds new export controls for China on chip tools."
    )
    frame = claim_frame(tmp_path, text, _DAY, "controls for China")
    assert frame.actor_country == "USA", frame


def test_a_possessive_before_the_measure_still_acts(tmp_path):
    frame = claim_frame(
        tmp_path, "China's curbs on gallium exports began on Monday.", _DAY, "curbs"
    )
    assert frame.actor_country == "CHN", frame


def test_a_country_announcing_controls_for_goods_still_acts(tmp_path):
    text = "China announced export controls for gallium on Monday."
    frame = claim_frame(tmp_path, text, _DAY, "controls for gallium")
    assert frame.actor_country == "CHN", frame
