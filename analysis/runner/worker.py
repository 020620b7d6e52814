"""The runner's worker processes: each executes runs one at a time with papermill.

Imported only in worker processes (they are forked from a server that imported this
module once, so papermill, nbclient and nbconvert are loaded once per report, not once
per run). A worker keeps a kernel started ahead of need: while one run executes, the
next run's kernel is already booting.
"""

from __future__ import annotations

import sys

# jsonschema (imported by nbformat) builds an IRI grammar at import when rfc3987_syntax
# is installed (about 1.4 s); nbformat's schema uses no IRI formats, so skip it here.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]

import ast  # noqa: E402
import contextlib  # noqa: E402
import datetime as dt  # noqa: E402
import json  # noqa: E402
import logging  # noqa: E402
import multiprocessing.util  # noqa: E402
import re  # noqa: E402
import shutil  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402
from queue import Empty  # noqa: E402
from typing import Any  # noqa: E402

import nbformat  # noqa: E402
import papermill  # noqa: E402
from jupyter_core.utils import run_sync  # noqa: E402
from nbclient.exceptions import CellTimeoutError, DeadKernelError  # noqa: E402
from nbconvert import HTMLExporter  # noqa: E402
from nbconvert.preprocessors import TagRemovePreprocessor  # noqa: E402
from papermill.clientwrap import PapermillNotebookClient  # noqa: E402
from papermill.engines import NBClientEngine, papermill_engines  # noqa: E402
from papermill.exceptions import PapermillExecutionError  # noqa: E402

from analysis import paths  # noqa: E402
from analysis.notebooks.helper import PARAMETERS_MARK  # noqa: E402
from analysis.notebooks.params import OUTPUT_DIR, to_json  # noqa: E402
from analysis.runner import (  # noqa: E402
    fingerprint,
    kernels,
    report,
    suite,
)
from analysis.runner.results import (  # noqa: E402
    FRAGMENT_FILE,
    HTML_FILE,
    NOTEBOOK_FILE,
    Result,
    failed_folder,
    staging_folder,
)
from analysis.vocab import RunStatus  # noqa: E402

ENGINE = "workbook"
_VERSIONS = ("python", "papermill", "nbclient", "ipykernel", "numpy", "pandas", "matplotlib")
_state: dict[str, Any] = {}
# nbclient logs timeouts and dead kernels; the runner reports them itself, once.
_log = logging.getLogger("analysis.runner.worker")
_log.addHandler(logging.NullHandler())
_log.propagate = False


class _ReadyKernelEngine(NBClientEngine):
    """papermill's nbclient engine, given a kernel that is already running and connected."""

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


def init(kernel: dict[str, Any], packages: str, parent_socket: str | None) -> None:
    """Pool initializer: remember the settings and start the first kernel."""
    from importlib.metadata import PackageNotFoundError, version

    versions = {"python": sys.version.split()[0]}
    for name in _VERSIONS[1:]:
        with contextlib.suppress(PackageNotFoundError):
            versions[name] = version(name)
    _state.update(
        kernel=kernel,
        packages=packages,
        parent=parent_socket,
        folder=tempfile.mkdtemp(prefix="wb-"),
        versions=versions,
    )
    _state["spare"] = _start_kernel()
    multiprocessing.util.Finalize(None, _close, exitpriority=10)


def _close() -> None:
    spare = _state.pop("spare", None)
    if spare:
        _stop(spare[0])
    shutil.rmtree(_state.get("folder", ""), ignore_errors=True)


def _start_kernel() -> tuple[Any, Path]:
    log = Path(_state["folder"], f"{uuid.uuid4().hex[:8]}.log")
    km = kernels.start(
        _state["kernel"]["name"], paths.NOTEBOOKS_DIR, _state["folder"], str(log), _state["parent"]
    )
    return km, log


def _stop(km: Any) -> None:
    with contextlib.suppress(Exception):
        run_sync(km.shutdown_kernel)(now=True)


def execute(run: suite.Run, output_root: Path, timeout: int, reason: str) -> Result:
    """Execute one run into a staging folder; replace its outputs only if it succeeds."""
    started = time.perf_counter()
    final = output_root / run.spec.name / run.slug
    staging = staging_folder(final)
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    timings: dict[str, float] = {}
    km = log = kc = None
    try:
        km, log = _state.pop("spare", None) or _start_kernel()
        with contextlib.suppress(Exception):  # if it fails, the next run says why
            _state["spare"] = _start_kernel()  # the next run's kernel boots meanwhile
        include = [str(paths.ROOT), str(output_root.resolve())]
        exclude = [str(paths.ROOT / d) for d in (".venv", ".git", "analysis")]
        kc = run_sync(_connect)(km, include, [*exclude, str(staging.resolve())])
        timings["kernel"] = time.perf_counter() - started
        papermill.execute_notebook(
            str(run.source()),
            str(staging / NOTEBOOK_FILE),
            parameters={**to_json(run.params), OUTPUT_DIR: str(staging.resolve())},
            engine_name=ENGINE,
            km=km,
            kc=kc,
            kernel_name=_state["kernel"]["name"],
            cwd=str(paths.NOTEBOOKS_DIR),
            execution_timeout=timeout,
            progress_bar=False,
            log_output=False,
        )
        reads = run_sync(_recorded)(kc)
        timings["execute"] = time.perf_counter() - started - timings["kernel"]
    except Exception as exc:  # every way a run can fail becomes a failure report
        return _failed(run, final, staging, started, exc, km, log, reason)
    finally:
        if kc is not None:
            kc.stop_channels()
        if km is not None:
            _stop(km)
    try:
        mark = time.perf_counter()
        _export(run, staging)
        timings["export"] = time.perf_counter() - mark
        timings["total"] = time.perf_counter() - started
        _write_manifest(run, staging, reads, timings)
    except Exception as exc:
        return _failed(run, final, staging, started, exc, None, None, reason)
    _replace(staging, final)
    return Result(run, RunStatus.OK, timings["total"], final, reason=reason)


