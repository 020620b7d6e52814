"""Detection and time in straight news (batch fcd8): made-up sentences. Rules:
docs/factcheck.md ("a relaxation of curbs", "this weekday") and docs/article.md."""

from __future__ import annotations

from conftest import dated_article

from analysis.evidence import factcheck
from analysis.vocab import Label


def _verdicts(tmp_path, text, published):
    return factcheck.check(dated_article(tmp_path, text, published))


def test_curbs_suspended_are_an_export_control_relaxation_not_a_tariff_cut(tmp_path):
    # China's catalogued relaxations before mid-2024 are tariff cuts and exclusions that
    # name no goods; none of them can be a suspension of curbs on tungsten
    (x,) = _verdicts(
        tmp_path,
        "Beijing said on Monday it would suspend its curbs on tungsten exports for a year.",
        "2024-06-03",
    )
    assert x.claim.frame.action == "relaxation", x.claim.frame
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale

