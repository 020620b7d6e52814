"""A table checked against its descriptor: a pandera schema built from the Frictionless
fields, keys and rules, and each failure turned into a located Problem (file, row,
column, value, the rule broken)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import paths
from analysis.data import rules
from analysis.errors import Problem

if TYPE_CHECKING:
    import pandas as pd

# Frictionless field types -> pandas nullable dtypes.
DTYPES = {
    "string": "string",
    "integer": "Int64",
    "number": "Float64",
    "boolean": "boolean",
    "date": "datetime64[s]",
}


def _schema(res: dict[str, Any], table_rules: list[rules.Rule]):
    """A pandera schema built from the table's Frictionless descriptor."""
    import pandera.pandas as pa

    columns = {}
    for field in res["schema"]["fields"]:
        cons = field.get("constraints", {})
        checks = []
        if "enum" in cons:
            checks.append(pa.Check.isin(cons["enum"], error=f"one of {cons['enum']}"))
        if "minimum" in cons:
            checks.append(pa.Check.ge(cons["minimum"], error=f">= {cons['minimum']}"))
        if "maximum" in cons:
            checks.append(pa.Check.le(cons["maximum"], error=f"<= {cons['maximum']}"))
        if "pattern" in cons:
            checks.append(pa.Check.str_matches(cons["pattern"], error=f"matches {cons['pattern']}"))
        columns[field["name"]] = pa.Column(
            DTYPES.get(field.get("type", "string"), "string"),
            checks=checks,
            nullable=not cons.get("required", False),
            unique=bool(cons.get("unique", False)),
        )
    key = res["schema"].get("primaryKey")
    checks = [_unique_key_check(k) for k in res["schema"].get("uniqueKeys", [])]
    checks += [pa.Check(rule.passes, error=rule.label) for rule in table_rules]
    return pa.DataFrameSchema(
        columns, checks=checks, unique=key, report_duplicates="all", coerce=False
    )


def _unique_key_check(key: list[str]):
    """A Frictionless unique key: rows with every key column filled must not repeat."""
    import pandera.pandas as pa

    def unique(frame: pd.DataFrame) -> pd.Series:
        filled = frame[key].notna().all(axis=1)
        return ~(frame[key].duplicated(keep=False) & filled)

    return pa.Check(unique, error=f"duplicate key {key}")


def check(
    frame: pd.DataFrame, res: dict[str, Any], path: Path, table_rules: list[rules.Rule]
) -> list[Problem]:
    """Run the pandera schema lazily and turn each failure case into a located Problem."""
    import pandera.errors

    where = paths.relative(path)
    try:
        _schema(res, table_rules).validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as exc:
        return _problems_from(exc.failure_cases, frame, res, where, table_rules)
    return []


def _problems_from(
    cases: pd.DataFrame,
    frame: pd.DataFrame,
    res: dict[str, Any],
    where: str,
    table_rules: list[rules.Rule],
) -> list[Problem]:
    """One Problem per failing cell; table-wide checks give one Problem per failing row.

    Each names the file, row, column, value and the rule broken.
    """
    by_label = {rule.label: rule for rule in table_rules}
    problems = []
    seen: set[tuple[str, int]] = set()
    for case in cases.itertuples(index=False):
        check = str(case.check)
        has_row = case.index is not None and str(case.index) != "nan"
        row = int(case.index) if has_row else None
        at = f"{where}, row {row}" if has_row else where
        column = f", column '{case.column}'" if case.column and str(case.column) != "nan" else ""
        key = _failed_key(check, res)
        wide = key is not None or check in by_label
        if wide and ((check, row) in seen or row is None):
            continue
        seen.add((check, row))
        if key is not None:
            problems.append(_duplicate_problem(frame, row, key, at))
        elif check in by_label:
            failure = by_label[check].explain(frame, row)
            problems.append(
                Problem(
                    f"{at}, column '{failure.column}'",
                    f"value {rules.show(failure.value)!r} {failure.what}",
                    f"rule '{check}'",
                )
            )
        elif check == "not_nullable":
            problems.append(
                Problem(f"{at}{column}", "value is missing", "rule 'required': fill it in")
            )
        else:
            problems.append(
                Problem(
                    f"{at}{column}",
                    f"value {rules.show(case.failure_case)!r} breaks the rule '{check}'",
                    "fix the value, or the rule in data/datapackage.json",
                )
            )
    return problems


def _duplicate_problem(frame: pd.DataFrame, row: int, key: list[str], at: str) -> Problem:
    """A repeated key, with its values and the other rows that carry it."""
    values = frame.loc[row, key]
    same = frame.index[(frame[key] == values).fillna(False).all(axis=1)]
    others = ", ".join(str(r) for r in same if r != row)
    shown = ", ".join(f"{c}={rules.show(values[c])!r}" for c in key)
    return Problem(
        f"{at}, columns {', '.join(repr(c) for c in key)}",
        f"duplicate key ({shown}): also on row {others}",
        "rule 'unique key': key columns must identify one row; remove or merge the repeat",
    )


def _failed_key(check: str, res: dict[str, Any]) -> list[str] | None:
    """The key columns a uniqueness failure is about, or None for other checks."""
    if check in ("multiple_fields_uniqueness", "field_uniqueness"):
        return list(res["schema"].get("primaryKey") or [])
    for key in res["schema"].get("uniqueKeys", []):
        if check == f"duplicate key {key}":
            return list(key)
    return None
