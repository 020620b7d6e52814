"""Table-level validation rules, declared per table under "checks" in data/datapackage.json.

Column rules (types, allowed values, ranges, patterns) come from each field's
constraints. The rules here look at several columns or rows at once: a country sum
against the published world total, dates in order, a balance equal to exports minus
imports. Each becomes a pandera Check over the whole frame, so one library runs every
check and reports every failure at once; each rule also explains a failing row in
words (column, value, what was expected).
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from analysis.data import countries
from analysis.errors import WorkbookError

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Failure:
    """Why one row breaks a rule."""

    column: str
    value: Any
    what: str


KeyLookup = Callable[[str, str], set[str]]


class Rule:
    """A declared rule: `passes` marks good rows, `explain` words a bad one.

    `table` is the table the rule checks; `keys(table, column)` gives another table's
    key values (for rules that refer to another table).
    """

    kind = ""

    def __init__(self, spec: dict[str, Any], table: str = "", keys: KeyLookup | None = None):
        self.spec = spec
        self.table = table
        self.keys = keys

    @property
    def label(self) -> str:
        """The rule as shown to users, e.g. 'ordered(date <= effective_date <= end_date)'."""
        return f"{self.kind}({self.describe()})"

    def describe(self) -> str:
        raise NotImplementedError

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        raise NotImplementedError

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:
        raise NotImplementedError


def _group_words(frame: pd.DataFrame, row: int, columns: list[str]) -> str:
    return ", ".join(f"{c}={frame.at[row, c]}" for c in columns)


def _half_rounding_unit(total: float) -> float:
    """Half the unit of the last significant digit of a rounded total (300000 -> 50000)."""
    if total <= 0 or total != int(total):
        return 0.0
    unit = 1
    while int(total) % (unit * 10) == 0:
        unit *= 10
    return unit / 2


class SumWithinTotal(Rule):
    """Parts of a group add up to no more than about the group's published total.

    The allowance is half the rounding unit of the total (USGS rounds world totals)
    plus `tolerance_pct`. Totals flagged as lower bounds ('greater than') are skipped.
    """

    kind = "sum_within_total"

    def describe(self) -> str:
        s = self.spec
        return (
            f"sum of {s['value']} over rows other than {s['total_column']}="
            f"'{s['total_label']}' per {'/'.join(s['group_by'])} <= that total "
            f"+ rounding + {s['tolerance_pct']}%"
        )

    def _sums(self, frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
        """For each total row: the sum of its group's parts, and the allowed maximum."""
        s = self.spec
        is_total = frame[s["total_column"]] == s["total_label"]
        parts = frame.loc[~is_total].groupby(s["group_by"], dropna=False)[s["value"]].sum()
        totals = frame.loc[is_total & frame[s["value"]].notna()]
        lower = totals[s["flag_column"]].isin(s.get("lower_bound_flags", [])).fillna(False)
        totals = totals.loc[~lower]
        keys = totals[s["group_by"]].itertuples(index=False, name=None)
        sums = [float(parts.get(k if len(k) > 1 else k[0], 0.0)) for k in keys]
        import pandas as pd

        summed = pd.Series(sums, index=totals.index, dtype=float)
        value = totals[s["value"]].astype(float)
        allowed = value * (1 + s["tolerance_pct"] / 100) + value.map(_half_rounding_unit)
        return summed, allowed

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        import pandas as pd

        summed, allowed = self._sums(frame)
        ok = pd.Series(True, index=frame.index)
        ok.loc[summed.index] = summed <= allowed
        return ok

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:
        s = self.spec
        summed, allowed = self._sums(frame)
        total = frame.at[row, s["value"]]
        return Failure(
            s["value"],
            total,
            f"is less than its parts: rows of {_group_words(frame, row, s['group_by'])} add up to "
            f"{summed[row]:,.0f}, more than the published {s['total_label']} {total:,.0f} "
            f"allows (at most {allowed[row]:,.0f} with rounding and {s['tolerance_pct']}%)",
        )


class SumAtMost(Rule):
    """A column adds up to at most `limit` (+ `tolerance`) within each group."""

    kind = "sum_at_most"

    def describe(self) -> str:
        s = self.spec
        return f"sum of {s['value']} per {'/'.join(s['group_by'])} <= {s['limit']}"

    def _sums(self, frame: pd.DataFrame) -> pd.Series:
        s = self.spec
        return frame.groupby(s["group_by"], dropna=False)[s["value"]].transform("sum")

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        s = self.spec
        return self._sums(frame) <= s["limit"] + s.get("tolerance", 0)

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:
        s = self.spec
        total = self._sums(frame)[row]
        return Failure(
            s["value"],
            frame.at[row, s["value"]],
            f"is part of {_group_words(frame, row, s['group_by'])}, whose {s['value']} "
            f"adds up to {total:g}, more than {s['limit']}",
        )


