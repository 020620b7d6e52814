"""A figure inside a clause about the measure answered ("responded to the earlier 10%
tariff with ...") and the rate a claim says was replaced ("from 34 per cent to 80 per
cent") are not the claim's quantity; a raise from a stated rate to a new one is the
actor's one measure that replaced that rate, whose rate decides the new one (round 28,
fcx20; NDTV Profit, blind21, and Premium Times, blind24). Made-up sentences; the readings
fail without the change, the twins hold with and without it."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.article import claim_words, measure_reading
from analysis.vocab import Label


def _verdict(tmp_path, text: str, words: str, published: str = "2025-04-11"):
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def test_the_answered_measure_s_rate_is_not_the_claim_s(tmp_path):
    x = _verdict(
        tmp_path,
        "China responded to the earlier 10% tariff with import taxes on US coal.",
        "responded to the earlier",
        "2025-03-04",
    )
    assert x.claim.frame.quantity is None


def test_twin_a_rate_the_response_sets_is_the_claim_s(tmp_path):
    x = _verdict(
        tmp_path, "China responded with a 10% tariff on US coal.", "responded with", "2025-03-04"
    )
    assert x.claim.frame.quantity is not None and x.claim.frame.quantity.value == 10


def test_answered_spans_cover_the_answered_measure_only():
    text = "China retaliated against the 25% US tariffs with 10% duties on soybeans."
    spans = measure_reading.answered_spans(text)
    assert any(a <= text.index("25%") < b for a, b in spans)
    assert not any(a <= text.index("10%") < b for a, b in spans)
    assert not measure_reading.answered_spans("In response to the move, China set 10% tariffs.")
    # a phrase opening the clause tells a measure of its own: its figure is read
    assert not measure_reading.answered_spans("In May, after the US set 25% tariffs, China acted.")


def test_the_old_rate_is_not_the_claim_s_quantity_and_the_step_decides(tmp_path):
    x = _verdict(
        tmp_path,
        "The US President increased duties on Chinese goods from 34 per cent to 80 per cent.",
        "increased duties",
    )
    assert x.claim.frame.quantity.value == 80
    assert x.verdict == Label.UNSUPPORTED  # the raise from 34% set 84%


def test_twin_the_right_new_rate_is_borne_out(tmp_path):
    x = _verdict(
        tmp_path,
        "The US President increased duties on Chinese goods from 34 per cent to 84 per cent.",
        "increased duties",
    )
    assert x.verdict in (Label.SUPPORTED, Label.PARTLY)


def test_twin_a_rate_with_no_replaced_rate_is_the_quantity(tmp_path):
    x = _verdict(tmp_path, "The US raised tariffs on Chinese goods to 25%.", "raised tariffs")
    assert x.claim.frame.quantity.value == 25


def test_a_total_over_several_duties_is_not_one_measure_s_rate(tmp_path):
    # NCC Washington Report's and The Independent's shape: a total no one measure sets
    x = _verdict(
        tmp_path,
        "On 2 April 2025 the US set a 34% tariff on Chinese goods, a combined total of 54% "
        "tariffs with the earlier duty.",
        "a combined total of 54%",
    )
    assert x.verdict == Label.NOT_CHECKABLE


def test_twin_a_rate_without_a_total_word_is_checked(tmp_path):
    x = _verdict(
        tmp_path, "On 2 April 2025 the US set a 54% tariff on Chinese goods.", "a 54% tariff"
    )
    assert x.verdict == Label.UNSUPPORTED
    assert claim_words.patterns()["rate_total"].search("the total tariff charged on cars")


def test_twin_a_total_of_products_is_no_total_of_duties(tmp_path):
    """'a total of 818 products' counts goods: the rate of the one measure is checked."""
    said = "On 6 July 2018 the US imposed 25% tariffs on a total of 818 Chinese products."
    plain = said.replace("a total of ", "")
    x, y = _verdict(tmp_path, said, "25% tariffs"), _verdict(tmp_path, plain, "25% tariffs")
    assert x.verdict == y.verdict == Label.SUPPORTED, (x.rationale, y.rationale)


def test_a_rate_brought_in_by_with_after_the_answered_side_is_the_claim_s(tmp_path):
    # dt23: "retaliated against the US with a 50% tariff": the tariff after "with" is the
    # claim's own act, not a measure answered; China's tariff on all US goods of that day
    # was 34%, so the claim's 50% is refuted (it was read as no rate, and supported)
    text = "Beijing retaliated against the US with a 50% tariff on all US goods on April 4, 2025."
    assert not any(a <= text.index("50%") < b for a, b in measure_reading.answered_spans(text))
    x = _verdict(tmp_path, text, "retaliated against the US", "2025-06-01")
    assert x.claim.frame.quantity is not None and x.claim.frame.quantity.value == 50
    assert x.verdict == Label.UNSUPPORTED


def test_a_rate_brought_in_by_by_after_the_answered_side_is_the_claim_s():
    text = "China hit back at Washington by imposing 50% duties on all US goods."
    assert not any(a <= text.index("50%") < b for a, b in measure_reading.answered_spans(text))


def test_a_rate_brought_by_a_passive_by_is_the_answered_measure_s(tmp_path):
    """'after being hit by 54% US tariffs': the 54% is the answered measure's; the claim's
    own tariff of that day is checked without it (dt23's stop at 'by' is for the claim's
    own act, 'retaliated against the US by imposing ...')."""
    text = (
        "China imposed tariffs on all US goods on 4 April 2025 after being hit by 54% US tariffs."
    )
    x = _verdict(tmp_path, text, "after being hit", "2025-05-01")
    assert x.claim.frame.quantity is None and x.verdict == Label.SUPPORTED, x.rationale


# blind29's cases (EFA News, NDTV Profit): a clause of sequence after a comma and a
# measure named after a word of response; the twins keep a claim's own rate decided.


def test_a_rate_in_a_following_clause_is_not_the_claim_s(tmp_path):
    x = _verdict(
        tmp_path,
        "China's duties on US pork take effect on March 10, following the rise to 20% of "
        "American tariffs on Chinese goods.",
        "duties on US pork",
        "2025-03-04",
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
    """Both patterns of the answered measure (its goods, `answered_measure`; its figures,
    `answered_figure`) read a figure among the words before the measure noun."""
    for name in ("answered_measure", "answered_figure"):
        p = claim_words.patterns()[name]
        assert p.search("China responded to the earlier 10% tariff with duties"), name
        assert p.search("in answer to the new 34% tariffs"), name
        assert not p.search("China responded to the talks with a statement"), name


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
