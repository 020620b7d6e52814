"""Fact-check many articles in one call (`workbook check PATH [PATH ...]`, or a folder).

Each article is read and checked in its own try: one that cannot be read or checked
gives an outcome with an `error` and the others go on. The tables and what is computed
from them are loaded once per process (`analysis.data.cache`), so each article after
the first costs only its own reading and checks. With many articles, several processes
check them in parallel; outcomes come back in the order the articles were given.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.article.reading import HTML_SUFFIXES, SIDECAR_SUFFIX
from analysis.errors import WorkbookError

ARTICLE_SUFFIXES = (".txt", *HTML_SUFFIXES)
PARALLEL_FROM = 16  # articles; fewer are checked in this process (workers take ~2 s to start)


@dataclass(frozen=True)
class Outcome:
    """One article's fact-check: its JSON object and its table, or what went wrong."""

    path: str
    result: dict[str, Any] | None = None
    table: str = ""
    error: str = ""

    def json_line(self) -> str:
        """One line of JSON Lines: the `workbook.check/2` object, or the path and error."""
        from analysis.evidence.render import SCHEMA

        found = self.result or {"schema": SCHEMA, "path": self.path, "error": self.error}
        return json.dumps(found, sort_keys=True, ensure_ascii=False) + "\n"


def articles(given: list[str]) -> list[str]:
    """The articles to check: each path as given (a missing one is reported when it is
    checked), and a folder's article files (.txt, .html, .htm, .xhtml), sorted by name,
    not in subfolders, metadata sidecars left out."""
    found: list[str] = []
    for name in given:
        path = Path(name)
        if path.is_dir():
            found += [
                str(p)
                for p in sorted(path.iterdir())
                if p.is_file()
                and p.suffix.lower() in ARTICLE_SUFFIXES
                and not p.name.endswith(SIDECAR_SUFFIX)
            ]
        else:
            found.append(name)
    return found


def check_one(path: str, as_json: bool = True) -> Outcome:
    """Read and check one article; its outcome, never an exception."""
    from analysis.article import document
    from analysis.evidence import factcheck, render

    try:
        art = document.load(path)
        found = factcheck.check(art)
        if as_json:
            return Outcome(path, result=render.to_dict(art, found))
        return Outcome(path, table=render.table(art, found))
    except WorkbookError as exc:
        return Outcome(path, error=str(exc))
    except Exception as exc:  # one article's bug must not stop the others
        return Outcome(path, error=f"internal error: {type(exc).__name__}: {exc}")


def check_all(
    paths: list[str],
    as_json: bool = True,
    jobs: int = 1,
    done: Callable[[Outcome], None] | None = None,
) -> Iterator[Outcome]:
    """The outcomes of `check_one` for every path, in order; in `jobs` processes when
    there are at least `PARALLEL_FROM` articles. `done` is called as each one is ready."""
    if jobs > 1 and len(paths) >= PARALLEL_FROM:
        outcomes = _parallel(paths, as_json, jobs)
    else:
        outcomes = (check_one(path, as_json) for path in paths)
    for outcome in outcomes:
        if done is not None:
            done(outcome)
        yield outcome


def _parallel(paths: list[str], as_json: bool, jobs: int) -> Iterator[Outcome]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    # Fresh interpreters (not forks of this one): nothing to inherit but the arguments.
    context = multiprocessing.get_context("spawn")
    chunk = max(1, min(8, len(paths) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        yield from pool.map(partial(check_one, as_json=as_json), paths, chunksize=chunk)
