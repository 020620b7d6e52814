"""A measure named as its clause's subject, with a verb of what it covers (docs/factcheck-log.md,
"Decidable measure claims that abstained", round 30, branch fcm30): when a good, a dollar
figure or a measure word follows the verb, the clause states the measure's scope, which the
catalog records, and is checked; with none of them ("affect carmakers") it still takes the
measure as given and is not checkable. Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.article import presupposed
from analysis.evidence.model import Verdict
from analysis.vocab import Label

_RARE = "In April 2025 China imposed export controls on seven rare earth elements."
_EV = "In May 2024 the United States raised tariffs on Chinese electric vehicles."


def _second(tmp_path: Path, first: str, second: str, published: str) -> Verdict:
    found = dated_verdicts(tmp_path, f"{first} {second}", published)
    return verdict_about(found, second.split()[3])


def test_a_measure_s_goods_as_its_scope_are_checked(tmp_path):
    x = _second(
        tmp_path, _RARE, "These restrictions mainly affect dysprosium and terbium.", "2025-05-20"
    )
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_its_twin_naming_who_is_affected_stays_not_checkable(tmp_path):
    x = _second(
        tmp_path, _RARE, "These restrictions mainly affect carmakers in Europe.", "2025-05-20"
    )
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "takes the measure as given" in x.rationale, x.rationale


def test_a_dollar_figure_affected_is_checked(tmp_path):
    """ "affect", not "cover" (a verb of imposing, checked before round 30): the scope read;
    the coverage is compared (review of round 30)."""
    x = _second(
        tmp_path, _EV, "The new tariffs affect $18 billion in Chinese imports.", "2024-06-01"
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "coverage matches" in x.rationale, x.rationale


def test_its_twin_with_a_coverage_no_measure_has_is_not_supported(tmp_path):
    """A wrong figure is not supported by the measure's existence: no measure it may mean
    covers it, so it is not checked (review of round 30: was supported). After a measure
    told with its goods and side, "The new tariffs" refer back to it and take its goods
    (`referred`, round 31, actor31), which single out the measure: its coverage is then
    compared, and the wrong figure is unsupported."""
    unnamed = "In May 2024 the United States raised tariffs on Chinese imports."
    for verb in ("affect", "cover"):
        text = f"The new tariffs {verb} $300 billion in Chinese imports."
        x = _second(tmp_path, unnamed, text, "2024-06-01")
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "figures" in x.rationale, (text, x.rationale)
        x = _second(tmp_path, _EV, text, "2024-06-01")
        assert x.verdict == Label.UNSUPPORTED, (text, x.rationale)
        assert "coverage is wrong" in x.rationale, (text, x.rationale)


def test_a_tariff_said_to_include_a_measure_of_another_kind_stays_taken_as_given(tmp_path):
    """A tariff holds duties; "include a ban on exports of chips" relates two measures,
    and the chips are the ban's (review of round 30: was judged against a chip rule)."""
    text = f"{_EV} These tariffs include a ban on exports of chips."
    x = verdict_about(dated_verdicts(tmp_path, text, "2024-06-01"), "ban")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "takes the measure as given" in x.rationale, x.rationale
    text = f"{_EV} These tariffs include a 100% duty on electric vehicles."
    x = verdict_about(dated_verdicts(tmp_path, text, "2024-06-01"), "duty")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_its_twin_on_consumers_stays_not_checkable(tmp_path):
    x = _second(tmp_path, _EV, "The new tariffs affect American consumers.", "2024-06-01")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_states_scope_needs_a_good_a_figure_or_a_measure_after_the_verb():
    assert presupposed.states_scope("The restrictions included a ban on exports of chips")
    assert presupposed.states_scope("the new tariffs affect $18 billion in imported goods")
    text = "These curbs cover graphite"
    assert presupposed.states_scope(text, (text.index("graphite"),))
    assert not presupposed.states_scope(text, ())  # the good's offset is what counts
    assert not presupposed.states_scope("The restrictions included a grace period for suppliers")
    assert not presupposed.states_scope("The tariffs affect American farmers")
    assert not presupposed.states_scope("China imposed curbs that affect graphite", (37,))
    text = "These tariffs include a ban on exports of chips"
    assert not presupposed.states_scope(text, (text.index("chips"),))
    assert presupposed.states_scope("These tariffs include a 100% duty on steel")


def test_scope_in_dollars_reads_only_a_dollar_figure_as_the_scope():
    assert presupposed.scope_in_dollars("the new tariffs affect $18 billion in imported goods")
    assert not presupposed.scope_in_dollars("The restrictions included a ban on exports of chips")
    assert not presupposed.scope_in_dollars("The US imposed tariffs on $18 billion of goods")


def test_a_detail_of_what_the_measure_includes_stays_taken_as_given():
    """The presupposed reading still holds without the scope: the restrictions' detail."""
    assert presupposed.presupposes_measure("The restrictions included a grace period for suppliers")
    assert not presupposed.presupposes_measure(
        "The restrictions included a ban on exports of chips"
    )


def test_a_scope_in_dollars_is_money_as_the_tariff_check_reads_it():
    """One definition of an amount of money (`quantities.states_money`, the one the tariff
    check's coverage reads): a tonnage or a head count after the verb is no coverage in
    dollars (round 31, clean31: a second pattern read any "million" as dollars)."""
    assert presupposed.scope_in_dollars("The new tariffs affect US$18bn of imported goods")
    assert presupposed.scope_in_dollars("The new tariffs affect 18 billion dollars of imports")
    assert not presupposed.scope_in_dollars("These controls affect 1.2 million tonnes of ore")
    assert not presupposed.states_scope("The new tariffs affect 300 million consumers")
