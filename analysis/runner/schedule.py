"""Run the report's notebooks with papermill: in parallel, incrementally, never hanging.

Each run writes `<output>/<notebook>/<slug>/`: the executed `notebook.ipynb`, its HTML
export (code hidden, parameters shown), the figures as PNG, `findings.json` and a
`manifest.json` (inputs and their hashes, parameters, versions, timings).

- Runs execute in worker processes (`analysis.runner.worker`, default one per core), each in
  a staging folder that replaces the previous outputs only when the run succeeds; a
  failed run leaves its partial notebook in `<slug>.failed/` and the last good outputs
  in place.
- A run whose inputs have not changed since its last success is skipped as up to date
  (`analysis.runner.fingerprint`); `force=True` reruns it.
- Each worker keeps one standard Jupyter kernel, warm, for one run after another
  (`analysis.runner.warm`); a cell timeout or a dying kernel fails the run, never hangs
  it. Interrupted, the runner stops its workers and their kernels.
- Wall-clock times go to the output folder's run log (`results.RUN_LOG`), not into the
  run's files, so that the same inputs give the same bytes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from analysis import paths
from analysis.notebooks.params import to_json
from analysis.runner import fingerprint
from analysis.runner.results import Result, failed_folder, last_runs, log_runs
from analysis.runner.suite import Run
from analysis.vocab import RunStatus

CHECKED_FILE = ".report-checked.json"  # the report's runs, checked (see suite.load_cached)
DEFAULT_TIMEOUT = 600


def default_jobs() -> int:
    """One worker per core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def run_all(
    runs: list[Run],
    output_root: Path = paths.OUTPUTS_DIR,
    kernel: str = paths.KERNEL_NAME,
    timeout: int = DEFAULT_TIMEOUT,
    jobs: int | None = None,
    force: bool = False,
    progress: Progress | None = None,
    shown: list[Run] | None = None,
    pool: Pool | None = None,
) -> list[Result]:
    """Execute the runs that are not up to date, in parallel; then write the index page.

    A run waits for the runs of the notebooks it `needs`; if one of them failed, it is
    not run (and reported failed). `shown` are other runs (e.g. the rest of the report)
    that the index lists as they are on disk: up to date, or stale. Returns the results of
    `runs`, in their order.

    `pool`: a running `Pool` to execute in (its workers and kernels stay for the caller's
    next call; its kernel and number of workers are used); by default a pool of this call's
    own, started when a run must execute and stopped at the end.
    """
    from analysis.runner import report

    setup = _setup(kernel, jobs, tuple(sorted({run.source() for run in runs})))
    if pool is not None:
        if pool.setup.kernel != setup.kernel:
            raise ValueError(f"the pool runs kernel {pool.setup.kernel['name']!r}, not {kernel!r}")
        setup.jobs = pool.setup.jobs
    setup.output_root, setup.timeout = output_root, timeout
    progress = progress or Progress(len(runs))
    results = _schedule(runs, setup, force, progress, pool)
    ordered = [results[id(run)] for run in runs]
    log_runs(output_root, ordered, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    mine = {run.label for run in runs}
    others = [_as_on_disk(run, setup) for run in shown or [] if run.label not in mine]
    index = report.write_index(output_root, others + ordered if others else ordered)
    progress.close(index)
    return ordered


# What a notebook may import for its kernels to skip preloading the libraries (pandas,
# matplotlib...): the standard library, and IPython, which every kernel has loaded.
_LIGHT_IMPORTS = frozenset(sys.stdlib_module_names) | {"IPython"}


def _needs_libraries(notebooks: tuple[Path, ...]) -> bool:
    """Whether kernels for these notebooks should preload the libraries: unless every one
    of them imports only `_LIGHT_IMPORTS` (as read from its source; one that cannot be
    read needs them). No notebook named: any may run, so they are preloaded."""
    if not notebooks:
        return True
    for notebook in notebooks:
        found = fingerprint.imports_of(notebook)
        if found is None or not found <= _LIGHT_IMPORTS:
            return True
    return False


def _imported_by(notebooks: tuple[Path, ...]) -> list[str]:
    """The `analysis` modules these notebooks import (what kernels import ahead of runs)."""
    files = {module for notebook in notebooks for module in fingerprint.code_of(notebook)}
    return fingerprint.module_names(sorted(files))


def _setup(kernel: str, jobs: int | None, notebooks: tuple[Path, ...]) -> _Setup:
    command = fingerprint.kernel_command(kernel)
    return _Setup(
        kernel={"name": kernel, "argv": command},
        packages=fingerprint.packages_digest(command),
        output_root=paths.OUTPUTS_DIR,
        timeout=DEFAULT_TIMEOUT,
        jobs=max(1, jobs or default_jobs()),
        notebooks=notebooks,
    )


@dataclass
class _Setup:
    kernel: dict[str, Any]
    packages: str
    output_root: Path
    timeout: int
    jobs: int
    notebooks: tuple[Path, ...]  # what the kernels import ahead of the runs is theirs

    def folder(self, run: Run) -> Path:
        return self.output_root / run.spec.name / run.slug


def _schedule(
    runs: list[Run], setup: _Setup, force: bool, progress: Progress, shared: Pool | None
) -> dict[int, Result]:
    """Skip what is up to date, run the rest (dependencies first), collect every result."""
    from concurrent.futures import FIRST_COMPLETED, wait

    hasher = fingerprint.Hasher()
    results: dict[int, Result] = {}
    reasons: dict[int, str] = {}
    # Longest first (by the last run's time; never run: first), so that no long run is
    # left to run alone at the end. The report's order decides among equals.
    last = last_runs(setup.output_root)
    pending = sorted(runs, key=lambda run: -last.get(run.label, {}).get("seconds", float("inf")))
    running: dict[Future[Result], Run] = {}
    with contextlib.nullcontext(shared) if shared else Pool._of(setup) as pool:
        while pending or running:
            for run in list(pending):
                needed = [results.get(id(r)) for r in runs if r.spec.name in run.needs]
                if None in needed:
                    continue  # a run it needs is not finished
                if id(run) not in reasons:
                    decided = _decide(run, needed, setup, force, hasher)
                    if isinstance(decided, Result):
                        pending.remove(run)
                        results[id(run)] = decided
                        progress.finished(decided)
                        continue
                    reasons[id(run)] = decided
                if len(running) < setup.jobs:
                    pending.remove(run)
                    progress.started(run, reasons[id(run)])
                    running[pool.submit(run, reasons[id(run)], setup)] = run
            if running:
                done, _ = wait(running, timeout=progress.tick, return_when=FIRST_COMPLETED)
                for future in done:
                    run = running.pop(future)
                    results[id(run)] = _outcome(future, run, setup, reasons[id(run)])
                    progress.finished(results[id(run)])
                progress.refresh()
    return results


def _decide(
    run: Run, needed: list[Any], setup: _Setup, force: bool, hasher: fingerprint.Hasher
) -> Result | str:
    """A result when the run is not to execute (a need failed, or up to date); else why."""
    final = setup.folder(run)
    failed = [r.run.label for r in needed if r.status == RunStatus.FAILED]
    if failed:
        error = f"not run: it needs {', '.join(failed)}, which failed"
        return Result(run, RunStatus.FAILED, 0.0, final, error=error)
    if force:
        return "--force"
    reason = _stale(run, setup, hasher)
    if reason is not None:
        return reason
    import shutil

    shutil.rmtree(failed_folder(final), ignore_errors=True)  # an older failure, now moot
    return Result(run, RunStatus.UP_TO_DATE, 0.0, final, reason="inputs unchanged")


def _stale(run: Run, setup: _Setup, hasher: fingerprint.Hasher) -> str | None:
    """Why a run's outputs are out of date, or None when they are up to date."""
    return fingerprint.stale_reason(
        setup.folder(run), run.source(), to_json(run.params), setup.kernel, setup.packages, hasher
    )


def _as_on_disk(run: Run, setup: _Setup) -> Result:
    """A run not executed this time, as its outputs stand: up to date, or stale and why."""
    final = setup.folder(run)
    reason = _stale(run, setup, fingerprint.Hasher())
    if reason is None:
        return Result(run, RunStatus.UP_TO_DATE, 0.0, final, reason="inputs unchanged")
    return Result(run, RunStatus.STALE, 0.0, final, reason=reason)


def _outcome(future: Future[Result], run: Run, setup: _Setup, reason: str) -> Result:
    """The worker's result, or a failure when the worker itself broke down."""
    try:
        return future.result()
    except Exception as exc:
        error = f"the worker process failed: {type(exc).__name__}: {exc}"
        return Result(run, RunStatus.FAILED, 0.0, setup.folder(run), error=error, reason=reason)


class Pool:
    """The worker processes (each with its warm kernel), started when a run must execute.

    `run_all` starts one of its own per call. A caller that runs several reports one after
    another may hold one instead (`with Pool(notebooks=...) as pool:`, then
    `run_all(..., pool=pool)`): its workers keep their warm kernels between the calls, and
    leaving the `with` stops them. `notebooks` are those whose `analysis` imports the
    kernels import ahead of the runs (any notebook may run in it).
    """

    def __init__(
        self,
        kernel: str = paths.KERNEL_NAME,
        jobs: int | None = None,
        notebooks: tuple[Path, ...] = (),
    ) -> None:
        self.setup = _setup(kernel, jobs, tuple(sorted(notebooks)))
        self.executor: Any = None

    @classmethod
    def _of(cls, setup: _Setup) -> Pool:
        pool = cls.__new__(cls)
        pool.setup, pool.executor = setup, None
        return pool

    def submit(self, run: Run, reason: str, setup: _Setup) -> Future[Result]:
        """Queue a run (into `setup`'s output folder, with its timeout); a pool that broke
        down gives an already failed future."""
        if self.executor is None:
            self._start()
        try:
            return self.executor.submit(_execute, run, setup.output_root, setup.timeout, reason)
        except Exception as exc:  # BrokenProcessPool: a worker died
            failed: Future[Result] = Future()
            failed.set_exception(exc)
            return failed

    def _start(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if "forkserver" in multiprocessing.get_all_start_methods():
            # Workers fork from a server that imported papermill and nbconvert once.
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["analysis.runner.worker"])
        else:
            context = multiprocessing.get_context("spawn")
        setup = self.setup
        self.executor = ProcessPoolExecutor(
            max_workers=setup.jobs,
            mp_context=context,
            initializer=_init_worker,
            initargs=(
                setup.kernel,
                setup.packages,
                _imported_by(setup.notebooks),
                os.getpid(),
                _needs_libraries(setup.notebooks),
            ),
        )

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        if self.executor is None:
            return
        if kind is None:
            self.executor.shutdown(wait=True)
            return
        # Interrupted or failed: end the runs under way at once, kernels included.
        processes = self._workers_and_kernels()
        # The pool's manager thread, kept before shutdown forgets it: once its workers are
        # stopped it closes its wake-up pipe and ends. Waited for here, so that Python's exit
        # hook for process pools does not write to that pipe while the thread closes it (a
        # race in Python 3.11's concurrent.futures that printed "Exception ignored ...
        # OSError: [Errno 9] Bad file descriptor" after "workbook: interrupted").
        manager = getattr(self.executor, "_executor_manager_thread", None)
        self.executor.shutdown(wait=False, cancel_futures=True)
        _stop(processes)
        if manager is not None:
            manager.join(timeout=MANAGER_WAIT)

    def _workers_and_kernels(self) -> list[Any]:
        """The pool's worker processes and their children (kernels): only those, not other
        processes this one started (another pool, a test's)."""
        import psutil

        # ProcessPoolExecutor keeps its workers by pid (and forgets them on shutdown); it
        # has no public way to end them before Python 3.14 (terminate_workers).
        found: list[psutil.Process] = []
        for pid in list(getattr(self.executor, "_processes", None) or {}):
            with contextlib.suppress(psutil.Error):
                worker = psutil.Process(pid)
                found += [worker, *worker.children(recursive=True)]
        return found


def _stop(processes: list[Any], grace: float = 1.0) -> None:
    """Terminate processes; kill those still running after `grace` seconds.

    A process that ended but is not yet reaped (a zombie) has ended: a kernel whose worker
    was terminated beside it stays one until the system reaps it, and `psutil.wait_procs`,
    which counts it as there, made every interrupted run wait the whole grace period."""
    import psutil

    for process in processes:
        with contextlib.suppress(psutil.Error):
            process.terminate()
    deadline = time.monotonic() + grace
    left = [p for p in processes if _running(p)]
    while left and time.monotonic() < deadline:
        time.sleep(STOP_POLL)
        left = [p for p in left if _running(p)]
    for process in left:
        with contextlib.suppress(psutil.Error):
            process.kill()


STOP_POLL = 0.02  # seconds between looks at the processes being stopped
MANAGER_WAIT = 5.0  # seconds to wait for an interrupted pool's manager thread to end


def _running(process: Any) -> bool:
    """Whether a process is still running: not gone, not ended and waiting to be reaped."""
    import psutil

    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


def _init_worker(
    kernel: dict[str, Any], packages: str, modules: list[str], runner: int, libraries: bool
) -> None:
    from analysis.runner import worker

    worker.init(kernel, packages, modules, runner, libraries)


def _execute(run: Run, output_root: Path, timeout: int, reason: str) -> Result:
    from analysis.runner import worker

    return worker.execute(run, output_root, timeout, reason)


class Progress:
    """Runs done, running, up to date and failed, with the elapsed time.

    On a terminal a status line updates in place; otherwise (CI, a pipe) each event is
    one plain line.
    """

    tick = 0.25

    def __init__(self, total: int, stream: IO[str] | None = None, live: bool | None = None):
        self.total = total
        self.stream = stream or sys.stdout
        self.live = self.stream.isatty() if live is None else live
        self.started_at = time.perf_counter()
        self.running: set[str] = set()
        self.counts = {RunStatus.OK: 0, RunStatus.UP_TO_DATE: 0, RunStatus.FAILED: 0}

    def _elapsed(self) -> str:
        return f"{time.perf_counter() - self.started_at:5.1f} s"

    def _write(self, text: str) -> None:
        """Write and flush; a reader that went away (`| head`) does not stop the runs."""
        try:
            self.stream.write(text)
            self.stream.flush()
        except BrokenPipeError:
            self.stream = open(os.devnull, "w")  # noqa: SIM115 (lives as long as we do)
            self.live = False

    def _say(self, text: str) -> None:
        clear = "\r\x1b[K" if self.live else ""
        self._write(f"{clear}{text}\n")
        self.refresh()

    def started(self, run: Run, reason: str) -> None:
        self.running.add(run.label)
        if not self.live:
            self._say(f"[{self._elapsed()}] run        {run.label} ({reason})")
        else:
            self.refresh()

    def finished(self, result: Result) -> None:
        self.running.discard(result.run.label)
        self.counts[result.status] += 1
        label = {
            RunStatus.OK: "ok",
            RunStatus.UP_TO_DATE: "up to date",
            RunStatus.FAILED: "FAILED",
        }[result.status]
        took = f" in {result.seconds:.1f} s" if result.status != RunStatus.UP_TO_DATE else ""
        self._say(f"[{self._elapsed()}] {label:<10} {result.run.label}{took}")

    def status(self) -> str:
        done, n = sum(self.counts.values()), self.counts
        return (
            f"{done}/{self.total} done: {n[RunStatus.OK]} ran, {n[RunStatus.UP_TO_DATE]} up to "
            f"date, {n[RunStatus.FAILED]} failed; {len(self.running)} running; {self._elapsed()}"
        )

    def refresh(self) -> None:
        if self.live:
            import shutil

            line = self.status()
            if self.running:
                line += " - " + ", ".join(sorted(self.running))
            width = shutil.get_terminal_size().columns - 1
            self._write("\r\x1b[K" + (line if len(line) <= width else line[: width - 1] + "…"))

    def close(self, index: Path) -> None:
        clear = "\r\x1b[K" if self.live else ""
        self._write(f"{clear}{self.status()}\nreport: {paths.relative(index)}\n")
