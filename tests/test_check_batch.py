"""`workbook check` on many articles: JSON Lines in order, bad articles in their own line,
folders, parallel processes, and the one-article JSON object unchanged."""

from __future__ import annotations

import fcntl
import functools
import json
import os
import pty
import re
import shutil
import struct
import sys
import termios
from collections.abc import Iterator, Mapping
from types import MappingProxyType

import pytest

from analysis import cli, paths
from analysis.article import claim_words, date_patterns, document, name_spans
from analysis.evidence import batch, factcheck, render
from analysis.evidence.model import Verdict

SEED = paths.ARTICLES_DIR / "raimondo-china-visit-2023.txt"
FIXTURES = paths.ROOT / "tests" / "fixtures" / "articles"


@pytest.fixture
def folder(tmp_path):
    """Two articles (with their sidecars), a page with no article, and a sidecar alone."""
    for name in ("b-seed", "a-seed"):
        shutil.copy(SEED, tmp_path / f"{name}.txt")
        shutil.copy(SEED.with_name(SEED.stem + ".meta.json"), tmp_path / f"{name}.meta.json")
    (tmp_path / "c-empty.html").write_text("<html><body><nav>Home</nav></body></html>")
    (tmp_path / "notes.md").write_text("not an article")
    (tmp_path / "sub").mkdir()
    shutil.copy(SEED, tmp_path / "sub" / "deeper.txt")
    return tmp_path


# The scans kept per text (`claim_words.first_cue`, `date_patterns.scan`, `name_spans.spans`),
# made afresh at each call for `direct`: the command, which keeps them, must give what the
# scans done again give (a kept scan changed by one of its callers shows there).
KEPT = ((claim_words, "_first_cue"), (date_patterns, "_scan"), (name_spans, "_spans"))


