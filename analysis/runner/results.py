"""What one run produced and where: its status, its folders, the files it writes.

Shared by the scheduler, the workers and the report page (each imports this, none of
them each other).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from analysis import paths
from analysis.runner import fingerprint
from analysis.runner.suite import Run
from analysis.vocab import RunStatus

NOTEBOOK_FILE = "notebook.ipynb"
HTML_FILE = "notebook.html"
FRAGMENT_FILE = "fragment.html"


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
