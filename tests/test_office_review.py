"""Office claims read from titles, as a differential review found them wrong (round 23,
review dt14c of fco14's merge; branch fixh14), on made-up sentences: a past act's date, rank
words, "former", titles saying the office is not held. Rules: docs/factcheck.md, "office
held"."""

from __future__ import annotations

import datetime as dt

from conftest import office_verdicts as _offices

from analysis.article import gazetteer as gz
from analysis.vocab import Label


def _office(name: str, keyword: str, ended: bool = True) -> gz.Office:
    """The person's office whose keywords hold `keyword` (from the officials table), one with
    an end when `ended`, else the one still held."""
    person = gz.person(name)
    assert person is not None
    return next(
        o
        for o in person.offices
        if keyword in o.keywords and o.start and (o.end is not None) == ended
    )


def _year_inside(office: gz.Office) -> int:
    """A whole calendar year inside the office's term."""
    year = office.start.year + 1
    assert office.end is None or dt.date(year, 12, 31) < office.end
    return year


def _after(office: gz.Office, days: int = 120) -> dt.date:
    assert office.end is not None
    return office.end + dt.timedelta(days=days)


def test_a_past_act_dated_in_its_clause_is_judged_on_that_date(tmp_path):
    ross = _office("Wilbur Ross", "commerce")
    year, later = _year_inside(ross), _after(ross, 900)
    for text in (
        f"In {year}, Commerce Secretary Wilbur Ross said the penalty on the phone maker was fair.",
        f"Commerce Secretary Wilbur Ross imposed a penalty on the phone maker in {year}.",
    ):
        (x,) = _offices(tmp_path, text, later)
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)
    # a date before the office began: the title was wrong at the act
    before = ross.start.year - 2
    (y,) = _offices(tmp_path, f"In {before}, Commerce Secretary Wilbur Ross said no.", later)
    assert y.verdict == Label.UNSUPPORTED, y.rationale
    assert str(before) in y.rationale


def test_a_current_title_for_a_past_act_is_not_checkable(tmp_path):
    raimondo = _office("Gina Raimondo", "commerce")
    year = raimondo.start.year - 2
    text = f"In {year}, Commerce Secretary Gina Raimondo said tariffs were a tax."
    inside = raimondo.start + (raimondo.end - raimondo.start) / 2
    (x,) = _offices(tmp_path, text, inside)
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
    # held neither at the act nor on the article's date: wrong
    (y,) = _offices(tmp_path, text, _after(raimondo))
    assert y.verdict == Label.UNSUPPORTED, y.rationale
    # in other words: a travel the clause dates, the title held only on the article's date
    other = f"Commerce Secretary Gina Raimondo toured a chip plant in {year}."
    (z,) = _offices(tmp_path, other, inside)
    assert z.verdict == Label.NOT_CHECKABLE, z.rationale


def test_now_keeps_the_articles_date(tmp_path):
    raimondo = _office("Gina Raimondo", "commerce")
    year = raimondo.start.year - 2
    inside = raimondo.start + (raimondo.end - raimondo.start) / 2
    for now in ("Now", "Current"):
        text = f"{now} Commerce Secretary Gina Raimondo wrote the bill in {year}."
        (x,) = _offices(tmp_path, text, inside)
        assert x.verdict == Label.SUPPORTED, (now, x.rationale)
        (y,) = _offices(tmp_path, text, _after(raimondo))
        assert y.verdict == Label.UNSUPPORTED, (now, y.rationale)


def test_a_rank_word_the_office_does_not_have_is_not_that_office(tmp_path):
    qin = _office("Qin Gang", "foreign")
    early = qin.start - dt.timedelta(days=900)
    assert (
        _offices(tmp_path, "Vice Foreign Minister Qin Gang said the talks were useful.", early)
        == []
    )
    blinken = _office("Antony Blinken", "state")
    text = "Deputy Secretary of State Antony Blinken toured a factory in Shenzhen."
    assert _offices(tmp_path, text, blinken.start - dt.timedelta(days=900)) == []
    # a rank the office has is kept
    harris = _office("Kamala Harris", "vice")
    day = harris.start + dt.timedelta(days=300)
    (x,) = _offices(tmp_path, "Vice President Kamala Harris said the talks were useful.", day)
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_pick_or_designate_title_is_no_office_claim(tmp_path):
    lutnick = _office("Howard Lutnick", "commerce", ended=False)
    before = lutnick.start - dt.timedelta(days=30)
    for text in (
        "Trump pick for Commerce Secretary Howard Lutnick said he would be tough.",
        "Howard Lutnick, Commerce Secretary-designate, said he would be tough.",
        "The nominee for Commerce Secretary Howard Lutnick praised the tariffs.",
        "Acting Commerce Secretary Howard Lutnick praised the tariffs.",
    ):
        assert _offices(tmp_path, text, before) == [], text


def test_former_needs_only_the_end_and_not_the_office_held_again(tmp_path):
    raimondo = gz.person("Gina Raimondo")
    governor = next(o for o in raimondo.offices if "governor" in o.keywords)
    assert governor.start is None and governor.end  # the table gives only its end
    text = "Former Rhode Island governor and Commerce Secretary Gina Raimondo joined a think tank."
    (g,) = _offices(tmp_path, text, _after(_office("Gina Raimondo", "commerce")))
    assert g.verdict == Label.SUPPORTED, g.rationale
    li = gz.person("Li Keqiang")
    premier = next(o for o in li.offices if "premier" in o.keywords)
    after = premier.end + dt.timedelta(days=200)
    for text in (
        "Former Premier Li Keqiang was mourned.",
        "Li Keqiang, the former premier, was remembered in Hefei.",
    ):
        (x,) = _offices(tmp_path, text, after)
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)
    second = _office("Donald Trump", "president", ended=False)
    day = second.start + dt.timedelta(days=120)
    for text in (
        "Former President Donald Trump said tariffs worked.",
        "Donald Trump, the ex-president, criticised the deal.",
    ):
        (y,) = _offices(tmp_path, text, day)
        assert y.verdict == Label.UNSUPPORTED, (text, y.rationale)
        assert "still held" in y.rationale


def test_a_name_two_officials_share_is_decided_for_each(tmp_path):
    qiang = _office("Li Qiang", "premier", ended=False)
    day = qiang.start + dt.timedelta(days=300)  # Li Keqiang's premiership had ended
    for text in (
        "Premier Li said China would open further.",
        "Premier Li toured a battery plant in Hefei.",
    ):
        (x,) = _offices(tmp_path, text, day)
        assert x.verdict == Label.SUPPORTED, (text, x.rationale)
        assert "Li Qiang" in x.rationale
    # the full name is one person's
    (y,) = _offices(tmp_path, "Premier Li Keqiang said China would open further.", day)
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_a_past_copula_says_an_office_only_when_its_predicate_names_one(tmp_path):
    ross = _office("Wilbur Ross", "commerce")
    later = _after(ross, 900)
    for text in (
        "'Commerce Secretary Wilbur Ross was wrong,' she said.",
        "Commerce Secretary Wilbur Ross was too harsh on the phone maker, she said.",
    ):
        (x,) = _offices(tmp_path, text, later)
        # a past clause: the title may be the one held then (not the article's day)
        assert x.verdict == Label.NOT_CHECKABLE, (text, x.rationale)
    year = _year_inside(ross)
    (z,) = _offices(tmp_path, f"Wilbur Ross was the commerce secretary in {year}.", later)
    assert z.verdict == Label.SUPPORTED, z.rationale
