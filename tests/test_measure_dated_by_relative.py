"""A measure named by its noun, then a relative clause saying when it took effect ("The
Chinese rules on graphite, which took effect on 1 December 2023, ..."): the relative dates
that measure, in one claim with it, and rules or regulations on goods so dated are a
restriction (`rules_in_effect` in data/lexicon/claims.yaml). Before, "rules" named no
measure and the relative was an event-date claim of its own (round 25, branch dtm17:
made-up sentences keyed from `measures.csv`, 43 abstentions in 100 such sentences).
Rules: docs/article.md (claims), docs/factcheck.md."""

from __future__ import annotations

import pytest
from conftest import dated_article, dated_verdicts, verdict_about

from analysis.article import measure_reading
from analysis.vocab import Label

# (text, as-of, goods named, actor's country); each a true statement of a catalogued row
DATED = [
    (
        "Beijing's new regulations on antimony, which came into force on September 15, 2024,"
        " worried traders.",
        "2024-10-20",
        "antimony",
        "CHN",
    ),
    (
        "The Chinese rules on gallium, which went into effect on 1 August 2023, drew criticism.",
        "2023-09-10",
        "gallium",
        "CHN",
    ),
    (
        "America's export curbs on advanced computing chips, which took effect on November 17,"
        " 2023, upset chipmakers.",
        "2023-12-20",
        "advanced computing",
        "USA",
    ),
]


@pytest.mark.parametrize(("text", "day", "goods", "country"), DATED)
def test_the_relative_dates_the_measure_its_noun_names(tmp_path, text, day, goods, country):
    art = dated_article(tmp_path, text, day)
    (claim,) = [c for c in art.claims if goods in c.text]
    assert "effect" in claim.text or "force" in claim.text, claim.text
    assert claim.type == "policy_action" and claim.dates
    assert claim.frame.action == "restriction" and claim.frame.actor_country == country
    x = verdict_about(dated_verdicts(tmp_path, text, day), goods)
    assert x.verdict in (Label.SUPPORTED, Label.PARTLY), x.rationale


def test_a_wrong_effective_day_is_unsupported(tmp_path):
    # graphite's licensing took effect on 1 December 2023, nothing of China's on 1 June
    text = "The Chinese regulations on graphite, which took effect on 1 June 2023, hit exporters."
    x = verdict_about(dated_verdicts(tmp_path, text, "2024-01-15"), "graphite")
    assert x.verdict == Label.UNSUPPORTED, x.rationale


def test_the_predicate_after_the_relative_gives_the_party(tmp_path):
    text = (
        "The tariffs on Chinese goods, which came into force on 4 February 2025, were imposed"
        " by Washington."
    )
    art = dated_article(tmp_path, text, "2025-03-01")
    (claim,) = [c for c in art.claims if "tariffs" in c.text]
    assert claim.text.endswith("Washington") and claim.frame.actor_country == "USA"
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-03-01"), "tariffs")
    assert x.verdict in (Label.SUPPORTED, Label.PARTLY), x.rationale


def test_rules_are_a_restriction_only_when_said_to_take_effect():
    assert measure_reading.action(
        "the Chinese rules on graphite, which took effect on 1 December"
    ) == ("restriction")
    assert measure_reading.action("the Chinese rules on graphite, which officials defended") == ""
    assert measure_reading.action("the regulations on graphite, which officials defended") == "law"


def test_rules_on_a_list_of_goods_are_dated_too(tmp_path):
    text = (
        "Beijing's rules on tungsten, bismuth and indium, which came into force on February 4,"
        " 2025, hit traders."
    )
    art = dated_article(tmp_path, text, "2025-03-01")
    (claim,) = [c for c in art.claims if "indium" in c.text]
    assert claim.frame.action == "restriction" and claim.dates, claim.text
