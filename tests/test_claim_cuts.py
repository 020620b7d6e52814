"""How a sentence is cut into claims (docs/factcheck-log.md, "Claim splitting: one sentence,
several checkable propositions", round 40, branch split40): a clause telling an earlier act
parts the sentence (a main clause opening on its own party and finite verb after a leading
participle clause of an earlier act; a clause of sequence naming an earlier act by a noun,
with its own date), each part a claim with its own frame; a clause with no subject of its
own keeps the subject before it, and a noun list, a date range, a name with "and" or a
leading phrase with no act stays whole. Made-up sentences."""

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


def test_a_main_clause_after_a_participle_of_an_earlier_act_has_its_own_goods(tmp_path):
    text = (
        "After banning exports of gallium, germanium and antimony to the US in December 2024, "
        "China is now restricting exports of tungsten and indium by requiring licences."
    )
    claims = _claims(tmp_path, text)
    earlier = _claim_with(claims, "After banning")
    now = _claim_with(claims, "China is now restricting")
    assert "tungsten" not in earlier.text
    assert set(now.frame.goods) == {"tungsten", "indium"}
    assert now.frame.actor_country == "CHN"


def test_a_clause_of_sequence_naming_an_earlier_act_with_its_own_date_is_a_claim_apart(
    tmp_path,
):
    text = (
        "China's commerce ministry added 15 US firms to its export control list on March 4, "
        "2025, following the inclusion of 28 US companies in the list in January."
    )
    claims = _claims(tmp_path, text)
    now = _claim_with(claims, "added 15 US firms")
    before = _claim_with(claims, "following the inclusion")
    assert "28" not in now.text
    assert now.frame.quantity.value == 15
    assert before.frame.actor_country == now.frame.actor_country == "CHN"


def test_a_clause_of_sequence_without_its_own_date_stays_with_its_claim(tmp_path):
    text = (
        "China's commerce ministry added 15 US firms to its export control list on March 4, "
        "2025, following the inclusion of other US companies in the list."
    )
    claim = _claim_with(_claims(tmp_path, text), "added 15 US firms")
    assert "following the inclusion" in claim.text


def test_a_second_predicate_with_no_subject_keeps_the_first_one(tmp_path):
    text = (
        "In May 2019 the US raised tariffs on $200 billion of Chinese goods to 25%, and "
        "added Huawei to its Entity List."
    )
    for claim in _claims(tmp_path, text):
        assert claim.frame.actor_country == "USA", claim.text


def test_a_leading_phrase_with_no_act_stays_with_its_main_clause(tmp_path):
    text = (
        "In addition to the tariffs on Chinese goods scheduled for September 2019, the US has "
        "duties of 25% on $250 billion of goods imported from China."
    )
    claim = _claim_with(_claims(tmp_path, text), "duties of 25%")
    assert claim.text.startswith("In addition to the tariffs")


def test_lists_ranges_and_names_with_and_stay_whole(tmp_path):
    cases = {
        "China restricted exports of gallium, germanium and graphite in 2023.": (
            "gallium, germanium and graphite"
        ),
        "US imports and exports of goods with China rose in 2021.": "imports and exports",
        "The US raised tariffs on Chinese goods between May and June 2019.": "between May",
        "The Bureau of Industry and Security added 27 Chinese entities to its Entity List "
        "in May 2025.": "Bureau of Industry and Security added 27",
    }
    for text, words in cases.items():
        claims = _claims(tmp_path, text)
        assert len(claims) == 1, [c.text for c in claims]
        assert words in claims[0].text
