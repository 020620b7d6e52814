"""Benchmark the workbook on this machine (`workbook bench`, `make bench`).

Measures, interleaved so that a busy machine slows every contender alike, and reports
medians of `--repeat` rounds, with ratios against a baseline measured in the same run:

The report (`--part report`):
- the report run by the runner (`workbook run --force`, every run executed);
- the same runs executed one after another with the plain `papermill` command line (the
  baseline), and with a plain pool of 2 processes calling it;
- a second `workbook run` with nothing changed (every run up to date);
- `workbook --help` (start-up cost of the command line);
- the peak memory (proportional set size, shared pages split between processes) of
  the runner's whole process tree during the report run.

The fact-check (`--part check`):
- `workbook check` on the seed article, the whole process, against the bare
  `import pandas, matplotlib.pyplot` of the same interpreter (the baseline); with the
  validated tables stored (as after any earlier run) and with nothing stored;
- `workbook check --json` on folders of 1, 10 and 100 copies of the seed article under
  different names: articles per second, and what each article after the first costs.

The runs are those of `notebooks/report.yaml`, padded if need be with
`critical_minerals` runs (start year 2018, 2019, ...) until there are `--runs` of them.
The figures go to the terminal as a table and to a JSON file (`--save`).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.notebooks import contracts
from analysis.notebooks.params import to_json
from analysis.runner import suite

WORKBOOK = [sys.executable, "-m", "analysis"]
PADDING = "critical_minerals"
SEED = paths.ARTICLES_DIR / "raimondo-china-visit-2023.txt"
BATCHES = (1, 10, 100)
PARTS = ("report", "check")
SAVE_FILE = paths.OUTPUTS_DIR / "bench.json"

# Names of the measures (also the keys of the JSON file's samples).
PM_SEQUENTIAL = "papermill, one after another"
PM_POOL = "papermill, pool of 2 processes"
RUNNER = "workbook run (all runs executed)"
MEMORY = "peak memory of workbook run (MiB)"
NOOP = "workbook run, nothing changed"
HELP = "workbook --help"
IMPORTS = "python -c 'import pandas, matplotlib.pyplot'"
CHECK = "workbook check (seed article, tables stored)"
CHECK_COLD = "workbook check (seed article, nothing stored)"


def batch_name(count: int) -> str:
    return f"workbook check --json, {count} article{'s' * (count > 1)}"


def bench_runs(count: int) -> list[suite.Run]:
    """The report's runs, padded to `count` with critical_minerals runs starting later."""
    runs = suite.load()
    labels = {r.label for r in runs}
    spec = contracts.SPECS[PADDING]
    first = spec.defaults()["start_year"]
    for start in range(first, spec.defaults()["end_year"]):
        if len(runs) >= count:
            break
        run = suite.Run(spec, {**spec.defaults(), "start_year": start})
        if run.label not in labels:
            runs.append(run)
            labels.add(run.label)
    return runs


def write_report_file(runs: list[suite.Run], path: Path) -> Path:
    """A report.yaml listing exactly these runs."""
    import yaml

    entries = [{"notebook": r.spec.name, "parameters": to_json(r.params)} for r in runs]
    path.write_text(yaml.safe_dump({"runs": entries}, sort_keys=False), encoding="utf-8")
    return path


def papermill_command(run: suite.Run, folder: Path, kernel: str) -> list[str]:
    """The plain papermill CLI call CI would make for one run."""
    out = folder / run.spec.name / run.slug
    out.mkdir(parents=True, exist_ok=True)
    command = [
        str(Path(sys.executable).with_name("papermill")),
        str(run.source()),
        str(out / "notebook.ipynb"),
        "-k",
        kernel,
        "--cwd",
        str(paths.NOTEBOOKS_DIR),
        "--no-progress-bar",
    ]
    for name, value in {**to_json(run.params), "output_dir": str(out)}.items():
        command += ["-p", name, str(value)]
    return command


