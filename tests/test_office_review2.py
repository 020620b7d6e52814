"""Office claims read from titles, as a second differential review found them wrong (round
23, review dt14d of fixh14's merge; branch fixi14), on made-up sentences: only the clause's
own time dates a titled official's act, and only their own title's rank words count. Rules:
docs/factcheck.md, "office held"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import office_verdicts as _offices
from test_office_review import _after, _office, _year_inside

from analysis.vocab import Label


def _verdict(tmp_path: Path, text: str, day: dt.date, name: str) -> Label:
    (x,) = [v for v in _offices(tmp_path, text, day) if name in v.claim.text]
    return x.verdict


def test_a_date_that_is_not_the_clauses_own_time_keeps_the_articles_date(tmp_path):
    lutnick = _office("Howard Lutnick", "commerce", ended=False)
    bessent = _office("Scott Bessent", "treasury", ended=False)
    day = max(lutnick.start, bessent.start) + dt.timedelta(days=100)
    past = lutnick.start.year - 5
    for text in (
        # a start, a year as an adjective, a participle clause, a noun's date
        f"Commerce Secretary Howard Lutnick said China had cheated since {past}.",
        f"Treasury Secretary Scott Bessent criticised the {past} trade deal.",
        f"Commerce Secretary Howard Lutnick defended the rules issued in October {past}.",
        f"Commerce Secretary Howard Lutnick recalled the crisis of {past}.",
        # in other words
        f"Treasury Secretary Scott Bessent has blamed Beijing for unfair trade since {past}.",
        f"Commerce Secretary Howard Lutnick praised his {past} speech in Beijing.",
        f"Treasury Secretary Scott Bessent opposed the duties imposed in {past}.",
    ):
        (x,) = _offices(tmp_path, text, day)
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)


def test_what_a_speaker_reports_does_not_date_the_speakers_title(tmp_path):
    ross = _office("Wilbur Ross", "commerce")
    year, later = _year_inside(ross), _after(ross, 900)
    for text in (
        f"Commerce Secretary Wilbur Ross said exports fell sharply in {year}.",
        f"Commerce Secretary Wilbur Ross argued that the deficit grew in {year}.",
    ):
        (x,) = _offices(tmp_path, text, later)
        assert x.verdict == Label.UNSUPPORTED, (text, x.rationale)
    # the saying's own date, the act's own date: still the clause's time
    for text in (
        f"Commerce Secretary Wilbur Ross said in {year} that the tariffs worked.",
        f"Commerce Secretary Wilbur Ross told reporters in {year} that talks were useful.",
        f"Commerce Secretary Wilbur Ross visited a steel mill in {year}.",
        # a verb that tells of saying or of an act: the act
        f"Commerce Secretary Wilbur Ross added 20 firms to the Entity List in {year}.",
        f"Commerce Secretary Wilbur Ross cited 12 companies for fraud in {year}.",
        # other officials listed with the speaker share the verb and its date
        f"Commerce Secretary Wilbur Ross, Treasury Secretary Steven Mnuchin and Trade "
        f"Representative Robert Lighthizer visited Beijing in {year}.",
    ):
        assert _verdict(tmp_path, text, later, "Wilbur Ross") == Label.SUPPORTED, text


def test_only_the_persons_own_title_gives_rank_words(tmp_path):
    lutnick = _office("Howard Lutnick", "commerce", ended=False)
    wang = _office("Wang Wentao", "commerce", ended=False)
    day = max(lutnick.start, wang.start) + dt.timedelta(days=100)
    for text, name in (
        (
            "The U.S. team was led by Vice President JD Vance and Commerce Secretary Howard "
            "Lutnick.",
            "Howard Lutnick",
        ),
        (
            "The delegation, led by Vice Premier He Lifeng and Commerce Minister Wang Wentao, "
            "arrived in London.",
            "Wang Wentao",
        ),
        # in other words: a deputy's title before the name's own
        (
            "Washington was represented by Deputy Secretary of State Christopher Landau and "
            "Commerce Secretary Howard Lutnick.",
            "Howard Lutnick",
        ),
    ):
        assert _verdict(tmp_path, text, day, name) == Label.SUPPORTED, text


def test_former_and_now_are_read_from_the_persons_own_title(tmp_path):
    tai = _office("Katherine Tai", "trade")
    raimondo = _office("Gina Raimondo", "commerce")
    inside = tai.start + (tai.end - tai.start) / 2
    for text in (
        "The panel was led by former Trade Representative Robert Lighthizer and Trade "
        "Representative Katherine Tai.",
        "The hearing was opened by former Commerce Secretary Wilbur Ross and Trade "
        "Representative Katherine Tai.",
    ):
        assert _verdict(tmp_path, text, inside, "Katherine Tai") == Label.SUPPORTED, text
    # "current" of the rules, not of the title: the act's date, when the title was held
    year = _year_inside(raimondo)
    for text in (
        f"The current rules were written in {year} by Commerce Secretary Gina Raimondo.",
        f"The current strategy was set out in {year} by Commerce Secretary Gina Raimondo.",
    ):
        (x,) = _offices(tmp_path, text, _after(raimondo))
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)


def test_since_then_is_a_time_not_a_title_no_longer_held(tmp_path):
    lutnick = _office("Howard Lutnick", "commerce", ended=False)
    bessent = _office("Scott Bessent", "treasury", ended=False)
    day = max(lutnick.start, bessent.start) + dt.timedelta(days=100)
    for text, name in (
        ("Since then Commerce Secretary Howard Lutnick has added more firms.", "Howard Lutnick"),
        (
            "Since then Treasury Secretary Scott Bessent has met Chinese officials twice.",
            "Scott Bessent",
        ),
    ):
        assert _verdict(tmp_path, text, day, name) == Label.SUPPORTED, text
    # "then-" is still a title of the past
    text = "Since then-President Donald Trump left office, the tariffs have stayed."
    assert not [x for x in _offices(tmp_path, text, day) if "Trump" in x.claim.text]
