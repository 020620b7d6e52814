"""Benchmark the report runner on this machine (`workbook bench`, `make bench`).

Measures, interleaved so that a busy machine slows every contender alike, and reports
medians of `--repeat` rounds:

- the report run by the runner (`workbook run --force`, every run executed);
- the same runs executed one after another with the plain `papermill` command line;
- the same runs with a plain pool of 2 processes calling the `papermill` command line;
- a second `workbook run` with nothing changed (every run up to date);
- `workbook --help` (start-up cost of the command line);
- the peak memory (proportional set size, shared pages split between processes) of
  the runner's whole process tree during the report run.

The runs are those of `notebooks/report.yaml`, padded if need be with
`critical_minerals` runs (start year 2018, 2019, ...) until there are `--runs` of them.
"""

from __future__ import annotations

import os
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


def timed(command: list[str]) -> float:
    """Wall time of a command (which must succeed)."""
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def timed_with_memory(command: list[str], every: float = 0.05) -> tuple[float, float]:
    """Wall time and peak memory (MiB, summed PSS of the process tree) of a command."""
    import psutil

    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    root = psutil.Process(process.pid)
    peak = 0.0
    while process.poll() is None:
        total = 0
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            break
        for proc in tree:
            try:
                total += proc.memory_full_info().pss
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        peak = max(peak, total / 2**20)
        time.sleep(every)
    seconds = time.perf_counter() - started
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    return seconds, peak


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


def measure(repeat: int, runs: int, jobs: int | None, echo: Callable[[str], None] = print) -> dict:
    """Every measure, `repeat` times each, interleaved; the raw samples by name."""
    chosen = bench_runs(runs)
    samples: dict[str, list[float]] = {}
    before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="workbook-bench-") as tmp:
        folder = Path(tmp)
        report_file = write_report_file(chosen, folder / "report.yaml")
        runner_cmd = [*WORKBOOK, "run", "--report", str(report_file), "--output", tmp + "/r"]
        runner_cmd += ["--jobs", str(jobs)] if jobs else []
        for round_ in range(1, repeat + 1):
            echo(f"round {round_}/{repeat} ({len(chosen)} runs)")
            plain = [papermill_command(r, folder / "p", paths.KERNEL_NAME) for r in chosen]
            record = samples.setdefault
            record("papermill, one after another", []).append(sequential(plain))
            record("papermill, pool of 2 processes", []).append(pooled(plain))
            seconds, peak = timed_with_memory([*runner_cmd, "--force"])
            record("workbook run (all runs executed)", []).append(seconds)
            record("peak memory of workbook run (MiB)", []).append(peak)
            record("workbook run, nothing changed", []).append(timed(runner_cmd))
            record("workbook --help", []).append(timed([*WORKBOOK, "--help"]))
    load = (before, os.getloadavg()[0])
    return {"runs": [r.label for r in chosen], "samples": samples, "load": load}


def table(found: dict[str, Any]) -> str:
    """The medians, ranges and ratios as a Markdown table."""
    samples = found["samples"]
    median = {name: statistics.median(values) for name, values in samples.items()}
    base = median["papermill, one after another"]
    load = found.get("load")
    lines = [
        f"{len(found['runs'])} runs, {os.cpu_count()} cores, Python {sys.version.split()[0]}; "
        f"medians of {len(next(iter(samples.values())))} rounds"
        + (f"; load average {load[0]:.1f} before, {load[1]:.1f} after" if load else ""),
        "",
        "| measure | median | range | ratio to papermill one after another |",
        "|---|---|---|---|",
    ]
    for name, value in median.items():
        low, high = min(samples[name]), max(samples[name])
        if "MiB" in name:
            lines.append(f"| {name} | {value:.0f} MiB | {low:.0f}-{high:.0f} | |")
            continue
        compared = name.startswith(("workbook run (", "papermill"))
        ratio = f" {value / base:.2f} " if compared else " "
        lines.append(f"| {name} | {value:.2f} s | {low:.2f}-{high:.2f} |{ratio}|")
    return "\n".join(lines)


def main(repeat: int = 3, runs: int = 6, jobs: int | None = None) -> int:
    """Run the benchmark and print its table; returns the exit code."""
    found = measure(repeat, runs, jobs, echo=lambda text: print(text, file=sys.stderr))
    print(table(found))
    return 0