def article_copies(folder: Path, count: int, source: Path = SEED) -> Path:
    """A folder of `count` copies of an article (with its metadata sidecar), each under
    its own name."""
    folder.mkdir(parents=True, exist_ok=True)
    sidecar = source.with_name(source.stem + ".meta.json")
    for number in range(1, count + 1):
        stem = f"article-{number:03d}"
        shutil.copy(source, folder / f"{stem}{source.suffix}")
        if sidecar.exists():
            shutil.copy(sidecar, folder / f"{stem}.meta.json")
    return folder


def timed(command: list[str], env: dict[str, str] | None = None) -> float:
    """Wall time of a command (which must succeed)."""
    started = time.perf_counter()
    subprocess.run(
        command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    return time.perf_counter() - started


def timed_with_memory(command: list[str], every: float = 0.05) -> tuple[float, float]:
    """Wall time and peak memory (MiB, summed PSS of the process tree) of a command, until
    every process it started has ended: the runner's fork server ends after the runner, and
    the next command measured must not share the cores with it."""
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    peak = 0.0
    seen: dict[int, psutil.Process] = {}
    while process.poll() is None:
        total = 0
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        for proc in tree:
            seen.setdefault(proc.pid, proc)
            try:
                total += proc.memory_full_info().pss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        peak = max(peak, total / 2**20)
        time.sleep(every)
    others = [p for pid, p in seen.items() if pid != process.pid]
    deadline = time.monotonic() + 60
    while [p for p in others if _running(p)] and time.monotonic() < deadline:
        time.sleep(every)
    seconds = time.perf_counter() - started
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    return seconds, peak


def _running(process: Any) -> bool:
    """Whether a process still runs. One that ended but is not yet reaped (a zombie) does
    not: it holds no core and no memory. An orphan (the fork server, once the runner has
    exited) is reaped by init, which on some machines comes seconds later; waiting for
    that (`psutil.wait_procs`) added those seconds to the measure."""
    import psutil

    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def sequential(commands: list[list[str]]) -> float:
    started = time.perf_counter()
    for command in commands:
        timed(command)
    return time.perf_counter() - started


def pooled(commands: list[list[str]], workers: int = 2) -> float:
    started = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(timed, commands))
    return time.perf_counter() - started


