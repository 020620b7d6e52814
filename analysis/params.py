"""Typed notebook parameters: the contract each notebook declares once.

A `NotebookSpec` lists a notebook's parameters with type, default, allowed values or
range, and a one-line help. From it come the notebook's `parameters` cell
(`render_cell`), the command line's help, and the checks that run before any kernel
starts (`validate`), which report every problem at once.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from analysis.errors import ParameterError, Problem

# Set by the runner for every run; not a user parameter.
OUTPUT_DIR = "output_dir"

_TYPE_NAMES = {str: "str", int: "int", float: "float", bool: "bool", dt.date: "date"}
_BOOL_TEXT = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}


@dataclass(frozen=True)
class Param:
    """One notebook parameter."""

    name: str
    type: type
    default: Any
    help: str
    choices: Sequence[Any] | Callable[[], Sequence[Any]] | None = None
    minimum: Any = None
    maximum: Any = None

    def allowed(self) -> list[Any] | None:
        """The allowed values, resolved (some come from the data catalog)."""
        if self.choices is None:
            return None
        return list(self.choices() if callable(self.choices) else self.choices)

    @property
    def type_name(self) -> str:
        return _TYPE_NAMES[self.type]

    def describe(self) -> str:
        """One line for help text."""
        parts = [f"{self.name} ({self.type_name}, default {self.default!r})", self.help]
        allowed = self.allowed()
        if allowed is not None:
            parts.append("one of: " + ", ".join(str(a) for a in allowed))
        if self.minimum is not None or self.maximum is not None:
            parts.append(f"range {self.minimum}..{self.maximum}")
        return " - ".join(parts)


@dataclass(frozen=True)
class NotebookSpec:
    """A notebook and its parameter contract."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    checks: tuple[Callable[[dict[str, Any]], list[str]], ...] = field(default=())

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}

    def param(self, name: str) -> Param:
        return next(p for p in self.params if p.name == name)


def convert(param: Param, value: Any) -> Any:
    """Convert a value (often a command-line string) to the parameter's type.

    Raises ValueError with a message saying what was expected.
    """
    kind = param.type
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _BOOL_TEXT:
            return _BOOL_TEXT[value.strip().lower()]
        raise ValueError(f"expected true or false, got {value!r}")
    if kind is int:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(f"expected a whole number, got {value!r}")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ValueError(f"expected a whole number, got {value!r}") from None
    if kind is float:
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ValueError(f"expected a number, got {value!r}") from None
    if kind is dt.date:
        if isinstance(value, dt.date):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}") from None
    if not isinstance(value, str):
        raise ValueError(f"expected text, got {type(value).__name__} {value!r}")
    return value


def validate(spec: NotebookSpec, values: Mapping[str, Any]) -> dict[str, Any]:
    """Check and convert parameter values against a spec; defaults fill the rest.

    Raises ParameterError listing every problem: unknown names (with a 'did you mean'),
    wrong types, values outside the allowed set or range, and failed cross-checks.
    """
    problems: list[Problem] = []
    known = [p.name for p in spec.params]
    result = spec.defaults()
    for name, raw in values.items():
        if name == OUTPUT_DIR:
            continue
        if name not in known:
            near = difflib.get_close_matches(name, known, n=1)
            fix = f"did you mean '{near[0]}'?" if near else f"known: {', '.join(known)}"
            problems.append(Problem(f"{spec.name}: parameter '{name}'", "unknown parameter", fix))
            continue
        param = spec.param(name)
        where = f"{spec.name}: parameter '{name}'"
        try:
            value = convert(param, raw)
        except ValueError as exc:
            problems.append(Problem(where, str(exc), param.help))
            continue
        allowed = param.allowed()
        if allowed is not None and value not in allowed:
            near = difflib.get_close_matches(str(value), [str(a) for a in allowed], n=1)
            fix = f"did you mean '{near[0]}'? " if near else ""
            problems.append(Problem(where, f"{value!r} is not allowed", fix + f"one of: {allowed}"))
            continue
        if (param.minimum is not None and value < param.minimum) or (
            param.maximum is not None and value > param.maximum
        ):
            problems.append(
                Problem(where, f"{value!r} is out of range", f"{param.minimum}..{param.maximum}")
            )
            continue
        result[name] = value
    if not problems:
        for check in spec.checks:
            problems += [Problem(spec.name, msg) for msg in check(result)]
    if problems:
        raise ParameterError(problems)
    return result


def render_cell(spec: NotebookSpec) -> str:
    """Source of the notebook's `parameters` cell, generated from the spec."""
    lines = [
        f"# Parameters of '{spec.name}', generated from analysis/contracts.py.",
        "# Edit values here, or pass -p NAME VALUE to `workbook run`;",
        f"# allowed values: `workbook run {spec.name} --help`.",
    ]
    for p in spec.params:
        if isinstance(p.default, dt.date):
            default = f'datetime.date.fromisoformat("{p.default.isoformat()}")'
        elif isinstance(p.default, str):
            default = json.dumps(p.default, ensure_ascii=False)
        else:
            default = repr(p.default)
        lines.append(f"{p.name}: {p.type_name} = {default}  # {p.help}")
    lines.append(f'{OUTPUT_DIR}: str = ""  # set by the runner; empty: outputs/{spec.name}/lab')
    if any(p.type is dt.date for p in spec.params):
        lines.insert(3, "import datetime")
    return "\n".join(lines)
