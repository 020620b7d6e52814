"""Run notebooks with papermill into outputs/, keeping the last good outputs on failure.

Each run writes `outputs/<notebook>/<slug>/`: the executed `notebook.ipynb`, its HTML
export (code hidden, parameters shown), the figures as PNG, `findings.json` and a
`manifest.json`. A run executes in a staging folder and replaces the previous outputs
only when it succeeds; a failed run leaves its partial notebook in `<slug>.failed/`.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import contracts, paths
from analysis.errors import ParameterError, Problem, WorkbookError
from analysis.params import OUTPUT_DIR, NotebookSpec, validate

NOTEBOOK_FILE = "notebook.ipynb"
HTML_FILE = "notebook.html"
MANIFEST_FILE = "manifest.json"
DEFAULT_TIMEOUT = 600


@dataclass(frozen=True)
class Run:
    """One notebook with one checked set of parameters."""

    spec: NotebookSpec
    params: dict[str, Any]

    @property
    def slug(self) -> str:
        """Folder name: the parameters that differ from the defaults, or 'default'."""
        changed = {k: v for k, v in self.params.items() if v != self.spec.defaults()[k]}
        if not changed:
            return "default"
        text = "__".join(f"{k}={_slug_value(v)}" for k, v in sorted(changed.items()))
        if len(text) > 80:
            digest = hashlib.sha256(text.encode()).hexdigest()[:10]
            text = f"{text[:60]}-{digest}"
        return text

    @property
    def label(self) -> str:
        return f"{self.spec.name}/{self.slug}"

    def source(self) -> Path:
        return paths.NOTEBOOKS_DIR / f"{self.spec.name}.ipynb"


@dataclass
class Result:
    """What happened to one run."""

    run: Run
    status: str  # "ok" or "failed"
    seconds: float
    output_dir: Path
    error: str = ""
    cell_index: int | None = None
    cell_line: str = ""
    partial: Path | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> str:
        """A failure report a reader can act on."""
        if self.status == "ok":
            return (
                f"{self.run.label}: ok in {self.seconds:.1f} s -> {paths.relative(self.output_dir)}"
            )
        lines = [f"{self.run.label}: FAILED after {self.seconds:.1f} s"]
        if self.cell_index is not None:
            lines.append(
                f"  cell {self.cell_index} of {paths.relative(self.run.source())}: {self.cell_line}"
            )
        lines.append(f"  error: {self.error}")
        if self.partial:
            lines.append(f"  partial notebook: {paths.relative(self.partial)}")
        if (self.output_dir / NOTEBOOK_FILE).exists():
            lines.append(f"  last good outputs kept in {paths.relative(self.output_dir)}")
        return "\n".join(lines)


def plan(notebooks: list[str] | None = None, overrides: dict[str, str] | None = None) -> list[Run]:
    """The runs to do: named notebooks (all when empty) with checked parameters.

    Raises ParameterError, before any kernel starts, listing every problem.
    """
    names = notebooks or list(contracts.SPECS)
    problems: list[Problem] = []
    runs = []
    for name in names:
        if name not in contracts.SPECS:
            import difflib

            near = difflib.get_close_matches(name, list(contracts.SPECS), n=1)
            fix = f"did you mean '{near[0]}'?" if near else "see `workbook list`"
            problems.append(Problem(f"notebook '{name}'", "no such notebook", fix))
            continue
        try:
            runs.append(
                Run(contracts.SPECS[name], validate(contracts.SPECS[name], overrides or {}))
            )
        except ParameterError as exc:
            problems += exc.problems
    if problems:
        raise ParameterError(problems)
    return runs


def execute(
    run: Run,
    output_root: Path = paths.OUTPUTS_DIR,
    kernel: str = paths.KERNEL_NAME,
    timeout: int = DEFAULT_TIMEOUT,
) -> Result:
    """Execute one run; replace its outputs only if it succeeds."""
    import papermill
    from papermill.exceptions import PapermillExecutionError

    final = output_root / run.spec.name / run.slug
    staging = final.with_name(f".{run.slug}.staging")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    started = time.perf_counter()
    try:
        papermill.execute_notebook(
            str(run.source()),
            str(staging / NOTEBOOK_FILE),
            parameters={**_jsonable(run.params), OUTPUT_DIR: str(staging.resolve())},
            kernel_name=kernel,
            cwd=str(paths.NOTEBOOKS_DIR),
            execution_timeout=timeout,
            progress_bar=False,
            log_output=False,
        )
    except PapermillExecutionError as exc:
        return _failed(
            run,
            final,
            staging,
            started,
            exc.ename + ": " + exc.evalue,
            exc.cell_index,
            _first_line(exc.source),
        )
    except Exception as exc:  # kernel death, timeout, missing kernel: all are failures
        return _failed(run, final, staging, started, f"{type(exc).__name__}: {exc}", None, "")
    _export_html(staging / NOTEBOOK_FILE, staging / HTML_FILE)
    seconds = time.perf_counter() - started
    _write_manifest(run, staging, seconds, kernel)
    _replace(staging, final)
    return Result(run, "ok", seconds, final)


def _slug_value(value: Any) -> str:
    text = str(value.isoformat() if hasattr(value, "isoformat") else value).lower()
    return re.sub(r"[^a-z0-9.]+", "-", text).strip("-")


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    """Dates travel to the kernel as ISO strings; the contract converts them back."""
    return {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in params.items()}


def _first_line(source: str) -> str:
    lines = [ln for ln in (source or "").splitlines() if ln.strip()]
    return lines[0].strip() if lines else ""


def _failed(
    run: Run,
    final: Path,
    staging: Path,
    started: float,
    error: str,
    cell_index: int | None,
    cell_line: str,
) -> Result:
    failed_dir = final.with_name(f"{run.slug}.failed")
    shutil.rmtree(failed_dir, ignore_errors=True)
    staging.rename(failed_dir)
    partial = failed_dir / NOTEBOOK_FILE
    if cell_index is not None and partial.exists():
        cell_index = _source_index(partial, cell_index)
    return Result(
        run,
        "failed",
        time.perf_counter() - started,
        final,
        error=error,
        cell_index=cell_index,
        cell_line=cell_line,
        partial=partial if partial.exists() else None,
    )


def _source_index(executed: Path, index: int) -> int:
    """Index of a cell in the source notebook (papermill inserts an injected-parameters cell)."""
    import nbformat

    cells = nbformat.read(executed, as_version=4).cells[:index]
    injected = any("injected-parameters" in c.metadata.get("tags", []) for c in cells)
    return index - 1 if injected else index


def _replace(staging: Path, final: Path) -> None:
    """Swap the new outputs in; the old ones are removed only after the swap."""
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    staging.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    shutil.rmtree(final.with_name(f"{final.name}.failed"), ignore_errors=True)


def _export_html(notebook: Path, target: Path) -> None:
    """HTML in report mode: code hidden, outputs (parameters table included) shown."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(
        exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True
    )
    body, _ = exporter.from_notebook_node(nbformat.read(notebook, as_version=4))
    target.write_text(body, encoding="utf-8")


