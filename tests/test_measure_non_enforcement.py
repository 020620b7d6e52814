"""An order not to enforce a measure relaxes it ("instructed enforcement officials not to
enforce the rule", "directed the bureau not to enforce it"): the clause is a relaxation
claim, and its negation is the cue's own, not a denial (round 28, blind30: WTTL and CDO
Magazine, both on the AI Diffusion Rule's rescission). A negation of the verb of relaxing
("has not suspended the rule") still denies. Made-up sentences; the rescission's day and
goods come from the catalog, never typed."""

from __future__ import annotations

import pandas as pd
from conftest import longest_verdict as _only
from conftest import measure_row as _measure

from analysis.article import measure_reading
from analysis.article.claim_words import patterns
from analysis.vocab import Label

RESCISSION = "usa-2025-05-13-ai-diffusion-rescission"


def _day(measure_id: str) -> pd.Timestamp:
    return pd.Timestamp(_measure(measure_id)["announced"])


def _published(measure_id: str) -> str:
    return (_day(measure_id) + pd.Timedelta(days=2)).date().isoformat()


def _on(measure_id: str) -> str:
    return f"{_day(measure_id):%B} {_day(measure_id).day}, {_day(measure_id).year}"


def test_an_order_not_to_enforce_is_a_relaxation_cue():
    relax = patterns()["cues"]["relaxation"]
    for text in (
        "The agency told its inspectors not to enforce the chip rule.",
        "Officials will no longer enforce the export framework.",
        "The secretary said the department won't enforce the licence requirement.",
    ):
        assert relax.search(text), text
    assert not relax.search("Inspectors will enforce the chip rule from Monday.")


def test_an_order_not_to_enforce_denies_nothing():
    for text in (
        "The agency instructed its officers not to enforce the chip rule.",
        "The bureau will no longer enforce the export framework.",
    ):
        assert not measure_reading.denies_measure(text), text


def test_a_negated_relaxation_still_denies():
    for text in (
        "The agency has not suspended the chip rule.",
        "The bureau did not lift the export framework.",
    ):
        assert measure_reading.denies_measure(text), text


def test_an_order_not_to_enforce_the_rule_is_checked(tmp_path):
    text = (
        f"On {_on(RESCISSION)}, the Commerce Department told its officials not to "
        "enforce its rule on exports of advanced AI chips."
    )
    x = _only(tmp_path, text, _published(RESCISSION))
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_the_same_rule_not_relaxed_is_not_checkable(tmp_path):
    # the twin: the negation is the clause's own ("did not suspend"), a denial the catalog
    # cannot decide
    text = (
        f"On {_on(RESCISSION)}, the Commerce Department did not suspend its rule on exports "
        "of advanced AI chips."
    )
    x = _only(tmp_path, text, _published(RESCISSION))
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