def measure(
    repeat: int,
    runs: int,
    jobs: int | None,
    parts: tuple[str, ...] = PARTS,
    echo: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Every measure of the chosen parts, `repeat` times each, interleaved; the raw samples
    by name."""
    chosen = bench_runs(runs) if "report" in parts else []
    samples: dict[str, list[float]] = {}
    record = samples.setdefault
    before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="workbook-bench-") as tmp:
        folder = Path(tmp)
        report_file = write_report_file(chosen, folder / "report.yaml")
        runner_cmd = [*WORKBOOK, "run", "--report", str(report_file), "--output", tmp + "/r"]
        runner_cmd += ["--jobs", str(jobs)] if jobs else []
        batches = {n: article_copies(folder / f"articles-{n}", n) for n in BATCHES}
        for round_ in range(1, repeat + 1):
            echo(f"round {round_}/{repeat}: {', '.join(parts)}")
            if "check" in parts:
                record(IMPORTS, []).append(
                    timed([sys.executable, "-c", "import pandas, matplotlib.pyplot"])
                )
                timed([*WORKBOOK, "check", str(SEED)])  # the tables stored, as after any run
                record(CHECK, []).append(timed([*WORKBOOK, "check", str(SEED)]))
                empty = {**os.environ, "WORKBOOK_CACHE_DIR": tempfile.mkdtemp(dir=tmp)}
                record(CHECK_COLD, []).append(timed([*WORKBOOK, "check", str(SEED)], empty))
                for count, articles in batches.items():
                    command = [*WORKBOOK, "check", "--json", str(articles)]
                    command += ["--jobs", str(jobs)] if jobs else []
                    record(batch_name(count), []).append(timed(command))
            if "report" in parts:
                plain = [papermill_command(r, folder / "p", paths.KERNEL_NAME) for r in chosen]
                record(PM_SEQUENTIAL, []).append(sequential(plain))
                record(PM_POOL, []).append(pooled(plain))
                seconds, peak = timed_with_memory([*runner_cmd, "--force"])
                record(RUNNER, []).append(seconds)
                record(MEMORY, []).append(peak)
                record(NOOP, []).append(timed(runner_cmd))
                record(HELP, []).append(timed([*WORKBOOK, "--help"]))
    return {
        "runs": [r.label for r in chosen],
        "samples": samples,
        "load": (before, os.getloadavg()[0]),
    }


def summary(found: dict[str, Any]) -> dict[str, Any]:
    """Medians, ranges and the ratios the targets are stated in."""
    samples = found["samples"]
    median = {name: statistics.median(values) for name, values in samples.items()}
    ratios: dict[str, float] = {}
    if PM_SEQUENTIAL in median:
        for name in (PM_POOL, RUNNER):
            if name in median:
                ratios[f"{name} / {PM_SEQUENTIAL}"] = median[name] / median[PM_SEQUENTIAL]
    if IMPORTS in median:
        for name in (CHECK, CHECK_COLD):
            if name in median:
                ratios[f"{name} / {IMPORTS}"] = median[name] / median[IMPORTS]
    batches = {n: median[batch_name(n)] for n in BATCHES if batch_name(n) in median}
    rates = {f"articles per second, {n} in one call": n / s for n, s in batches.items()}
    if len(batches) > 1:
        first, last = min(batches), max(batches)
        rates["seconds per further article"] = (batches[last] - batches[first]) / (last - first)
    return {
        "median": median,
        "range": {name: [min(v), max(v)] for name, v in samples.items()},
        "ratios": ratios,
        "batch": rates,
    }


def table(found: dict[str, Any]) -> str:
    """The medians, ranges and ratios as Markdown tables."""
    samples = found["samples"]
    figures = summary(found)
    median, ranges = figures["median"], figures["range"]
    load = found.get("load")
    lines = [
        f"{len(found['runs'])} runs, {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
        f"medians of {len(next(iter(samples.values())))} rounds"
        + (f"; load average {load[0]:.1f} before, {load[1]:.1f} after" if load else ""),
        "",
        "| measure | median | range | ratio to the baseline |",
        "|---|---|---|---|",
    ]
    base = {
        PM_SEQUENTIAL: PM_SEQUENTIAL,
        PM_POOL: PM_SEQUENTIAL,
        RUNNER: PM_SEQUENTIAL,
        IMPORTS: IMPORTS,
        CHECK: IMPORTS,
        CHECK_COLD: IMPORTS,
    }
    for name, value in median.items():
        low, high = ranges[name]
        if "MiB" in name:
            lines.append(f"| {name} | {value:.0f} MiB | {low:.0f}-{high:.0f} | |")
            continue
        baseline = base.get(name)
        ratio = f" {value / median[baseline]:.2f} " if baseline in median else " "
        lines.append(f"| {name} | {value:.2f} s | {low:.2f}-{high:.2f} |{ratio}|")
    rates = figures["batch"]
    if rates:
        lines += ["", "| batch fact-check | value |", "|---|---|"]
        for name, value in rates.items():
            unit = " s" if name.startswith("seconds") else ""
            lines.append(f"| {name} | {value:.2f}{unit} |")
    return "\n".join(lines)


def save(found: dict[str, Any], path: Path) -> Path:
    """The samples, medians, ratios and the machine, as JSON."""
    load = found.get("load")
    document = {
        "schema": "workbook.bench/1",
        "when": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": {
            "cores": os.cpu_count(),
            "python": sys.version.split()[0],
            "load_average": {"before": load[0], "after": load[1]} if load else None,
        },
        "runs": found["runs"],
        "samples": found["samples"],
        **summary(found),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def main(
    repeat: int = 3,
    runs: int = 6,
    jobs: int | None = None,
    parts: tuple[str, ...] = PARTS,
    save_to: Path = SAVE_FILE,
) -> int:
    """Run the benchmark, print its tables and save its figures; returns the exit code."""
    found = measure(repeat, runs, jobs, parts, echo=lambda text: print(text, file=sys.stderr))
    print(table(found))
    print(f"\nsaved: {paths.relative(save(found, save_to))}")
    return 0
