"""Faults around the runner: two runs on one folder, a runner stopped or killed.

Each test drives the real command (`python -m analysis run`) in a scratch folder, with
real workers and kernels, and checks that no process outlives the runner. The lock's test
runs a notebook of the report to its end (its outputs, and a stderr free of kernel or
library noise); the stopped and killed runs run notebooks made for them (`made`: the
standard library only, so their kernels preload nothing, waiting for a gate file that
only the test opens, so a run is still under way whenever the test acts), as only the
runner's handling of its workers and kernels is at stake there. A real report's run
interrupted is test_faults.py's Ctrl-C test.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
import pytest

from analysis import paths
from analysis.runner import lock
from analysis.runner.results import TEMP_PREFIX

pytestmark = [pytest.mark.notebook, pytest.mark.slow]

# The lock's test needs one run only (one worker, one kernel): the report's lighter
# notebook (0.5 s less kernel CPU than export_controls), still under way while the test
# acts on it, as most of a run is its kernel's warm-up.
ONE_RUN = "runs:\n  - notebook: trade_flows\n"
# SIGHUP takes the same way as SIGTERM (test_runner_cli.py checks that it does).

# A notebook made for the stop and kill tests: it waits for GATE, then writes a file.
WAITS = """\
import time
from pathlib import Path
deadline = time.monotonic() + 300
while not Path(GATE).exists() and time.monotonic() < deadline:
    time.sleep(0.1)
(Path(output_dir) / "result.txt").write_text("done")
"""


def made_notebook(folder: Path, name: str, gate: Path) -> Path:
    """A notebook of two code cells (the parameters, `WAITS` for `gate`), written as JSON
    (nbformat's import costs seconds, and this is all a version 4 notebook needs)."""

    def cell(number: int, source: str, tags: list[str]) -> dict:
        return {
            "cell_type": "code",
            "execution_count": None,
            "id": f"cell-{number}",
            "metadata": {"tags": tags},
            "outputs": [],
            "source": source,
        }

    kernelspec = {"name": paths.KERNEL_NAME, "display_name": "x", "language": "python"}
    notebook = {
        "cells": [
            cell(1, 'output_dir = ""', ["parameters"]),
            cell(2, f"GATE = {str(gate)!r}\n" + WAITS, []),
        ],
        "metadata": {"kernelspec": kernelspec},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    path = folder / f"{name}.ipynb"
    path.write_text(json.dumps(notebook), encoding="utf-8")
    return path


@pytest.fixture
def made(tmp_path) -> tuple[list[str], Path]:
    """Two made notebooks (paths) and the gate they wait for (not yet there)."""
    gate = tmp_path / "gate"
    folder = tmp_path / "notebooks"
    folder.mkdir()
    return [str(made_notebook(folder, name, gate)) for name in ("waits_a", "waits_b")], gate


def made_command(notebooks: list[str]) -> list[str]:
    """`python -m analysis` running these made notebooks' runs (`MADE`)."""
    return [*MADE, os.pathsep.join(notebooks)]


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


# The same command on notebooks made for a test (`made`): `suite.select`, which reads the
# report file, gives their runs instead (notebooks outside the contracts, as the runner's
# tests in test_runner.py run them), so everything after it is the command's own: the
# lock, the pool of workers, their kernels, the stop. Such runs go to the workers whole
# (pickled with their notebook's path), not rebuilt from a contract's name.
MADE = [
    sys.executable,
    "-c",
    "import os, runpy, signal, sys; from pathlib import Path; "
    "from analysis.notebooks.params import NotebookSpec; from analysis.runner import suite; "
    "signal.signal(signal.SIGINT, signal.default_int_handler); "
    "made = [Path(p) for p in sys.argv.pop(1).split(os.pathsep)]; "
    "runs = [suite.Run(NotebookSpec(p.stem, p.stem, 'Made for a test.', ()), {}, notebook=p) "
    "for p in made]; "
    "suite.select = lambda *args, **kwargs: list(runs); "
    "runpy.run_module('analysis', run_name='__main__', alter_sys=True)",
]


def workbook(*args: str, command: list[str] = COMMAND, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        [*command, "run", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def workbook_done(
    *args: str, timeout: float = 120, command: list[str] = COMMAND
) -> subprocess.CompletedProcess:
    """`workbook run ARGS` to its end."""
    return subprocess.run(
        [*command, "run", *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def holder(output: Path) -> int | None:
    try:
        return json.loads((output / lock.LOCK_FILE).read_text() or "{}").get("pid")
    except (FileNotFoundError, ValueError):
        return None


# (300 s: a kernel took more than 120 s to start on a machine loaded 20 deep, round 27)
# Workers and kernels end on their own once the runner is gone (ipykernel polls its parent,
# the worker kills its kernel), within seconds on a quiet machine; on a machine loaded 20 to
# 30 (rounds 40 and 41) they took longer than the 5 s first allowed, so the allowance is wide.
ENDS_WITHIN = 60.0


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
def test_a_stopped_run_stops_its_workers_and_kernels(tmp_path, made, signum):
    out = tmp_path / "out"
    notebooks, _gate = made  # two runs: two workers, each with its kernel
    runner = workbook("--output", str(out), "--force", command=made_command(notebooks))
    root = psutil.Process(runner.pid)
    wait_for(lambda: kernels_of(root), what="a kernel")
    tree = root.children(recursive=True)
    runner.send_signal(signum)
    _stdout, stderr = runner.communicate(timeout=60)
    expected = 130 if signum == signal.SIGINT else 128 + signum
    assert runner.returncode == expected, stderr
    assert "workbook: interrupted" in stderr and "Traceback" not in stderr
    wait_for(lambda: not alive(tree), timeout=ENDS_WITHIN, what=f"{alive(tree)} to end")
    assert (out / lock.LOCK_FILE).read_text() == "", "released"


def test_a_killed_run_leaves_nothing_running_and_the_next_run_takes_over(tmp_path, made):
    out = tmp_path / "out"
    notebooks, gate = made
    command = made_command(notebooks[:1])  # one run: one worker, one kernel
    runner = workbook("--output", str(out), "--force", command=command)
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
    wait_for(lambda: not alive(tree), timeout=ENDS_WITHIN, what=f"{alive(tree)} to end")
    assert holder(out) == runner.pid, "the lock file still names the killed run"
    # what a killed run of another notebook leaves, which the next run's own notebook does
    # not replace: only taking over the lock (`lock.clean`) removes it
    (out / "another_notebook" / ".findings.staging").mkdir(parents=True)

    gate.touch()  # the next run's notebooks go to their end
    nxt = workbook_done("--output", str(out), timeout=300, command=command)
    assert nxt.returncode == 0, nxt.stderr
    assert "ok         waits_a/default in" in nxt.stdout
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
