"""What a notebook calls first and last: checked parameters in, figures and findings out."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import charts, contracts, paths
from analysis import findings as findings_mod
from analysis.params import OUTPUT_DIR, validate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FINDINGS_FILE = "findings.json"


@dataclass
class NotebookRun:
    """One run of one notebook: its checked parameters and where its outputs go."""

    name: str
    params: dict[str, Any]
    output_dir: Path
    findings: list[findings_mod.Finding] = field(default_factory=list)
    figures: list[Path] = field(default_factory=list)

    def save_figure(self, fig: Figure, stem: str) -> Path:
        """Save a chart as `<output_dir>/<stem>.png`; the figure still shows inline."""
        path = charts.save(fig, self.output_dir / f"{stem}.png")
        self.figures.append(path)
        return path

    def add(self, *found: findings_mod.Finding) -> None:
        """Record findings for findings.json."""
        self.findings.extend(found)

    def finish(self) -> Path:
        """Write findings.json beside the executed notebook and return its path."""
        return findings_mod.write(self.findings, self.output_dir / FINDINGS_FILE)

    def _repr_markdown_(self) -> str:
        rows = "\n".join(f"| `{k}` | {v!r} |" for k, v in self.params.items())
        return f"**Parameters of this run**\n\n| parameter | value |\n|---|---|\n{rows}\n"


def start(name: str, namespace: dict[str, Any]) -> NotebookRun:
    """Check the notebook's parameters (taken from its namespace) and set up its outputs.

    In a runner run, `output_dir` is the run's folder; in JupyterLab it defaults to
    `outputs/<notebook>/lab`.
    """
    spec = contracts.SPECS[name]
    values = {p.name: namespace[p.name] for p in spec.params if p.name in namespace}
    checked = validate(spec, values)
    out = namespace.get(OUTPUT_DIR) or paths.OUTPUTS_DIR / name / "lab"
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return NotebookRun(name=name, params=checked, output_dir=out)
