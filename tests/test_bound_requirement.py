"""A "should" after the party a rule binds states the rule (round 30, fcn30): translated
notices write "exporters should apply for export licences", which was set aside as opinion
('should'), so the measure it states was never checked. After a bound party
(`bound_requirement` in data/lexicon/claims.yaml), in a clause naming a licence or a ban,
"should" is a requirement like "must"; its twins stay set aside: "should" of a government
that is urged to act, and "should" of a bound party in a clause naming no licence or ban.
Made-up sentences; rule: docs/factcheck-log.md, "Decidable claims never detected (round 30,
branch fcn30)"."""

from __future__ import annotations

import re

from conftest import dated_article

from analysis.article import opinions
from analysis.article.claim_types import POLICY_ACTION
from analysis.article.requirements import states_requirement

DAY = "2024-08-20"


def _claim(tmp_path, text: str):
    art = dated_article(tmp_path, text, DAY)
    return next((c for c in art.claims if text.rstrip(".") in c.text), None), art


def test_should_after_a_bound_party_with_a_licence_is_a_measure_claim(tmp_path):
    claim, _ = _claim(tmp_path, "Exporters of tin should apply for export licences.")
    assert claim is not None and claim.type == POLICY_ACTION


def test_should_of_a_government_urged_to_act_stays_opinion(tmp_path):
    claim, art = _claim(tmp_path, "Washington should ban exports of tin to China.")
    assert claim is None
    assert any("opinion" in n.reason and "should" in n.reason for n in art.non_claims)


def test_should_of_a_bound_party_without_a_licence_or_ban_stays_opinion(tmp_path):
    assert opinions.is_opinion("Exporters of tin should look for new buyers.")
    assert not opinions.is_opinion("Exporters of tin should apply for export licences.")


def test_should_of_a_bound_party_arguing_for_a_licence_stays_opinion(tmp_path):
    # review of round 30: only a verb of complying after "should" states the rule
    # (`complying_verbs`); "should be allowed / permitted to" argues for a policy
    text = "Tin exporters should be allowed to obtain licences to sell to Ruritania."
    claim, art = _claim(tmp_path, text)
    assert claim is None
    assert any("opinion" in n.reason and "should" in n.reason for n in art.non_claims)
    assert opinions.is_opinion("Importers should be permitted to get licences for tin.")
    assert not opinions.is_opinion("Importers of tin should obtain licences first.")


def test_the_complying_verb_may_follow_the_modal_after_any_blanks():
    """The pattern's own leading blanks (round 31, clean31: was a helper counting them)."""
    for text in ("Exporters should apply for licences", "Exporters should \n  obtain licences"):
        modal = re.search(r"should", text)
        assert states_requirement(text, modal), text
    for text in ("Exporters should be allowed to obtain licences", "Exporters shouldapply"):
        modal = re.search(r"should", text)
        assert not states_requirement(text, modal), text
