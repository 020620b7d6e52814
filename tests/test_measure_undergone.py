"""Decidable measure claims that abstained, round 31 (docs/factcheck-log.md, "Decidable measure
claims that abstained, round 31", branch fcm31): rules that took a measure as given too
broadly, narrowed where the frame's goods, sides, type and dates match one measure, each
with an undecidable twin that stays not checkable. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.article import presupposed
from analysis.vocab import Label

_GOODS = "gallium and germanium are subject to Chinese export controls"


def _one(tmp_path: Path, text: str, published: str, words: str):
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def test_goods_subject_to_a_measure_are_checked(tmp_path):
    """The goods named as what undergoes the measure: its scope, which the catalog records."""
    x = _one(tmp_path, f"Since 1 August 2023, {_GOODS}.", "2023-09-01", "gallium")
    assert x.verdict == Label.SUPPORTED, x.rationale
    x = _one(tmp_path, f"Since 1 March 2023, {_GOODS}.", "2023-09-01", "gallium")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_its_twin_naming_who_is_subject_stays_not_checkable(tmp_path):
    text = "Since 1 August 2023, exporters are subject to Chinese export controls."
    x = _one(tmp_path, text, "2023-09-01", "exporters")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    claim = "Exporters are now subject to Chinese export controls"
    assert presupposed.presupposes_measure(claim, claim)


def test_goods_undergo_needs_goods_before_the_verb_and_no_measure_word():
    text = "Gallium is now subject to Chinese export controls"
    assert presupposed.goods_undergo(text, (0,))
    assert not presupposed.presupposes_measure(text, text, False, (0,))
    assert not presupposed.goods_undergo(text, ())  # no good named
    curbs = "The curbs on gallium are subject to Chinese export controls"
    assert not presupposed.goods_undergo(curbs, (curbs.find("gallium"),))
    later = "Exporters are subject to Chinese export controls on gallium"
    assert not presupposed.goods_undergo(later, (later.find("gallium"),))


def test_goods_undergo_needs_the_good_as_the_subjects_head():
    """Review of round 31: a good after "of" or inside a relative clause is not the head."""
    head = "Since May, cobalt is subject to new export controls"
    assert presupposed.goods_undergo(head, (head.find("cobalt"),))
    for text in (
        "Buyers of cobalt are subject to new export controls",
        "Firms that refine cobalt are subject to new export controls",
    ):
        assert not presupposed.goods_undergo(text, (text.find("cobalt"),)), text


def test_hit_with_needs_a_measure_noun():
    """ "hit with higher prices" undergoes no measure; "hit with new export curbs" does."""
    curbs = "Cobalt was hit with new export curbs"
    assert presupposed.goods_undergo(curbs, (0,))
    prices = "Cobalt was hit with higher prices after the curbs"
    assert not presupposed.goods_undergo(prices, (0,))


def test_buyers_or_firms_undergoing_a_measure_stay_not_checkable(tmp_path):
    """The reviewer's twins: buyers and companies named, not the goods, undergo the measure."""
    for text, words in (
        (
            "Buyers of gallium and germanium were hit with higher prices after the controls.",
            "Buyers",
        ),
        (
            "Companies that export gallium are subject to Chinese export controls since "
            "August 2023.",
            "Companies",
        ),
    ):
        x = _one(tmp_path, text, "2023-09-01", words)
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)


def test_a_tariff_rate_that_changes_is_checked(tmp_path):
    """ "The tariff rate ... will increase": the rate is the subject's head, not its verb."""
    text = "The tariff rate on Chinese electric vehicles will increase to 100% in 2024."
    x = _one(tmp_path, text, "2024-05-20", "tariff rate")
    assert x.verdict == Label.SUPPORTED, x.rationale
    text = "The tariff rate on Chinese electric vehicles will increase to 50% in 2024."
    x = _one(tmp_path, text, "2024-05-20", "tariff rate")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_its_twin_saying_something_else_of_the_rate_stays_given():
    assert presupposed.given_subject("The tariff rates were confirmed by the ministry")
    assert not presupposed.given_subject("The tariff rates will increase to 50% in 2025")


def test_its_inside_a_word_is_no_possessive(tmp_path):
    """ "hits back with tariffs": no "its tariffs" taken as given inside "hits"."""
    x = _one(tmp_path, "China hits back with tariffs on US farm goods.", "2025-03-10", "hits")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_its_twin_with_a_possessive_stays_given(tmp_path):
    text = "Beijing said its tariffs on US farm goods were fair."
    x = _one(tmp_path, text, "2025-03-10", "its tariffs")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "takes the measure as given" in x.rationale, x.rationale


def test_a_title_case_headline_answering_with_its_own_measure_is_checked(tmp_path):
    """ "Hits Back At Trump With Farm Tariffs": the answer's own tariffs, in title case."""
    text = "China Hits Back At Trump With Farm Tariffs As High As 15%"
    x = _one(tmp_path, text, "2025-03-05", "Hits Back")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_its_twin_naming_only_the_measure_answered_stays_given(tmp_path):
    x = _one(tmp_path, "China Hits Back At Trump Tariffs", "2025-03-05", "Hits Back")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "takes the measure as given" in x.rationale, x.rationale


def test_a_tax_on_imports_is_a_tariff(tmp_path):
    """A tax with the imports or goods it falls on is a tariff measure, checked."""
    text = "China imposed a 15% tax on US coal and gas imports in February 2025."
    x = _one(tmp_path, text, "2025-03-01", "15% tax")
    assert x.verdict == Label.SUPPORTED, x.rationale
    text = "China answered the US tariff with import taxes on US farm goods."
    x = _one(tmp_path, text, "2025-03-10", "import taxes")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_its_twin_a_tax_to_come_stays_not_checkable(tmp_path):
    """A tax on imports read as a tariff with its goods, but only threatened: the frame is
    whole, and the claim is not checkable as a measure not taken (review of round 31: the
    old twin's claim had no goods and was left for want of data, whatever the cue did)."""
    text = "Economists said China could impose a 15% tax on US coal imports."
    x = _one(tmp_path, text, "2025-03-01", "tax")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert x.claim.frame.kind == "measure" and x.claim.frame.action == "tariff", x.claim.frame
    assert "measure not taken" in x.rationale, x.rationale
