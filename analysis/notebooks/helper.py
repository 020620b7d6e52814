"""What a notebook calls first and last: checked parameters in, figures and findings out."""

from __future__ import annotations

import io
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis import charts, markup, paths
from analysis.findings import record as findings_mod
from analysis.notebooks import contracts
from analysis.notebooks.params import OUTPUT_DIR, validate

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FINDINGS_FILE = "findings.json"
# Where a run outside the runner (JupyterLab, plain papermill) writes: outputs/<notebook>/lab.
LAB = "lab"
# Marks the parameters table a notebook shows, so the HTML export shows it only once.
PARAMETERS_MARK = "workbook-parameters"
# Figures saved by `save_figure` (kept only as long as the figure lives), and where.
_saved: weakref.WeakKeyDictionary[Figure, Path] = weakref.WeakKeyDictionary()


@dataclass
class NotebookRun:
    """One run of one notebook: its checked parameters and where its outputs go."""

    name: str
    params: dict[str, Any]
    output_dir: Path
    findings: dict[str, findings_mod.Finding] = field(default_factory=dict)
    figures: dict[str, Path] = field(default_factory=dict)

    @property
    def outputs_root(self) -> Path:
        """The folder holding every notebook's outputs (`outputs/`, or the runner's --output).

        A brief reads other runs' `findings.json` under it: `<root>/<notebook>/<slug>/`.
        """
        return self.output_dir.parent.parent

    def save_figure(self, fig: Figure, stem: str) -> Path:
        """Save a chart as `<output_dir>/<stem>.png`; the figure still shows inline (the
        same bytes: it is not drawn twice)."""
        path = charts.save(fig, self.output_dir / f"{stem}.png")
        _saved[fig] = path
        self.figures[stem] = path
        return path

    def add(self, *found: findings_mod.Finding) -> None:
        """Record findings for findings.json, keyed by id: a finding added again (a cell
        rerun in JupyterLab) replaces the one of the same id instead of repeating it."""
        self.findings.update((f.id, f) for f in found)

    def finish(self) -> Path:
        """Write findings.json beside the executed notebook and return its path."""
        return findings_mod.write(list(self.findings.values()), self.output_dir / FINDINGS_FILE)

    def _repr_html_(self) -> tuple[str, dict[str, bool]]:
        where = ""
        if self.output_dir.is_relative_to(paths.OUTPUTS_DIR / self.name / LAB):
            where = f"Charts and findings.json go to {paths.relative(self.output_dir)}/."
        text = markup.render("parameters.html.j2", params=self.params, where=where)
        return text, {PARAMETERS_MARK: True}


def start(name: str, namespace: dict[str, Any]) -> NotebookRun:
    """Check the notebook's parameters (taken from its namespace) and set up its outputs.

    In a runner run, `output_dir` is the run's folder; in JupyterLab it defaults to
    `outputs/<notebook>/lab`.
    """
    spec = contracts.SPECS[name]
    values = {p.name: namespace[p.name] for p in spec.params if p.name in namespace}
    checked = validate(spec, values)
    out = namespace.get(OUTPUT_DIR) or paths.OUTPUTS_DIR / name / LAB
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _show_figures()
    return NotebookRun(name=name, params=checked, output_dir=out)


def _show_figures() -> None:
    """In IPython, show a matplotlib Figure left as a cell's value as its PNG.

    The house-style charts are Figures detached from pyplot, which IPython would print
    as `<Figure size ...>`; the PNG shown is the bytes `save_figure` writes.
    """
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    from matplotlib.figure import Figure

    def png(fig: Figure) -> bytes:
        saved = _saved.get(fig)
        if saved is not None and saved.exists():
            return saved.read_bytes()  # drawn once, by save_figure, with the same settings
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=charts.DPI, metadata={"Software": None})
        return buffer.getvalue()

    shell.display_formatter.formatters["image/png"].for_type(Figure, png)
