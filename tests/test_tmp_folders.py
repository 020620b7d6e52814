"""The tests' `tmp_path` (conftest.py, round 32): made in constant time instead of through
pytest's numbering, it is still what pytest's gives each test: a new, empty, writable folder
of its own, under the session's base temporary folder, named after the test."""

from __future__ import annotations

import pytest

PREFIX = "test_each_test_gets_a_new_empt-"  # the test's name, cut at 30 characters


@pytest.mark.parametrize("turn", [1, 2, 3, 4])
def test_each_test_gets_a_new_empty_folder_named_after_it(tmp_path, tmp_path_factory, turn):
    # each turn writes its number in its folder: a folder handed out twice would not be empty,
    # and the folders of the turns before (on this worker) keep theirs
    assert tmp_path.is_dir() and not any(tmp_path.iterdir())
    assert tmp_path.parent == tmp_path_factory.getbasetemp()
    assert tmp_path.name.startswith(PREFIX)
    (tmp_path / "written.txt").write_text(str(turn), encoding="utf-8")
    earlier = [
        (folder / "written.txt").read_text(encoding="utf-8")
        for folder in tmp_path.parent.glob(f"{PREFIX}*")
        if folder != tmp_path
    ]
    assert str(turn) not in earlier and len(set(earlier)) == len(earlier)
