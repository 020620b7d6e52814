"""The report's pages: each run's page, `outputs/index.html`, and the single-file report.

All are written from the templates of `analysis/templates/` (autoescaped: nothing from an
article or a table becomes live markup), with styles inline and charts embedded as data
URIs, and load nothing from the network.

- A run's page (`notebook.html`) wraps the run's body (`fragment.html`: the executed
  notebook in report mode, code hidden) with its heading and parameters.
- The index shows the brief first, then every run with its parameters, findings, sources
  and charts, each marked run now, up to date, stale or failed (with the outputs of its
  last good run, if any), links to the run pages, and at the end the data sources.
- The single-file report (`report.html`, `workbook run --single-file`) holds the whole
  of every run's page in one file that works alone (mailed, printed to PDF): no link to
  another file of the output folder.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis import markup, paths
from analysis.data import corrections, datasets
from analysis.errors import WorkbookError
from analysis.findings import record as findings_mod
from analysis.notebooks import contracts
from analysis.notebooks.params import NotebookSpec, to_json
from analysis.runner import fingerprint, suite
from analysis.runner.results import FRAGMENT_FILE, HTML_FILE, NOTEBOOK_FILE, Result, last_runs
from analysis.vocab import RunStatus

INDEX_FILE = "index.html"
LISTING_FILE = "index.json"
SINGLE_FILE = "report.html"
TITLE = "Trade-policy workbook report"


@functools.cache
def css() -> str:
    """The one stylesheet of every page."""
    return (markup.TEMPLATES / "style.css").read_text(encoding="utf-8")


@dataclass(frozen=True)
class RunPage:
    """What a run's page shows above its body."""

    title: str
    description: str
    label: str
    notebook: str
    params: dict[str, Any]
    body: str = ""
    report_link: str = ""


def page_of(run: suite.Run, body: str = "", report_link: str = "") -> RunPage:
    """A run's heading, description and parameters (values as the notebook reads them)."""
    return RunPage(
        title=run.spec.heading(run.params),
        description=run.spec.description,
        label=run.label,
        notebook=run.source().name,
        params=to_json(run.params),
        body=body,
        report_link=report_link,
    )


def run_page(page: RunPage) -> str:
    """A run's whole page (`notebook.html`)."""
    return markup.render("run_page.html.j2", page=page, css=css())


def write_index(output_root: Path, results: list[Result]) -> Path:
    """Write `index.html` for these runs, and `index.json` (the same runs and statuses, from
    which `export` writes the single-file report later); returns the page's path."""
    listing = json.dumps(_listing(output_root, results), indent=2)
    index = output_root / INDEX_FILE
    try:
        same = (output_root / LISTING_FILE).read_text(encoding="utf-8") == listing
    except OSError:
        same = False
    if same and index.exists():
        return index  # the same runs, statuses and page code: the page would be the same
    _write_text(output_root / LISTING_FILE, listing)
    return _write(index, output_root, results, single=False)


def _page_code() -> str:
    """A hash of what the index is written from besides the runs: this module, the
    templates, the data catalog and its corrections."""
    digest = hashlib.sha256()
    files = [Path(__file__), Path(markup.__file__), paths.DATAPACKAGE, corrections.default_path()]
    files += sorted(markup.TEMPLATES.iterdir())
    for f in files:
        try:
            digest.update(f.name.encode() + b"\0" + f.read_bytes())
        except OSError:
            digest.update(f.name.encode() + b"\0missing")
    return digest.hexdigest()


def _listing(output_root: Path, results: list[Result]) -> dict[str, Any]:
    runs = []
    for r in results:
        runs.append(
            {
                "notebook": r.run.spec.name,
                "heading": r.run.spec.heading(r.run.params),
                "description": r.run.spec.description,
                "source": r.run.source().name,
                "parameters": to_json(r.run.params),
                "folder": r.output_dir.relative_to(output_root).as_posix(),
                "status": str(r.status),
                "seconds": round(r.seconds, 1),
                "reason": r.reason,
                "error": r.error,
                "cell_index": r.cell_index,
                "cell_line": r.cell_line,
            }
        )
    return {"schema": "workbook.index/1", "runs": runs, "page": _page_code()}


