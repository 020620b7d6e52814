"""Fault injection: every bad input and fault of issue 14 through the real command line.

Each case runs the command line as a user would (its own exit code and stderr) and checks
that it ends with a clear message and the documented exit code (docs/errors.md), never a
traceback, and that no file is lost. Cases whose fault is in their arguments or in input
files made for them run together in one process (`cases`: `cli.main` for each in turn,
as `python -m analysis` calls it); the others run `python -m analysis ...` each. Cases
that must break the repository's own files (its data catalog, a notebook, the default
outputs/ folder) run on a copy of the repository. The property-based tests feed random
bytes and random markup to `workbook article` and `workbook check` in-process (through
`cli.main`).

`pytest tests/test_faults.py` ends with the totals: cases, clear refusals, tracebacks,
processes left, files lost.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import tree_digest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import cli, paths
from analysis.findings import article_views

SEED = paths.ARTICLES_DIR / "raimondo-china-visit-2023.txt"
RAREE = paths.DATA_DIR / "raw" / "usgs-mcs" / "mcs2024-raree_world.csv"
INTERRUPTED = "workbook: interrupted (kernels stopped; outputs of finished runs kept)"
BLANKS = (" ", "\n\n\t \n", "\ufeff \r\n")
BLANK_IDS = ("space", "lines", "bom")


@dataclass
class Outcome:
    case: str
    code: int
    refused: bool  # ended with the exit code expected and a message, no traceback
    traceback: bool
    processes_left: int = 0
    files_lost: int = 0


OUTCOMES: list[Outcome] = []
RANDOM = "random input"
LOST: list[int] = []  # files of data/ and notebooks/ changed by the cases (must stay 0)


def totals() -> dict[str, int]:
    """What the suite found, for the closing line of the test session (conftest.py)."""
    faults = [o for o in OUTCOMES if not o.case.startswith(RANDOM)]
    randoms = [o for o in OUTCOMES if o.case.startswith(RANDOM)]
    return {
        "fault cases": len(faults),
        "clear refusals": sum(o.refused for o in faults),
        "random inputs": len(randoms),
        "random inputs refused": sum(o.refused for o in randoms),
        "tracebacks": sum(o.traceback for o in OUTCOMES),
        "processes left": sum(o.processes_left for o in OUTCOMES),
        "files lost": sum(o.files_lost for o in OUTCOMES) + sum(LOST),
    }


def workbook(
    *args: str, cwd: Path = paths.ROOT, prefix: tuple[str, ...] = (), log_dir: Path | None = None
) -> subprocess.CompletedProcess:
    """`workbook ARGS` in a subprocess (the package of `cwd`: the repository or a copy)."""
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    env["WORKBOOK_LOG_DIR"] = str(log_dir or Path(tempfile.gettempdir()) / "wb-fault-logs")
    return subprocess.run(
        [*prefix, sys.executable, "-m", "analysis", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )


def refused(case: str, proc: subprocess.CompletedProcess, code: int, *says: str) -> str:
    """Assert a clean refusal: the exit code, a `workbook...` message line, `says` in
    stderr, no traceback; record the outcome. Returns stderr."""
    err = proc.stderr
    traceback = "Traceback (most recent call last)" in err
    said = any(line.startswith("workbook") for line in err.splitlines())
    clean = proc.returncode == code and said and not traceback
    clean = clean and all(text in err for text in says)
    OUTCOMES.append(Outcome(case, proc.returncode, clean, traceback))
    assert not traceback, err
    assert proc.returncode == code, (proc.returncode, err)
    assert said, err
    for text in says:
        assert text in err, (text, err)
    return err


@pytest.fixture(scope="module", autouse=True)
def nothing_lost() -> Iterator[None]:
    """The repository's data and notebooks are the same after every case."""
    before = tree_digest(), _digest(paths.NOTEBOOKS_DIR)
    yield
    lost = int(tree_digest() != before[0]) + int(_digest(paths.NOTEBOOKS_DIR) != before[1])
    LOST.append(lost)
    assert not lost, "a fault case changed data/ or notebooks/"


