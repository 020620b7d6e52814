"""A dated measure claim naming its issuing body, whose dates fit no measure of that body:
the nearest measure it is set against is one that body issued, never a row the issuer filter
had ruled out (before, such a row was picked from the claim's goods alone and the check
raised a KeyError, leaving the claim not checkable with a warning; docs/factcheck-log.md,
"Blind batch of round 26 (branch blind22)"). Made-up sentences."""

from __future__ import annotations

import warnings

from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label

_DAY = "2025-11-09"  # the day of China's suspension of its Ga/Ge/Sb ban for the US
_TEXT = (
    "China announced on Sunday the suspension of an export ban on metals used in "
    "semiconductors. The Chinese Commerce Ministry revealed that the suspension of these "
    "restrictions, initially set in place in December 2024, will last until Nov. 27, 2026."
)


def _verdicts(tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        found = dated_verdicts(tmp_path, _TEXT, _DAY)
    return found, [str(w.message) for w in caught if "check failed" in str(w.message)]


def test_the_nearest_measure_is_one_the_named_body_issued(tmp_path):
    found, failed = _verdicts(tmp_path)
    assert not failed, failed
    x = verdict_about(found, "Commerce Ministry revealed")
    assert "check failed" not in x.rationale, x.rationale
    ids = {k for e in x.evidence for k in e.values}
    assert ids and all(i.startswith("chn-2025-11-09") for i in ids), ids


def test_the_sentence_before_stays_decided(tmp_path):
    # control: the suspension told with its day and goods is still supported
    found, _ = _verdicts(tmp_path)
    x = verdict_about(found, "announced on Sunday the suspension")
    assert x.verdict == Label.SUPPORTED, x.rationale
