"""A government named with "the" before a verb that cuts, pauses or scraps a measure ("The
United States cut tariffs on ...", "The White House paused the tariffs") asserts the
change: the clause does not take the measure as given; and China's Customs Tariff
Commission, the issuer of its tariff measures in the catalog, is an actor of its own
(round 25, branch dtm16: made-up sentences keyed from `measures.csv`). Rules:
docs/factcheck.md ("measure taken as given"), words in data/lexicon/claims.yaml
(`imposition_verbs`) and data/lexicon/organisations.yaml."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.article.presupposed import presupposes_measure
from analysis.vocab import Label

CHANGES = [
    "The United States cut tariffs on Chinese imports",
    "The White House slashed additional duties on Chinese goods",
    "The administration halved the tariffs on Chinese imports",
    "The US government paused its tariffs on Chinese goods",
    "The Commerce Department scrapped the rule",
]


@pytest.mark.parametrize("text", CHANGES)
def test_a_verb_that_changes_a_measure_asserts_it(text):
    assert not presupposes_measure(text)


# what a measure did is no change of it: still taken as given
@pytest.mark.parametrize(
    "text",
    [
        "The restrictions have slashed shipments of the metal",
        "The tariffs cut imports of furniture by half",
    ],
)
def test_what_a_measure_did_still_takes_it_as_given(text):
    assert presupposes_measure(text)


def test_a_cut_after_a_government_with_the_is_checked(tmp_path):
    # the US side of the Geneva arrangement: announced 12 May 2025
    text = "The White House cut tariffs on Chinese imports on 12 May 2025."
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-06-10"), "cut tariffs")
    assert x.verdict == Label.SUPPORTED, x.rationale


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # China's 34% tariff on all US goods, announced 4 April 2025
        (
            "The Customs Tariff Commission announced tariffs on all US goods on 4 April 2025.",
            "2025-04-20",
        ),
        # China's side of the Geneva arrangement, announced 12 May 2025
        (
            "The State Council Tariff Commission lowered tariffs on US goods on 12 May 2025.",
            "2025-06-10",
        ),
    ],
)
def test_the_tariff_commission_is_chinas(tmp_path, text, day):
    x = verdict_about(dated_verdicts(tmp_path, text, day), "Tariff Commission")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert x.claim.frame.actor_country == "CHN"
