"""A listing's parties counted by place in a sentence after the listing ("China (23)", "11 in
China", "Sixty-one of the new additions were from China"): China's figure is a count of the
listing's Chinese parties, checked against the rule's `china_added` (`place_counts`,
`count_checks`; round 35, fx35b: BIS, Global News HQ, Telecoms.com, World Ports). Made-up
sentences on real rows of `entity_list_rules` (el-2024-04-11: 11 entries, 6 under China;
el-2025-09-16: 32 entries, 23 under China)."""

from __future__ import annotations

from conftest import dated_verdicts as _verdicts
from conftest import verdict_about as _about

from analysis.article import place_counts
from analysis.vocab import Label

_APRIL = "The Commerce Department added 11 entities to the Entity List on April 11, 2024. "
_SEPTEMBER = "The Commerce Department added 32 entities to the Entity List on September 12, 2025. "


def _china(tmp_path, lead: str, text: str, published: str, words: str = "China"):
    """The verdict on the claim of sentence `text` holding `words`, after the listing `lead`."""
    return _about(_verdicts(tmp_path, lead + text, published), words)


def test_china_s_figure_after_the_place_decides(tmp_path):
    text = "The 11 entities are under the destinations of China (6), Russia (3), and the UAE (2)."
    x = _china(tmp_path, _APRIL, text, "2024-04-12")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert x.claim.frame.quantity.of == place_counts.IN_CHINA
    assert x.claim.frame.quantity.value == 6
    wrong = text.replace("(6)", "(9)")
    assert _china(tmp_path, _APRIL, wrong, "2024-04-12").verdict == Label.UNSUPPORTED


def test_an_abbreviation_and_a_figure_before_the_place(tmp_path):
    x = _china(
        tmp_path,
        _SEPTEMBER,
        "These entities span several countries, including the People's Republic of China "
        "(PRC) (23), India (1) and Turkey (3).",
        "2025-09-13",
        "(PRC) (23)",
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
    x = _china(
        tmp_path, _SEPTEMBER, "Twenty-three of the new additions were from China.", "2025-09-13"
    )
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert x.claim.frame.quantity.value == 23


def test_no_count_by_place_without_a_listing_or_parties_or_for_a_part(tmp_path):
    # no listing told before: the sentence stays no claim
    found = _verdicts(tmp_path, "The 11 entities are in China (6) and Russia (5).", "2024-04-12")
    assert not [x for x in found if "Russia" in x.claim.text]
    # a part of the parties by reason ("and have enabled ..."): no count of China's parties
    found = _verdicts(
        tmp_path,
        _SEPTEMBER + "Of the 32 new entries, 20 are based in China and have supplied drones.",
        "2025-09-13",
    )
    assert all(
        x.claim.frame is None
        or x.claim.frame.quantity is None
        or x.claim.frame.quantity.of != place_counts.IN_CHINA
        for x in found
    )


def test_no_count_by_place_of_a_listing_told_further_back(tmp_path):
    # a survey's firms counted by place two sentences after the listing, in a paragraph of its
    # own: not the listing's parties (review of round 35: it was "unsupported" against the
    # rule's 6 Chinese entries)
    text = (
        _APRIL
        + "The move follows earlier actions against Huawei.\n\n"
        + "A survey of 500 American manufacturers found that most rely on Asian suppliers. "
        + "Of those companies, 120 are based in China."
    )
    found = _verdicts(tmp_path, text, "2024-04-12")
    assert all(
        x.claim.frame is None
        or x.claim.frame.quantity is None
        or x.claim.frame.quantity.of != place_counts.IN_CHINA
        for x in found
    ), [(x.claim.text, x.verdict) for x in found]
    # right after the listing, the same sentence still counts its Chinese parties
    x = _china(tmp_path, _APRIL, "Of those entities, 6 are based in China.", "2024-04-12")
    assert x.claim.frame.quantity.of == place_counts.IN_CHINA
    assert x.verdict == Label.SUPPORTED, x.rationale
