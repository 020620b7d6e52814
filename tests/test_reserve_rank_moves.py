"""A place in reserves that moved between two USGS editions ("from second ... down to
6th"): the place after the move in the newest edition out, the place before it in the
edition before (docs/factcheck-log.md, "Counts over several rounds, running totals and ranks
that moved (round 34, branch fx34c)"). Made-up sentences; the places are the bundled
rare-earth reserves' (Vietnam second in MCS 2024, sixth in MCS 2025)."""

from __future__ import annotations

import pytest
from conftest import dated_verdicts, verdict_about

from analysis.vocab import Label


@pytest.mark.parametrize(
    ("place", "label"), [("sixth", Label.SUPPORTED), ("fourth", Label.UNSUPPORTED)]
)
def test_a_move_is_checked_in_the_newest_edition_and_the_one_before(tmp_path, place, label):
    text = (
        "A USGS revision took Vietnam from second place among the largest holders of rare "
        f"earth reserves down to {place}."
    )
    x = verdict_about(dated_verdicts(tmp_path, text, "2025-03-20"), "from second")
    assert (x.verdict, x.rule) == (label, "rank of reserves"), x.rationale
    assert "place 2 in rare earths reserves in MCS 2024 and place 6 in MCS 2025" in x.rationale
