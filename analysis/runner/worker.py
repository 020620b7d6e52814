"""The runner's worker processes: each executes runs one at a time with papermill, in
its own warm kernel.

Imported only in worker processes (they are forked from a server that imported this
module once, so papermill, nbclient and nbconvert are loaded once per report, not once
per run). Each worker starts a kernel as soon as it starts (`analysis.runner.warm`) and
runs one run after another in it; a run that timed out or killed it stops it, and the
worker's next run starts a new one. A worker watches the runner: when the runner is gone,
even killed with SIGKILL, the worker kills its kernel, removes its temporary folder and
exits.
"""

from __future__ import annotations

import sys

# jsonschema (imported by nbformat) builds an IRI grammar at import when rfc3987_syntax
# is installed (about 1.4 s); nbformat's schema uses no IRI formats, so skip it here.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

import contextlib  # noqa: E402
import copy  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import multiprocessing.util  # noqa: E402
import os  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import nbformat  # noqa: E402
import papermill  # noqa: E402
from nbclient.exceptions import CellTimeoutError, DeadKernelError  # noqa: E402
from nbconvert import HTMLExporter  # noqa: E402
from nbconvert.preprocessors import TagRemovePreprocessor  # noqa: E402
from papermill.clientwrap import PapermillNotebookClient  # noqa: E402
from papermill.engines import (  # noqa: E402
    NBClientEngine,
    NotebookExecutionManager,
    papermill_engines,
)
from papermill.exceptions import PapermillExecutionError  # noqa: E402

from analysis import paths  # noqa: E402
from analysis.notebooks.helper import PARAMETERS_MARK  # noqa: E402
from analysis.notebooks.params import OUTPUT_DIR, to_json  # noqa: E402
from analysis.runner import fingerprint, lock, report, suite, warm  # noqa: E402
from analysis.runner.results import (  # noqa: E402
    FRAGMENT_FILE,
    HTML_FILE,
    NOTEBOOK_FILE,
    TEMP_PREFIX,
    Result,
    failed_folder,
    staging_folder,
    write_atomically,
)
from analysis.vocab import RunStatus  # noqa: E402

ENGINE = "workbook"
_VERSIONS = ("python", "papermill", "nbclient", "ipykernel", "numpy", "pandas", "matplotlib")
_state: dict[str, Any] = {}
# nbclient logs timeouts and dead kernels; the runner reports them itself, once.
_log = logging.getLogger("analysis.runner.worker")
_log.addHandler(logging.NullHandler())
_log.propagate = False


class _SavedWhenDone(NotebookExecutionManager):
    """papermill's execution state, writing the notebook once, when execution ends (the
    partial notebook of a failed run too), instead of at every cell's start and end:
    those ~25 writes of a growing notebook cost about 0.5 s of a run."""

    done = False

    def save(self, **kwargs: Any) -> None:
        if self.done:
            super().save(**kwargs)

    def notebook_complete(self, **kwargs: Any) -> None:
        self.done = True
        super().notebook_complete(**kwargs)


class _ReadyKernelEngine(NBClientEngine):
    """papermill's nbclient engine, given a kernel that is already running and connected."""

    @classmethod
    def execute_notebook(
        cls, nb: Any, kernel_name: str, output_path: str | None = None, **kwargs: Any
    ) -> Any:
        """As papermill's `Engine.execute_notebook`, with `_SavedWhenDone`."""
        nb_man = _SavedWhenDone(nb, output_path=output_path, progress_bar=False)
        nb_man.notebook_start()
        try:
            cls.execute_managed_notebook(nb_man, kernel_name, **kwargs)
        finally:
            nb_man.notebook_complete()
        return nb_man.nb

    @classmethod
    def execute_managed_notebook(cls, nb_man: Any, kernel_name: str, **kwargs: Any) -> Any:
        client = PapermillNotebookClient(
            nb_man,
            km=kwargs["km"],
            timeout=kwargs.get("execution_timeout"),
            startup_timeout=kwargs.get("start_timeout", 60),
            kernel_name=kernel_name,
            log=_log,
        )
        client.kc = kwargs["kc"]
        return client.execute()


papermill_engines.register(ENGINE, _ReadyKernelEngine)

