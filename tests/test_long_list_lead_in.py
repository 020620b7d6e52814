"""A list longer than `lead_in.MAX_ITEMS` lines (round 43, tariff43): the list lines of the
run above a line do not count toward the look-back, so the 14th line of a list of rates
("Syringes and needles: Increase rate to 50% in 2024") still takes its lead-in's tariff;
prose lines still end the look-back past MAX_ITEMS."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.article import lead_in
from analysis.vocab import Label

_LEAD = "The USTR announced the following tariff increases on Chinese goods:"
_FILLER = [f"Product group {n}: Increase rate to 25% in 2026" for n in range(1, 14)]
_LAST = "Syringes and needles: Increase rate to 50% in 2024"


def _text(lines: list[str]) -> str:
    return "\n\n".join([_LEAD, *lines, _LAST])


def test_the_last_line_of_a_long_list_takes_its_lead_in(tmp_path) -> None:
    assert len(_FILLER) > lead_in.MAX_ITEMS
    found = dated_verdicts(tmp_path, _text(_FILLER), "2024-05-15")
    x = verdict_about(found, "Increase rate to 50% in 2024")
    assert x.rule == "tariff rate", x.rationale
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_prose_lines_past_the_limit_end_the_look_back(tmp_path) -> None:
    prose = [f"Officials spoke about group {n} for a while" for n in range(1, 14)]
    found = dated_verdicts(tmp_path, _text(prose), "2024-05-15")
    last = [x for x in found if "Increase rate to 50% in 2024" in x.claim.text]
    assert all(x.rule != "tariff rate" for x in last)
