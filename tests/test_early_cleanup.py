"""The earlier sessions' base folders that pytest removes when a session ends are removed
from the session's start instead, beside the tests (`conftest.start_cleanup`, round 37,
speed37b: the removal had run after the last test, one core working and the other idle)."""

from __future__ import annotations

import os
import time

import pytest
from conftest import LOCK_TIMEOUT, start_cleanup


def _session_folders(root, numbers) -> None:
    """Base folders of finished sessions (unlocked), each holding a test's folder."""
    for n in numbers:
        (root / f"pytest-{n}" / "test_x0").mkdir(parents=True)
        (root / f"pytest-{n}" / "test_x0" / "out.txt").write_text("x", encoding="utf-8")


def _folders(root) -> list[str]:
    """The numbered session folders under `root` (not pytest's `pytest-current` link)."""
    return sorted(p.name for p in root.glob("pytest-*") if p.is_dir() and not p.is_symlink())


def _factory(retention_count: int = 3, policy: str = "all", given=None):
    return pytest.TempPathFactory(given, retention_count, policy, lambda *a: None, _ispytest=True)


def test_the_earlier_sessions_folders_are_removed_from_the_start(tmp_path, monkeypatch):
    monkeypatch.setenv("PYTEST_DEBUG_TEMPROOT", str(tmp_path))
    factory = _factory()
    root = factory.getbasetemp().parent  # this session's folder: pytest-0, locked
    factory._exit_stack.close()  # end that session: its lock removed
    _session_folders(root, range(1, 6))
    live = root / "pytest-2" / ".lock"  # a session still running holds its lock
    live.write_text("", encoding="utf-8")
    stale = root / "pytest-3" / ".lock"  # a crashed session's lock, older than pytest waits
    stale.write_text("", encoding="utf-8")
    old = time.time() - LOCK_TIMEOUT - 3600
    os.utime(stale, (old, old))
    factory = _factory()
    basetemp = factory.getbasetemp()  # pytest-6
    assert basetemp.name == "pytest-6"
    thread = start_cleanup(factory)
    assert thread is not None
    thread.join(timeout=60)
    left = _folders(root)
    # the last three kept (4, 5 and this one), the running session's too; 0, 1, 3 removed
    assert left == ["pytest-2", "pytest-4", "pytest-5", "pytest-6"]
    assert (basetemp / ".lock").exists(), "this session's folder keeps its lock"
    factory._exit_stack.close()  # pytest's own removal at the end finds nothing more
    assert _folders(root) == left


def test_nothing_is_removed_early_when_pytest_removes_this_sessions_folder(tmp_path, monkeypatch):
    """With no session's folder kept (`tmp_path_retention_policy = "none"`) pytest removes
    the session's own folder at its end: removing from the start would remove it under
    the running tests. A given `--basetemp` is not pytest's numbered folder at all."""
    monkeypatch.setenv("PYTEST_DEBUG_TEMPROOT", str(tmp_path))
    assert start_cleanup(_factory(policy="none")) is None
    assert start_cleanup(_factory(retention_count=0)) is None
    assert start_cleanup(_factory(given=tmp_path / "given")) is None
