"""`workbook run/list` from the command line: help, refusals before any kernel, exit codes."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from analysis import cli, paths
from analysis.notebooks import contracts
from analysis.runner import schedule, suite
from analysis.runner.results import Result
from analysis.vocab import RunStatus


def workbook(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=paths.ROOT
    )


def _in_process(capsys, *args: str) -> tuple[int, str, str]:
    """`workbook ARGS` through `cli.main` in this process (argparse's exit caught): exit
    code, stdout, stderr. For refusals and help whose process contract (exit code, stdout
    and stderr apart, no traceback) real processes check: `test_a_missing_kernel_...` and
    `workbook --help` here, test_faults.py's refusals."""
    capsys.readouterr()
    try:
        code = cli.main(list(args))
    except SystemExit as stop:
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_bad_parameters_are_all_refused_before_any_kernel_with_exit_2(tmp_path, capsys):
    code, _out, err = _in_process(
        capsys,
        "run",
        "critical_minerals",
        "-p",
        "start_yeer",
        "2020",
        "-p",
        "end_year",
        "twenty",
        "-p",
        "commodity",
        "unobtainium",
        "--jobs",
        "0",
        "--output",
        str(tmp_path),
    )
    assert code == 2
    assert "unknown parameter" in err and "did you mean 'start_year'" in err
    assert "'twenty'" in err and "whole number" in err
    assert "'unobtainium' is not allowed" in err
    assert "--jobs: 0 is not a positive number" in err
    assert "(4):" in err, "all four problems at once"
    assert "Traceback" not in err
    assert not any(tmp_path.iterdir()), "nothing may be written when parameters are refused"


def test_run_notebook_help_lists_that_notebooks_parameters(capsys):
    code, out, _err = _in_process(capsys, "run", "critical_minerals", "--help")
    assert code == 0
    assert "usage: workbook run" in out and "--jobs" in out
    for param in contracts.SPECS["critical_minerals"].params:
        assert param.name in out and param.help in out
    allowed = contracts.SPECS["critical_minerals"].param("commodity").allowed()
    assert "one of: " + ", ".join(repr(c) for c in allowed) in out
    # an unknown notebook's help: a real process, its exit code and stderr
    unknown = workbook("run", "critical_mineral", "--help")
    assert unknown.returncode == 2 and "did you mean 'critical_minerals'" in unknown.stderr


def test_list_shows_notebooks_parameters_and_report_runs(capsys):
    # in this process (`workbook list` in a real process: test_faults.py's broken pipe)
    capsys.readouterr()
    assert cli.main(["list"]) == 0
    out = capsys.readouterr().out
    for spec in contracts.SPECS.values():
        assert f"{spec.name}: {spec.title}" in out
    for run in suite.load():
        assert run.label in out


def test_the_command_line_starts_without_heavy_imports():
    code = (
        "import sys, analysis.cli; heavy = {'pandas', 'numpy', 'matplotlib', 'papermill', "
        "'nbformat', 'nbconvert', 'jupyter_client', 'zmq', 'yaml', 'pandera'}; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.strip() == "[]"
    assert workbook("--help").returncode == 0


def test_checking_the_reports_article_runs_does_not_import_the_article_pipeline():
    # `workbook list` and `workbook run` check every run's parameters, the article runs'
    # files included: finding a file needs `reading`, not the annotation (the gazetteer).
    code = (
        "import sys; from analysis.runner import suite; runs = suite.load(); "
        "print(sum('article' in r.params for r in runs)); "
        "print(sorted(m for m in sys.modules if m.startswith('analysis.article.')))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    counted, imported = proc.stdout.splitlines()
    assert int(counted) > 0, "the report has article runs to check"
    assert "'analysis.article.reading'" in imported
    assert "document" not in imported and "gazetteer" not in imported, imported


def test_a_missing_kernel_is_refused_with_the_fix(tmp_path):
    proc = workbook("run", "--kernel", "no-such-kernel", "--output", str(tmp_path))
    assert proc.returncode == 1
    assert "Jupyter kernel 'no-such-kernel' is not installed" in proc.stderr
    assert "make setup" in proc.stderr


@pytest.mark.notebook
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_stop_a_command_as_ctrl_c_does(signum):
    """The handler every command gets; the runner's workers and kernels stopping with it
    are tested end to end in test_runner_faults.py."""
    code = (
        "import os, signal, sys, time\n"
        "from analysis import cli\n"
        f"cli._COMMANDS['list'] = lambda _: (os.kill(os.getpid(), {int(signum)}), time.sleep(9))\n"
        "sys.exit(cli.main(['list']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 128 + signum
    assert "workbook: interrupted" in done.stderr and "Traceback" not in done.stderr


def test_failed_runs_exit_1_and_are_described_on_stderr(monkeypatch, capsys):
    (run,) = suite.select(["critical_minerals"], {"end_year": "2023"})
    failed = Result(
        run, RunStatus.FAILED, 1.0, paths.OUTPUTS_DIR, error="ValueError: boom", cell_index=4
    )
    monkeypatch.setattr(schedule, "run_all", lambda runs, **kw: [failed])
    assert cli.main(["run", "critical_minerals", "-p", "end_year", "2023"]) == 1
    err = capsys.readouterr().err
    assert "critical_minerals/end_year=2023: FAILED" in err and "cell 4 of" in err
    assert "error: ValueError: boom" in err and "1 of 1 runs failed" in err


def test_a_kernel_that_cannot_import_the_project_is_refused_before_any_run(
    tmp_path, monkeypatch, capsys
):
    from analysis.runner import fingerprint

    launcher = ["-m", "ipykernel_launcher", "-f", "{connection_file}"]
    # -I -S: this Python without site-packages, so without the project's editable install.
    bare = [sys.executable, "-I", "-S", *launcher]
    monkeypatch.setattr(fingerprint, "kernel_command", lambda _name: bare)
    monkeypatch.setattr(schedule, "run_all", lambda *a, **k: pytest.fail("a run started"))
    code = cli.main(["run", "article", "--kernel", "elsewhere", "--output", str(tmp_path)])
    assert code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "--kernel: kernel 'elsewhere' runs" in err and "cannot import" in err
    assert "trade-workbook" in err
    assert not list(tmp_path.iterdir())
    monkeypatch.setattr(fingerprint, "kernel_command", lambda _name: [sys.executable, *launcher])
    assert cli._kernel_problems("elsewhere") == []