class Ordered(Rule):
    """Filled values of `columns` never decrease from left to right (dates, low/high)."""

    kind = "ordered"

    def describe(self) -> str:
        return " <= ".join(self.spec["columns"])

    def _first_bad(self, frame: pd.DataFrame, row: int) -> tuple[str, str] | None:
        filled = [c for c in self.spec["columns"] if not _isna(frame.at[row, c])]
        for before, after in itertools.pairwise(filled):
            if frame.at[row, after] < frame.at[row, before]:
                return before, after
        return None

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        import pandas as pd

        return pd.Series([self._first_bad(frame, r) is None for r in frame.index], frame.index)

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:
        before, after = self._first_bad(frame, row) or ("", "")
        return Failure(
            after,
            show(frame.at[row, after]),
            f"is earlier than {before} ({show(frame.at[row, before])}); expected {self.describe()}",
        )


class Difference(Rule):
    """`result` equals `left` - `right` within `tolerance` (published rounding)."""

    kind = "difference"

    def describe(self) -> str:
        s = self.spec
        return f"{s['result']} = {s['left']} - {s['right']} ± {s['tolerance']}"

    def _gap(self, frame: pd.DataFrame) -> pd.Series:
        s = self.spec
        return (frame[s["result"]] - (frame[s["left"]] - frame[s["right"]])).abs()

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        gap = self._gap(frame)
        return (gap <= self.spec["tolerance"] + 1e-9).fillna(True)

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:
        s = self.spec
        expected = frame.at[row, s["left"]] - frame.at[row, s["right"]]
        return Failure(
            s["result"],
            frame.at[row, s["result"]],
            f"differs from {s['left']} - {s['right']} = {expected:,.1f} by "
            f"{self._gap(frame)[row]:,.1f} (allowed: {s['tolerance']})",
        )


class YearInEdition(Rule):
    """Years lie in the window an edition can report ('MCS 2024' covers 2019-2023)."""

    kind = "year_in_edition"

    def describe(self) -> str:
        low, high = self.spec["lag"]
        return f"edition year - {high} <= {self.spec['year']} <= edition year - {low}"

    def _edition_year(self, frame: pd.DataFrame) -> pd.Series:
        pattern = self.spec["pattern"]
        column = frame[self.spec["edition"]].astype("string")
        return column.str.extract(pattern, expand=False).astype("Float64")

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        low, high = self.spec["lag"]
        edition = self._edition_year(frame)
        year = frame[self.spec["year"]]
        return ((year <= edition - low) & (year >= edition - high)).fillna(True)

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:
        s = self.spec
        return Failure(
            s["year"],
            frame.at[row, s["year"]],
            f"is outside the years {frame.at[row, s['edition']]} can report ({self.describe()})",
        )


class ValueOrFlag(Rule):
    """A value is empty exactly when its flag says why (NA, W, ...)."""

    kind = "value_or_flag"

    def describe(self) -> str:
        s = self.spec
        return f"{s['value']} empty if and only if {s['flag']} is one of {s['empty_flags']}"

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        s = self.spec
        empty = frame[s["value"]].isna()
        flagged = frame[s["flag"]].isin(s["empty_flags"]).fillna(False).astype(bool)
        return empty == flagged

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:
        s = self.spec
        flag = frame.at[row, s["flag"]]
        if _isna(frame.at[row, s["value"]]):
            what = f"is empty but {s['flag']} is {show(flag)!r}; say why with one of " + str(
                s["empty_flags"]
            )
        else:
            what = f"is filled but {s['flag']} {show(flag)!r} says there is no number"
        return Failure(s["value"], show(frame.at[row, s["value"]]), what)


class SameWithin(Rule):
    """`column` has one value within each group (one unit per commodity)."""

    kind = "same_within"

    def describe(self) -> str:
        return f"one {self.spec['column']} per {'/'.join(self.spec['group_by'])}"

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        s = self.spec
        groups = frame.groupby(s["group_by"], dropna=False)[s["column"]]
        common = groups.transform(lambda col: col.mode(dropna=False).iloc[0])
        return (frame[s["column"]] == common).fillna(False).astype(bool)

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:
        s = self.spec
        values = frame.loc[
            (frame[s["group_by"]] == frame.loc[row, s["group_by"]]).all(axis=1), s["column"]
        ]
        return Failure(
            s["column"],
            frame.at[row, s["column"]],
            f"differs from the other rows of {_group_words(frame, row, s['group_by'])} "
            f"(values seen: {sorted(set(values.dropna()))})",
        )


