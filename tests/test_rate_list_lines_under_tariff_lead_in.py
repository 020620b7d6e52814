"""List lines of rates with no word of their own under a lead-in of tariffs (round 34,
fx34t): "• Syringes, from 0% to 50% soon." is read as a share for want of an
action; under "Further duty increases on Chinese goods include:" its percentages are the
rates of the lead-in's tariff, and the line inherits the lead-in's frame. Under a lead-in
that tells no tariff the line stays as it was."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label

_LEAD = "Further duty increases on Chinese goods include:"
_LINES = "\n\n• Syringes, from 0% to 50% soon.\n\n• Semiconductors, from 25% to 45% in 2025."
_BEFORE = "The White House raised tariffs on Chinese electric vehicles to 100% on 14 May 2024.\n\n"


def test_rate_line_under_tariff_lead_in_is_a_tariff(tmp_path) -> None:
    found = dated_verdicts(tmp_path, _BEFORE + _LEAD + _LINES, "2024-05-15")
    syringes = verdict_about(found, "0% to 50% soon")
    assert syringes.verdict == Label.SUPPORTED
    assert syringes.rule == "tariff rate"
    assert "syringes and needles: 50%" in syringes.rationale
    chips = verdict_about(found, "25% to 45% in 2025")
    assert chips.verdict == Label.UNSUPPORTED  # the table's semiconductors row sets 50%
    assert chips.rule == "tariff rate"


def test_rate_line_under_other_lead_in_is_no_tariff(tmp_path) -> None:
    lead = "Shares of Chinese makers in world output include:"
    found = dated_verdicts(tmp_path, _BEFORE + lead + _LINES, "2024-05-15")
    syringes = [x for x in found if "0% to 50% soon" in x.claim.text]
    assert all(x.rule != "tariff rate" for x in syringes)
