"""The benchmark's pieces: its runs, the papermill baseline command, memory, the table."""

from __future__ import annotations

import sys

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


def test_peak_memory_sees_a_process_that_allocates():
    code = (
        "import time; block = bytearray(80 * 2**20); "
        "block[::4096] = b'x' * len(block[::4096]); time.sleep(0.5)"
    )
    seconds, peak = bench.timed_with_memory([sys.executable, "-c", code], every=0.02)
    assert seconds > 0.5 and peak > 80


def test_the_table_gives_medians_and_ratios():
    found = {
        "runs": ["a/default", "b/default"],
        "samples": {
            "papermill, one after another": [10.0, 12.0, 11.0],
            "papermill, pool of 2 processes": [4.0, 4.0, 5.0],
            "workbook run (all runs executed)": [2.0, 3.0, 2.2],
            "peak memory of workbook run (MiB)": [400.0, 420.0, 410.0],
            "workbook run, nothing changed": [0.2, 0.3, 0.25],
            "workbook --help": [0.05, 0.06, 0.07],
        },
    }
    text = bench.table(found)
    assert "2 runs" in text and "medians of 3 rounds" in text
    assert "| papermill, one after another | 11.00 s | 10.00-12.00 | 1.00 |" in text
    assert "| workbook run (all runs executed) | 2.20 s | 2.00-3.00 | 0.20 |" in text
    assert "| peak memory of workbook run (MiB) | 410 MiB | 400-420 | |" in text
    assert "| workbook run, nothing changed | 0.25 s | 0.20-0.30 | |" in text
