"""A count after a day's number ("The Commerce Department on May 21 added 69 entities to
the Entity List", "A rule published on May 21, 2019 added 69 entities"): the day is no
count, and must not swallow the count after it (`quantities.quantity`; round 26, branch
dtm18: 108 made-up sentences over 29 Entity List rules were left to the measure checks,
which cannot count, and abstained)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import dated_verdicts, read_rows

from analysis.vocab import Label

MONTHS = "January February March April May June July August September October November December"


def rules() -> list[tuple[dt.date, int]]:
    """(published, entries added) of rules with no other rule within ten days, from the
    vendored table: no figure typed by hand."""
    rows = read_rows("sources/entity_list_rules.csv")
    days = [dt.date.fromisoformat(r["published"]) for r in rows]
    alone = [
        (d, int(r["entries_added_total"]))
        for d, r in zip(days, rows, strict=True)
        if sum(abs((d - e).days) <= 10 for e in days) == 1
    ]
    return alone[:: max(1, len(alone) // 3)][:3]


def _day(d: dt.date) -> str:
    return f"{MONTHS.split()[d.month - 1]} {d.day}"


def _count(tmp_path, text: str, published: dt.date):
    found = dated_verdicts(tmp_path, text, str(published + dt.timedelta(days=3)))
    counted = [x for x in found if x.rule == "entity list count"]
    assert counted, [(x.rule, x.claim.text) for x in found]
    return counted[0]


@pytest.mark.parametrize(("day", "n"), rules())
def test_a_count_after_a_day_and_month_is_checked(tmp_path, day, n):
    right = _count(
        tmp_path,
        f"The Commerce Department on {_day(day)} added {n} entities to the Entity List.",
        day,
    )
    assert right.verdict == Label.SUPPORTED, right.rationale
    wrong = _count(
        tmp_path,
        f"The Commerce Department on {_day(day)} put {2 * n + 7} entities on the Entity List.",
        day,
    )
    assert wrong.verdict == Label.UNSUPPORTED, wrong.rationale


@pytest.mark.parametrize(("day", "n"), rules())
def test_a_count_after_a_full_date_is_checked(tmp_path, day, n):
    said = f"A rule published on {_day(day)}, {day.year} added {n} entities to the Entity List."
    assert _count(tmp_path, said, day).verdict == Label.SUPPORTED


@pytest.mark.parametrize(("day", "n"), rules())
def test_a_count_before_its_date_stays_decided(tmp_path, day, n):
    """The twin: the date after the count was read before the change too."""
    said = f"The U.S. added {2 * n + 7} entities to the Entity List on {_day(day)}, {day.year}."
    assert _count(tmp_path, said, day).verdict == Label.UNSUPPORTED
