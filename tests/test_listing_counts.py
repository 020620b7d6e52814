"""A listing's count in a sentence that states nothing else (round 30, fcn30): "the agency is
adding 14 entries to its list" names no measure word the claim reader types and no noun of
`_COUNT`, so the whole sentence was set aside as scene-setting; a count of the parties or
items a listing names (`claim_words.counted_parties`: a counting verb and its object) is now
a count claim when no clause of its sentence is a claim already. Its twins stay set aside:
the same count foretold (an opinion or forecast word), and a count that no listing verb
takes ("went out to 14 institutes"). Made-up sentences; rule: docs/factcheck-log.md,
"Decidable claims never detected (round 30, branch fcn30)"."""

from __future__ import annotations

from conftest import dated_article, dated_verdicts

from analysis.article.claim_types import COUNT
from analysis.vocab import Label


def _claims_with(tmp_path, text: str, words: str) -> list:
    art = dated_article(tmp_path, text, "2021-03-10")
    return [c for c in art.claims if words in c.text]


def test_a_listing_count_in_a_bare_sentence_is_a_count_claim(tmp_path):
    found = _claims_with(tmp_path, "The agency is adding 14 entries to its list.", "14 entries")
    assert found and found[0].type == COUNT


def test_the_new_count_claim_is_not_checkable_when_no_listing_decides_it(tmp_path):
    text = "The agency is adding 14 entries to its list."
    found = [x for x in dated_verdicts(tmp_path, text, "2021-03-10") if "14" in x.claim.text]
    assert found and all(x.verdict == Label.NOT_CHECKABLE for x in found)


def test_a_foretold_listing_count_stays_set_aside(tmp_path):
    text = "Officials may add 14 entries to the list next year."
    art = dated_article(tmp_path, text, "2021-03-10")
    assert not [c for c in art.claims if "14 entries" in c.text]
    assert any("14 entries" in n.text and "opinion" in n.reason for n in art.non_claims)


def test_a_count_no_listing_verb_takes_stays_set_aside(tmp_path):
    text = "The letter went out to 14 institutes in the region."
    assert not _claims_with(tmp_path, text, "14 institutes")
