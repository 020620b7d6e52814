"""The evaluation's process (`conftest._start_eval`, which `make test` starts beside its
workers) keeps its store of validated tables and derived results from one session to the
next (`conftest.EVAL_STORE`, in the checkout's git-ignored `.cache/`), instead of a new
empty folder of each session's, where it validated every table and derived every result
again; no test's process writes there. A session's own store starts with those values,
linked (`conftest.seed_store`)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import conftest

from analysis import paths
from analysis.data import cache


class _Started:
    """What `subprocess.Popen` was asked to start (nothing is started)."""

    pid = 0

    def __init__(self, args: list[str], **options: Any) -> None:
        self.args = args
        self.env: dict[str, str] = options["env"]


def test_the_evaluation_process_uses_the_store_kept_between_sessions(monkeypatch, tmp_path):
    started: list[_Started] = []

    def popen(args: list[str], **options: Any) -> _Started:
        started.append(_Started(args, **options))
        return started[-1]

    monkeypatch.setattr(subprocess, "Popen", popen)
    monkeypatch.setattr(conftest, "EVAL_PROCESSES", [])
    folder = tmp_path / "evaluation"
    conftest._start_eval(folder)
    conftest._start_eval(folder)  # a second worker: the first one started it
    (process,) = started
    store = Path(process.env[cache.CACHE_ENV])
    assert store == conftest.EVAL_STORE == paths.ROOT / ".cache" / "evaluation"
    assert folder not in store.parents  # not a folder of this session's
    assert store != Path(os.environ[cache.CACHE_ENV])  # nor the tests' shared store
    assert process.env["EVAL_DIR"] == str(folder)


def test_the_kept_store_is_ignored_by_git_and_removed_by_make_clean():
    ignored = (paths.ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ".cache/" in ignored
    clean = (paths.ROOT / "Makefile").read_text(encoding="utf-8").split("\nclean:")[1]
    assert " .cache" in clean


def test_a_new_session_store_starts_with_the_values_the_evaluation_kept(monkeypatch, tmp_path):
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "derived-a.pickle").write_bytes(b"kept a")
    (kept / "table-b.pickle").write_bytes(b"kept b")
    (kept / "tmp123.part").write_bytes(b"half written")
    session = tmp_path / "session"
    conftest.seed_store(session, kept)
    assert sorted(p.name for p in session.glob("*.pickle")) == [
        "derived-a.pickle",
        "table-b.pickle",
    ]
    assert (session / "derived-a.pickle").samefile(kept / "derived-a.pickle")  # linked
    assert not (session / "tmp123.part").exists()
    # a second worker of the session links nothing again
    (kept / "derived-c.pickle").write_bytes(b"kept c")
    conftest.seed_store(session, kept)
    assert not (session / "derived-c.pickle").exists()
    # a value the session stores anew replaces its link, never the kept file
    monkeypatch.setenv(cache.CACHE_ENV, str(session))
    cache.store("derived-a", {"made": "in the session"})
    assert cache.stored("derived-a") == {"made": "in the session"}
    assert (kept / "derived-a.pickle").read_bytes() == b"kept a"


def test_the_session_store_was_started_from_the_kept_store():
    assert (Path(os.environ[cache.CACHE_ENV]) / ".seeded").exists()
