"""The day of a saying is not the day of the act it reports (round 36, fx36h): a saying
whose report is in the pluperfect, or names a day of its own before the saying, dates the
saying only (role `said`); a saying that reports no clause is the claim's own event (role
`saying`), which the data cannot check. A saying that announces what is still to come stays
the announcement."""

from __future__ import annotations

import datetime as dt

from conftest import dated_article, read_rows

from analysis.evidence import factcheck
from analysis.vocab import Label


def _row() -> dict[str, str]:
    """A Chinese export licence measure on goods, effective some weeks after its
    announcement (the catalog gives its days)."""
    return next(
        r
        for r in read_rows("sources/measures.csv")
        if r["implementing_jurisdiction"] == "CHN"
        and r["measure_type"] == "export_licence_requirement"
        and r["goods"].count(";") == 1
        and r["goods"].replace(";", "").isalpha()
        and r["effective"]
        and (dt.date.fromisoformat(r["effective"]) - dt.date.fromisoformat(r["announced"])).days
        > 20
    )


def _longest(tmp_path, text: str, published: dt.date):
    art = dated_article(tmp_path, text, published.isoformat())
    found = factcheck.check(art)
    return max(found, key=lambda v: len(v.claim.text))


def _goods(row: dict[str, str]) -> str:
    return " and ".join(row["goods"].split(";"))


def _weekday(day: dt.date) -> str:
    return f"{day:%A}"


def test_a_saying_of_an_earlier_act_dates_the_saying(tmp_path):
    row = _row()
    day = dt.date.fromisoformat(row["effective"]) + dt.timedelta(days=9)
    text = (
        f"A commerce ministry spokesman said on {_weekday(day)} that China had imposed "
        f"export controls on {_goods(row)}."
    )
    x = _longest(tmp_path, text, day)
    assert [w.role for w in x.claim.frame.when] == ["said"]
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_saying_after_the_act_s_own_date_dates_the_saying(tmp_path):
    row = _row()
    effective = dt.date.fromisoformat(row["effective"])
    day = effective + dt.timedelta(days=10)
    text = (
        f"The commerce ministry said on {_weekday(day)} that export controls on "
        f"{_goods(row)} took effect on {effective.day} {effective:%B}."
    )
    x = _longest(tmp_path, text, day)
    assert sorted(w.role for w in x.claim.frame.when) == ["effective", "said"]
    assert x.verdict == Label.SUPPORTED, x.rationale
    # control: the act's own date, changed, is still checked
    other = effective - dt.timedelta(days=61)
    wrong = text.replace(f"{effective.day} {effective:%B}", f"{other.day} {other:%B}")
    y = _longest(tmp_path, wrong, day)
    assert y.verdict == Label.UNSUPPORTED, y.rationale


def test_a_saying_that_announces_stays_the_announcement(tmp_path):
    row = _row()
    announced = dt.date.fromisoformat(row["announced"])
    effective = dt.date.fromisoformat(row["effective"])
    text = (
        f"China will require export licences for {_goods(row)} from {effective.day} "
        f"{effective:%B}, the commerce ministry said on {_weekday(announced)}."
    )
    x = _longest(tmp_path, text, announced)
    assert sorted(w.role for w in x.claim.frame.when) == ["announced", "effective"]
    assert x.verdict == Label.SUPPORTED, x.rationale


def test_a_speech_on_a_day_is_not_the_measure_it_was_about(tmp_path):
    row = _row()
    day = dt.date.fromisoformat(row["effective"]) + dt.timedelta(days=60)
    text = (
        f"The Chinese commerce minister spoke at a trade forum on {_weekday(day)} about "
        f"export controls on {_goods(row)}."
    )
    x = _longest(tmp_path, text, day)
    assert [w.role for w in x.claim.frame.when] == ["saying"]
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale


def test_a_trip_flagged_to_reporters_is_not_the_trip(tmp_path):
    row = next(r for r in read_rows("sources/visits.csv") if r["kind"] == "visit")
    day = dt.date.fromisoformat(row["start"]) - dt.timedelta(days=20)
    text = f"The minister flagged the trip to reporters on {_weekday(day)} in Washington."
    x = _longest(tmp_path, text, day)
    assert [w.role for w in x.claim.frame.when] == ["saying"]
    assert x.verdict == Label.NOT_CHECKABLE, x.rationale
