"""The kernel side of the runner: what a run reads is recorded; the kernel parent's protocol."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys

import pytest

from analysis.runner import kernels

RECORD = """
import json, os, sys
from pathlib import Path
from analysis.runner import kernels
root, other = Path(sys.argv[1]), Path(sys.argv[2])
kernels.record([str(root)], [str(root / "skip")])
(root / "read.txt").read_text()
open(root / "written.txt", "w").write("x")
try:
    open(root / "missing.txt")
except FileNotFoundError:
    pass
(root / "skip" / "hidden.txt").read_text()
(other / "outside.txt").read_text()
os.listdir(root / "folder")
sys.path.insert(0, str(root / "pathdir"))
try:
    import no_such_module_anywhere  # the import system scans sys.path folders: not a read
except ImportError:
    pass
import analysis.paths
print(kernels.recorded())
"""


def test_the_recorder_keeps_reads_and_listings_inside_the_roots_only(tmp_path):
    root, other = tmp_path / "root", tmp_path / "other"
    for folder in (root / "skip", root / "folder", root / "pathdir", other):
        folder.mkdir(parents=True)
    for path in (root / "read.txt", root / "skip" / "hidden.txt", other / "outside.txt"):
        path.write_text("data")
    proc = subprocess.run(
        [sys.executable, "-c", RECORD, str(root), str(other)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout)
    assert found["files"] == sorted([str(root / "missing.txt"), str(root / "read.txt")])
    assert found["dirs"] == [str(root / "folder")]
    modules = [os.path.basename(m) for m in found["modules"]]
    assert "paths.py" in modules and "__init__.py" in modules
    assert "kernels.py" not in modules, "the recorder itself is not an input"


def test_the_interpreter_comes_from_an_ipykernel_command_only():
    argv = ["/venv/bin/python", "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "{cf}"]
    assert kernels.interpreter(argv) == ["/venv/bin/python", "-Xfrozen_modules=off"]
    assert kernels.interpreter(["/usr/bin/xpython", "-f", "{cf}"]) == []
    assert kernels.interpreter(["python", "ipykernel_launcher", "-f", "{cf}"]) == []
    assert not kernels.can_fork(["/usr/bin/xpython", "-f", "{cf}"])


def test_a_kernel_parent_that_is_gone_is_reported_not_waited_for(tmp_path):
    path = str(tmp_path / "parent.sock")
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(path)  # the socket file of a parent that died: nobody listens
    stale.close()
    with pytest.raises(kernels.KernelStartError, match="did not start a kernel"):
        kernels.fork_kernel(path, {}, timeout=30)
