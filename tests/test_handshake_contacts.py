"""A handshake is a meeting ("X shakes hands with Y in Beijing on June 19, 2023", the
caption of a photo): the contact's people, place and day against the timeline, as for
"met" (round 32, branch fck32)."""

from __future__ import annotations

from conftest import first_verdict_with

from analysis.vocab import Label


def test_a_handshake_on_a_recorded_day_is_supported(tmp_path):
    # Blinken was in Beijing on 18-19 June 2023 and met Xi Jinping there
    text = (
        "Secretary of State Antony Blinken shakes hands with China's President Xi Jinping "
        "in Beijing on June 19, 2023."
    )
    x = first_verdict_with(tmp_path, text, "2023-06-20", "shakes hands")
    assert x.rule == "event dates"
    assert x.verdict == Label.SUPPORTED
    assert x.evidence and x.evidence[0].dataset == "visits"


def test_a_handshake_on_another_day_is_not_supported(tmp_path):
    text = (
        "Secretary of State Antony Blinken shook hands with China's President Xi Jinping "
        "in Beijing on March 2, 2023."
    )
    x = first_verdict_with(tmp_path, text, "2023-06-20", "shook hands")
    assert x.rule == "event dates"
    assert x.verdict == Label.UNSUPPORTED
    assert "not 2023-03-02" in x.rationale