def _digest(folder: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and ".ipynb_checkpoints" not in path.parts:
            digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repository's package, data and notebooks to break."""
    copy = tmp_path / "repo"
    ignore = shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints")
    for name in ("analysis", "data", "notebooks"):
        shutil.copytree(paths.ROOT / name, copy / name, ignore=ignore)
    (copy / "outputs").mkdir()
    return copy


def unprivileged(probe_dir: Path) -> tuple[str, ...]:
    """A command prefix under which a folder without write permission cannot be written.

    Root ignores file permissions; `setpriv` drops that power (CAP_DAC_OVERRIDE) for the
    command. Skips when neither works here."""
    if os.geteuid() != 0:
        return ()
    prefix = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search")
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: permissions cannot be tested")
    probe_dir.chmod(0o555)
    try:
        check = subprocess.run(
            [*prefix, sys.executable, "-c", f"open({str(probe_dir / 'x')!r}, 'w')"],
            capture_output=True,
        )
    finally:
        probe_dir.chmod(0o755)
    if check.returncode == 0 or b"PermissionError" not in check.stderr:
        pytest.skip("cannot drop root's file-permission override here")
    return prefix


# --- articles -------------------------------------------------------------------------


def test_symbolic_link_loop_given_as_an_article(cases):
    for command in ("article", "check"):
        proc = cases[f"{command}: symbolic link loop"]
        refused(f"{command}: symbolic link loop", proc, 2, "a symbolic link that leads nowhere")


def test_sidecar_whose_outlet_is_a_number(cases):
    for command in ("article", "check"):
        proc = cases[f"{command}: sidecar outlet a number"]
        refused(f"{command}: sidecar outlet a number", proc, 2, "'outlet' is 5, not text")


def test_unreadable_article(tmp_path):
    article = tmp_path / "secret.txt"
    shutil.copy(SEED, article)
    prefix = unprivileged(tmp_path)
    article.chmod(0o000)
    try:
        proc = workbook("article", str(article), prefix=prefix)
    finally:
        article.chmod(0o644)
    refused("article: no permission to read", proc, 2, "cannot be read (Permission denied)")


@pytest.mark.parametrize("blank", BLANKS, ids=BLANK_IDS)
def test_whitespace_only_article_stops(cases, blank):
    proc = cases[f"article: whitespace only ({blank!r})"]
    refused(f"article: whitespace only ({blank!r})", proc, 2, "only blank space")


# --- workbook run: options ------------------------------------------------------------


def test_output_pointing_at_a_file(cases):
    refused("run --output FILE", cases["run --output FILE"], 2, "is a file, not a folder")
    refused("run --output FILE/below", cases["run --output FILE/below"], 2, "a file")
    assert cases.folder.joinpath("report.html").read_text() == "keep me"


# One process for several cases whose fault is in the arguments alone: `cli.main` called
# for each in turn, as `python -m analysis` calls it, with each case's exit code, stdout
# and stderr kept apart (a traceback escaping `cli.main` printed as the interpreter would),
# and the SHA-256 of a watched file (`argv[2]`, if given) after each case.
DRIVER = """
import contextlib, hashlib, io, json, pathlib, sys, traceback
from analysis import cli
done = []
watched = []
for args in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(args)
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else int(stop.code is not None)
        except BaseException:
            traceback.print_exc()
            code = 1
    if len(sys.argv) > 2:
        watched.append(hashlib.sha256(pathlib.Path(sys.argv[2]).read_bytes()).hexdigest())
    done.append([code, out.getvalue(), err.getvalue()])
print(json.dumps([done, watched]))
"""


def workbook_cases(
    *cases: list[str], cwd: Path = paths.ROOT, watch: Path | None = None
) -> list[subprocess.CompletedProcess]:
    """`workbook ARGS` for each of `cases`, all in one process of the package of `cwd` (the
    repository or a copy; each a `python -m analysis` of its own cost 0.2-0.8 s of CPU,
    most of it imports). With `watch`, the file's SHA-256 after each case is that case's
    `watched`."""
    env = {**os.environ, "PYTHONPATH": str(cwd)}
    env["WORKBOOK_LOG_DIR"] = str(Path(tempfile.gettempdir()) / "wb-fault-logs")
    proc = subprocess.run(
        [sys.executable, "-c", DRIVER, json.dumps(cases), *([str(watch)] if watch else [])],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    done, watched = json.loads(proc.stdout)
    out = [
        subprocess.CompletedProcess(["workbook", *args], code, stdout, stderr)
        for args, (code, stdout, stderr) in zip(cases, done, strict=True)
    ]
    for case, digest in zip(out, watched, strict=False):
        case.watched = digest
    return out


INSIDE = ("data", "data/sources", "notebooks", ".", "analysis")


class Cases(dict):
    """Each case's outcome by name; `folder` holds the inputs made for them."""

    folder: Path


@pytest.fixture(scope="module")
def cases(tmp_path_factory) -> Cases:
    """The cases whose fault is in their arguments or in input files made for them, all in
    one process (`workbook_cases`; a process each cost 0.2-0.8 s of CPU): their inputs made
    first, each repository folder of `INSIDE` listed before. Each test below asserts its
    own cases' outcomes."""
    folder = tmp_path_factory.mktemp("cases")
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    story = folder / "story.txt"
    shutil.copy(SEED, story)
    (folder / "story.meta.json").write_text(json.dumps({"outlet": 5, "headline": "A story"}))
    target = folder / "report.html"
    target.write_text("keep me")
    binary = folder / "binary" / "report.yaml"
    binary.parent.mkdir()
    binary.write_bytes(bytes(range(128, 256)) * 4)
    nope = folder / "nope.yaml"
    nope.write_text("runs:\n  - notebook: nope\n")  # a problem, if it were read
    named: dict[str, list[str]] = {}
    for command in ("article", "check"):
        named[f"{command}: symbolic link loop"] = [command, str(folder / "a.txt")]
        named[f"{command}: sidecar outlet a number"] = [command, str(story)]
    for i, blank in enumerate(BLANKS):
        path = folder / f"blank-{i}.txt"
        path.write_text(blank, encoding="utf-8")
        named[f"article: whitespace only ({blank!r})"] = ["article", str(path)]
    named["run --output FILE"] = ["run", "article", "--output", str(target)]
    named["run --output FILE/below"] = ["run", "article", "--output", str(target / "below")]
    out = str(folder / "out")
    named["run --report BINARY"] = ["run", "--report", str(binary), "--output", out]
    named["run --report FOLDER"] = ["run", "--report", str(folder), "--output", out]
    jobs = ["run", "--jobs", "0", "--report", str(nope), "--output", str(folder / "jobs-out")]
    named["run --jobs 0"] = jobs
    named["import-usgs --encoding klingon"] = [
        *("data", "import-usgs", "--encoding", "klingon", str(RAREE))
    ]
    named["bench --repeat 0"] = ["bench", "--repeat", "0"]
    for inside in INSIDE:
        named[f"run --output {inside}"] = ["run", "article", "--output", inside]
    found = Cases()
    found.folder = folder
    found["listings"] = {
        inside: sorted(p.name for p in (paths.ROOT / inside).iterdir()) for inside in INSIDE
    }
    found.update(zip(named, workbook_cases(*named.values()), strict=True))
    return found


@pytest.mark.parametrize("inside", INSIDE, ids=lambda s: s)
def test_output_inside_the_repositorys_own_folders(inside, cases):
    proc, before = cases[f"run --output {inside}"], cases["listings"][inside]
    refused(f"run --output {inside}", proc, 2, "--output", "outside the repository")
    assert sorted(p.name for p in (paths.ROOT / inside).iterdir()) == before


def test_read_only_outputs_folder(repo_copy):
    prefix = unprivileged(repo_copy / "outputs")
    (repo_copy / "outputs").chmod(0o555)
    try:
        proc = workbook("run", "critical_minerals", cwd=repo_copy, prefix=prefix)
    finally:
        (repo_copy / "outputs").chmod(0o755)
    refused("run with a read-only outputs/", proc, 2, "cannot write in", "Permission denied")
    assert not any((repo_copy / "outputs").iterdir())


def test_report_file_that_is_binary_or_a_folder(cases):
    refused("run --report BINARY", cases["run --report BINARY"], 2, "not a text file")
    refused("run --report FOLDER", cases["run --report FOLDER"], 2, "cannot be read")


def test_jobs_0_is_refused_at_once_before_the_report_is_read(cases):
    proc = cases["run --jobs 0"]
    err = refused("run --jobs 0", proc, 2, "bad options (1):", "--jobs: 0 is not a positive")
    assert "nope" not in err and "notebook parameters" not in err
    assert not (cases.folder / "jobs-out").exists(), "nothing is written when options are refused"


# --- data -----------------------------------------------------------------------------


def test_unknown_encoding(cases):
    proc = cases["import-usgs --encoding klingon"]
    refused("import-usgs --encoding klingon", proc, 2, "unknown encoding 'klingon'")


def test_datapackage_with_a_wrong_schema(repo_copy):
    package = repo_copy / "data" / "datapackage.json"
    descriptor = json.loads(package.read_text(encoding="utf-8"))
    descriptor["resources"][0]["schema"] = "oops"
    package.write_text(json.dumps(descriptor), encoding="utf-8")
    name = descriptor["resources"][0]["name"]
    # The three commands in one process of the copy (`workbook_cases`): each reads the
    # catalog anew and is refused alike, with its own exit code and stderr.
    commands = (["data", "list"], ["check", str(SEED)], ["run", "critical_minerals"])
    for args, proc in zip(commands, workbook_cases(*commands, cwd=repo_copy), strict=True):
        refused(
            f"{args[0]}: datapackage.json with a wrong schema",
            proc,
            1,
            "data/datapackage.json is not a valid data catalog",
            f"({name}): 'schema': expected an object",
        )


def _conflicting_raree(folder: Path) -> Path:
    """The USGS rare-earths file with China's 2023 mine production changed."""
    text = RAREE.read_text(encoding="utf-8-sig")
    china = next(line for line in text.splitlines() if line.startswith("MCS2024,China,"))
    path = folder / RAREE.name
    path.write_text(text.replace(china, china.replace(",240000,", ",245000,")), encoding="utf-8")
    return path


def test_conflicting_import_is_refused_unless_replace(repo_copy, tmp_path):
    table = repo_copy / "data" / "sources" / "rare_earths_mine_production.csv"
    before = table.read_bytes()
    path = _conflicting_raree(tmp_path)
    # Refused, then adopted with --replace: one process of the copy (`workbook_cases`), the
    # table's bytes hashed after each. The refusal leaves them as they were, to the byte.
    proc, adopted = workbook_cases(
        ["data", "import-usgs", str(path)],
        ["data", "import-usgs", "--replace", str(path)],
        cwd=repo_copy,
        watch=table,
    )
    err = refused("import-usgs with a conflicting value", proc, 2, "--replace")
    assert "'240000' in the bundled table, '245000'" in err
    assert proc.watched == hashlib.sha256(before).hexdigest(), "the refusal wrote the table"
    assert adopted.returncode == 0, adopted.stderr
    assert "1 conflicting row (replaced by the files' rows)" in adopted.stderr
    assert table.read_bytes() != before and b",245000," in table.read_bytes()


# --- other commands -------------------------------------------------------------------


def test_bench_repeat_0(cases):
    proc = cases["bench --repeat 0"]
    refused("bench --repeat 0", proc, 2, "--repeat: expected a whole number of 1 or more")


def test_sync_on_a_truncated_notebook(repo_copy):
    notebook = repo_copy / "notebooks" / "article.ipynb"
    cut = notebook.read_bytes()[:500]
    notebook.write_bytes(cut)
    proc = workbook("sync", cwd=repo_copy)
    refused("sync on a truncated notebook", proc, 2, "not a valid notebook", "git checkout")
    assert notebook.read_bytes() == cut, "the broken notebook is left for the user to restore"


def test_broken_pipe_ends_quietly():
    env = {**os.environ, "PYTHONPATH": str(paths.ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "analysis", "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=paths.ROOT,
        env=env,
    )
    proc.stdout.close()  # the reader is gone before the first line: `| head -0`
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    OUTCOMES.append(Outcome("list | (reader gone)", proc.returncode, not err, "Traceback" in err))
    assert err == "" and proc.returncode == cli.EXIT_BROKEN_PIPE
    piped = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f"{sys.executable} -m analysis list | head -1"],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
        env=env,
    )
    OUTCOMES.append(Outcome("list | head -1", piped.returncode, not piped.stderr, False))
    assert piped.stderr == "" and piped.returncode in (0, cli.EXIT_BROKEN_PIPE)
    assert piped.stdout.startswith("brief: ")


def test_unexpected_error_is_one_line_with_the_traceback_in_a_log(tmp_path):
    code = (
        "import sys\n"
        "from analysis import cli\n"
        "def broken(args):\n"
        "    raise ZeroDivisionError('injected fault')\n"
        "cli._COMMANDS['list'] = broken\n"
        "sys.exit(cli.main(['list']))\n"
    )
    env = {**os.environ, "WORKBOOK_LOG_DIR": str(tmp_path / "logs")}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=paths.ROOT, env=env
    )
    err = refused("unexpected error", proc, 1, "unexpected error: ZeroDivisionError")
    assert len(err.strip().splitlines()) == 1, err
    (log,) = (tmp_path / "logs").glob("error-*.log")
    assert str(log) in err
    text = log.read_text()
    assert text.startswith("$ workbook list\n") and "Traceback" in text and "injected" in text