def _write_manifest(run: Run, folder: Path, seconds: float, kernel: str) -> None:
    from importlib.metadata import version

    manifest = {
        "notebook": run.spec.name,
        "parameters": _jsonable(run.params),
        "kernel": kernel,
        "inputs": {paths.relative(run.source()): _sha256(run.source())},
        "versions": {p: version(p) for p in ("pandas", "matplotlib", "papermill")},
        "seconds": round(seconds, 2),
    }
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_all(
    runs: list[Run],
    output_root: Path = paths.OUTPUTS_DIR,
    kernel: str = paths.KERNEL_NAME,
    timeout: int = DEFAULT_TIMEOUT,
    echo=print,
) -> list[Result]:
    """Execute runs one after another, reporting each; then write the index page."""
    from analysis import report

    results = []
    for i, run in enumerate(runs, 1):
        echo(f"[{i}/{len(runs)}] running {run.label} ...")
        result = execute(run, output_root, kernel, timeout)
        echo(result.describe())
        results.append(result)
    index = report.write_index(output_root, results)
    echo(f"report: {paths.relative(index)}")
    return results


def check_kernel(kernel: str) -> None:
    """Fail early, with the fix, when the Jupyter kernel is not installed."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(kernel)
    except NoSuchKernel as exc:
        raise WorkbookError(
            f"Jupyter kernel '{kernel}' is not installed: run `make setup` (it registers the "
            "project's kernel), or pass --kernel NAME (see `jupyter kernelspec list`)"
        ) from exc
