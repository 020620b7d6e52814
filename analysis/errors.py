"""Errors meant for users: each says what was wrong, where, and how to fix it.

Each carries the exit code the command line ends with (docs/errors.md): 2 when what the
user gave (an option, a parameter, a file) is refused before any work, 1 when the work
itself failed (a run, the bundled data, a write).
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_FAILED = 1
EXIT_REFUSED = 2


class WorkbookError(Exception):
    """Base class; the command line prints these without a traceback (exit code 1)."""

    exit_code = EXIT_FAILED


class InputError(WorkbookError):
    """What the user gave is wrong and nothing was done (exit code 2)."""

    exit_code = EXIT_REFUSED


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input, located as precisely as the input allows."""

    where: str
    what: str
    fix: str = ""

    def __str__(self) -> str:
        text = f"{self.where}: {self.what}"
        return f"{text} ({self.fix})" if self.fix else text


class ProblemsError(WorkbookError):
    """Several problems reported at once."""

    headline = "problems found"

    def __init__(self, problems: list[Problem], headline: str | None = None) -> None:
        self.problems = list(problems)
        if headline:
            self.headline = headline
        lines = [f"{self.headline} ({len(self.problems)}):"]
        lines += [f"  - {p}" for p in self.problems]
        super().__init__("\n".join(lines))


class DataValidationError(ProblemsError):
    """A data file does not match its declared schema."""

    headline = "data validation failed"


class ParameterError(ProblemsError, InputError):
    """Notebook parameters were refused before any kernel started."""

    headline = "bad notebook parameters"


class ArticleError(InputError):
    """An article could not be read."""


def error_location(raw: object, loc: tuple[object, ...]) -> str:
    """'organisations[3] (US Department of Commerce).country' from a pydantic error path."""
    out, node = "", raw
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and ("name" in node or "id" in node):
                out += f" ({node.get('name') or node.get('id')})"
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out
