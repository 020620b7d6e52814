"""The report's runs: `notebooks/report.yaml` read, its grids expanded, every run checked.

A run is one notebook with one set of parameters. The report file lists them:

```yaml
runs:
  - notebook: critical_minerals        # one run per grid combination
    parameters: {start_year: 2018}     # fixed values (optional)
    grid:
      commodity: [rare earths]         # a list of values, or `all` (every allowed value)
  - notebook: brief
    needs: [critical_minerals]         # run after these notebooks' runs (optional)
```

Every expanded run is checked against its notebook's contract before any kernel
starts; all problems are reported at once, each with its line in the file.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import itertools
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.errors import ParameterError, Problem
from analysis.notebooks import contracts
from analysis.notebooks.params import NotebookSpec, convert, to_json, validate
from analysis.runner import fingerprint

REPORT_FILE = paths.NOTEBOOKS_DIR / "report.yaml"
BRIEF = "brief"
ALL = "all"
_ENTRY_KEYS = ("notebook", "parameters", "grid", "needs")
_TOP_KEYS = ("runs",)


class ReportFileError(ParameterError):
    """The report file is malformed or lists runs its notebooks' contracts refuse."""

    headline = "the report file has problems"


@dataclass(frozen=True, eq=False)
class Run:
    """One notebook with one checked set of parameters."""

    spec: NotebookSpec
    params: dict[str, Any]
    needs: tuple[str, ...] = ()
    notebook: Path | None = None  # default: notebooks/<name>.ipynb

    def __reduce__(self) -> tuple[Any, ...]:
        # Contracts hold callables (choices read from the catalog), which do not pickle:
        # a worker process rebuilds a contract's run from the notebook's name.
        if contracts.SPECS.get(self.spec.name) is self.spec:
            return (_rebuild, (self.spec.name, self.params, self.needs, self.notebook))
        return (Run, (self.spec, self.params, self.needs, self.notebook))

    @property
    def slug(self) -> str:
        """Folder name: the parameters that differ from the defaults, or 'default'."""
        defaults = self.spec.defaults()
        changed = {k: v for k, v in self.params.items() if k not in defaults or v != defaults[k]}
        if not changed:
            return "default"
        text = "__".join(f"{k}={_slug_value(v)}" for k, v in sorted(changed.items()))
        if len(text) > 80:
            digest = hashlib.sha256(text.encode()).hexdigest()[:10]
            text = f"{text[:60]}-{digest}"
        return text

    @property
    def label(self) -> str:
        return f"{self.spec.name}/{self.slug}"

    def source(self) -> Path:
        return self.notebook or paths.NOTEBOOKS_DIR / f"{self.spec.name}.ipynb"


def _rebuild(name: str, params: dict[str, Any], needs: tuple[str, ...], nb: Path | None) -> Run:
    return Run(contracts.SPECS[name], params, needs, nb)


def _slug_value(value: Any) -> str:
    text = str(value.isoformat() if hasattr(value, "isoformat") else value).lower()
    return re.sub(r"[^a-z0-9.]+", "-", text).strip("-")


def select(
    notebooks: list[str] | None = None,
    overrides: dict[str, str] | None = None,
    report_file: Path = REPORT_FILE,
    cache: Path | None = None,
) -> list[Run]:
    """The runs `workbook run` does.

    No notebook named: every run of the report file (checked once for given inputs when
    a `cache` file is given, see `load_cached`). Notebooks named without `-p`: their runs
    in the report file (the defaults for a notebook it does not list). With `-p`: one run
    per named notebook, its defaults changed by the given values. Raises ParameterError,
    before any kernel starts, listing every problem.
    """
    if not notebooks:
        if overrides:
            raise ParameterError(
                [
                    Problem(
                        "-p " + ", ".join(overrides),
                        "parameters given without a notebook",
                        "name the notebook they are for: workbook run NOTEBOOK -p NAME VALUE",
                    )
                ]
            )
        return load_cached(report_file, cache) if cache else load(report_file)
    check_names(notebooks)
    problems: list[Problem] = []
    if overrides:
        runs: list[Run] = []
        for name in dict.fromkeys(notebooks):
            try:
                runs.append(Run(contracts.SPECS[name], validate(contracts.SPECS[name], overrides)))
            except ParameterError as exc:
                problems += exc.problems
        if problems:
            raise ParameterError(problems)
        return runs
    listed = load(report_file) if report_file.exists() else []
    runs = []
    for name in dict.fromkeys(notebooks):
        mine = [r for r in listed if r.spec.name == name]
        runs += mine or [Run(contracts.SPECS[name], validate(contracts.SPECS[name], {}))]
    return runs


def check_names(notebooks: list[str]) -> None:
    """Raise ParameterError (with a 'did you mean') for names that are not notebooks."""
    problems = [_unknown_notebook(name, "workbook run") for name in notebooks]
    if any(problems):
        raise ParameterError([p for p in problems if p])


