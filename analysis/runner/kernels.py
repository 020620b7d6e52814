"""Inside a runner's kernel: warm it up, start each run clean, record what the run reads.

The runner keeps each kernel for one run after another (`analysis.runner.warm`). When a
kernel starts, `warm` imports what the report's notebooks import and exercises pandas and
matplotlib once (not for notebooks that import only the standard library and IPython).
Before each run, `begin` resets the kernel as a new session would find it (no variables,
execution counts from 1, no open pyplot figures, the notebooks folder as working folder)
and restarts the recorder; after the run, `recorded` lists the files
and folders it read under the repository and the output folder: the inputs the runner
hashes to decide, next time, whether the run is up to date. A table the kernel already
held in memory still counts as read: the data layer announces each use
(`analysis.data.cache.READ_EVENT`).

This module runs inside kernels: it imports only the standard library and
`analysis.data.cache` (itself standard library only) at the top.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import json
import os
import sys
from typing import Any

from analysis.data.cache import READ_EVENT

# What every notebook kernel needs anyway, imported once per kernel. Not
# matplotlib_inline.backend_inline: imported without a running shell, it would not hook
# pyplot's figures into the notebook's display.
PRELOAD = (
    "numpy",
    "pandas",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "matplotlib.ticker",
    "pandera.pandas",
    "IPython.display",
)

_files: set[str] = set()
_dirs: set[str] = set()
_roots: dict[str, tuple[str, ...]] = {"inside": (), "outside": ()}
_hooked: list[bool] = []


def warm(modules: list[str], libraries: bool = True) -> None:
    """Import the libraries (`PRELOAD`, unless `libraries` is false: the notebooks import
    none of them) and the notebooks' `analysis` modules; exercise the libraries once."""
    for name in [*(PRELOAD if libraries else ()), *modules]:
        # A module that fails here fails again, with a traceback, in the notebook.
        with contextlib.suppress(Exception):
            importlib.import_module(name)
    if libraries:
        with contextlib.suppress(Exception):
            _warm_up()
    with contextlib.suppress(Exception):  # before any run records what it reads
        importlib.import_module("analysis.data.cache").code_hash()
    # What is loaded now stays for the kernel's life: keep it out of the collections that
    # follow (each run starts with one; over the libraries' objects it takes ~0.25 s).
    gc.collect()
    gc.freeze()


def _warm_up() -> None:
    """Exercise the libraries once on made-up data, so that runs find their lazy imports,
    compiled patterns and font caches ready (about 0.2 s per run).

    Touches no project file and no `analysis` cache: what a run reads, it still reads.
    """
    import io

    import pandas as pd
    import pandera.pandas as pa
    from matplotlib.figure import Figure

    frame = pd.read_csv(io.StringIO("k,year,value\na,2020,1.5\nb,2021,\n"), dtype="string")
    frame = frame.astype({"year": "Int64", "value": "Float64"})
    schema = pa.DataFrameSchema(
        {"k": pa.Column("string", pa.Check.isin(["a", "b"])), "year": pa.Column("Int64")},
        unique=["k"],
    )
    schema.validate(frame, lazy=True)
    joined = frame.merge(frame, on="k").groupby("k")["year_x"].max()
    fig = Figure(figsize=(2, 1), dpi=50)
    ax = fig.add_subplot()
    ax.plot(joined.index.astype(str), [1, 2], marker="o")
    ax.annotate("1%", (0, 1))
    fig.text(0, 0, "warm", fontweight="bold")
    fig.savefig(io.BytesIO(), format="png", metadata={"Software": None})
    frame.to_html()


def begin(cwd: str, include: list[str], exclude: list[str]) -> None:
    """Start a run: a new session (no variables, execution counts from 1), no pyplot
    figures, `cwd` as working folder; record reads under `include`, not under `exclude`."""
    shell = _shell()
    if shell is not None:
        shell.reset(new_session=True)
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")
    os.chdir(cwd)
    record(include, exclude)


def record(include: list[str], exclude: list[str]) -> None:
    """Record, from now on, read-only opens, folder listings and announced table reads
    under `include` and not under `exclude` (what was recorded before is forgotten)."""
    _files.clear()
    _dirs.clear()
    _roots["inside"] = tuple(os.path.join(p, "") for p in include)
    _roots["outside"] = tuple(os.path.join(p, "") for p in exclude)
    if not _hooked:
        _hooked.append(True)
        sys.addaudithook(_hook)


_WRITTEN = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "open":
        path, mode, flags = args
        if isinstance(mode, str) and any(c in mode for c in "wax+"):
            return
        if mode is None and isinstance(flags, int) and flags & _WRITTEN:
            return
        found = _files
    elif event == READ_EVENT:
        path, found = args[0], _files
    elif event in ("os.listdir", "os.scandir"):
        path, found = args[0], _dirs
    else:
        return
    if path is None or isinstance(path, int):
        return
    try:
        full = os.path.abspath(os.fsdecode(path))
    except (TypeError, ValueError):
        return
    if not full.startswith(_roots["inside"]) or full.startswith(_roots["outside"]):
        return
    if "__pycache__" in full:
        return
    if found is _dirs and full in {os.path.abspath(p) for p in sys.path}:
        return  # the import system scanning sys.path, not the notebook listing a folder
    found.add(full)


def recorded() -> str:
    """Files and folders read since `record` (JSON)."""
    return json.dumps({"files": sorted(_files), "dirs": sorted(_dirs)})


def _shell() -> Any:
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()
