"""Whose act a measure claim tells when a place or another party is named beside it
(analysis/article/parties.py, round 40, terr40): made-up sentences, each rule with controls
of other meanings that keep their reading. Measures and dates come from the catalog."""

from __future__ import annotations

from conftest import dated_article
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import frames, parties
from analysis.vocab import Label


def _targeted(tmp_path, text: str, day: str = "2020-12-20") -> set[str]:
    """The names of the places a `dated_article` of `text` reads as targeted."""
    art = dated_article(tmp_path, text, day)
    ids = parties.targets(art.text, art.entities)
    return {e.text for e in art.entities if e.id in ids}


def test_a_country_opening_a_clause_after_a_target_word_is_not_targeted(tmp_path):
    # "to impose countermeasures after Washington ...": Washington opens a clause of its own
    assert "Washington" not in _targeted(
        tmp_path,
        "China has threatened to impose countermeasures after Washington decided to "
        "blacklist 59 Chinese companies.",
    )
    x = _about(
        _verdicts(
            tmp_path,
            "China has threatened to impose countermeasures after Washington decided to "
            "blacklist 59 Chinese companies.",
            "2020-12-20",
        ),
        "after Washington",
    )
    assert x.claim.frame.actor_country == "USA"
    assert x.verdict == Label.SUPPORTED


def test_a_country_a_few_words_after_a_target_word_is_still_targeted(tmp_path):
    # controls: no clause opener between the target word and the country
    assert "US" in _targeted(
        tmp_path, "Exporters are prohibited from selling dual-use items to these 11 US companies."
    )
    assert "Japan" in _targeted(tmp_path, "The rules bar shipments of chips to Japan.")
    assert "China" in _targeted(tmp_path, "Washington imposed new controls on China.")


def _frame(tmp_path, text: str, words: str, day: str = "2025-04-10"):
    """The frame of the claim holding `words` in a `dated_article` of `text`."""
    return _about(_verdicts(tmp_path, text, day), words).claim.frame


def test_the_object_of_a_complaint_acts_in_the_measure_told_after_it(tmp_path):
    # "China slammed the US for putting ...": the US put the firms on its list
    x = _about(
        _verdicts(
            tmp_path,
            "China slammed the US for adding 59 Chinese entities to the Entity List.",
            "2020-12-20",
        ),
        "slammed",
    )
    assert x.claim.frame.actor_country == "USA"
    assert x.verdict == Label.SUPPORTED


def test_a_complaint_after_the_measure_or_a_retaliation_leaves_the_actor(tmp_path):
    # a retaliation is the complainer's own measure
    retaliation = _frame(
        tmp_path,
        "China retaliated against the US for its tariffs by imposing a 34% tariff on all US goods.",
        "retaliated",
    )
    assert retaliation.actor_country == "CHN"
    # the measure told before the complaint is not the object's
    text = "a truce brokered in Geneva before Trump accused Beijing of backtracking"
    assert not frames.complains_first(text, text.index(" accused"))
    slam = "China slammed the US for adding 59 firms to the Entity List"
    assert frames.complains_first(slam, len("China"))


def test_controls_of_other_meanings_keep_their_actor(tmp_path):
    assert _frame(tmp_path, "China banned investments in Japan.", "banned").actor_country == "CHN"
    assert (
        _frame(
            tmp_path, "Beijing's controls on firms in the US took effect.", "controls"
        ).actor_country
        == "CHN"
    )
    agreed = _frame(tmp_path, "The US and China agreed to cut tariffs.", "agreed")
    assert agreed.actor_country == "USA" and agreed.partner == "CHN"
