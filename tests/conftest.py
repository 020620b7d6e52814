"""Shared fixtures: paths to the bundled data and helpers to make broken copies, and the
one-sentence article helpers every fact-check test file uses (`dated_article`,
`dated_verdicts`, `verdict_about`, `checked_about`, `first_verdict_with`,
`longest_verdict`, `office_verdicts`, `office_labels`, `claim_frame`, `time_roles`): a
file imports them under its own short name (`from conftest import longest_verdict as
_only`) rather than writing them again."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import hashlib
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from analysis import paths
from analysis.data import cache, datasets, lexicon
from analysis.runner import schedule, suite
from analysis.runner.results import Result

# Run beside the report in the session's execution: a trade table from before the data's
# exports begin (2001), so that the notebook's handling of missing years is exercised.
ONE_OFF = ("trade_flows", {"start_year": "1995"})
# And a critical-minerals run of an older edition from a later first year, whose findings a
# test reads against the table (it ran beside the failing notebooks, whose cell timeout
# must then have been long enough for a real notebook's cells on a loaded machine).
OLDER_EDITION = ("critical_minerals", {"start_year": "2021", "edition": "MCS 2024"})


@pytest.fixture(scope="session", autouse=True)
def table_store(request, tmp_path_factory):
    """Validated tables and derived results stored for this session only (not in the
    checkout's .cache/); kernels and commands started by the tests inherit it. Under
    pytest-xdist one store for all the workers (`shared_folder`): a table one worker
    validated, or a result it derived, the other reads instead of making it again (values are
    keyed by content and written atomically). The evaluation's process keeps its own
    (`EVAL_STORE`), whose values from earlier sessions start the session's (`seed_store`)."""
    before = os.environ.get(cache.CACHE_ENV)
    shared = shared_folder(request.config, "table-store")
    folder = shared if shared is not None else tmp_path_factory.mktemp("table-store")
    seed_store(folder)
    os.environ[cache.CACHE_ENV] = str(folder)
    yield
    if before is None:
        os.environ.pop(cache.CACHE_ENV, None)
    else:
        os.environ[cache.CACHE_ENV] = before


def seed_store(folder: Path, kept: Path | None = None) -> None:
    """Start a session's new store with the values the evaluation's process stored in earlier
    sessions (`kept`, by default `EVAL_STORE`), once (the first worker to get here): each
    linked (`os.link`, no bytes copied), never changed in place, since a store replaces a
    value by a new file (`cache.store`). Only that process writes `EVAL_STORE`, and a value is
    read only under the key of the same files' bytes, code, lexicons and versions: the
    tables, lexicons and results of the data layer that it validated or derived are not
    made again by the first test, kernel or command that needs them (round 34)."""
    kept = EVAL_STORE if kept is None else kept
    folder.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(folder / ".seeded", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return
    with contextlib.suppress(OSError):  # no kept store yet, or on another file system
        for value in kept.glob("*.pickle"):
            with contextlib.suppress(FileExistsError):
                os.link(value, folder / value.name)


@pytest.fixture
def seed_article_path() -> Path:
    return paths.ARTICLES_DIR / "raimondo-china-visit-2023.txt"


@pytest.fixture
def tmp_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new empty folder of each test, under the session's base temporary folder and named
    after the test as pytest's own `tmp_path` makes it, but made in constant time: pytest's
    numbers each folder by listing every one the base folder already holds (its
    `make_numbered_dir`), so a worker's thousand tests listed over half a million entries
    (round 32, docs/performance-log.md). Kept as pytest keeps its own (the last three sessions'
    base folders; no `tmp_path_retention_policy` is set)."""
    name = re.sub(r"\W", "_", request.node.name)[:30]
    return Path(tempfile.mkdtemp(prefix=f"{name}-", dir=tmp_path_factory.getbasetemp()))


def read_rows(relative: str) -> list[dict[str, str]]:
    """Rows of a vendored CSV read with the csv module alone (independent of the loader)."""
    with open(paths.DATA_DIR / relative, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def edited_copy(
    directory: Path, table: str, match: dict[str, str], column: str, new: str
) -> tuple[Path, int]:
    """Copy a bundled table into `directory` with one cell changed (csv module only).

    `match` picks exactly one row by its text values; returns the copy and that row's
    line number in the file (header = line 1).
    """
    rows = read_rows(f"sources/{table}.csv")
    hits = [i for i, r in enumerate(rows) if all(r[k] == v for k, v in match.items())]
    assert len(hits) == 1, f"{match} matches {len(hits)} rows of {table}"
    rows[hits[0]][column] = new
    path = directory / f"{table}.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path, hits[0] + 2


# PyYAML's C loader and dumper when it was built with them: the pure-Python ones take tenths
# of a second over the lexicon's larger files, which the tests that edit a copy read and
# write whole (the package reads them with the same loader: `lexicon.YAML_LOADER`).
YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def read_yaml(path: Path) -> Any:
    """A YAML file's data, read as the package reads the lexicon."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=lexicon.YAML_LOADER)


def write_yaml(path: Path, data: Any) -> None:
    """`data` written as YAML (what `yaml.safe_dump` writes: block style, keys sorted)."""
    path.write_text(yaml.dump(data, Dumper=YAML_DUMPER), encoding="utf-8")


def tree_digest() -> str:
    """One hash over every file under data/ (to prove nothing changed)."""
    digest = hashlib.sha256()
    for path in sorted(paths.DATA_DIR.rglob("*")):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """Point the catalog at a scratch copy of data/ so that merges can write."""
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA_DIR, copy)
    monkeypatch.setattr(paths, "DATA_DIR", copy)
    monkeypatch.setattr(paths, "DATAPACKAGE", copy / "datapackage.json")
    datasets.reload()
    yield copy
    datasets.reload()


# Articles whose text, headline and outlet hold live markup: every page must show it as text.
HOSTILE_ARTICLES = (
    "tests/fixtures/articles/hostile-markup.txt",
    "tests/fixtures/articles/hostile-entities.html",
)


def pytest_terminal_summary(terminalreporter) -> None:
    """The fault-injection suite's totals (tests/test_faults.py), when it ran."""
    faults = sys.modules.get("test_faults")
    if faults is not None and faults.OUTCOMES:
        found = ", ".join(f"{name} {count}" for name, count in faults.totals().items())
        terminalreporter.write_line(f"fault-injection suite: {found}")


@dataclass
class Report:
    """The whole report (and `ONE_OFF`), executed once per test session by the runner."""

    out: Path
    runs: list[suite.Run]  # the report's runs
    results: list[Result]  # of `runs`, in their order
    one_off: Result
    older_edition: Result  # of `OLDER_EDITION`, run once (not in the forced rerun)
    progress: str  # what the runner printed (not on a terminal)
    hostile: list[Result]  # the article, fact-check and brief of each of HOSTILE_ARTICLES

    def result(self, label: str) -> Result:
        (found,) = [r for r in [*self.results, self.one_off] if r.run.label == label]
        return found


def quiet(total: int) -> schedule.Progress:
    """Progress lines into a string (as when not on a terminal)."""
    return schedule.Progress(total, io.StringIO(), live=False)


# The session's shared pools (`warm_pool`), while they run: a test that checks that no
# kernel outlives a report leaves their processes aside (`shared_pool_processes`).
SHARED_POOLS: list[schedule.Pool] = []


@pytest.fixture(scope="session")
def warm_pool():
    """One runner pool for the session's report runs (`executed`, `executed_again` and the
    notebook tests that run the report's notebooks on other inputs): its workers keep their
    warm kernels from one `run_all` to the next, as within one `workbook run`, instead of
    each call starting new ones (about 2.4 s of CPU per kernel). Tests of a kernel's death,
    a timeout, an interruption or a pool's end start their own."""
    notebooks = tuple({run.source() for run in suite.load()})
    with schedule.Pool(notebooks=notebooks) as pool:
        SHARED_POOLS.append(pool)
        try:
            yield pool
        finally:
            SHARED_POOLS.remove(pool)


def shared_pool_processes() -> set[int]:
    """The process ids of the running shared pools' workers and kernels."""
    return {p.pid for pool in SHARED_POOLS for p in pool._workers_and_kernels()}


@pytest.fixture(scope="session")
def executed(tmp_path_factory, warm_pool) -> Report:
    """Every run of notebooks/report.yaml and `ONE_OFF`, executed once for the whole test
    session: every notebook test reads its outputs instead of executing notebooks again."""
    out = tmp_path_factory.mktemp("report")
    runs = suite.load()
    (one_off,) = suite.select([ONE_OFF[0]], ONE_OFF[1])
    (older,) = suite.select([OLDER_EDITION[0]], OLDER_EDITION[1])
    hostile = [
        run
        for path in HOSTILE_ARTICLES
        for run in suite.select(["article", "fact_check", "brief"], {"article": path})
    ]
    progress = quiet(len(runs) + 2 + len(hostile))
    results = schedule.run_all(
        [*runs, one_off, older, *hostile], output_root=out, progress=progress, pool=warm_pool
    )
    n = len(runs)
    return Report(
        out,
        runs,
        results[:n],
        results[n],
        results[n + 1],
        progress.stream.getvalue(),
        results[n + 2 :],
    )


@pytest.fixture(scope="session")
def whole_report(executed):
    """The session's execution as (output folder, runs, results, progress text): the
    report's runs, the one-offs and the hostile articles' runs."""
    results = [*executed.results, executed.one_off, executed.older_edition, *executed.hostile]
    return executed.out, [r.run for r in results], results, executed.progress


def one_run_per_notebook(runs: list[suite.Run]) -> list[suite.Run]:
    """The first of the runs of each notebook, in their order: what a kernel keeps between
    runs (the data layer's stores, the notebooks' `analysis` modules and their caches,
    pyplot's state, random state) is the same code whatever a run's parameters, so one run
    of each notebook exercises all of it."""
    first: dict[str, suite.Run] = {}
    for run in runs:
        first.setdefault(run.spec.name, run)
    return list(first.values())


@pytest.fixture(scope="session")
def executed_again(executed, warm_pool) -> tuple[dict[str, bytes], list[Result], str]:
    """One run of each of the report's notebooks (`one_run_per_notebook`) executed again,
    forced, into the same folder: the files before, the results and what the runner
    printed. In the same warm kernels, which have run the whole report already: what a
    kernel keeps between runs must not change a byte."""
    before = outputs_of(executed.out)
    runs = one_run_per_notebook(executed.runs)
    progress = quiet(len(runs))
    results = schedule.run_all(
        runs, output_root=executed.out, force=True, progress=progress, pool=warm_pool
    )
    return before, results, progress.stream.getvalue()


# The evaluation of both halves (`evaluated`) is the longest unit of the session (one
# fixture, 25-60 s of CPU). Under pytest-xdist it runs as `workbook eval --json` in a process
# of its own, which the first worker to collect a test that needs it starts (`_start_eval`)
# beside the two workers, from the session's start, instead of holding one worker for its
# whole length; the tests that read it run last (`LAST`), by when it has ended, on whichever
# worker is free. A worker waits for it at most `EVAL_WAIT` seconds (a loaded machine).
EVAL_WAIT = 1800.0
# The held-out half, of whose per-item results no file is written (review of round 29): the
# process runs `workbook eval --json` within itself (`eval_main`) and writes its
# `aggregates`, never the whole report (every scored claim, each article's entity misses).
HELD_OUT = "test"
EVAL_COMMAND = (
    "-c",
    "import sys; sys.path.insert(0, 'tests'); import conftest; conftest.eval_main()",
)
EVAL_PROCESSES: list[subprocess.Popen] = []  # the one this worker started, if it did
# The evaluation process's own store of validated tables, lexicons and derived results,
# kept from one session to the next in the checkout's git-ignored `.cache/` (`make clean`
# removes it): only that process writes it, never a test's (whose patched functions or
# edited copies could store a value under a real key), and every value is keyed by the
# bytes of its files, the package's code and lexicons and the versions, so a value made by
# an earlier session is used only when it would be made the same (round 34). From an empty
# store the process validated every table and derived every result again each session.
EVAL_STORE = paths.ROOT / ".cache" / "evaluation"


def aggregates(report: dict[str, Any]) -> dict[str, Any]:
    """The evaluation's report without the per-item results of the held-out half (its scored
    claims and probes, its articles' entity details): only the scores the tests read."""
    splits = dict(report["splits"])
    if HELD_OUT in splits:
        held = {k: v for k, v in splits[HELD_OUT].items() if k != "scored"}
        if "entities" in held:
            held["entities"] = {k: v for k, v in held["entities"].items() if k != "details"}
        splits[HELD_OUT] = held
    return {**report, "splits": splits}


def eval_main() -> None:
    """`workbook eval --json` (the command's own path), printed as its `aggregates`: the
    per-item results of the held-out half are never written (the evaluation process). Its
    collector is tuned as the test process's (`GC_THRESHOLD`, the imports frozen): the
    evaluation keeps every article's annotation alive, which each full collection walked."""
    gc.set_threshold(*GC_THRESHOLD)
    from analysis import cli
    from analysis.evidence import evaluation

    gc.collect()  # the imports' garbage is not frozen with them (review of round 33)
    gc.freeze()
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = cli.main(["eval", "--json"])
    if code == 0:
        sys.stdout.write(evaluation.to_json(aggregates(json.loads(printed.getvalue()))))
    sys.exit(code)


def eval_processes() -> set[int]:
    """The process ids of the evaluation's process tree, if this worker started it: a test
    that checks that no process outlives a report leaves them aside."""
    import psutil

    found = set()
    for process in EVAL_PROCESSES:
        with contextlib.suppress(psutil.NoSuchProcess):
            tree = psutil.Process(process.pid)
            found |= {tree.pid} | {p.pid for p in tree.children(recursive=True)}
    return found


def shared_folder(config: pytest.Config, name: str) -> Path | None:
    """A folder shared by the session's pytest-xdist workers (in the controller's temporary
    folder, whose subfolders are the workers'); None in one process."""
    if not hasattr(config, "workerinput"):
        return None
    return config._tmp_path_factory.getbasetemp().parent / name


def eval_folder(config: pytest.Config) -> Path | None:
    """The evaluation process's folder (`shared_folder`)."""
    return shared_folder(config, "evaluation")


def _start_eval(folder: Path) -> None:
    """Start the evaluation into `folder` (scores.json: its `aggregates`, stderr, then
    exit: its exit code), unless another worker did: the first to create `started` starts
    it. Its own
    session, so that it outlives the worker that started it (the other may still read it)."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(folder / "started", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return
    script = (
        '"$0" "$@" > "$EVAL_DIR/scores.json" 2> "$EVAL_DIR/stderr"; '
        'echo $? > "$EVAL_DIR/exit.part"; mv "$EVAL_DIR/exit.part" "$EVAL_DIR/exit"'
    )
    env = {**os.environ, "EVAL_DIR": str(folder), cache.CACHE_ENV: str(EVAL_STORE)}
    process = subprocess.Popen(
        ["sh", "-c", script, sys.executable, *EVAL_COMMAND],
        cwd=paths.ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    (folder / "pid").write_text(str(process.pid), encoding="utf-8")
    EVAL_PROCESSES.append(process)


def read_eval(folder: Path, wait: float = EVAL_WAIT) -> dict[str, Any]:
    """The report of the evaluation process in `folder`, once it has ended (failing with its
    exit code and stderr if it failed, or if it has not ended within `wait` seconds)."""
    deadline = time.monotonic() + wait
    while not (folder / "exit").exists():
        if time.monotonic() > deadline:
            pytest.fail(f"`workbook eval --json` has not ended within {wait:.0f} s")
        time.sleep(0.1)
    code = (folder / "exit").read_text(encoding="utf-8").strip()
    if code != "0":
        stderr = (folder / "stderr").read_text(encoding="utf-8", errors="replace")
        pytest.fail(f"`workbook eval --json` exited with {code}:\n{stderr[-4000:]}")
    return json.loads((folder / "scores.json").read_text(encoding="utf-8"))


# The test process's cyclic garbage collector (round 30, speed24): with the default
# thresholds (700, 10, 10) a worker ran about 850 young and 80 middle collections and
# several full ones per thousand tests, each full one walking every object alive (the
# imported modules, pandas, the tables, the compiled patterns): about a tenth of a worker's
# own CPU in the plain unit tests. Young collections every `GC_THRESHOLD[0]` allocations
# instead, and what is alive once the tests are collected (`gc.freeze`: imports and
# collected items, never garbage) left out of every later collection. Garbage is still
# collected, later; only the test process (and the evaluation's, `eval_main`) is tuned, not
# the package nor its commands.
GC_THRESHOLD = (10_000, 10, 10)


def pytest_configure(config: pytest.Config) -> None:
    gc.set_threshold(*GC_THRESHOLD)


def pytest_collection_finish(session: pytest.Session) -> None:
    """A worker that will run a test needing the evaluation (after `-k` and marks) starts
    it; every worker then leaves what collection made alive out of later collections."""
    gc.freeze()
    folder = eval_folder(session.config)
    if folder is not None and any(uses(item, LAST) for item in session.items):
        _start_eval(folder)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The worker that started the evaluation's process waits for it (its CPU then counts in
    the session's, and no process is left), ending it first if the session was interrupted;
    the controller of a pytest-xdist session, every worker done, ends it if it still runs
    and removes its folder."""
    config = session.config
    if hasattr(config, "workerinput"):
        for process in EVAL_PROCESSES:
            if exitstatus == pytest.ExitCode.INTERRUPTED:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=EVAL_WAIT)
        return
    if not getattr(config.option, "numprocesses", None):
        return
    folder = config._tmp_path_factory.getbasetemp() / "evaluation"
    pid = folder / "pid"
    if pid.exists() and not (folder / "exit").exists():
        with contextlib.suppress(ProcessLookupError):
            os.killpg(int(pid.read_text(encoding="utf-8")), signal.SIGTERM)
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def evaluated(request) -> dict[str, Any]:
    """The evaluation of both halves (`aggregates`: no per-item result of the held-out half),
    once for the session, as its JSON reads: the
    claims' scores (test_eval.py) and the entities' (test_entity_names.py) of one annotation
    per article. Under pytest-xdist, from the process `_start_eval` started; in one process,
    evaluated here."""
    folder = eval_folder(request.config)
    if folder is not None and (folder / "started").exists():
        return read_eval(folder)
    from analysis.evidence import evaluation

    return json.loads(evaluation.to_json(aggregates(evaluation.evaluate())))