async def _connect(km: Any, include: list[str], exclude: list[str]) -> Any:
    """A client for a started kernel, once both its channels answer; installs the recorder.

    Unlike `wait_for_ready`, it does not wait for 0.2 s of silence on IOPub: the first
    IOPub message (the welcome, or a status) shows the subscription is live.
    """
    kc = km.client()
    kc.start_channels()
    deadline = time.monotonic() + 60
    await _reply(kc, km, kc.kernel_info(), deadline)
    while True:
        try:
            await kc.get_iopub_msg(timeout=0.2)
            break
        except Empty:
            await _reply(kc, km, kc.kernel_info(), deadline)
    code = (
        "import analysis.runner.kernels as _workbook_kernels\n"
        f"_workbook_kernels.record({include!r}, {exclude!r})\n"
        "del _workbook_kernels"
    )
    reply = await _reply(kc, km, kc.execute(code, silent=True, store_history=False), deadline)
    if reply["content"]["status"] != "ok":
        content = reply["content"]
        raise kernels.KernelStartError(
            f"the kernel cannot import analysis: {content.get('ename')}: {content.get('evalue')}"
        )
    kc.allow_stdin = False
    return kc


async def _reply(kc: Any, km: Any, msg_id: str, deadline: float) -> dict[str, Any]:
    """The shell reply to one request (raises when the kernel dies or the time is up)."""
    while True:
        try:
            msg = await kc.get_shell_msg(timeout=0.5)
        except Empty:
            if not await km.is_alive():
                raise kernels.KernelStartError("the kernel died while starting") from None
            if time.monotonic() > deadline:
                raise kernels.KernelStartError("the kernel did not answer in 60 s") from None
            continue
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


async def _recorded(kc: Any) -> dict[str, list[str]]:
    """What the run read and imported, as the kernel's recorder saw it."""
    expression = "__import__('analysis.runner.kernels', fromlist=['recorded']).recorded()"
    msg_id = kc.execute("", silent=True, store_history=False, user_expressions={"r": expression})
    while True:
        msg = await kc.get_shell_msg(timeout=30)
        if msg["parent_header"].get("msg_id") == msg_id:
            found = msg["content"]["user_expressions"]["r"]
            return json.loads(ast.literal_eval(found["data"]["text/plain"]))


def _failed(
    run: suite.Run,
    final: Path,
    staging: Path,
    started: float,
    exc: Exception,
    km: Any,
    log: Path | None,
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
    elif isinstance(exc, DeadKernelError | kernels.KernelStartError):
        error = _death(exc, km, log)
    else:
        error = f"{type(exc).__name__}: {exc}"
    return Result(
        run,
        "failed",
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


def _death(exc: Exception, km: Any, log: Path | None) -> str:
    """Why the kernel died: its exit code or signal, and the end of its log."""
    process = getattr(getattr(km, "provisioner", None), "process", None)
    code = process.poll() if process is not None else None
    if code is None or code == -1:
        how = "the kernel died"
    elif code < 0:
        how = f"the kernel was killed by signal {-code}"
        if -code == 9:
            how += " (out of memory?)"
    else:
        how = f"the kernel exited with code {code}"
    if isinstance(exc, kernels.KernelStartError):
        how = str(exc)
    tail = [ln for ln in _kernel_log(log) if ln.strip()][-3:]
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


def _export(run: suite.Run, folder: Path) -> None:
    """The run's body (`fragment.html`: report mode, code hidden) and its page
    (`notebook.html`: the body under the run's heading and parameters)."""
    nb = nbformat.read(folder / NOTEBOOK_FILE, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.outputs if not _is_parameters_table(o)]
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"  # papermill's is random: keep the page reproducible
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


def _write_manifest(
    run: suite.Run, folder: Path, reads: dict[str, list[str]], timings: dict[str, float]
) -> None:
    hasher = fingerprint.Hasher()
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
        "timings": {k: round(v, 3) for k, v in timings.items()},
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    (folder / fingerprint.MANIFEST_FILE).write_text(text, encoding="utf-8")


def _replace(staging: Path, final: Path) -> None:
    """Swap the new outputs in; the old ones are removed only after the swap."""
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(failed_folder(final), ignore_errors=True)
