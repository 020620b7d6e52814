"""A clause with its own subject inside a longer sentence is a proposition of its own
(docs/factcheck-log.md, round 42, branch cut42): a clause after ", and" or ", but" opening
on its own party and a finite verb, and an absolute clause ", with <party> <verb>-ing", each
a claim apart with its own actor, goods and date; a second predicate with no subject, a
party that only undergoes ("with China facing ...") and a noun list stay with their clause.
Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_article

_PUBLISHED = "2025-06-20"


def _claims(tmp_path: Path, text: str) -> list:
    return sorted(dated_article(tmp_path, text, _PUBLISHED).claims, key=lambda c: c.start)


def _claim_with(claims: list, words: str):
    found = [c for c in claims if words in c.text]
    assert len(found) == 1, [c.text for c in claims]
    return found[0]


def test_a_coordinated_clause_with_its_own_party_is_a_claim_with_its_own_goods(tmp_path):
    text = (
        "In April 2025, the US raised tariffs on Chinese goods to 125%, and Beijing restricted "
        "exports of seven rare earths."
    )
    claims = _claims(tmp_path, text)
    first = _claim_with(claims, "raised tariffs")
    second = _claim_with(claims, "Beijing restricted")
    assert "Beijing" not in first.text
    assert first.frame.actor_country == "USA"
    assert "rare_earths" not in first.frame.goods
    assert second.frame.actor_country == "CHN"


def test_an_absolute_clause_with_its_own_party_has_its_own_actor_and_date(tmp_path):
    text = (
        "China moved after the US tightened its chip controls on October 17, 2023, with the "
        "Chinese Ministry of Commerce announcing graphite export licences on October 20."
    )
    claims = _claims(tmp_path, text)
    first = _claim_with(claims, "tightened its chip controls")
    second = _claim_with(claims, "announcing graphite")
    assert "graphite" not in first.text
    assert second.frame.actor_country == "CHN"
    assert "graphite" in second.frame.goods
    assert [w.start for w in second.frame.when] == ["2023-10-20"]


def test_a_second_predicate_after_and_with_no_subject_keeps_the_claim_whole(tmp_path):
    text = (
        "The US raised tariffs on Chinese steel to 25% in May 2024, and later added "
        "semiconductors to the list."
    )
    for claim in _claims(tmp_path, text):
        assert claim.frame.actor_country == "USA", claim.text


def test_an_absolute_clause_of_a_party_undergoing_stays_with_its_clause(tmp_path):
    text = (
        "Tensions flared in April 2025 when Trump announced tariffs on all imports, with China "
        "facing some of the steepest levies."
    )
    claim = _claim_with(_claims(tmp_path, text), "announced tariffs")
    assert "with China facing" in claim.text


def test_an_absolute_clause_with_no_party_stays_with_its_clause(tmp_path):
    text = (
        "China restricted exports of gallium in July 2023, with the controls taking effect on "
        "August 1."
    )
    claim = _claim_with(_claims(tmp_path, text), "restricted exports of gallium")
    assert "taking effect on" in claim.text


def test_a_noun_list_after_and_is_no_clause_of_its_own(tmp_path):
    text = (
        "China banned exports of gallium to the US in December 2024, and germanium and "
        "antimony were restricted too."
    )
    claim = _claim_with(_claims(tmp_path, text), "banned exports of gallium")
    assert claim.frame.actor_country == "CHN"
