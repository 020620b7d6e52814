"""An order not to enforce a measure relaxes it ("instructed officials not to enforce the
rule", blind30), but after another measure word of the claim it only tells how that measure
was applied ("imposed export controls on gallium in July 2023 but did not enforce them at
first"): the claim's act is the first one (round 28, dt23). Made-up sentences."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.article import measure_reading
from analysis.vocab import Label


def test_an_order_not_to_enforce_alone_is_a_relaxation():
    assert measure_reading.action(
        "The White House instructed officials not to enforce the rule."
    ) == ("relaxation")


def test_not_enforcing_after_the_claim_s_own_act_does_not_make_it_a_relaxation():
    text = "China imposed export controls on gallium in July 2023 but did not enforce them."
    assert measure_reading.action(text) == "restriction"


def test_a_relaxation_cue_after_the_act_still_relaxes():
    # the twin: other relaxation words keep their reading wherever they stand
    assert measure_reading.action(
        "Beijing restricted gallium exports and then lifted the curbs."
    ) == ("relaxation")


def test_the_restriction_is_no_longer_compared_with_a_later_suspension(tmp_path):
    # read as a relaxation of July 2023, the claim was refuted by the suspension of 2025;
    # the controls of July 2023 are in the catalog
    text = (
        "China imposed export controls on gallium in July 2023 but did not enforce them at first."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-12-01"), "imposed export controls")
    assert x.claim.frame.action != "relaxation"
    assert x.verdict != Label.UNSUPPORTED, x.rationale