# --- Ctrl-C during a run (starts kernels) ---------------------------------------------


@pytest.mark.notebook
def test_ctrl_c_during_a_run_prints_one_line_and_leaves_no_process(tmp_path):
    import psutil

    env = {**os.environ, "WORKBOOK_LOG_DIR": str(tmp_path / "logs")}
    command = ["run", "critical_minerals", "--force", "--output", str(tmp_path / "out")]
    proc = subprocess.Popen(
        [sys.executable, "-m", "analysis", *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=paths.ROOT,
        env=env,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        # Ctrl-C taken as on a terminal even when the tests run in a background job, which
        # starts with SIGINT ignored (Python then keeps it ignored, and the run goes on).
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    runner = psutil.Process(proc.pid)
    deadline = time.monotonic() + 300
    # In the middle of the notebook: its first chart is saved in the run's staging folder.
    while not list((tmp_path / "out").glob("*/.*.staging/*.png")) and proc.poll() is None:
        assert time.monotonic() < deadline, "the run did not reach its first chart"
        time.sleep(0.1)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    children = runner.children(recursive=True)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends
    err = proc.communicate(timeout=300)[1]
    alive = still_running(children, timeout=20)
    OUTCOMES.append(
        Outcome(
            "Ctrl-C during run",
            proc.returncode,
            proc.returncode == cli.EXIT_INTERRUPTED and err.strip() == INTERRUPTED,
            "Traceback" in err,
            processes_left=len(alive),
        )
    )
    assert [line for line in err.splitlines() if line.strip()] == [INTERRUPTED], err
    assert proc.returncode == cli.EXIT_INTERRUPTED
    assert not alive, [p.pid for p in alive]


def still_running(processes: list, timeout: float) -> list:
    """Those of `processes` still running after up to `timeout` seconds. A zombie has
    ended: it waits only for its parent to read its exit code, and a kernel orphaned by
    its stopped worker waits for init to do that, which this machine does seconds late
    (psutil.wait_procs would wait for that too)."""
    import psutil

    def running(process: psutil.Process) -> bool:
        try:
            return process.is_running() and process.status() != psutil.STATUS_ZOMBIE
        except psutil.Error:
            return False

    deadline = time.monotonic() + timeout
    while (left := [p for p in processes if running(p)]) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="zombies are read from /proc")
def test_a_zombie_is_not_still_running_and_a_live_process_is():
    import psutil

    ended = subprocess.Popen([sys.executable, "-c", "pass"])  # not reaped: a zombie
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        zombie, sleeper = psutil.Process(ended.pid), psutil.Process(live.pid)
        deadline = time.monotonic() + 30
        while zombie.status() != psutil.STATUS_ZOMBIE:
            assert time.monotonic() < deadline, "the child did not end"
            time.sleep(0.05)
        assert still_running([zombie, sleeper], timeout=0.2) == [sleeper]
        live.kill()
        live.wait()
        assert still_running([zombie, sleeper], timeout=0.2) == []
    finally:
        live.kill()
        ended.wait()
        live.wait()


# --- the article notebook on texts it used to crash on ----------------------------------

NO_DATE_NO_CLAIM = "Der Minister besuchte Peking. Er sprach über Halbleiter und seltene Erden.\n"
ONLY_CLAIMS = "China produced 240,000 tonnes of rare earths in 2023.\n"


def test_views_say_so_plainly_when_there_is_nothing(tmp_path):
    from analysis.article import document

    empty = tmp_path / "de.txt"
    empty.write_text(NO_DATE_NO_CLAIM, encoding="utf-8")
    art = document.load(empty)
    assert art.dates == [] and art.claims == []
    assert article_views.dates_table(art).columns.tolist()[:3] == ["id", "text", "start"]
    assert article_views.dates_table(art).empty and article_views.non_claims_table(art).size
    text = article_views.summary(art)
    for sentence in (article_views.NO_ENTITIES, article_views.NO_DATES, article_views.NO_CLAIMS):
        assert sentence in text
    claims = tmp_path / "claims.txt"
    claims.write_text(ONLY_CLAIMS, encoding="utf-8")
    art = document.load(claims)
    assert art.claims and art.non_claims == []
    assert article_views.non_claims_table(art).columns.tolist() == ["text", "reason"]


@pytest.mark.notebook
def test_article_notebook_runs_on_texts_without_dates_or_non_claims(tmp_path, warm_pool):
    from analysis.runner import schedule, suite

    texts = {"de.txt": NO_DATE_NO_CLAIM, "claims.txt": ONLY_CLAIMS}
    runs = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        runs += suite.select(["article"], {"article": str(tmp_path / name)})
    results = schedule.run_all(runs, output_root=tmp_path / "out", pool=warm_pool)
    shown = {}
    for result in results:
        OUTCOMES.append(Outcome(f"article notebook: {result.run.label}", 0, False, False))
        assert result.status == "ok", result.describe()
        nb = json.loads((result.output_dir / "notebook.ipynb").read_text())
        shown[result.run.label] = json.dumps([c.get("outputs", []) for c in nb["cells"]])
        assert (result.output_dir / "findings.json").exists()
    de, claims = (shown[r.run.label] for r in results)
    assert article_views.NO_DATES in de and article_views.NO_CLAIMS in de
    assert article_views.NO_NON_CLAIMS in claims and article_views.NO_DATES not in claims


# --- property-based: random bytes and markup as articles --------------------------------

MARKUP = [
    "<html>",
    "<!doctype html>",
    "<body>",
    "<article>",
    "</article>",
    "<p>",
    "</p>",
    "<br/>",
    "<h1>",
    "<script>alert(1)</script>",
    "<!--",
    "-->",
    "<![CDATA[",
    "&amp;",
    "&lt;script&gt;",
    "&#x3c;",
    "\x00",
    "\ufeff",
    "\u202e",
    "“",
    "»",
    "\r\n",
    "\n\n",
    " ",
    "China",
    "rare earths",
    "gallium",
    "69%",
    "240,000 tonnes",
    "in 2023",
    "last week",
    "on August 27",
    "Raimondo said",
    "export controls",
    ".",
]
EXAMPLES = int(os.environ.get("WORKBOOK_FUZZ_EXAMPLES", "100"))
SUFFIXES = st.sampled_from([".txt", ".html", ".htm", ""])
markup = st.tuples(
    st.lists(st.one_of(st.sampled_from(MARKUP), st.text(max_size=12)), max_size=60).map("".join),
    st.sampled_from(["utf-8", "utf-16", "latin-1", "cp1252"]),
).map(lambda pair: pair[0].encode(pair[1], errors="replace"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


BLANK = st.text(alphabet=" \t\n\r\x0b\x0c\u00a0\u2003", min_size=1, max_size=50).map(
    lambda text: text.encode("utf-8")
)


def _fuzz(args: list[str], data: bytes, suffix: str) -> str:
    """`workbook ARGS FILE` in-process on `data`: a clean exit code and message, no
    traceback; blank text refused; JSON that parses when --json succeeds. Returns stdout."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"case{suffix}"
        path.write_bytes(data)
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = cli.main([*args, str(path)])
            except SystemExit as stop:  # argparse
                code = int(stop.code or 0)
    message = err.getvalue()
    traceback = "Traceback" in message or "unexpected error" in message
    clean = code == 2 and not traceback
    OUTCOMES.append(Outcome(f"{RANDOM}: workbook {' '.join(args)}", code, clean, traceback))
    assert code in (0, 1, 2), (code, message)
    assert not traceback, message
    assert code == 0 or message.startswith("workbook: "), message
    if not data.decode("utf-8", errors="replace").strip():
        assert code == 2, "a blank article must be refused"
    if code == 0 and "--json" in args:
        json.loads(out.getvalue())
    return out.getvalue()


@FUZZ
@given(data=st.one_of(st.binary(max_size=3000), markup, BLANK), suffix=SUFFIXES)
def test_random_input_to_workbook_article_ends_cleanly(data, suffix):
    _fuzz(["article"], data, suffix)
    _fuzz(["article", "--json"], data, suffix)


@settings(FUZZ, max_examples=max(1, EXAMPLES // 2))
@given(data=st.one_of(st.binary(max_size=2000), markup, BLANK), suffix=SUFFIXES)
def test_random_input_to_workbook_check_ends_cleanly(data, suffix):
    _fuzz(["check", "--json"], data, suffix)
