"""General faults the round-24 measure probes showed (eval/probes/dev.yaml, p91-p146),
each on a made-up sentence: a measure said to take effect on a day a suspension of it
already applied, an amending rule dated by its own announcement, a tariff said to be
raised by a measure that cut it, an aside between a subject and its predicate, the agent
of a passive."""

from __future__ import annotations

from conftest import checked_about as _verdict
from conftest import dated_verdicts

from analysis.vocab import Label

# --- in force or suspended on the day the claim gives -------------------------------------

_TOOK_EFFECT = "China's export curbs on holmium and erbium took effect on 8 November."


def test_a_measure_suspended_before_its_effective_day_did_not_take_effect(tmp_path):
    # the 9 October 2025 controls were suspended from 7 November, before 8 November
    x = _verdict(tmp_path, _TOOK_EFFECT, "2025-11-20", "holmium")
    assert x.verdict == Label.UNSUPPORTED
    assert "suspended" in x.rationale


def test_a_suspension_announced_after_the_article_does_not_decide(tmp_path):
    text = _TOOK_EFFECT.replace("took effect", "will take effect")
    x = _verdict(tmp_path, text, "2025-10-12", "holmium")
    assert x.verdict == Label.SUPPORTED


def test_a_year_is_judged_on_the_measures_own_effective_day_not_its_last_day(tmp_path):
    # the affiliates rule took effect on 29 September 2025 and was suspended from
    # 10 November: "took effect in 2025" is true, though not of 31 December
    text = (
        "The US affiliates rule, which extends Entity List restrictions to subsidiaries "
        "owned 50% or more by listed firms, took effect in 2025."
    )
    x = _verdict(tmp_path, text, "2025-12-01", "took effect")
    assert x.verdict == Label.SUPPORTED
    # the month of the suspension itself still decides
    month = _TOOK_EFFECT.replace("on 8 November", "in November")
    x = _verdict(tmp_path, month, "2025-11-20", "holmium")
    assert x.verdict == Label.UNSUPPORTED and "suspended" in x.rationale


# --- an amending rule is a measure of its own --------------------------------------------


def test_an_amending_rule_named_by_its_own_announcement_day(tmp_path):
    # the 17 October 2023 US rules amend those of 7 October 2022; "controls unveiled on"
    # names the rule's own day, not only the day of the rule it amends
    text = "The updated US chip controls unveiled on 17 October will apply from 17 November."
    x = _verdict(tmp_path, text, "2023-10-25", "chip controls")
    assert x.verdict == Label.SUPPORTED


# --- a raise is not a cut -----------------------------------------------------------------


def test_a_tariff_said_raised_by_a_measure_that_cut_it(tmp_path):
    # 14 February 2020: the List 4A rate was cut from 15% to 7.5%
    text = "The US hiked its tariffs on $120 billion of Chinese goods on 14 February 2020."
    x = _verdict(tmp_path, text, "2020-02-20", "tariffs")
    assert x.verdict == Label.UNSUPPORTED
    cut = text.replace("hiked", "cut")
    assert _verdict(tmp_path, cut, "2020-02-20", "tariffs").verdict == Label.SUPPORTED


def test_a_raise_verb_that_raises_no_tariff_is_no_claim_of_a_raise(tmp_path):
    # "increase farm sales" raises sales, not the tariff the 14 February 2020 cut set
    text = (
        "The US set a 7.5% tariff on $120 billion of Chinese goods from 14 February 2020 "
        "in a deal meant to increase farm sales."
    )
    x = _verdict(tmp_path, text, "2020-02-20", "tariff")
    assert x.verdict == Label.SUPPORTED
    # a passive raise of the tariffs still says they went up
    passive = "US tariffs on $120 billion of Chinese goods were raised on 14 February 2020."
    x = _verdict(tmp_path, passive, "2020-02-20", "tariffs")
    assert x.verdict == Label.UNSUPPORTED and "raised" in x.rationale


# --- an aside between a subject and its predicate; the agent of a passive ----------------


def test_a_predicate_after_an_aside_stays_with_its_subject(tmp_path):
    # without the rule "Curbs on ..." and "took effect ..." are two claims, the first
    # with no date and the second with no goods
    text = "China's curbs on graphite exports, aimed at battery makers, took effect on 1 December."
    found = dated_verdicts(tmp_path, text, "2023-12-10")
    assert len(found) == 1
    assert found[0].claim.text.endswith("took effect on 1 December")
    assert found[0].verdict == Label.SUPPORTED


def test_an_aside_before_a_clause_with_its_own_subject_is_not_joined(tmp_path):
    text = "China's curbs on graphite exports, aimed at battery makers, the US said were unfair."
    found = dated_verdicts(tmp_path, text, "2023-12-10")
    assert not any(x.claim.text.endswith("were unfair") and "curbs" in x.claim.text for x in found)


def test_the_agent_of_a_passive_measure_verb_acts(tmp_path):
    # "US goods" names the side the tariffs fall on; "by China" the side that acts
    text = "Duties of 25% on $16 billion of US goods were levied by China on 23 August 2018."
    x = _verdict(tmp_path, text, "2018-08-30", "Duties")
    assert x.claim.frame.actor_country == "CHN"
    assert x.claim.frame.partner == "USA"


def test_the_agent_of_a_passive_in_a_clause_of_its_own_does_not_act(tmp_path):
    # "after chip sales were restricted by the United States": the US acts in the
    # subordinate clause; China, the main clause's subject, imposed the controls
    text = (
        "China imposed export controls on gallium and germanium in July 2023, after chip "
        "sales were restricted by the United States."
    )
    x = _verdict(tmp_path, text, "2023-08-10", "gallium")
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED
    months = text.replace("after chip sales", "months after Dutch chip tools").replace(
        "the United States", "the US"
    )
    assert _verdict(tmp_path, months, "2023-08-10", "gallium").claim.frame.actor_country == "CHN"
    # a comma alone opens no clause: an aside before the passive keeps its agent the actor
    aside = "Duties of 25% on $16 billion of US goods, including pork, were levied by China."
    assert _verdict(tmp_path, aside, "2018-08-30", "Duties").claim.frame.actor_country == "CHN"


def test_a_relative_pronoun_s_predicate_is_not_the_subject_s(tmp_path):
    # "which, as officials admit, are rarely granted": the predicate is the relative's
    text = (
        "China requires licences for gallium exports which, as officials admit, are rarely granted."
    )
    found = dated_verdicts(tmp_path, text, "2024-06-01")
    assert not any("gallium" in x.claim.text and "granted" in x.claim.text for x in found)
