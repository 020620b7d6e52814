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

# Annotations in the generated parameters cell (which imports datetime for dates).
_TYPE_NAMES = {str: "str", int: "int", float: "float", bool: "bool", dt.date: "datetime.date"}
_TYPE_WORDS = {
    str: "text",
    int: "whole number",
    float: "number",
    bool: "true or false",
    dt.date: "date YYYY-MM-DD",
}


class _Required:
    """The default of a parameter that has none: each run must give a value."""

    def __repr__(self) -> str:
        return "REQUIRED"


REQUIRED: Any = _Required()
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

    @property
    def required(self) -> bool:
        return self.default is REQUIRED

    def facts(self) -> list[str]:
        """Type, default, allowed values or range: for help text."""
        facts = [
            _TYPE_WORDS[self.type],
            "required" if self.required else f"default {_show(self.default)}",
        ]
        allowed = self.allowed()
        if allowed is not None:
            facts.append("one of: " + ", ".join(_show(a) for a in allowed))
        if self.minimum is not None or self.maximum is not None:
            low = "" if self.minimum is None else _show(self.minimum)
            high = "" if self.maximum is None else _show(self.maximum)
            facts.append(f"from {low} to {high}" if low and high else f"range {low}..{high}")
        return facts


def _show(value: Any) -> str:
    """A value as typed on the command line or in report.yaml."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return repr(value)
    return str(value).lower() if isinstance(value, bool) else str(value)


@dataclass(frozen=True)
class NotebookSpec:
    """A notebook and its parameter contract."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    checks: tuple[Callable[[dict[str, Any]], list[str]], ...] = field(default=())
    # What a run is about, from its parameters ('gallium, 2018–2025'): its page's heading.
    subject: Callable[[dict[str, Any]], str] | None = None

    def heading(self, values: dict[str, Any]) -> str:
        """A run's heading: the notebook's title and, if it has one, the run's subject."""
        return f"{self.title}: {self.subject(values)}" if self.subject else self.title

    def defaults(self) -> dict[str, Any]:
        """Default values (required parameters have none and are left out)."""
        return {p.name: p.default for p in self.params if not p.required}

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
    missing required values, wrong types, values outside the allowed set or range, and
    failed cross-checks. A required parameter whose value is None counts as missing.
    """
    problems: list[Problem] = []
    known = [p.name for p in spec.params]
    result = spec.defaults()
    for param in spec.params:
        if param.required and values.get(param.name) is None:
            problems.append(
                Problem(
                    f"{spec.name}: parameter '{param.name}'",
                    "missing required value",
                    f"give it with -p {param.name} VALUE ({param.help})",
                )
            )
    for name, raw in values.items():
        if name == OUTPUT_DIR or (raw is None and name in known and spec.param(name).required):
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


def to_json(values: Mapping[str, Any]) -> dict[str, Any]:
    """Parameter values as JSON (dates as ISO text, which the contract converts back)."""
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in values.items()}


def render_cell(spec: NotebookSpec) -> str:
    """Source of the notebook's `parameters` cell, generated from the spec."""
    lines = [
        f"# Parameters of '{spec.name}', generated from analysis/contracts.py.",
        "# Edit values here, or pass -p NAME VALUE to `workbook run`;",
        f"# allowed values: `workbook run {spec.name} --help`.",
    ]
    for p in spec.params:
        if p.required:
            lines.append(f"{p.name}: {p.type_name} = None  # REQUIRED: {p.help}")
            continue
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


def markdown_table(specs: Sequence[NotebookSpec]) -> str:
    """The notebooks and their parameters as one Markdown table (the README's, generated by
    `workbook list --markdown` so that it cannot drift from the contracts)."""
    lines = ["| notebook | what it shows | parameters (default) |", "|---|---|---|"]
    for spec in specs:
        shown = ", ".join(
            f"`{p.name}`" + ("" if p.required else f" ({_show(p.default)})") for p in spec.params
        )
        lines.append(f"| `{spec.name}` | {spec.description} | {shown or '(none)'} |")
    return "\n".join(lines)


def help_text(spec: NotebookSpec) -> str:
    """A notebook's parameters as `workbook list` and `workbook run NOTEBOOK --help` show them."""
    lines = [f"{spec.name}: {spec.title}", f"  {spec.description}", "  parameters (-p NAME VALUE):"]
    width = max((len(p.name) for p in spec.params), default=0)
    for p in spec.params:
        lines.append(f"    {p.name:<{width}}  {p.help}")
        lines.append(f"    {'':<{width}}  {'; '.join(p.facts())}")
    if not spec.params:
        lines.append("    (none)")
    return "\n".join(lines)
