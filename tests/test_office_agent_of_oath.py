"""The person who swears someone in is no one taking office ("who was sworn in by Vice
President Kamala Harris on ..."): the agent after "by" holds their own office that day,
and the day is not checked as the first of theirs (round 32, branch fck32)."""

from __future__ import annotations

from conftest import first_verdict_with

from analysis.vocab import Label


def test_the_agent_of_a_swearing_in_holds_their_office(tmp_path):
    text = (
        "The new envoy, who was sworn in by Vice President Kamala Harris on June 2, 2022, "
        "left for Beijing a week later."
    )
    # since fco32 the agent is no one taking office in the clause: their title is the claim
    x = first_verdict_with(tmp_path, text, "2022-07-01", "Kamala Harris")
    assert x.rule == "office held"
    assert x.verdict == Label.SUPPORTED
    assert "Kamala Harris was Vice President of the United States" in x.rationale


def test_a_person_sworn_in_is_still_checked_for_the_first_day(tmp_path):
    # Harris took office on 20 January 2021, not in June 2022
    text = "Vice President Kamala Harris was sworn in on June 2, 2022."
    x = first_verdict_with(tmp_path, text, "2022-07-01", "sworn in")
    assert x.rule == "office held"
    assert x.verdict == Label.UNSUPPORTED
    assert "did not begin then" in x.rationale
