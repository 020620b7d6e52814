"""A measure whose title names the claim's firm is the claim's measure, whatever goods the
claim names besides: "Huawei is on a US Commerce Department blacklist, which prevents it
from receiving ... TSMC chips" is the Huawei listing, not a chip measure naming other firms
(round 37, fx37d)."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label


def test_the_listing_naming_the_firm_decides(tmp_path):
    text = (
        "Huawei is on a US Commerce Department blacklist, which prevents it from receiving US "
        "goods and technology, as well as components manufactured abroad with US technology, "
        "such as TSMC chips."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-06-14"), "Huawei is on")
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert "Huawei" in x.rationale, x.rationale
