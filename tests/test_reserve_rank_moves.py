"""A place in reserves that moved between two USGS editions ("from second ... down to
6th"): the place after the move in the newest edition out, the place before it in the
edition before (docs/factcheck.md, "Counts over several rounds, running totals and ranks
that moved (round 34, branch fx34c)"). Made-up sentences; the places are the bundled
rare-earth reserves' (Vietnam second in MCS 2024, sixth in MCS 2025)."""

from __future__ import annotations

from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label


def _moved(tmp_path, text: str):
    return verdict_about(dated_verdicts(tmp_path, text, "2025-03-20"), "from second")


def test_a_move_both_editions_hold_is_supported(tmp_path):
    text = (
        "A USGS revision took Vietnam from second place among the largest holders of rare earth "
        "reserves down to sixth."
    )
    x = _moved(tmp_path, text)
    assert x.verdict == Label.SUPPORTED, x.rationale
    assert x.rule == "rank of reserves"
    assert "MCS 2024" in x.rationale and "MCS 2025" in x.rationale


def test_a_move_to_a_place_the_newer_edition_does_not_give_is_unsupported(tmp_path):
    text = (
        "A USGS revision took Vietnam from second place among the largest holders of rare earth "
        "reserves down to fourth."
    )
    x = _moved(tmp_path, text)
    assert x.verdict == Label.UNSUPPORTED, x.rationale