def listed_results(output_root: Path) -> list[Result]:
    """The runs the last `index.html` of an output folder showed, with their statuses."""
    path = output_root / LISTING_FILE
    try:
        listing = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise WorkbookError(
            f"no report in {paths.relative(output_root)} ({LISTING_FILE} is missing): run "
            "`workbook run` first"
        ) from None
    except ValueError as exc:
        raise WorkbookError(
            f"{paths.relative(path)} is not valid JSON ({exc}): rerun the report"
        ) from None
    out = []
    for entry in listing.get("runs", []):
        # the notebook's contract (for its heading); a notebook without one, as it was shown
        spec = contracts.SPECS.get(entry["notebook"]) or NotebookSpec(
            entry["notebook"], entry["heading"], entry["description"], ()
        )
        source = paths.NOTEBOOKS_DIR / entry["source"]
        run = suite.Run(spec, entry["parameters"], notebook=source)
        out.append(
            Result(
                run,
                RunStatus(entry["status"]),
                entry["seconds"],
                output_root / entry["folder"],
                error=entry["error"],
                cell_index=entry["cell_index"],
                cell_line=entry["cell_line"],
                reason=entry["reason"],
            )
        )
    return out


def write_single_file(output_root: Path, results: list[Result], target: Path | None = None) -> Path:
    """Write the whole report as one file (default `<output>/report.html`); returns its path."""
    return _write(target or output_root / SINGLE_FILE, output_root, results, single=True)


def single_file_text(output_root: Path, results: list[Result], *, expand: bool = False) -> str:
    """The single-file report's HTML; `expand` opens every folded list (for print)."""
    return _render(output_root, results, single=True, expand=expand)


def _write(target: Path, output_root: Path, results: list[Result], *, single: bool) -> Path:
    return _write_text(target, _render(output_root, results, single=single))


def _write_text(target: Path, text: str) -> Path:
    """Write a file whole or not at all (a reader never sees half a page)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(target)
    return target


def _render(output_root: Path, results: list[Result], *, single: bool, expand: bool = False) -> str:
    ordered = sorted(results, key=lambda r: r.run.spec.name != suite.BRIEF)
    manifests = {id(r): fingerprint.read_manifest(r.output_dir) for r in ordered}
    finished = {label: entry["finished"] for label, entry in last_runs(output_root).items()}
    sections = [
        _section(r, manifests[id(r)], output_root, single, finished.get(r.run.label))
        for r in ordered
    ]
    datasets_, error = _datasets(ordered, manifests)
    return markup.render(
        "report.html.j2",
        title=TITLE,
        summary=_summary(ordered),
        sections=sections,
        datasets=datasets_,
        sources_error=error,
        css=css(),
        expand_details=expand,
    )


def anchor(result: Result) -> str:
    """The id of a run's section in the page."""
    return "run-" + result.run.label.replace("/", "--").replace("=", "-")


def _summary(results: list[Result]) -> str:
    count = {
        s: sum(r.status == s for r in results)
        for s in (RunStatus.OK, RunStatus.UP_TO_DATE, RunStatus.FAILED, RunStatus.STALE)
    }
    runs = "1 run" if len(results) == 1 else f"{len(results)} runs"
    text = (
        f"{runs}: {count[RunStatus.OK]} run now, {count[RunStatus.UP_TO_DATE]} up to date "
        f"(inputs unchanged), {count[RunStatus.FAILED]} failed"
    )
    text += (
        f", {count[RunStatus.STALE]} stale (not run this time; inputs changed)."
        if count[RunStatus.STALE]
        else "."
    )
    text += " Failed runs are marked in red below." if count[RunStatus.FAILED] else ""
    return text + (
        " Stale runs are marked in orange: rerun the report to refresh them."
        if count[RunStatus.STALE]
        else ""
    )


def _badge(result: Result) -> tuple[str, str]:
    if result.status == RunStatus.FAILED:
        return "failed", "failed"
    if result.status == RunStatus.UP_TO_DATE:
        return "uptodate", "up to date"
    if result.status == RunStatus.STALE:
        return "outdated", "stale"
    return "ok", "run now"


