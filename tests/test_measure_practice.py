"""A kind of measure named as the tool of a practice over time, in a perfect tense ("China
has used export controls to increasingly tighten access to its rare earths", "Washington's
reflexive answer to China's rise has been export controls targeting chips"): a policy
described, many measures and none named, which the catalog cannot decide
(`measure_practice` in `data/lexicon/claims.yaml`, `catalog_scope.outside_the_catalog`;
blind19: RealClearWorld, and LNG in Northern BC of fcx10). Made-up sentences, each beside a
decidable twin that must stay decided."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import claim_words
from analysis.vocab import Label


def test_the_words_of_a_practice():
    practice = claim_words.patterns()["measure_practice"]
    assert practice.search("Beijing has repeatedly wielded export controls to squeeze rivals")
    assert practice.search("The White House's favourite tool has long been tariffs")
    assert practice.search("Washington's preferred response to Chinese subsidies has been tariffs")
    # a measure taken is no practice
    assert not practice.search("Beijing imposed export controls on gallium in July")
    assert not practice.search("the tariffs have been raised to 25%")


def test_a_practice_is_not_checkable_but_a_measure_taken_is(tmp_path):
    found = _verdicts(
        tmp_path,
        "For years, Beijing has wielded export controls to choke off supplies of gallium. "
        "China restricted exports of gallium and germanium in July 2023.",
        "2024-03-01",
    )
    practice = _about(found, "has wielded export controls")
    assert practice.verdict == Label.NOT_CHECKABLE
    assert "practice" in practice.rationale
    taken = _about(found, "China restricted exports of gallium and germanium")
    assert taken.verdict == Label.SUPPORTED


def test_a_dated_practice_is_still_checked(tmp_path):
    # a date names the measure meant: the claim is checked as any dated one
    found = _verdicts(
        tmp_path,
        "China has used export controls on gallium and germanium since August 2023.",
        "2024-03-01",
    )
    x = _about(found, "export controls on gallium")
    assert "practice" not in x.rationale
