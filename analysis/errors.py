"""Errors meant for users: each says what was wrong, where, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass


class WorkbookError(Exception):
    """Base class; the command line prints these without a traceback."""


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


class ParameterError(ProblemsError):
    """Notebook parameters were refused before any kernel started."""

    headline = "bad notebook parameters"


class ArticleError(WorkbookError):
    """An article could not be read."""