def _unknown_notebook(name: Any, where: str) -> Problem | None:
    if isinstance(name, str) and name in contracts.SPECS:
        return None
    near = difflib.get_close_matches(str(name), list(contracts.SPECS), n=1)
    fix = f"did you mean '{near[0]}'?" if near else "known: " + ", ".join(contracts.SPECS)
    return Problem(where, f"no notebook named {name!r}", fix)


def load(path: Path = REPORT_FILE) -> list[Run]:
    """Every run the report file declares, in its order, each checked against its contract.

    Raises ReportFileError listing every problem (malformed YAML, unknown notebooks or
    keys, bad grids, unknown or cyclic `needs`, duplicate runs, refused parameters).
    """
    where = paths.relative(path)
    data = _read(path)
    problems: list[Problem] = []
    if not isinstance(data, dict) or not isinstance(data.get("runs"), list):
        raise ReportFileError(
            [Problem(where, "expected a mapping with a list under 'runs'", "see the README")]
        )
    problems += _unknown_keys(data, _TOP_KEYS, where)
    runs: list[Run] = []
    seen: dict[str, str] = {}
    for entry in data["runs"]:
        at = f"{where}, line {getattr(entry, 'line', '?')}"
        found, trouble = _expand(entry, at)
        problems += trouble
        for run in found:
            label = run.label
            if label in seen:
                problems.append(Problem(at, f"run {label} is listed twice", f"see {seen[label]}"))
                continue
            seen[label] = at
            runs.append(run)
    if not problems:
        problems += _check_needs(runs, where)
    if problems:
        raise ReportFileError(problems, f"{where} has problems")
    return runs


def load_cached(path: Path, cache: Path) -> list[Run]:
    """`load`, without checking the runs again when nothing the check depends on changed.

    Checking every run of the report means loading data for the contracts' allowed values
    and cross-checks (seconds, with all notebooks). The outcome depends only on the report
    file, the `analysis` code, the files under data/, files the report names, and the
    Python packages: when their hash is the one stored in `cache`, the runs checked then
    are used again.
    """

    key = _inputs_hash(path)
    try:
        stored = json.loads(cache.read_text(encoding="utf-8"))
        if stored["key"] == key:
            return [_revive(entry) for entry in stored["runs"]]
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        pass
    runs = load(path)
    entries = [
        {"notebook": r.spec.name, "params": to_json(r.params), "needs": list(r.needs)} for r in runs
    ]
    with contextlib.suppress(OSError):  # a cache: not writing it costs time, not results
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f".{cache.name}.{os.getpid()}")  # a reader sees all or nothing
        partial.write_text(json.dumps({"key": key, "runs": entries}, indent=1), encoding="utf-8")
        os.replace(partial, cache)
    return runs


def _revive(entry: dict[str, Any]) -> Run:
    """A run stored by `load_cached` (values back to their declared types)."""
    spec = contracts.SPECS[entry["notebook"]]
    params = {name: convert(spec.param(name), value) for name, value in entry["params"].items()}
    return Run(spec, params, tuple(entry["needs"]))


