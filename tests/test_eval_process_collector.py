"""The evaluation's process (`conftest.eval_main`, which `make test` starts beside its
workers) collects garbage as the test process does: young collections every
`GC_THRESHOLD[0]` allocations, and what its imports made left out of later collections."""

from __future__ import annotations

import gc
import json

import conftest
import pytest

from analysis import cli

DEFAULT_THRESHOLD = (700, 10, 10)  # Python's own, as a new process has it


def test_the_evaluation_process_runs_its_command_with_the_tuned_collector(monkeypatch, capsys):
    seen: dict[str, object] = {}
    calls: list[str] = []

    def command(argv: list[str]) -> int:
        calls.append("command")
        seen.update(argv=argv, threshold=gc.get_threshold())
        print(json.dumps({"splits": {}}))
        return 0

    monkeypatch.setattr(cli, "main", command)
    # recorded, not run: a freeze here would freeze this test worker's own heap for good
    # (review of round 33)
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "collect", lambda *_: calls.append("collect") or 0)
    kept = gc.get_threshold()
    gc.set_threshold(*DEFAULT_THRESHOLD)
    try:
        with pytest.raises(SystemExit) as ended:
            conftest.eval_main()
    finally:
        gc.set_threshold(*kept)
    assert ended.value.code == 0
    assert seen["argv"] == ["eval", "--json"]
    assert seen["threshold"] == conftest.GC_THRESHOLD
    # what the imports made is frozen before the command, their garbage collected first
    assert calls == ["collect", "freeze", "command"]
    assert json.loads(capsys.readouterr().out) == {"splits": {}}
