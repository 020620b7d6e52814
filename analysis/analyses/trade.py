"""US goods trade with China by year: flows, growth, and the change around a measure.

Values are the Census series as bundled (`us_china_goods_trade_annual`), nominal US$
millions. A year or a cell the data does not have stays missing (NaN), never zero:
exports and the balance before 2001 were not found, and growth across a gap is NaN too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.data import cache, datasets
from analysis.errors import WorkbookError

TABLE = "us_china_goods_trade_annual"
FLOWS = ("exports", "imports", "balance")
_COLUMNS = {
    "exports_usd_millions": "exports",
    "imports_usd_millions": "imports",
    "balance_usd_millions": "balance",
}


@cache.derived
def goods_trade(path: Path | None = None) -> pd.DataFrame:
    """One row per year from the first to the last year of the table, gaps included.

    `path` reads another copy of the table (a new download) against the same descriptor.

    Columns: `year`, `exports`, `imports`, `balance` (US$ millions, as published; NaN when
    missing), `vintage` (which download of the Census series), `row` (CSV line number,
    missing for a year the table lacks).
    """

    raw = datasets.load(TABLE, path)
    frame = raw.rename(columns=_COLUMNS).rename_axis("row").reset_index()
    frame = frame[["year", *FLOWS, "vintage", "row"]]
    frame["year"] = frame["year"].astype(int)
    for flow in FLOWS:
        frame[flow] = frame[flow].astype("float64")
    years = range(int(frame["year"].min()), int(frame["year"].max()) + 1)
    full = frame.set_index("year").reindex(years).rename_axis("year").reset_index()
    full["row"] = full["row"].astype("Int64")
    return full


def growth(column: str, frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Year-on-year change of a flow, in %: NaN when this or the previous year is missing.

    Columns: `year`, the flow, `previous`, `growth_pct`. For the balance (a negative
    number) the percentage is of the previous balance's size: a deficit growing from
    -100 to -120 gives -20%.
    """
    _check_flow(column)
    frame = goods_trade() if frame is None else frame
    frame = frame.sort_values("year")
    previous = frame[column].shift(1)
    consecutive = frame["year"].diff() == 1
    previous = previous.where(consecutive)
    change = (frame[column] - previous) / previous.abs() * 100
    return frame[["year", column]].assign(previous=previous, growth_pct=change)


def _check_flow(column: str) -> None:
    if column not in FLOWS:
        raise WorkbookError(f"unknown trade flow {column!r}: use one of {', '.join(FLOWS)}")


def event_year(when: Any) -> int:
    """The calendar year of a date, a 'YYYY-MM-DD' text or a year."""
    if isinstance(when, int):
        return when
    if isinstance(when, dt.date):
        return when.year

    try:
        return int(pd.Timestamp(when).year)
    except (TypeError, ValueError) as exc:
        raise WorkbookError(f"not a year or a date: {when!r} (use 2022 or 2022-10-07)") from exc


def around(
    when: Any,
    before: int = 2,
    after: int = 2,
    frame: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Each flow before and after a measure's year, with the years used.

    The event year itself is in neither window (a measure of October 2022 shapes little of
    2022): `before` years end the year before, `after` years start the year after. Missing
    years are left out of the means and listed in `missing_years`; a window with no data
    gives NaN. Columns: `flow`, `event_year`, `event_value`, `before_years`,
    `before_mean`, `after_years`, `after_mean`, `change`, `change_pct`, `missing_years`,
    `rows` (CSV line numbers used), `vintages` (Census downloads they come from: more
    than one means the windows mix vintages, which Census revises).
    """

    frame = goods_trade() if frame is None else frame
    year = event_year(when)
    indexed = frame.set_index("year")
    out = []
    for flow in FLOWS:
        windows = {
            "before": list(range(year - before, year)),
            "after": list(range(year + 1, year + after + 1)),
        }
        used: dict[str, list[int]] = {}
        means: dict[str, float] = {}
        missing: list[int] = []
        rows: list[int] = []
        vintages: list[str] = []
        for name, years in windows.items():
            values = indexed[flow].reindex(years)
            used[name] = [y for y in years if pd.notna(values.get(y))]
            missing += [y for y in years if pd.isna(values.get(y))]
            means[name] = float(values.mean()) if used[name] else float("nan")
            rows += [int(indexed.at[y, "row"]) for y in used[name]]
            vintages += [str(indexed.at[y, "vintage"]) for y in used[name]]
        event = indexed[flow].get(year, float("nan"))
        change = means["after"] - means["before"]
        out.append(
            {
                "flow": flow,
                "event_year": year,
                "event_value": float(event) if pd.notna(event) else float("nan"),
                "before_years": used["before"],
                "before_mean": means["before"],
                "after_years": used["after"],
                "after_mean": means["after"],
                "change": change,
                "change_pct": change / abs(means["before"]) * 100,
                "missing_years": missing,
                "rows": rows,
                "vintages": list(dict.fromkeys(vintages)),
            }
        )
    return pd.DataFrame(out)


def balance_tolerance() -> float:
    """The rounding allowance for balance = exports - imports declared in the catalog."""

    for check in datasets.resource(TABLE).get("checks", []):
        if check.get("rule") == "difference":
            return float(check["tolerance"])
    raise WorkbookError(f"the catalog declares no 'difference' check for {TABLE}")


def check_balance(frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Published balance against exports - imports, year by year, where all three exist.

    Columns: `year`, `exports`, `imports`, `balance`, `computed`, `difference`
    (published - computed), `within` (|difference| <= the catalog's tolerance, 0.5: the
    published values are sums of rounded monthly figures), `row`.
    """
    frame = goods_trade() if frame is None else frame
    have = frame.loc[frame[list(FLOWS)].notna().all(axis=1)]
    computed = have["exports"] - have["imports"]
    difference = have["balance"] - computed
    return have[["year", *FLOWS, "row"]].assign(
        computed=computed,
        difference=difference,
        within=difference.abs() <= balance_tolerance() + 1e-9,
    )


def around_measures(
    marks: pd.DataFrame, before: int = 2, after: int = 2, frame: pd.DataFrame | None = None
) -> pd.DataFrame:
    """`around` for each measure of a `measures` frame, one row per measure and flow, with
    the measure's `measure_id`, `announced` and `title` in front."""

    frame = goods_trade() if frame is None else frame
    parts = []
    for m in marks.itertuples():
        window = around(m.announced, before, after, frame)
        window.insert(0, "title", m.title)
        window.insert(0, "announced", m.announced)
        window.insert(0, "measure_id", m.measure_id)
        parts.append(window)
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()


def growth_table(frame: pd.DataFrame | None = None) -> pd.DataFrame:
    """Year-on-year growth (%) of every flow, one column each, indexed by year."""

    frame = goods_trade() if frame is None else frame
    return pd.DataFrame(
        {flow: growth(flow, frame).set_index("year")["growth_pct"] for flow in FLOWS}
    )