@pytest.fixture(scope="module")
def direct() -> Iterator[Mapping[str, tuple[document.Article, tuple[Verdict, ...]]]]:
    """The seed and the wire story loaded and fact-checked directly, not through the command
    and without the kept scans, once for the module: what the command's output must equal.
    Read only (a mapping proxy of tuples), and checked unchanged (reprs and JSON) when the
    module is done."""
    found = {}
    with pytest.MonkeyPatch.context() as patch:
        for module, name in KEPT:
            scan = getattr(module, name).__wrapped__
            patch.setattr(module, name, functools.lru_cache(maxsize=0)(scan))
        for path in (SEED, FIXTURES / "wire-entity-list.txt"):
            art = document.load(path)
            found[str(path)] = (art, tuple(factcheck.check(art)))
    before = {path: (repr(pair), render.to_json(*pair)) for path, pair in found.items()}
    yield MappingProxyType(found)
    after = {path: (repr(pair), render.to_json(*pair)) for path, pair in found.items()}
    assert after == before, "a test changed the references"


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(["check", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_one_article_gives_one_json_object_as_before(capsys, direct):
    code, out, _err = run_cli(capsys, str(SEED), "--json")
    assert code == 0
    assert out == render.to_json(*direct[str(SEED)]), "one indented object"
    assert json.loads(out)["schema"] == render.SCHEMA


def test_several_articles_give_one_json_line_each_in_order(capsys, tmp_path, direct):
    other = FIXTURES / "wire-entity-list.txt"
    missing = tmp_path / "missing.txt"
    code, out, err = run_cli(capsys, str(other), str(missing), str(SEED), "--json")
    lines = out.splitlines()
    assert len(lines) == 3 and out.endswith("\n")
    objects = [json.loads(line) for line in lines]
    for given, found in zip([other, SEED], [objects[0], objects[2]], strict=True):
        assert found == render.to_dict(*direct[str(given)]), "the same object, one line"
    assert objects[1] == {
        "schema": render.SCHEMA,
        "path": str(missing),
        "error": objects[1]["error"],
    }
    assert "missing.txt" in objects[1]["error"] and "no such article file" in objects[1]["error"]
    assert code == cli.EXIT_FAILED
    assert "3 articles: 2 checked, 1 not checked" in err


def test_a_folder_gives_its_articles_sorted_without_sidecars_or_subfolders(capsys, folder):
    assert batch.articles([str(folder)]) == [
        str(folder / "a-seed.txt"),
        str(folder / "b-seed.txt"),
        str(folder / "c-empty.html"),
    ]
    code, out, _err = run_cli(capsys, str(folder), "--json")
    objects = [json.loads(line) for line in out.splitlines()]
    assert [o["path"] for o in objects] == batch.articles([str(folder)])
    assert objects[0]["counts"] == objects[1]["counts"] and objects[0]["claims"]
    assert "error" in objects[2] and "error" not in objects[0]
    assert code == cli.EXIT_FAILED


def test_several_articles_as_tables_name_each_and_report_the_bad_one(capsys, folder):
    code, out, _err = run_cli(capsys, str(folder / "a-seed.txt"), str(folder / "c-empty.html"))
    assert out.startswith(f"== {folder / 'a-seed.txt'}\n")
    assert f"== {folder / 'c-empty.html'}\nnot checked: " in out
    assert "claims checked:" in out
    assert code == cli.EXIT_FAILED


def test_a_folder_without_articles_is_refused(capsys, tmp_path):
    code, _out, err = run_cli(capsys, str(tmp_path))
    assert code == cli.EXIT_USAGE and "no article files" in err


@pytest.mark.slow
def test_parallel_processes_give_the_same_outcomes_in_order(folder, monkeypatch):
    # Two workers (the fewest that are parallel), three articles (two checked, one not):
    # one each and one more, in chunks of one, the order the workers finish not theirs.
    paths_ = batch.articles([str(folder)])
    assert len(paths_) == 3
    monkeypatch.setattr(batch, "PARALLEL_FROM", 2)
    seen = []
    parallel = list(batch.check_all(paths_, jobs=2, done=seen.append))
    alone = list(batch.check_all(paths_, jobs=1))
    assert parallel == alone and seen == parallel
    assert [o.path for o in parallel] == paths_
    assert [bool(o.error) for o in parallel] == [False, False, True]


def test_one_articles_bug_does_not_stop_the_others(monkeypatch):
    real = factcheck.check

    def flaky(art):
        if "wire" in str(art.path):
            raise KeyError("claim")
        return real(art)

    monkeypatch.setattr(factcheck, "check", flaky)
    outcomes = list(batch.check_all([str(FIXTURES / "wire-entity-list.txt"), str(SEED)]))
    assert outcomes[0].error == "internal error: KeyError: 'claim'"
    assert outcomes[1].result is not None and not outcomes[1].error


def test_a_progress_bar_on_a_terminal_only(folder, capsys, monkeypatch):
    # Not on a terminal: stderr is pytest's capture (not a terminal, as a pipe is not); on a
    # terminal: a pseudo-terminal as stderr, in this process too (the command asks only
    # `sys.stderr.isatty()`, and the bar takes its width from the terminal's size).
    _code, piped_out, piped_err = run_cli(capsys, "--json", str(folder))
    assert "article/s" not in piped_err and "it/s" not in piped_err
    main, secondary = pty.openpty()
    size = struct.pack("HHHH", 24, 100, 0, 0)  # rows, columns: a new pty has none
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, size)
    with open(secondary, "w", encoding="utf-8") as terminal, monkeypatch.context() as patch:
        patch.setattr(sys, "stderr", terminal)
        code = cli.main(["check", "--json", str(folder)])
    out = capsys.readouterr().out
    shown = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # EIO: the terminal's other end is closed and all was read
            break
        if not chunk:
            break
        shown += chunk
    os.close(main)
    assert code == cli.EXIT_FAILED
    assert b"article" in shown and re.search(rb"\d/3", shown), shown
    assert out == piped_out, "the bar goes to the terminal, not into the JSON"