@pytest.fixture(scope="session")
def nbformat_lib() -> Any:
    """nbformat, for tests that read or write notebooks in the test process: its import
    builds jsonschema's format checkers (seconds), so these tests share the worker of the
    failing notebooks' tests (`GROUPS`), which import it too."""
    import nbformat

    return nbformat


def outputs_of(folder: Path) -> dict[str, bytes]:
    """Every file of every run folder under an output folder, by relative path."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.glob("*/*/*"))
        if p.is_file() and not p.parent.name.startswith(".")
    }


# Shared fixtures that take seconds to build, and the worker group of the tests using them.
GROUPS = {
    "executed": "report",
    "executed_again": "report",
    "warm_pool": "report",  # the session's shared runner pool, with its warm kernels
    "whole_report": "report",
    "failures": "failures",  # test_runner.py: the failing notebooks' runs
    "nbformat_lib": "failures",  # nbformat imported (seconds) where the failures import it
    "server": "lab",  # test_lab.py: a Jupyter server
    "validated": "frictionless",  # test_datapackage_frictionless.py: the catalog validated
    "group_probe": "report",  # test_worker_groups.py: proves that the groups hold
    "browser": "report",  # test_reader_pages.py: one Chromium for every page test
    "seed_json": "article-seed",  # test_article_seed.py: `workbook article --json` of the seed
    "timeline": "charts",  # test_charts.py: the measures timeline drawn and rendered
    "large_timeline": "charts",  # test_timeline_key.py: 250 made-up measures drawn (round 35)
}


# First: pytest-xdist reads the groups in its own hook of the same name (`--dist loadgroup`).
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (`make test`), keep the tests sharing one of `GROUPS`' fixtures on
    one worker, so that each is built once (an executed report, a server...)."""
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        group = next((GROUPS[name] for name in GROUPS if name in used), None)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))
    items[:] = slow_modules_first(items)


