"""The actor a measure clause gives itself (docs/factcheck-log.md, "The actor of a measure claim",
round 30, branch actor30): a clause opening on a demonym that qualifies its measure word
("Chinese duties ...") is that country's, not the actor of the measure claim told before
it (`parties.demonym_actor`, read by `claims.find` before borrowing; the one-function module
`own_actor` was folded into that call in the review of round 30); a demonym naming the
side a measure falls on, or a speaker, leaves the borrowed actor. Made-up sentences."""

from __future__ import annotations

from conftest import claim_frame

from analysis.article import parties

_DAY = "2025-05-20"
_BEFORE = "Japan raised its tariffs on steel imports to 30 per cent on Monday. "


def test_a_demonym_opening_the_clause_is_its_actor(tmp_path):
    text = _BEFORE + "Chinese duties on steel will fall to 10 per cent."
    frame = claim_frame(tmp_path, text, _DAY, "Chinese duties")
    assert frame.actor_country == "CHN", frame


def test_a_demonym_of_the_affected_side_keeps_the_borrowed_actor(tmp_path):
    text = _BEFORE + "The duties on Chinese steel will fall to 10 per cent."
    frame = claim_frame(tmp_path, text, _DAY, "The duties")
    assert frame.actor_country == "JPN", frame


def test_only_a_demonym_qualifying_the_measure_word_is_given():
    assert parties.demonym_actor("Korean export curbs will stay until June.") == "KOR"
    assert parties.demonym_actor("The curbs on Korean chips will stay.") is None
    assert parties.demonym_actor("Japanese officials said the curbs would stay.") is None