def _inputs_hash(path: Path) -> str:
    """Hash of what checking the report depends on (see `load_cached`)."""

    digest = hashlib.sha256(sys.version.encode())
    digest.update(fingerprint.packages_digest([sys.executable]).encode())
    text = path.read_bytes() if path.is_file() else b""  # else `load` says what is wrong
    named = [paths.ROOT / w for w in re.findall(r"[\w./-]+\.\w+", text.decode(errors="replace"))]
    files = [*(paths.ROOT / "analysis").rglob("*.py"), *paths.DATA_DIR.rglob("*"), *named]
    digest.update(text)
    for file in sorted({f for f in files if f.is_file()}):
        digest.update(str(file).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def _read(path: Path) -> Any:
    import yaml

    class Loader(yaml.SafeLoader):
        """Keeps each mapping's line number for error messages."""

    def mapping(loader: Loader, node: yaml.MappingNode) -> _Located:
        located = _Located(loader.construct_mapping(node, deep=True))
        located.line = node.start_mark.line + 1
        return located

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    where = paths.relative(path)
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=Loader)
    except FileNotFoundError:
        raise ReportFileError(
            [Problem(where, "file not found", "restore it: git checkout -- notebooks/report.yaml")]
        ) from None
    except UnicodeDecodeError as exc:
        raise ReportFileError(
            [
                Problem(
                    where,
                    f"not a text file (byte {exc.object[exc.start]:#04x} at offset {exc.start} "
                    "is not UTF-8)",
                    "give a YAML report file such as notebooks/report.yaml",
                )
            ]
        ) from None
    except OSError as exc:  # a folder, no permission, a symbolic link loop
        raise ReportFileError(
            [Problem(where, f"cannot be read ({exc.strerror})", "give a YAML report file")]
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f"{where}, line {mark.line + 1}, column {mark.column + 1}" if mark else where
        problem = getattr(exc, "problem", None) or str(exc)
        raise ReportFileError([Problem(at, f"not valid YAML: {problem}")]) from None


class _Located(dict):  # type: ignore[type-arg]
    """A YAML mapping that knows its line."""

    line: int = 0


def _unknown_keys(mapping: dict[str, Any], known: tuple[str, ...], at: str) -> list[Problem]:
    problems = []
    for key in mapping:
        if key not in known:
            near = difflib.get_close_matches(str(key), known, n=1)
            fix = f"did you mean '{near[0]}'?" if near else "known keys: " + ", ".join(known)
            problems.append(Problem(at, f"unknown key {key!r}", fix))
    return problems


def _expand(entry: Any, at: str) -> tuple[list[Run], list[Problem]]:
    """The runs of one entry (one per grid combination) and the problems found."""
    if not isinstance(entry, dict):
        return [], [Problem(at, f"expected a mapping with a 'notebook' key, got {entry!r}")]
    problems = _unknown_keys(entry, _ENTRY_KEYS, at)
    name = entry.get("notebook")
    if name is None:
        return [], [*problems, Problem(at, "missing key 'notebook'", "name a notebook")]
    unknown = _unknown_notebook(name, at)
    if unknown:
        return [], [*problems, unknown]
    spec = contracts.SPECS[name]
    fixed = entry.get("parameters") or {}
    grid = entry.get("grid") or {}
    needs = entry.get("needs") or []
    if not isinstance(fixed, dict):
        problems.append(Problem(at, "'parameters' must be a mapping of NAME: VALUE"))
        fixed = {}
    if not isinstance(needs, list) or not all(isinstance(n, str) for n in needs):
        problems.append(Problem(at, "'needs' must be a list of notebook names"))
        needs = []
    axes, trouble = _grid_axes(spec, grid, fixed, at)
    problems += trouble
    if problems:
        return [], problems
    runs = []
    for combo in itertools.product(*axes.values()):
        values = {**fixed, **dict(zip(axes, combo, strict=True))}
        shown = ", ".join(f"{k}={v!r}" for k, v in zip(axes, combo, strict=True))
        try:
            runs.append(Run(spec, validate(spec, values), tuple(needs)))
        except ParameterError as exc:
            for p in exc.problems:
                # A problem of a grid value names its combination; others are listed once.
                on_axis = any(f"parameter '{name}'" in p.where for name in axes)
                where = f"{at} ({shown}): {p.where}" if on_axis else f"{at}: {p.where}"
                problem = Problem(where, p.what, p.fix)
                if problem not in problems:
                    problems.append(problem)
    return runs, problems


def _grid_axes(
    spec: NotebookSpec, grid: Any, fixed: dict[str, Any], at: str
) -> tuple[dict[str, list[Any]], list[Problem]]:
    if not isinstance(grid, dict):
        return {}, [Problem(at, "'grid' must be a mapping of NAME: [VALUE, ...]")]
    axes: dict[str, list[Any]] = {}
    problems = []
    known = [p.name for p in spec.params]
    for name, values in grid.items():
        if name in fixed:
            problems.append(Problem(at, f"'{name}' is both in 'parameters' and in 'grid'"))
        elif values == ALL:
            allowed = spec.param(name).allowed() if name in known else None
            if allowed is None:
                problems.append(
                    Problem(at, f"grid '{name}: all' needs a parameter with a list of choices")
                )
            else:
                axes[name] = allowed
        elif not isinstance(values, list) or not values:
            problems.append(
                Problem(at, f"grid '{name}' must be a non-empty list of values, or 'all'")
            )
        else:
            axes[name] = values
    return axes, problems


def _check_needs(runs: list[Run], where: str) -> list[Problem]:
    """`needs` name notebooks of the report, never the notebook itself, with no cycle."""
    listed = {r.spec.name for r in runs}
    graph = {r.spec.name: set(r.needs) for r in runs}
    problems = []
    for name, needs in graph.items():
        for need in sorted(needs - listed):
            problems.append(
                Problem(where, f"'{name}' needs '{need}', which the report does not run")
            )
    if not problems and _cycle(graph):
        problems.append(Problem(where, f"'needs' form a cycle: {' -> '.join(_cycle(graph))}"))
    return problems


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """A dependency cycle as a path (empty when there is none)."""

    def visit(node: str, trail: list[str]) -> list[str]:
        if node in trail:
            return [*trail[trail.index(node) :], node]
        for nxt in sorted(graph.get(node, ())):
            found = visit(nxt, [*trail, node])
            if found:
                return found
        return []

    for start in sorted(graph):
        found = visit(start, [])
        if found:
            return found
    return []