# Report mode: no code, no prompts, no cells tagged `lab-only` (notes for JupyterLab users:
# command lines, module names), and the `basic` template: the run's body alone, no script
# and no stylesheet from a CDN (the page around it comes from `report.run_page`). Rendered
# once here, in the server the workers fork from, so that its templates are compiled once
# per report rather than once per worker.
LAB_ONLY = "lab-only"
_EXPORTER = HTMLExporter(
    template_name="basic",
    exclude_input=True,
    exclude_input_prompt=True,
    exclude_output_prompt=True,
    anchor_link_text="",
)
_EXPORTER.register_preprocessor(
    TagRemovePreprocessor(remove_cell_tags={LAB_ONLY}, enabled=True), enabled=True
)
_EXPORTER.from_notebook_node(nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("")]))


def init(
    kernel: dict[str, Any], packages: str, modules: list[str], runner: int, libraries: bool = True
) -> None:
    """Pool initializer: remember the settings, watch the runner, start the kernel (which
    imports `modules`, and the libraries unless `libraries` is false)."""
    from importlib.metadata import PackageNotFoundError, version

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the runner's to handle
    versions = {"python": sys.version.split()[0]}
    for name in _VERSIONS[1:]:
        with contextlib.suppress(PackageNotFoundError):
            versions[name] = version(name)
    _state.update(
        kernel=kernel,
        packages=packages,
        modules=modules,
        libraries=libraries,
        folder=tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-"),
        versions=versions,
    )
    threading.Thread(target=_watch, args=(runner,), daemon=True, name="watchdog").start()
    with contextlib.suppress(Exception):  # if it fails, the first run says why
        _state["warm"] = _new_kernel()
    multiprocessing.util.Finalize(None, _close, exitpriority=10)


def _new_kernel() -> warm.WarmKernel:
    return warm.WarmKernel(
        _state["kernel"]["name"],
        paths.NOTEBOOKS_DIR,
        _state["folder"],
        _state["modules"],
        _state.get("libraries", True),
    )


def _close() -> None:
    kernel = _state.pop("warm", None)
    if kernel is not None:
        kernel.close()
    shutil.rmtree(_state.get("folder", ""), ignore_errors=True)


def _watch(runner: int) -> None:
    """Kill the kernel and exit as soon as the runner process is gone."""
    try:
        handle = os.pidfd_open(runner)  # Linux: wait without polling
    except (AttributeError, OSError):
        handle = None
    if handle is not None:
        import select

        select.select([handle], [], [])
    else:
        while lock.running(runner):
            time.sleep(0.5)
    kernel = _state.get("warm")
    if kernel is not None and kernel.pid:
        with contextlib.suppress(OSError):
            os.kill(kernel.pid, signal.SIGKILL)
    shutil.rmtree(_state.get("folder", ""), ignore_errors=True)
    os._exit(1)


def execute(run: suite.Run, output_root: Path, timeout: int, reason: str) -> Result:
    """Execute one run into a staging folder; replace its outputs only if it succeeds."""
    started = time.perf_counter()
    final = output_root / run.spec.name / run.slug
    staging = staging_folder(final)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    timings: dict[str, float] = {}
    kernel = None
    try:
        kernel = _state.get("warm") or _new_kernel()
        _state["warm"] = kernel
        include = [str(paths.ROOT), str(output_root.resolve())]
        exclude = [str(paths.ROOT / d) for d in (".venv", ".git", ".cache", "analysis")]
        kernel.begin(include, [*exclude, str(staging.resolve())])
        timings["kernel"] = time.perf_counter() - started
        executed = papermill.execute_notebook(
            str(run.source()),
            str(staging / NOTEBOOK_FILE),
            parameters={**to_json(run.params), OUTPUT_DIR: str(staging.resolve())},
            engine_name=ENGINE,
            km=kernel.km,
            kc=kernel.kc,
            kernel_name=_state["kernel"]["name"],
            cwd=str(paths.NOTEBOOKS_DIR),
            execution_timeout=timeout,
            progress_bar=False,
            log_output=False,
        )
        reads = kernel.reads()
        timings["execute"] = time.perf_counter() - started - timings["kernel"]
    except Exception as exc:  # every way a run can fail becomes a failure report
        result = _failed(run, final, staging, started, exc, kernel, reason)
        if kernel is not None and not isinstance(exc, PapermillExecutionError):
            _drop_kernel()  # timed out, dead or never ready: the next run starts a new one
        return result
    try:
        mark = time.perf_counter()
        cells = _settle(executed, staging / NOTEBOOK_FILE, run, final)
        _export(run, executed, staging)
        timings["export"] = time.perf_counter() - mark
        timings["total"] = time.perf_counter() - started
        _write_manifest(run, staging, reads)
    except Exception as exc:
        return _failed(run, final, staging, started, exc, None, reason)
    _replace(staging, final)
    return Result(
        run, RunStatus.OK, timings["total"], final, reason=reason, timings=timings, cells=cells
    )


