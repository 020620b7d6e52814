"""The kernel side of the runner: what a run reads is recorded, and each run starts clean."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import paths
from analysis.runner import fingerprint

RECORD = """
import json, os, sys
from pathlib import Path

import pytest
from analysis.data import cache
from analysis.runner import kernels
root, other = Path(sys.argv[1]), Path(sys.argv[2])
(root / "before.txt").read_text()  # before recording: not a read of this run
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
cache.announce([cache.signature(root / "kept.csv")])  # a table used from memory
sys.path.insert(0, str(root / "pathdir"))
try:
    import no_such_module_anywhere  # the import system scans sys.path folders: not a read
except ImportError:
    pass
print(kernels.recorded())
kernels.record([str(root)], [])  # the next run: what the previous one read is forgotten
print(kernels.recorded())
"""


@pytest.mark.process
def test_the_recorder_keeps_reads_listings_and_kept_tables_inside_the_roots_only(tmp_path):
    root, other = tmp_path / "root", tmp_path / "other"
    for folder in (root / "skip", root / "folder", root / "pathdir", other):
        folder.mkdir(parents=True)
    for name in ("read.txt", "before.txt", "skip/hidden.txt", "kept.csv"):
        (root / name).write_text("data")
    (other / "outside.txt").write_text("data")
    proc = subprocess.run(
        [sys.executable, "-c", RECORD, str(root), str(other)], capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    first, second = (json.loads(line) for line in proc.stdout.splitlines())
    assert first["files"] == sorted(str(root / n) for n in ("kept.csv", "missing.txt", "read.txt"))
    assert first["dirs"] == [str(root / "folder")]
    assert second == {"files": [], "dirs": []}


def test_the_interpreter_comes_from_an_ipykernel_command_only():
    argv = ["/venv/bin/python", "-Xfrozen_modules=off", "-m", "ipykernel_launcher", "-f", "{cf}"]
    assert fingerprint.interpreter(argv) == ["/venv/bin/python", "-Xfrozen_modules=off"]
    assert fingerprint.interpreter(["/usr/bin/xpython", "-f", "{cf}"]) == []
    assert fingerprint.interpreter(["python", "ipykernel_launcher", "-f", "{cf}"]) == []


def test_a_notebooks_code_is_every_analysis_module_it_imports_read_from_the_source(tmp_path):
    from analysis import paths

    notebook = tmp_path / "n.ipynb"
    cells = [
        {"cell_type": "markdown", "source": "import analysis.cli", "metadata": {}},
        {"cell_type": "code", "source": ["%matplotlib inline\n", "from analysis import fmt\n"]},
        {"cell_type": "code", "source": "import pandas\nfrom analysis.data.cache import remember"},
        {"cell_type": "code", "source": "def f(:\n  import analysis.cli"},  # not Python
    ]
    notebook.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    found = {str(p.relative_to(paths.ROOT)) for p in fingerprint.code_of(notebook)}
    assert found == {
        "analysis/__init__.py",
        "analysis/fmt.py",
        "analysis/data/__init__.py",
        "analysis/data/cache.py",
        "analysis/paths.py",  # imported by cache.py
    }
    names = fingerprint.module_names(fingerprint.code_of(notebook))
    assert names == [
        "analysis",
        "analysis.data",
        "analysis.data.cache",
        "analysis.fmt",
        "analysis.paths",
    ]


def test_files_a_module_keeps_in_memory_are_inputs_whatever_the_kernel_read():
    # a lexicon is read once per kernel process: a run's inputs must not depend on whether
    # this run or an earlier one in the same kernel opened it
    module = str(paths.ROOT / "analysis" / "data" / "lexicon.py")
    opened = str(paths.DATA_DIR / "lexicon" / "claims.yaml")
    first = fingerprint._data_files({"modules": [module], "files": [opened]})
    later = fingerprint._data_files({"modules": [module], "files": []})
    assert first == later
    assert {p.name for p in (paths.DATA_DIR / "lexicon").glob("*.yaml")} == {
        Path(f).name for f in later
    }
    assert fingerprint._data_files({"modules": [], "files": [opened]}) == [opened]


WARM_THEN_DERIVE = """
import json, sys
from analysis.runner import kernels
kernels.warm(["analysis.analyses.measures"])  # as the pool warms a kernel for a notebook
kernels.record([sys.argv[1]], [])
from analysis.analyses import measures
measures.measures()  # a derived result: keyed by the code's hash, computed while warming
print(kernels.recorded())
"""


@pytest.mark.process
def test_a_warm_kernel_lists_no_code_folder_when_a_run_derives_a_result():
    """Whether a run lists the package's folders must not depend on whether an earlier run
    in the same kernel derived a result first (reruns would not be byte-identical)."""
    proc = subprocess.run(
        [sys.executable, "-c", WARM_THEN_DERIVE, str(paths.ROOT)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    dirs = json.loads(proc.stdout.splitlines()[-1])["dirs"]
    listed = {str(paths.ROOT / "analysis"), str(paths.ROOT / "data" / "lexicon")} & set(dirs)
    assert not listed, dirs


def _notebook(folder: Path, name: str, *sources: str) -> Path:
    """A notebook file with these code cells (JSON written by hand: no nbformat here)."""
    cells = [{"cell_type": "markdown", "metadata": {}, "source": f"# {name}"}]
    cells += [
        {"cell_type": "code", "metadata": {}, "source": s, "outputs": [], "execution_count": None}
        for s in sources
    ]
    path = folder / f"{name}.ipynb"
    path.write_text(json.dumps({"cells": cells, "metadata": {}, "nbformat": 4}))
    return path


def test_a_notebooks_imports_are_read_from_its_code_cells(tmp_path):
    plain = _notebook(
        tmp_path,
        "plain",
        "import os, json as j\nfrom pathlib import Path",
        "%matplotlib inline\n!ls\nimport xml.etree.ElementTree",
        "def f():\n    import time\n    return time",
    )
    assert fingerprint.imports_of(plain) == {"os", "json", "pathlib", "xml", "time"}
    heavy = _notebook(tmp_path, "heavy", "x = 1", "from pandas import DataFrame")
    assert fingerprint.imports_of(heavy) == {"pandas"}
    assert fingerprint.imports_of(_notebook(tmp_path, "rel", "from . import x")) is None
    assert fingerprint.imports_of(_notebook(tmp_path, "bad", "def (:")) is None
    assert fingerprint.imports_of(tmp_path / "missing.ipynb") is None


def test_kernels_preload_the_libraries_unless_every_notebook_imports_none_of_them(tmp_path):
    from analysis.runner import schedule, suite

    light = _notebook(tmp_path, "light", "import time, sys", "from IPython.display import HTML")
    other = _notebook(tmp_path, "other", "x = 1")
    heavy = _notebook(tmp_path, "heavy", "import matplotlib.pyplot as plt")
    ours = _notebook(tmp_path, "ours", "from analysis.analyses import measures")
    assert not schedule._needs_libraries((light, other))
    assert schedule._needs_libraries((light, heavy))
    assert schedule._needs_libraries((light, ours)), "analysis modules import the libraries"
    assert schedule._needs_libraries((light, tmp_path / "missing.ipynb"))
    assert schedule._needs_libraries(()), "no notebook named: any may run"
    assert schedule._needs_libraries(tuple({run.source() for run in suite.load()}))


PRELOADED = """
import sys
from analysis.runner import kernels
kernels.warm([], {libraries})
print(sorted(m for m in ("numpy", "pandas", "matplotlib", "pandera") if m in sys.modules))
"""


@pytest.mark.process
def test_a_kernel_warmed_without_the_libraries_imports_none_of_them():
    found = {}
    for libraries in (True, False):
        code = PRELOADED.format(libraries=libraries)
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=paths.ROOT
        )
        assert proc.returncode == 0, proc.stderr
        found[libraries] = proc.stdout.strip()
    assert found == {True: "['matplotlib', 'numpy', 'pandas', 'pandera']", False: "[]"}