def _section(
    result: Result,
    manifest: dict[str, Any] | None,
    output_root: Path,
    single: bool,
    finished: str | None,
) -> dict[str, Any]:
    """One run's section of the index (or of the single-file report); `finished` is when
    its outputs were made, from the run log."""
    run = result.run
    css, word = _badge(result)
    finished = finished or "an earlier run"
    out: dict[str, Any] = {
        "anchor": anchor(result),
        "css": css,
        "word": word,
        "brief": run.spec.name == suite.BRIEF,
        "title": run.spec.heading(run.params),
        "description": run.spec.description,
        "params": to_json(run.params),
        "failure": "",
        "note": "",
        "note_css": "src",
        "links": [],
        "fragment": "",
        "findings": [],
        "images": [],
        "has_outputs": bool(manifest),
    }
    if result.status == RunStatus.FAILED:
        out["failure"] = _failure(result)
        out["note_css"] = "stale"
        out["note"] = (
            "Stale: the latest run failed; what follows are the outputs of the last "
            f"successful run ({finished})."
            if manifest
            else "No successful run yet: nothing to show."
        )
        if not single and result.partial and result.partial.is_relative_to(output_root):
            rel = result.partial.relative_to(output_root).as_posix()
            out["links"].append(("Open the partial notebook", rel))
    elif result.status == RunStatus.STALE:
        out["note_css"] = "stale"
        out["note"] = (
            f"Stale: not run this time, and its inputs changed since ({result.reason})"
            + (
                f"; what follows are the outputs of the run of {finished}."
                if manifest
                else "; it has no outputs yet."
            )
        )
    elif result.status != RunStatus.OK:
        out["note"] = f"Inputs unchanged since the run of {finished}: these are its outputs."
    if not manifest:
        return out
    folder = result.output_dir
    fragment = folder / FRAGMENT_FILE
    if not single:
        rel = folder.relative_to(output_root).as_posix()
        out["links"] += [
            ("Open the notebook as a page", f"{rel}/{HTML_FILE}"),
            ("the executed notebook", f"{rel}/{NOTEBOOK_FILE}"),
        ]
    if fragment.exists() and (single or out["brief"]):
        # the run's own page body: the brief's layout in the index, every run in the report
        out["fragment"] = fragment.read_text(encoding="utf-8")
    else:
        path = folder / "findings.json"
        out["findings"] = findings_mod.read(path) if path.exists() else []
        out["images"] = [_image(png) for png in sorted(folder.glob("*.png"))]
    return out


def _failure(result: Result) -> str:
    """Where and why a run failed, without the folders of the machine it ran on."""
    lines = [f"The run failed after {result.seconds:.1f} s."]
    if result.cell_index is not None:
        lines.append(f"Cell {result.cell_index} of {result.run.source().name}: {result.cell_line}")
    lines.append(f"Error: {result.error}")
    return "\n".join(lines)


def _image(png: Path) -> dict[str, str]:
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    return {"data": data, "alt": png.stem.replace("_", " ")}


def _datasets(results: list[Result], manifests: dict[int, Any]) -> tuple[list[dict[str, Any]], str]:
    """Every table of the data catalog: provenance, licence, caveats, corrections applied
    when it is loaded (data/corrections.yaml), and the runs using it."""
    used: dict[str, list[str]] = {}
    for r in results:
        for key in (manifests[id(r)] or {}).get("inputs", {}).get("data", {}):
            used.setdefault(key, []).append(r.run.label)
    try:
        names = datasets.names()
    except WorkbookError as exc:
        return [], str(exc)
    declared = corrections.read()
    out = []
    for name in names:
        res = datasets.resource(name)
        key = paths.relative(datasets.path_of(name))
        cites = [e.get("citation", "") for e in res.get("editions", [])] or [res["citation"]]
        out.append(
            {
                "title": res["title"],
                "path": key,
                "users": ", ".join(sorted(set(used.get(key, [])))) or "no run of this report",
                "publisher": res["publisher"],
                "homepage": res.get("homepage", ""),
                "licences": ", ".join(
                    lic.get("title") or lic.get("name", "") for lic in res.get("licenses", [])
                ),
                "citations": list(dict.fromkeys(cites)),
                "caveats": res.get("caveats", []),
                "corrections": [
                    {
                        "where": c.where,
                        "column": c.column,
                        "old": str(c.old),
                        "new": str(c.new),
                        "reason": c.reason,
                        "source": c.source,
                    }
                    for c in declared
                    if c.table == name
                ],
            }
        )
    return out, ""