def _drop_kernel() -> None:
    """Stop the current kernel; the worker's next run, if it gets one, starts a new kernel
    (`execute`). Not at once: a failed run is often its worker's last (a report's end, a
    test's pool), and a kernel started then was stopped unused (round 42, speed42)."""
    old = _state.pop("warm", None)
    if old is not None:
        old.close()


def _failed(
    run: suite.Run,
    final: Path,
    staging: Path,
    started: float,
    exc: Exception,
    kernel: warm.WarmKernel | None,
    reason: str,
) -> Result:
    """Keep the partial notebook in `<slug>.failed/` and say where and why the run stopped."""
    target = failed_folder(final)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    partial = target / NOTEBOOK_FILE
    cell_index, cell_line = _stopped_at(partial)
    if isinstance(exc, PapermillExecutionError):
        error = f"{exc.ename}: {exc.evalue}"
        cell_line = _raising_line(exc.traceback) or cell_line
    elif isinstance(exc, CellTimeoutError):
        error = f"the cell did not finish within the cell timeout ({_timeout_of(exc)}; --timeout)"
    elif isinstance(exc, DeadKernelError | warm.KernelStartError):
        error = _death(exc, kernel)
    else:
        error = f"{type(exc).__name__}: {exc}"
    return Result(
        run,
        RunStatus.FAILED,
        time.perf_counter() - started,
        final,
        error=error,
        cell_index=cell_index,
        cell_line=cell_line,
        partial=partial if partial.exists() else None,
        reason=reason,
    )


def _raising_line(traceback: list[str]) -> str:
    """'line N: source' of the notebook cell's own frame in an IPython traceback."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(traceback))
    frame = text.find("Cell In[")
    arrow = re.compile(r"^-+> ?(\d+)\s(.*)$", re.MULTILINE).search(text, max(frame, 0))
    return f"line {arrow.group(1)}: {arrow.group(2).strip()}" if frame >= 0 and arrow else ""


def _timeout_of(exc: CellTimeoutError) -> str:
    """'600 s' from the executor's 'Cell execution timed out ... after 600 seconds'."""
    import re

    found = re.search(r"after (\d+(?:\.\d+)?) seconds?", str(exc))
    return f"{found.group(1)} s" if found else "limit reached"


def _death(exc: Exception, kernel: warm.WarmKernel | None) -> str:
    """Why the kernel died: its exit code or signal, and the end of its log."""
    code = None
    for _ in range(20):  # a kernel found dead may take a moment to be reaped
        code = kernel.exit_code() if kernel is not None else None
        if code is not None or kernel is None:
            break
        time.sleep(0.1)
    if code is None or code == -1:
        how = "the kernel died"
    elif code < 0:
        how = f"the kernel was killed by signal {-code}"
        if -code == 9:
            how += " (out of memory?)"
    else:
        how = f"the kernel exited with code {code}"
    if isinstance(exc, warm.KernelStartError):
        how = str(exc)
    tail = [ln for ln in _kernel_log(kernel.log if kernel else None) if ln.strip()][-3:]
    return how + (": " + " | ".join(tail) if tail else "")


def _kernel_log(log: Path | None) -> list[str]:
    try:
        text = log.read_text(encoding="utf-8", errors="replace") if log else ""
    except FileNotFoundError:
        return []
    noise = ("To connect another client", "--existing", "NOTE: When using", "To exit, you will")
    noise += ("To read more about this", '"quit" from a client', "Kernel is running over TCP")
    return [ln for ln in text.splitlines() if not any(n in ln for n in noise)]


