"""Faults around the runner: two runs on one folder, a runner stopped or killed.

Each test drives the real command (`python -m analysis run`) on a one-notebook report in
a scratch folder, with real kernels, and checks that no process outlives the runner.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pytest

from analysis.runner import lock
from analysis.runner.results import TEMP_PREFIX

pytestmark = [pytest.mark.notebook, pytest.mark.slow]

REPORT = "runs:\n  - notebook: trade_flows\n  - notebook: export_controls\n"
# The lock's tests need one run only (one worker, one kernel): its lighter notebook (0.5 s
# less kernel CPU than export_controls), still under way while the test acts on it, as
# most of a run is its kernel's warm-up.
ONE_RUN = "runs:\n  - notebook: trade_flows\n"
# SIGHUP takes the same way as SIGTERM (test_runner_cli.py checks that it does).


@pytest.fixture
def report_file(tmp_path) -> Path:
    path = tmp_path / "report.yaml"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.fixture
def one_run_file(tmp_path) -> Path:
    path = tmp_path / "one-run.yaml"
    path.write_text(ONE_RUN, encoding="utf-8")
    return path


# `python -m analysis`, with Ctrl-C delivered as on a terminal even when these tests run in
# a background job (which starts with SIGINT ignored, and Python keeps it ignored).
COMMAND = [
    sys.executable,
    "-c",
    "import runpy, signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "runpy.run_module('analysis', run_name='__main__', alter_sys=True)",
]


def workbook(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [*COMMAND, "run", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def workbook_done(*args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """`workbook run ARGS` to its end."""
    return subprocess.run(
        [*COMMAND, "run", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def holder(output: Path) -> int | None:
    try:
        return json.loads((output / lock.LOCK_FILE).read_text() or "{}").get("pid")
    except (FileNotFoundError, ValueError):
        return None


# (300 s: a kernel took more than 120 s to start on a machine loaded 20 deep, round 27)
def wait_for(condition, timeout: float = 300.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def kernels_of(process: psutil.Process) -> list[psutil.Process]:
    found = []
    for child in process.children(recursive=True):
        try:
            if "ipykernel" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:
            continue
    return found


def outputs(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.glob("*/*/*"))
        if p.is_file()
    }


def test_a_second_run_on_the_same_folder_is_refused_or_waits(tmp_path, one_run_file):
    out = tmp_path / "out"
    first = workbook("--report", str(one_run_file), "--output", str(out))
    wait_for(lambda: holder(out) == first.pid, what="the first run to hold the lock")

    refused = workbook_done("--report", str(one_run_file), "--output", str(out))
    assert refused.returncode == 2
    assert f"another workbook run is writing to this folder (process {first.pid}" in (
        refused.stderr
    )
    assert "--wait" in refused.stderr and "Traceback" not in refused.stderr

    waiting = workbook("--report", str(one_run_file), "--output", str(out), "--wait")
    stdout, stderr = first.communicate(timeout=300)
    assert first.returncode == 0, stderr
    assert stderr == "", "no kernel or library noise on stderr"
    assert "ok         trade_flows/default in" in stdout
    stdout, stderr = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, stderr
    assert "waiting for the run writing to it" in stderr
    assert "1 up to date" in stdout, "it waited, then found the first run's outputs"

    made = outputs(out)
    run = "trade_flows/default"
    manifest = json.loads(made[f"{run}/manifest.json"])
    assert set(manifest["outputs"]) <= {n.split("/")[-1] for n in made if n.startswith(run)}
    again = workbook_done("--report", str(one_run_file), "--output", str(out))
    assert again.returncode == 0 and "0 ran, 1 up to date" in again.stdout
    assert outputs(out) == made, "nothing lost, nothing rewritten"
    assert (out / lock.LOCK_FILE).read_text() == "", "released"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stopped_run_stops_its_workers_and_kernels(tmp_path, report_file, signum):
    out = tmp_path / "out"
    runner = workbook("--report", str(report_file), "--output", str(out), "--force")
    root = psutil.Process(runner.pid)
    wait_for(lambda: kernels_of(root), what="a kernel")
    tree = root.children(recursive=True)
    runner.send_signal(signum)
    _stdout, stderr = runner.communicate(timeout=60)
    expected = 130 if signum == signal.SIGINT else 128 + signum
    assert runner.returncode == expected, stderr
    assert "workbook: interrupted" in stderr and "Traceback" not in stderr
    wait_for(lambda: not alive(tree), timeout=5, what=f"{alive(tree)} to end")
    assert (out / lock.LOCK_FILE).read_text() == "", "released"


def test_a_killed_run_leaves_nothing_running_and_the_next_run_takes_over(tmp_path, one_run_file):
    out = tmp_path / "out"
    runner = workbook("--report", str(one_run_file), "--output", str(out), "--force")
    root = psutil.Process(runner.pid)
    wait_for(lambda: kernels_of(root), what="a kernel")
    wait_for(lambda: list(out.glob("*/.*.staging")), what="a run under way")
    tree = root.children(recursive=True)
    temporary = [
        folder
        for process in tree
        for folder in Path(tempfile.gettempdir()).glob(f"{TEMP_PREFIX}{process.pid}-*")
    ]
    assert temporary, "each worker has a temporary folder (kernel sockets, logs)"
    runner.send_signal(signal.SIGKILL)
    runner.wait(timeout=30)
    wait_for(lambda: not alive(tree), timeout=5, what=f"{alive(tree)} to end")
    assert holder(out) == runner.pid, "the lock file still names the killed run"
    # what a killed run of another notebook leaves, which the next run's own notebook does
    # not replace: only taking over the lock (`lock.clean`) removes it
    (out / "another_notebook" / ".findings.staging").mkdir(parents=True)

    nxt = workbook_done("--report", str(one_run_file), "--output", str(out), timeout=300)
    assert nxt.returncode == 0, nxt.stderr
    assert "taking over the lock of a run that did not finish" in nxt.stderr
    assert not list(out.glob("*/.*.staging")), "the killed run's staging folders are gone"
    assert [f for f in temporary if f.exists()] == [], "and its workers' temporary folders"


def alive(processes: list[psutil.Process]) -> list[str]:
    found = []
    for process in processes:
        try:
            if process.is_running() and process.status() != psutil.STATUS_ZOMBIE:
                found.append(" ".join(process.cmdline())[:80])
        except psutil.Error:
            continue
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="zombies are read from /proc")
def test_an_ended_worker_not_yet_reaped_is_not_running_and_its_folder_is_cleaned(tmp_path):
    # A killed run's workers can stay zombies for a while (their parent gone, not reaped).
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    try:
        zombie = psutil.Process(child.pid)
        wait_for(lambda: zombie.status() == psutil.STATUS_ZOMBIE, timeout=30, what="a zombie")
        folder = Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{child.pid}-"))
        assert not lock.running(child.pid)
        lock.clean(tmp_path)
        assert not folder.exists()
    finally:
        child.wait()
    assert lock.running(psutil.Process().pid)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="zombies are read from /proc")
def test_stopping_counts_an_ended_process_not_yet_reaped_as_ended(monkeypatch):
    # An interrupted run's kernels end at SIGTERM but stay zombies until reaped by a parent
    # that does not wait for them: stopping kills only what still runs.
    from analysis.runner import schedule

    parent = subprocess.Popen(  # starts a child it never reaps
        [
            sys.executable,
            "-c",
            "import subprocess, sys, time; "
            "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); "
            "print(p.pid, flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
    )
    ignores = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
            "print(flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
    )
    ends = psutil.Process(int(parent.stdout.readline()))
    assert ignores.stdout.readline() == b"\n"  # its handler is in place
    killed: list[int] = []
    real_kill = psutil.Process.kill

    def kill(process):
        killed.append(process.pid)
        real_kill(process)

    monkeypatch.setattr(psutil.Process, "kill", kill)
    try:
        # A process ends at SIGTERM's default action as soon as the signal is delivered
        # (no Python handler runs): a zombie within milliseconds even on a loaded machine.
        schedule._stop([ends, psutil.Process(ignores.pid)], grace=0.5)
        assert killed == [ignores.pid], "the zombie is neither waited for nor killed"
        assert ends.status() == psutil.STATUS_ZOMBIE
        assert ignores.wait(timeout=30) == -signal.SIGKILL
    finally:
        for child in (parent, ignores):
            child.kill()
            child.wait()
