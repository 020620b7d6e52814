"""A measure kept in force after "will" (docs/factcheck-log.md, "Decidable measure claims that
abstained", round 30, branch fcm30): "will still", "will maintain" say that a measure in
force stays, so the claim is checked against the measures in force, not confined to those
announced in the days before the article as a measure to come is ("will impose": not
checkable when none was). Made-up sentences."""

from __future__ import annotations

from pathlib import Path

from conftest import dated_verdicts, verdict_about

from analysis.article import claim_words
from analysis.evidence.model import Verdict
from analysis.vocab import Label

_DAY = "2024-03-01"  # months after China's gallium and germanium licensing took effect


def _verdict(tmp_path: Path, text: str) -> Verdict:
    return verdict_about(dated_verdicts(tmp_path, text, _DAY), "gallium")


def test_a_measure_kept_in_force_is_checked(tmp_path):
    x = _verdict(tmp_path, "Beijing will still apply its export controls on gallium and germanium.")
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_its_twin_to_come_stays_not_checkable(tmp_path):
    x = _verdict(tmp_path, "Beijing will impose export controls on gallium and germanium.")
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    assert "as to come" in x.rationale, x.rationale


def test_the_kept_words_are_lexicon_words():
    kept = claim_words.patterns()["measure_kept"]
    assert kept.search("will maintain") and kept.search("would still")
    assert not kept.search("will revoke") and not kept.search("will drop")


def test_more_measures_to_come_after_continue_to_impose_stay_not_checkable(tmp_path):
    """'continue' or 'keep' then "to" and a verb of imposing, or a gerund: an act going on,
    more measures to come, not one kept in force (review of round 30)."""
    for text in (
        "Beijing will continue to impose export controls on gallium and germanium.",
        "Beijing will keep tightening export controls on gallium and germanium.",
    ):
        x = _verdict(tmp_path, text)
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
        assert "as to come" in x.rationale, (text, x.rationale)


def test_a_kept_measure_not_followed_by_an_act_is_still_checked(tmp_path):
    x = _verdict(tmp_path, "Beijing will keep export controls on gallium and germanium in place.")
    assert x.verdict == Label.SUPPORTED, x.rationale
