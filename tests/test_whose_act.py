"""Whose act a measure claim tells when a place or another party is named beside it
(analysis/article/parties.py, round 40, terr40): made-up sentences, each rule with controls
of other meanings that keep their reading. Measures and dates come from the catalog."""

from __future__ import annotations

from conftest import dated_article
from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import parties
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