# The marks whose tests' modules `slow_modules_first` runs first, in this order.
SLOW_FIRST = ("slow", "notebook", "process")
# The fixtures whose tests run after all others: the evaluation's (`evaluated`), which a
# process of its own computes beside the workers.
LAST = ("evaluated",)


def uses(item: pytest.Item, fixtures: tuple[str, ...]) -> bool:
    """Whether a collected test asks for one of `fixtures`."""
    return any(name in getattr(item, "fixturenames", ()) for name in fixtures)


def slow_modules_first(items: list[pytest.Item]) -> list[pytest.Item]:
    """The tests outside `GROUPS` of modules that start runners, kernels or notebooks
    first, then those of modules that start Python processes of their own (`process`),
    each module's together, the order otherwise kept; the grouped tests keep their own
    order (the reader pages read the report's index before the forced rerun rewrites it
    with the rerun's runs only); the tests of `LAST`'s fixtures after all others.

    pytest-xdist hands the groups out first (largest first), then one test at a time in
    this order: a test of a minute left to the end would keep one worker busy while the
    other has nothing left to do, and the end of a session is best left to the unit tests
    of milliseconds, which fill in whatever the other worker still has to do."""

    def grouped(item: pytest.Item) -> bool:
        return item.get_closest_marker("xdist_group") is not None

    rank: dict[str, int] = {}
    for item in items:
        if not grouped(item) and not uses(item, LAST):
            marks = {mark.name for mark in item.iter_markers()}
            here = next((i for i, m in enumerate(SLOW_FIRST) if m in marks), len(SLOW_FIRST))
            module = item.nodeid.split("::")[0]
            rank[module] = min(rank.get(module, here), here)

    def key(item: pytest.Item) -> int:
        if grouped(item):
            return -1
        if uses(item, LAST):
            return len(SLOW_FIRST) + 1
        return rank[item.nodeid.split("::")[0]]

    return sorted(items, key=key)