def _stopped_at(partial: Path) -> tuple[int | None, str]:
    """The source-notebook index and first line of the cell where execution stopped."""
    try:
        nb = nbformat.read(partial, as_version=4)
    except (FileNotFoundError, ValueError):
        return None, ""
    started = [
        i
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code" and cell.metadata.get("papermill", {}).get("start_time")
    ]
    failed = [i for i, c in enumerate(nb.cells) if c.metadata.get("papermill", {}).get("exception")]
    if not (failed or started):
        return None, ""
    index = (failed or started)[-1]
    lines = [ln.strip() for ln in nb.cells[index].source.splitlines() if ln.strip()]
    inserted = ("injected-parameters", "papermill-error-cell-tag")
    source_index = sum(
        not any(tag in c.metadata.get("tags", []) for tag in inserted) for c in nb.cells[:index]
    )
    return source_index, lines[0] if lines else ""


_CLOCK = ("start_time", "end_time", "duration")  # papermill's wall-clock metadata


def _settle(nb: Any, path: Path, run: suite.Run, final: Path) -> list[float]:
    """Make the executed notebook the same for the same inputs: papermill's and nbclient's
    wall-clock times removed, its random cell id fixed, paths written as in the final
    folder; written to `path`. Returns the code cells' durations (seconds), which go to
    the run log."""
    durations = []
    for cell in nb.cells:
        clock = cell.metadata.get("papermill", {})
        if cell.cell_type == "code":
            durations.append(round(float(clock.get("duration") or 0.0), 3))
        for name in _CLOCK:
            clock.pop(name, None)
        cell.metadata.pop("execution", None)  # nbclient's timestamps
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill's is random
    about = nb.metadata.get("papermill", {})
    for name in _CLOCK:
        about.pop(name, None)
    about["input_path"] = fingerprint.key(run.source())
    about["output_path"] = fingerprint.key(final / NOTEBOOK_FILE)
    write_atomically(path, nbformat.writes(nb) + "\n")
    return durations


def _export(run: suite.Run, executed: Any, folder: Path) -> None:
    """The run's body (`fragment.html`: report mode, code hidden) and its page
    (`notebook.html`: the body under the run's heading and parameters)."""
    nb = copy.deepcopy(executed)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if not _is_parameters_table(o)]
    first = nb.cells[0] if nb.cells else None
    if first is not None and first.cell_type == "markdown" and first.source.startswith("# "):
        # the notebook's title: the page's heading says it, with the run's subject
        first.source = first.source.partition("\n")[2].lstrip("\n")
    body, _ = _EXPORTER.from_notebook_node(nb)
    (folder / FRAGMENT_FILE).write_text(body, encoding="utf-8")
    page = report.page_of(run, body=body, report_link="../../" + report.INDEX_FILE)
    (folder / HTML_FILE).write_text(report.run_page(page), encoding="utf-8")


def _is_parameters_table(output: Any) -> bool:
    return any(
        isinstance(meta, dict) and meta.get(PARAMETERS_MARK)
        for meta in output.get("metadata", {}).values()
    )


def _write_manifest(run: suite.Run, folder: Path, reads: dict[str, list[str]]) -> None:
    """What the run depended on and produced, with hashes; no times (see the run log)."""
    hasher = fingerprint.Hasher()
    reads = {**reads, "modules": [str(m) for m in fingerprint.code_of(run.source())]}
    found = fingerprint.inputs(
        run.source(), to_json(run.params), _state["kernel"], _state["packages"], reads, hasher
    )
    outputs = {p.name: hasher.file(p) for p in sorted(folder.iterdir()) if p.is_file()}
    manifest = {
        "notebook": run.spec.name,
        "title": run.spec.title,
        "parameters": to_json(run.params),
        "status": "ok",
        "fingerprint": fingerprint.digest(found),
        "inputs": found,
        "outputs": outputs,
        "versions": _state["versions"],
    }
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    write_atomically(folder / fingerprint.MANIFEST_FILE, text)


def _replace(staging: Path, final: Path) -> None:
    """Swap the new outputs in; the old ones are removed only after the swap."""
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(failed_folder(final), ignore_errors=True)
