"""The benchmark's pieces: its runs, the papermill baseline command, memory, the table."""

from __future__ import annotations

import json
import sys

import pytest

from analysis import paths
from analysis.runner import bench, suite


def test_bench_runs_are_the_report_padded_with_distinct_valid_runs(tmp_path):
    report = [r.label for r in suite.load()]
    assert [r.label for r in bench.bench_runs(1)] == report
    runs = bench.bench_runs(len(report) + 3)
    assert len(runs) == len(report) + 3 and len({r.label for r in runs}) == len(runs)
    assert [r.label for r in runs[: len(report)]] == report
    again = suite.load(bench.write_report_file(runs, tmp_path / "report.yaml"))
    assert [r.label for r in again] == [r.label for r in runs]


def test_the_baseline_is_the_plain_papermill_command_with_the_same_parameters(tmp_path):
    run = next(r for r in bench.bench_runs(1) if r.spec.name == "critical_minerals")
    command = bench.papermill_command(run, tmp_path, paths.KERNEL_NAME)
    assert command[0].endswith("papermill") and command[1] == str(run.source())
    assert command[command.index("-k") + 1] == paths.KERNEL_NAME
    pairs = {command[i + 1]: command[i + 2] for i, c in enumerate(command) if c == "-p"}
    assert pairs["start_year"] == str(run.params["start_year"])
    assert pairs["output_dir"] == str(tmp_path / run.spec.name / run.slug)


@pytest.mark.process
def test_peak_memory_sees_a_process_that_allocates():
    code = (
        "import time; block = bytearray(80 * 2**20); "
        "block[::4096] = b'x' * len(block[::4096]); time.sleep(0.5)"
    )
    seconds, peak = bench.timed_with_memory([sys.executable, "-c", code], every=0.02)
    assert seconds > 0.5 and peak > 80


@pytest.mark.process
def test_a_command_is_timed_until_the_processes_it_started_have_ended(tmp_path):
    # as the runner's fork server, which ends after the runner
    marker = tmp_path / "child-ended"
    child = f"import time; time.sleep(1); open({str(marker)!r}, 'w').close()"
    code = (
        "import subprocess, sys, time; "
        f"subprocess.Popen([sys.executable, '-c', {child!r}]); time.sleep(0.3)"
    )
    bench.timed_with_memory([sys.executable, "-c", code], every=0.02)
    assert marker.exists()


FOUND = {
    "runs": ["a/default", "b/default"],
    "samples": {
        bench.PM_SEQUENTIAL: [10.0, 12.0, 11.0],
        bench.PM_POOL: [4.0, 4.0, 5.0],
        bench.RUNNER: [2.0, 3.0, 2.2],
        bench.MEMORY: [400.0, 420.0, 410.0],
        bench.NOOP: [0.2, 0.3, 0.25],
        bench.HELP: [0.05, 0.06, 0.07],
        bench.IMPORTS: [1.0, 1.0, 1.2],
        bench.CHECK: [1.1, 1.3, 1.2],
        bench.CHECK_COLD: [2.0, 2.5, 2.4],
        bench.batch_name(1): [1.5, 1.5, 1.5],
        bench.batch_name(10): [3.0, 3.0, 3.0],
        bench.batch_name(100): [16.35, 16.35, 16.35],
    },
    "load": (0.5, 1.5),
}


def test_the_table_gives_medians_and_ratios():
    text = bench.table(FOUND)
    assert "2 runs" in text and "medians of 3 rounds" in text
    assert "| papermill, one after another | 11.00 s | 10.00-12.00 | 1.00 |" in text
    assert "| workbook run (all runs executed) | 2.20 s | 2.00-3.00 | 0.20 |" in text
    assert "| peak memory of workbook run (MiB) | 410 MiB | 400-420 | |" in text
    assert "| workbook run, nothing changed | 0.25 s | 0.20-0.30 | |" in text
    assert f"| {bench.CHECK} | 1.20 s | 1.10-1.30 | 1.20 |" in text
    assert f"| {bench.CHECK_COLD} | 2.40 s | 2.00-2.50 | 2.40 |" in text
    assert "| articles per second, 100 in one call | 6.12 |" in text
    assert "| seconds per further article | 0.15 s |" in text


def test_the_figures_are_saved_as_json(tmp_path):
    saved = json.loads(bench.save(FOUND, tmp_path / "bench.json").read_text())
    assert saved["schema"] == "workbook.bench/1"
    assert saved["samples"] == FOUND["samples"]
    assert saved["ratios"][f"{bench.RUNNER} / {bench.PM_SEQUENTIAL}"] == 0.2
    assert saved["batch"]["seconds per further article"] == pytest.approx(0.15)
    assert saved["median"][bench.HELP] == 0.06
    assert saved["machine"]["load_average"] == {"before": 0.5, "after": 1.5}


def test_article_copies_have_their_own_names_and_sidecars(tmp_path):
    folder = bench.article_copies(tmp_path / "a", 3)
    names = sorted(p.name for p in folder.iterdir())
    assert names[:2] == ["article-001.meta.json", "article-001.txt"] and len(names) == 6
    assert (folder / "article-003.txt").read_bytes() == bench.SEED.read_bytes()
