"""`make test` runs the lint steps (ruff, its format check, the import layers) beside pytest
(round 35): either failing must still fail the target, and the lint's output must still be
shown. Checked with stand-in tools (`BIN` set on make's command line), so that no real
session runs."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from analysis import paths

MAKE = shutil.which("make")


def _tool(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)


def _make_test(tmp_path: Path, lint: int, tests: int) -> subprocess.CompletedProcess[str]:
    """`make test` with stand-ins: `ruff` and `lint-imports` print their name and exit with
    `lint`, pytest (`python -m pytest`) prints a line and exits with `tests`."""
    venv = tmp_path / "venv"
    bin_ = venv / "bin"
    bin_.mkdir(parents=True)
    _tool(bin_, "ruff", f'echo "ruff $*: stand-in"; exit {lint}')
    _tool(bin_, "lint-imports", f'echo "lint-imports: stand-in"; exit {lint}')
    _tool(
        bin_,
        "python",
        f'case "$*" in *pytest*) echo "pytest: stand-in"; exit {tests};; esac; exit 0',
    )
    ready = venv / ".ready"
    ready.touch()
    later = (paths.ROOT / "pyproject.toml").stat().st_mtime + 60
    os.utime(ready, (later, later))
    return subprocess.run(
        [MAKE, "--no-print-directory", "test", f"VENV={venv}", f"READY={ready}"],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.skipif(MAKE is None, reason="make is not installed")
@pytest.mark.parametrize(("lint", "tests"), [(0, 0), (1, 0), (0, 1), (1, 1)])
def test_lint_beside_the_tests_fails_the_target_when_either_fails(tmp_path, lint, tests):
    done = _make_test(tmp_path, lint, tests)
    assert (done.returncode == 0) == (lint == 0 and tests == 0), done.stdout + done.stderr
    assert "pytest: stand-in" in done.stdout
    assert "ruff check .: stand-in" in done.stdout  # the lint's output is shown
    if lint == 0:
        assert "ruff format --check .: stand-in" in done.stdout
        assert "lint-imports: stand-in" in done.stdout
        assert "lint steps failed" not in done.stdout
    else:
        assert "the lint steps failed" in done.stdout
