"""A negation that restricts a noun ("countries not on the allies list", "goods that are
not covered by the list") names whom or what a measure is about; it does not deny the
measure, so the claim is checked (round 27, blind27: DatacenterDynamics, China Briefing).
A negation of the clause's verb still makes a denial the catalog cannot decide. Made-up
sentences; the measure's day and goods come from the catalog, never typed."""

from __future__ import annotations

import pandas as pd
from conftest import longest_verdict as _only
from conftest import measure_row as _measure

from analysis.article import measure_reading
from analysis.vocab import Label

RULE = "usa-2025-01-13-ai-diffusion-rule"


def _day(measure_id: str) -> pd.Timestamp:
    return pd.Timestamp(_measure(measure_id)["announced"])


def _published(measure_id: str) -> str:
    return (_day(measure_id) + pd.Timedelta(days=2)).date().isoformat()


def _on(measure_id: str) -> str:
    return f"{_day(measure_id):%B} {_day(measure_id).day}, {_day(measure_id).year}"


def test_negations_restricting_a_noun_deny_nothing():
    for text in (
        "The rule restricts exports of AI chips to countries not on the list of allies.",
        "Goods that are not covered by the exclusion list remain subject to the tariffs.",
        "The licence requirement applies to firms not yet listed by the department.",
    ):
        assert not measure_reading.denies_measure(text), text


def test_negations_of_the_verb_still_deny():
    for text in (
        "The curbs were not directed at any country.",
        "China has not banned exports of the metal.",
        "The US is not on track to lift the tariffs.",
        "The department has never restricted exports of the chips.",
        "Officials said that was not a ban on widget exports.",
        "The ministry says that is not an export ban on gizmos.",
        "The measure, which was not an export ban, took effect in May.",
    ):
        assert measure_reading.denies_measure(text), text


def test_a_measure_for_countries_not_on_a_list_is_checked(tmp_path):
    text = (
        f"On {_on(RULE)}, the Commerce Department restricted exports of advanced AI chips "
        "to countries not on its list of close allies."
    )
    x = _only(tmp_path, text, _published(RULE))
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_the_same_measure_denied_is_not_checkable(tmp_path):
    # the twin: the negation is the clause's own, a denial the catalog cannot decide
    text = (
        f"On {_on(RULE)}, the Commerce Department did not restrict exports of advanced AI "
        "chips to countries on its list of close allies."
    )
    x = _only(tmp_path, text, _published(RULE))
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
