"""The agent of a participle qualifying a noun ("tariffs put in place by X", "duties imposed
by X") acts in the measure the noun names, not in the clause around it (blind16's class:
Babel and Altium; `frames.read`, `parties.named_as_agent`, `borrowed.actor`). Made-up
sentences, each on a stated date; expected measures come from the catalog."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import borrowed, frames, parties
from analysis.vocab import Label


def test_the_subject_acts_not_the_agent_of_a_qualifying_participle(tmp_path):
    # the clause's subject (a known official) keeps the duties "set by" a government and
    # raises tariffs: the official acts, not the government named after "by"
    found = _verdicts(
        tmp_path,
        "Donald Trump kept the export controls put in place by the Biden administration and "
        "raised the tariff on all Chinese goods to 125% on 9 April 2025.",
        "2025-04-11",
    )
    x = _about(found, "raised the tariff")
    assert x.claim.frame.actor == "Donald Trump"
    assert x.verdict == Label.SUPPORTED


def test_a_later_clause_does_not_borrow_the_agent_of_a_named_measure(tmp_path):
    # "duties imposed by US President Donald Trump" names the measure answered; the next
    # sentence, naming no actor, is about Beijing's duty told first
    found = _verdicts(
        tmp_path,
        "Beijing said on Friday it would levy an extra 34% duty on every American import. "
        "The step answers duties imposed by US President Donald Trump. "
        "The new duty will apply from April 10.",
        "2025-04-04",
    )
    x = _about(found, "will apply from April 10")
    assert x.claim.frame.actor_country == "CHN"
    assert x.verdict == Label.SUPPORTED


def test_a_lone_agent_still_acts(tmp_path):
    # when no one else in the clause may impose the measure, the agent is its actor
    found = _verdicts(
        tmp_path,
        "Huawei was among the firms added by the Commerce Department to the Entity List on "
        "16 May 2019.",
        "2019-05-20",
    )
    x = _about(found, "added by the Commerce Department")
    assert x.claim.frame.actor_country == "USA"
    assert x.verdict == Label.SUPPORTED


def test_a_finite_passive_and_a_long_clause_are_not_a_named_measure():
    trump = "Donald Trump"
    assert parties.named_as_agent("tariffs imposed by US President Donald Trump", trump)
    assert parties.named_as_agent("levies put in place by the Trump administration", trump)
    # a finite passive tells its own measure
    assert not parties.named_as_agent("Tariffs were imposed by Donald Trump", trump)
    # the actor named before the agent phrase acts in the clause too
    assert not parties.named_as_agent("Trump raised duties first imposed by Trump in 2018", trump)
    # an actor not named in the agent phrase is not named as that agent
    assert not parties.named_as_agent("Beijing answered duties imposed by Washington", "China")


def test_a_pronoun_refers_to_the_measure_named_last():
    # "They ..." after "duties imposed by US President Donald Trump" are Trump's duties;
    # "The new duty ..." is the measure told before them, China's
    china = frames.Frame(kind=frames.MEASURE, actor="China", actor_country="CHN", action="tariff")
    usa = frames.Frame(
        kind=frames.MEASURE, actor="Donald Trump", actor_country="USA", action="tariff"
    )
    told = [
        ("Beijing would levy an extra 34% duty on every American import", china),
        ("duties imposed by US President Donald Trump", usa),
    ]
    bare = frames.Frame(kind=frames.MEASURE, action="tariff")
    assert borrowed.actor(bare, told, text="The new duty applies from April 10").actor == "China"
    assert borrowed.actor(bare, told, text="They apply from April 9").actor == "Donald Trump"