class CountryCodes(Rule):
    """Every name resolves to an ISO 3166 code or is a known aggregate ('World total')."""

    kind = "country_codes"

    def describe(self) -> str:
        return f"{self.spec['column']} names an ISO 3166 country, a known alias or an aggregate"

    def _known(self, name: Any) -> bool:

        if _isna(name):
            return True
        try:
            countries.codes(str(name), self.spec.get("separator", "; "))
        except countries.UnknownCountryError:
            return False
        return True

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        return frame[self.spec["column"]].map(self._known).astype(bool)

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:

        name = str(frame.at[row, self.spec["column"]])
        parts = name.split(self.spec.get("separator", "; "))
        unknown = next(p for p in parts if not self._known(p))
        return Failure(
            self.spec["column"],
            name,
            f"is not an ISO 3166 country, a known alias or an aggregate ({unknown!r}): "
            + countries.advice(unknown),
        )

    def codes(self, frame: pd.DataFrame) -> pd.Series:
        """The ISO alpha-3 codes of the column ('USA;CHN' for several, empty for aggregates)."""

        sep = self.spec.get("separator", "; ")
        return frame[self.spec["column"]].map(
            lambda v: None if _isna(v) else countries.codes(str(v), sep)
        )


class References(Rule):
    """Every item of a (';'-separated) column is a key of a table or an id of a lexicon:
    `suspends` names real measures, `goods` real commodities or goods."""

    kind = "references"

    def _targets(self) -> str:
        s = self.spec
        targets = [f"{s['table']}.{s['key']}"] if s.get("table") else []
        targets += [f"data/lexicon/{s['lexicon']}.yaml ids"] if s.get("lexicon") else []
        return " or ".join(targets)

    def describe(self) -> str:
        return f"each {self.spec['column']} item is one of {self._targets()}"

    def _allowed(self, frame: pd.DataFrame) -> set[str]:
        s = self.spec
        allowed: set[str] = set()
        if s.get("table") == self.table:
            allowed |= {str(v) for v in frame[s["key"]].dropna()}
        elif s.get("table"):
            if self.keys is None:
                raise WorkbookError(f"rule {self.label} needs the keys of table {s['table']}")
            allowed |= self.keys(s["table"], s["key"])
        if s.get("lexicon"):
            from analysis.data import lexicon  # pydantic (~0.3 s): kept off the start-up path

            allowed |= lexicon.ids(s["lexicon"])
        return allowed

    def _items(self, value: Any) -> list[str]:
        if _isna(value):
            return []
        sep = self.spec.get("separator")
        return [p.strip() for p in str(value).split(sep)] if sep else [str(value)]

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        allowed = self._allowed(frame)
        return (
            frame[self.spec["column"]]
            .map(lambda v: all(item in allowed for item in self._items(v)))
            .astype(bool)
        )

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:
        allowed = self._allowed(frame)
        value = frame.at[row, self.spec["column"]]
        unknown = [item for item in self._items(value) if item not in allowed]
        near = difflib.get_close_matches(unknown[0], sorted(allowed), n=1) if unknown else []
        hint = f" (did you mean {near[0]!r}?)" if near else ""
        return Failure(
            self.spec["column"],
            show(value),
            f"names {', '.join(map(repr, unknown))}, not one of {self._targets()}{hint}",
        )


class PartsAtMost(Rule):
    """Filled `parts` add up to at most `total` (entries under China within a rule's total)."""

    kind = "parts_at_most"

    def describe(self) -> str:
        return f"{' + '.join(self.spec['parts'])} <= {self.spec['total']}"

    def passes(self, frame: pd.DataFrame) -> pd.Series:
        s = self.spec
        parts = frame[s["parts"]].fillna(0).sum(axis=1)
        return (parts <= frame[s["total"]]).fillna(True).astype(bool)

    def explain(self, frame: pd.DataFrame, row: int) -> Failure:
        s = self.spec
        parts = sum(show(frame.at[row, p]) or 0 for p in s["parts"])
        return Failure(
            s["total"],
            show(frame.at[row, s["total"]]),
            f"is less than {' + '.join(s['parts'])} = {parts}; expected {self.describe()}",
        )


RULES: dict[str, type[Rule]] = {
    r.kind: r
    for r in (
        SumWithinTotal,
        SumAtMost,
        Ordered,
        Difference,
        YearInEdition,
        ValueOrFlag,
        SameWithin,
        CountryCodes,
        References,
        PartsAtMost,
    )
}


def build(spec: dict[str, Any], table: str = "", keys: KeyLookup | None = None) -> Rule:
    """The rule object for one declared check; unknown kinds are a descriptor error."""

    kind = spec.get("rule", "")
    if kind not in RULES:
        raise WorkbookError(
            f"data/datapackage.json declares an unknown check rule {kind!r}: "
            f"known rules are {', '.join(sorted(RULES))}"
        )
    return RULES[kind](spec, table, keys)


def _isna(value: Any) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))


def show(value: Any) -> Any:
    """A value as a reader would write it: plain Python, dates without a time, 240000 not
    240000.0."""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    if _isna(value):
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
