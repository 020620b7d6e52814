"""What one run produced and where: its status, its folders, the files it writes.

Shared by the scheduler, the workers and the report page (each imports this, none of
them each other).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.runner import fingerprint
from analysis.runner.suite import Run
from analysis.vocab import RunStatus

NOTEBOOK_FILE = "notebook.ipynb"
HTML_FILE = "notebook.html"
FRAGMENT_FILE = "fragment.html"
RUN_LOG = "run-log.jsonl"  # in the output folder: when each run ran and how long it took
TEMP_PREFIX = "workbook-"  # temporary folders: workbook-<pid of their owner>-...
_LOG_LIMIT = 1_000_000  # bytes; a longer run log keeps its newer half


@dataclass
class Result:
    """What happened to one run."""

    run: Run
    status: RunStatus
    seconds: float
    output_dir: Path
    error: str = ""
    cell_index: int | None = None
    cell_line: str = ""
    partial: Path | None = None
    reason: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    cells: list[float] = field(default_factory=list)

    @property
    def has_outputs(self) -> bool:
        """Whether outputs of a successful run (this one or an earlier one) are in place."""
        return (self.output_dir / fingerprint.MANIFEST_FILE).exists()

    def describe(self) -> str:
        """One line for a success; for a failure, a report a reader can act on."""
        where = paths.relative(self.output_dir)
        if self.status == RunStatus.OK:
            return f"{self.run.label}: ok in {self.seconds:.1f} s -> {where}"
        if self.status == RunStatus.UP_TO_DATE:
            return f"{self.run.label}: up to date -> {where}"
        if self.status == RunStatus.STALE:
            return f"{self.run.label}: stale, not run this time ({self.reason}) -> {where}"
        lines = [f"{self.run.label}: FAILED after {self.seconds:.1f} s"]
        if self.cell_index is not None:
            lines.append(
                f"  cell {self.cell_index} of {paths.relative(self.run.source())}: {self.cell_line}"
            )
        lines.append(f"  error: {self.error}")
        if self.partial:
            lines.append(f"  partial notebook: {paths.relative(self.partial)}")
        if self.has_outputs:
            lines.append(f"  last good outputs kept in {where}")
        return "\n".join(lines)


def staging_folder(final: Path) -> Path:
    return final.with_name(f".{final.name}.staging")


def failed_folder(final: Path) -> Path:
    return final.with_name(f"{final.name}.failed")


def write_atomically(path: Path, text: str) -> None:
    """Write a text file so that readers see the old content or the new, never a part."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def log_runs(output_root: Path, results: list[Result], when: str) -> None:
    """Append one line per run executed to the output folder's run log (JSON Lines):
    the wall-clock times that the run's own files leave out, so that they stay the same
    for the same inputs."""
    lines = []
    for result in results:
        if result.status not in (RunStatus.OK, RunStatus.FAILED) or not result.seconds:
            continue
        entry: dict[str, Any] = {
            "run": result.run.label,
            "status": str(result.status),
            "finished": when,
            "seconds": round(result.seconds, 3),
            "reason": result.reason,
        }
        if result.timings:
            entry["timings"] = {k: round(v, 3) for k, v in result.timings.items()}
        if result.cells:
            entry["cells"] = result.cells
        if result.error:
            entry["error"] = result.error
        lines.append(json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n")
    if not lines:
        return
    log = output_root / RUN_LOG
    output_root.mkdir(parents=True, exist_ok=True)
    with open(log, "a", encoding="utf-8") as out:
        out.writelines(lines)
    if log.stat().st_size > _LOG_LIMIT:
        kept = log.read_text(encoding="utf-8").splitlines(keepends=True)
        write_atomically(log, "".join(kept[len(kept) // 2 :]))


def last_runs(output_root: Path) -> dict[str, dict[str, Any]]:
    """The run log's latest successful entry of each run, by label."""
    found: dict[str, dict[str, Any]] = {}
    try:
        text = (output_root / RUN_LOG).read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return found
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue  # a line cut short by a crash
        if isinstance(entry, dict) and entry.get("status") == RunStatus.OK:
            found[str(entry.get("run"))] = entry
    return found
