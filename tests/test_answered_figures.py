"""The figures of the measure a claim answers or follows are that measure's, not the claim's:
a clause of sequence after a comma (", following the increase to 20% of US duties") and a
measure named after a word of sequence or response ("responded to the earlier 10% tariff")
(`frames.answered_spans`, used by `frames.read` for the frame's quantity and by
`tariff_checks.stated` for the rates stated). Classes of two outlets: EFA News (blind29) and
NDTV Profit (blind21). Made-up sentences; the first three fail without the change, the
twins keep a claim's own rate decided."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.article import claim_words
from analysis.vocab import Label


def _verdict(tmp_path, text: str, words: str, published: str = "2025-03-04"):
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def test_a_rate_in_a_following_clause_is_not_the_claim_s(tmp_path):
    x = _verdict(
        tmp_path,
        "China's duties on US pork take effect on March 10, following the rise to 20% of "
        "American tariffs on Chinese goods.",
        "duties on US pork",
    )
    assert x.claim.frame.quantity is None
    assert x.verdict != Label.UNSUPPORTED


def test_a_rate_of_the_measure_responded_to_is_not_the_claim_s(tmp_path):
    x = _verdict(
        tmp_path,
        "Beijing responded to the earlier 10% levy with new tariffs on American coal.",
        "new tariffs on American coal",
        published="2025-02-05",
    )
    assert x.claim.frame.quantity is None


def test_the_answered_phrase_may_hold_a_figure():
    p = claim_words.patterns()["answered_measure"]
    assert p.search("China responded to the earlier 10% tariff with duties")
    assert p.search("in answer to the new 34% tariffs")
    assert not p.search("China responded to the talks with a statement")


def test_twin_a_claim_s_own_rate_before_the_clause_is_checked(tmp_path):
    x = _verdict(
        tmp_path,
        "China put a 15% tariff on US coal on 4 February 2025, following the 10% tariff "
        "Washington imposed.",
        "15% tariff on US coal",
        published="2025-02-05",
    )
    assert x.claim.frame.quantity is not None and x.claim.frame.quantity.value == 15
    assert x.verdict == Label.SUPPORTED


def test_twin_a_wrong_own_rate_stays_decided(tmp_path):
    x = _verdict(
        tmp_path,
        "China put a 35% tariff on US coal on 4 February 2025, following the 10% tariff "
        "Washington imposed.",
        "35% tariff on US coal",
        published="2025-02-05",
    )
    assert x.verdict == Label.UNSUPPORTED
