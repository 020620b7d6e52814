"""The measure a claim answers, named after its act with no comma ("a ban on minerals ...
following Washington's crackdown on China's chip sector", "an outright ban in response to new
curbs imposed on its chip sector"): the goods after it are that measure's, not the claim's
(`answered_measure` in data/lexicon/claims.yaml, `frames.read`). Blind batches of round 25/26:
Squidsite02 and Share Talk read the chip sector as the goods of China's mineral ban.
Made-up sentences; each of the first three fails without the change."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.article import claim_words
from analysis.vocab import Label


def _frame(tmp_path, text: str, words: str, published: str = "2024-12-10"):
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def test_goods_after_a_response_phrase_are_the_answered_measure_s(tmp_path):
    x = _frame(
        tmp_path,
        "Beijing said China banned exports of gallium to the US in response to new curbs "
        "on its semiconductor industry.",
        "banned exports of gallium",
    )
    assert x.claim.frame.goods == ("gallium",)


def test_goods_after_following_a_possessive_measure_are_the_other_side_s(tmp_path):
    x = _frame(
        tmp_path,
        "China restricted exports of graphite following Washington's newest crackdown on "
        "chips, officials said.",
        "restricted exports of graphite",
    )
    assert x.claim.frame.goods == ("graphite",)


def test_goods_referred_back_to_before_the_response_phrase_are_kept(tmp_path):
    text = (
        "China controls gallium and germanium. On 3 December 2024 China banned exports of "
        "the two metals to the United States in response to new US curbs on chips."
    )
    x = _frame(tmp_path, text, "banned exports of the two metals")
    assert set(x.claim.frame.goods) == {"gallium", "germanium"}
    assert x.verdict == Label.SUPPORTED


def test_twin_a_decided_ban_stays_decided(tmp_path):
    # the same ban with its goods named, the answered curbs after it: still decided
    x = _frame(
        tmp_path,
        "On 3 December 2024 China banned exports of gallium, germanium and antimony to the "
        "United States following new US curbs on chips.",
        "China banned exports",
    )
    assert set(x.claim.frame.goods) == {"gallium", "germanium", "antimony"}
    assert x.verdict == Label.SUPPORTED


def test_twin_a_response_phrase_opening_the_clause_keeps_the_goods_after_it(tmp_path):
    # nothing before the phrase: the goods after it are the claim's own act's
    x = _frame(
        tmp_path,
        "Following US curbs on chips, China banned exports of gallium to the United States "
        "on 3 December 2024.",
        "China banned exports of gallium",
    )
    assert "gallium" in x.claim.frame.goods


def test_the_phrase_needs_a_measure_noun():
    p = claim_words.patterns()["answered_measure"]
    assert p.search("a ban on gallium following Washington's latest crackdown on chips")
    assert p.search("a ban in response to new curbs imposed on its chip sector")
    assert p.search("a ban in response to new listings of its chip firms")
    assert not p.search("a ban on gallium following talks on chips")
