"""Review of round 40 (rev40): where two of the round's rules reached too far, on made-up
sentences. A complaint (`complaint_words`) makes its party no mover only when its object
is followed by the word opening the act complained of (`complaint_reasons`: "slammed the US
for ..."), not when the complainer's own act follows the complaint ("Beijing slammed the
curbs on Tuesday and then banned exports of gallium ..."). A leading participle clause
parts its main clause off (`clauses.earlier_acts`) only when it tells a measure, not a
meeting ("After meeting US officials in December 2024, ..."), which as a claim of its own
was supported as a US measure with no goods."""

from __future__ import annotations

from conftest import dated_verdicts

from analysis.vocab import Label

_DAY = "2025-03-01"


def _measures(tmp_path, text: str) -> list:
    return [x for x in dated_verdicts(tmp_path, text, _DAY) if x.claim.frame]


def test_a_complainer_s_own_act_after_the_complaint_stays_its_own(tmp_path):
    text = (
        "Beijing slammed the curbs on Tuesday and then banned exports of gallium to the US "
        "in December 2024."
    )
    (found,) = _measures(tmp_path, text)
    assert found.claim.frame.actor_country == "CHN", found.claim.frame
    assert found.verdict == Label.SUPPORTED, found.rationale


def test_a_complaint_of_another_s_act_still_moves_the_actor(tmp_path):
    text = (
        "China slammed the US for adding 59 Chinese entities to the Entity List in December 2024."
    )
    (found,) = _measures(tmp_path, text)
    assert found.claim.frame.actor_country == "USA", found.claim.frame


def test_a_leading_meeting_is_no_claim_of_its_own(tmp_path):
    text = (
        "After meeting US officials in December 2024, China restricted exports of tungsten in "
        "February 2025."
    )
    found = _measures(tmp_path, text)
    assert len(found) == 1, [(x.claim.text, x.verdict) for x in found]
    assert not any(
        x.claim.text.startswith("After meeting") and x.verdict == Label.SUPPORTED for x in found
    )


def test_a_leading_earlier_measure_still_parts_the_main_clause(tmp_path):
    text = (
        "After banning exports of gallium in December 2024, China is now restricting exports "
        "of tungsten."
    )
    found = _measures(tmp_path, text)
    assert len(found) == 2, [(x.claim.text, x.verdict) for x in found]
    assert any(x.claim.frame.goods == ("tungsten",) for x in found)
