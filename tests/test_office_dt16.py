"""Office claims the differential test of fixj14 and blind15 (branch dt16) found decided
wrongly on made-up sentences, keyed by hand from the officials table: a leading phrase of
time that dates nothing does not make an office begun after the article's date undecidable;
"Under Secretary X, ..." is a title before a name, not an era under X. Rules:
docs/factcheck.md, "office held"."""

from __future__ import annotations

import datetime as dt

from conftest import office_labels as _verdicts
from test_office_review import (
    _after,
    _office,
    _offices,  # noqa: F401 (this file's helper name)
)

from analysis.vocab import Label


def test_an_undated_leading_phrase_keeps_an_office_not_yet_begun_unsupported(tmp_path):
    lutnick = _office("Howard Lutnick", "commerce", ended=False)
    before = lutnick.start - dt.timedelta(days=400)
    for lead in ("After the talks", "Under pressure from lawmakers", "Before the vote"):
        text = f"{lead}, Commerce Secretary Howard Lutnick said the licences would wait."
        assert _verdicts(tmp_path, text, before, "Lutnick") == [Label.UNSUPPORTED], text
    # an office ended by the article's date: the act may have fallen in it (unchanged)
    ross = _office("Wilbur Ross", "commerce")
    text = "After the talks, Commerce Secretary Wilbur Ross said the licences would wait."
    assert _verdicts(tmp_path, text, _after(ross, 300), "Ross") == [Label.NOT_CHECKABLE]


def test_under_secretary_opening_a_sentence_is_a_title_not_an_era(tmp_path):
    estevez = _office("Alan Estevez", "under", ended=False)
    tai = _office("Katherine Tai", "trade")
    assert estevez.start <= tai.end  # the era would overlap Tai's office
    day = _after(tai, 200)
    text = "Under Secretary Alan Estevez, Trade Representative Katherine Tai said tariffs stay."
    assert _verdicts(tmp_path, text, day, "Tai") == [Label.UNSUPPORTED]
    # an era under a president still dates the act (unchanged)
    text = "Under President Joe Biden, Trade Representative Katherine Tai said tariffs stay."
    assert _verdicts(tmp_path, text, day, "Tai") == [Label.SUPPORTED]