def dated_article(tmp_path: Path, text: str, published: str) -> Any:
    """A one-paragraph article under a headline, with a sidecar giving its date."""
    from analysis.article import document

    path = tmp_path / "story.txt"
    path.write_text(f"Minerals\n\n{text}\n", encoding="utf-8")
    meta = {"headline": "Minerals", "language": "en", "published": published}
    path.with_suffix(".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return document.load(path)


def day_read(tmp_path: Path, text: str, published: str, words: str) -> str:
    """The first day (ISO) the article reader gives the date written `words` in a
    `dated_article`."""
    days = [d for d in dated_article(tmp_path, text, published).dates if d.text == words]
    assert days, f"no date {words!r} read in {text!r}"
    return str(days[0].start)


def dated_verdicts(tmp_path: Path, text: str, published: str) -> list[Any]:
    """The fact-check's verdicts on a `dated_article`."""
    from analysis.evidence import factcheck

    return factcheck.check(dated_article(tmp_path, text, published))


def weekday_days(tmp_path: Path, text: str, published: str, weekday: str) -> list[Any]:
    """The days the frames of a `dated_article`'s claims read for the date words `weekday`
    ("Thursday"), as dates."""
    return [
        dt.date.fromisoformat(w.start)
        for x in dated_verdicts(tmp_path, text, published)
        if x.claim.frame
        for w in x.claim.frame.when
        if w.text == weekday and w.start
    ]


def entities_by_text(text: str) -> dict[str, Any]:
    """The entities the annotator finds in `text` (an article of 1 March 2025), by their text."""
    from analysis.article import document

    ents = document.from_text(text, {"headline": "", "published": "2025-03-01"}).entities
    return {e.text: e for e in ents}


def verdict_about(found: list[Any], words: str) -> Any:
    """The first verdict whose claim holds `words` (failing, with the claims read, if none),
    of those not inside another such claim (an office named as a title inside a visit
    clause is a claim of its own: the clause is the one meant)."""
    hits = [x for x in found if words in x.claim.text]
    assert hits, f"no claim on {words!r} in {[x.claim.text for x in found]}"
    outer = [
        x
        for x in hits
        if not any(
            y is not x and y.claim.start <= x.claim.start and x.claim.end <= y.claim.end
            for y in hits
        )
    ]
    return outer[0]


def longest_verdict(tmp_path: Path, text: str, published: str) -> Any:
    """The verdict on the longest claim the fact-check finds in a `dated_article` (failing if
    it finds none): the sentence's whole claim rather than a clause inside it."""
    found = dated_verdicts(tmp_path, text, published)
    assert found, f"no claim found in {text!r}"
    return max(found, key=lambda x: x.claim.end - x.claim.start)


def checked_about(tmp_path: Path, text: str, published: str, words: str) -> Any:
    """The `verdict_about` `words` among the verdicts on a `dated_article`."""
    return verdict_about(dated_verdicts(tmp_path, text, published), words)


def first_verdict_with(tmp_path: Path, text: str, published: str, words: str) -> Any:
    """The first verdict, in the article's order, whose claim holds `words` (inner claims
    included, unlike `verdict_about`), failing with the claims read if there is none."""
    found = dated_verdicts(tmp_path, text, published)
    hits = [x for x in found if words in x.claim.text]
    assert hits, f"no claim with {words!r} in {[x.claim.text for x in found]}"
    return hits[0]


def office_verdicts(tmp_path: Path, text: str, published: str | dt.date) -> list[Any]:
    """The verdicts on the office claims of a `dated_article` published on a day (ISO text
    or a date)."""
    day = published.isoformat() if isinstance(published, dt.date) else published
    return [x for x in dated_verdicts(tmp_path, text, day) if x.claim.type == "office"]


def office_labels(tmp_path: Path, text: str, published: dt.date, words: str) -> list[Any]:
    """The verdict labels of the `office_verdicts` whose claim holds `words`."""
    return [x.verdict for x in office_verdicts(tmp_path, text, published) if words in x.claim.text]


def office_term(name: str, keyword: str) -> Any:
    """The person's dated office whose keywords hold `keyword` (from the officials table)."""
    from analysis.article import gazetteer as gz  # here: it imports pandas (0.9 s a worker)

    person = gz.person(name)
    assert person is not None
    return next(o for o in person.offices if keyword in o.keywords and o.start and o.end)


def inside_office(office: Any) -> dt.date:
    """The day halfway through a dated office."""
    return office.start + (office.end - office.start) / 2


def claim_frame(tmp_path: Path, text: str, published: str, words: str) -> Any:
    """The frame of the one claim of a `dated_article` that holds `words`."""
    (claim,) = [c for c in dated_article(tmp_path, text, published).claims if words in c.text]
    return claim.frame


def time_roles(tmp_path: Path, text: str, published: str, words: str) -> list[Any]:
    """The roles of the times, holding `words`, in the claim frames of a `dated_article`."""
    claims = dated_article(tmp_path, text, published).claims
    return [w.role for c in claims if c.frame for w in c.frame.when if words in w.text]


def measure_row(measure_id: str) -> Any:
    """The measures catalog's row of a measure id."""
    from analysis.analyses import measures

    table = measures.measures()
    return table.loc[table["measure_id"] == measure_id].iloc[0]


def reserve_order(edition: str = "MCS 2024") -> list[str]:
    """Countries by rare-earth reserves in a USGS edition, largest first (from the vendored
    table: no figure typed by hand)."""
    held = [
        (float(r["value"]), r["country"])
        for r in read_rows("sources/rare_earths_reserves.csv")
        if r["source_edition"] == edition
        and r["value"]
        and "World" not in r["country"]
        and "Other" not in r["country"]
    ]
    return [c for _, c in sorted(held, reverse=True)]
