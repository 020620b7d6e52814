"""A tariff level given as a fraction ("Trump announced reciprocal tariffs of half", "tariffs
of about a quarter on Chinese goods") is a fraction of a base the claim does not state in
percent (the partner's own rates, an earlier level): the catalog's rates do not decide it,
where the fraction was ignored and any tariff of the side "supported" it (round 38, fx38c:
Newstalk ZB). A change by a fraction, a loose word and a share of the goods taxed keep their
readings. Made-up sentences."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.evidence import catalog_scope
from analysis.vocab import Label

DAY = "2025-04-05"


def test_a_tariff_given_as_a_fraction_is_not_checkable(tmp_path):
    for text, words in (
        ("Trump announced reciprocal tariffs of half.", "tariffs of half"),
        ("The US imposed tariffs of about a quarter on Chinese goods.", "about a quarter"),
    ):
        x = verdict_about(dated_verdicts(tmp_path, text, DAY), words)
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "as a fraction" in x.rationale, x.rationale
        assert catalog_scope.fraction_rate(x.claim.frame, x.claim.text)


def test_a_rate_a_change_a_loose_word_and_a_share_of_goods_are_not_fractions(tmp_path):
    for text, words in (
        ("Trump announced tariffs of 34% on Chinese goods.", "tariffs of 34%"),
        ("China cut its tariffs on US goods by half.", "by half"),
        ("China suspended most of its tariffs on US goods.", "most of its tariffs"),
        ("The US put tariffs on half of Chinese goods.", "half of Chinese goods"),
    ):
        x = verdict_about(dated_verdicts(tmp_path, text, DAY), words)
        assert "as a fraction" not in x.rationale, (text, x.rationale)
        assert x.claim.frame is not None
        assert not catalog_scope.fraction_rate(x.claim.frame, x.claim.text), text
