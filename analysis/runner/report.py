"""The report page: `outputs/index.html`, one self-contained file.

Styles are inline and charts are embedded as data URIs, so the page reads the same
opened from disk, from a CI artifact or attached to an e-mail. It shows the brief
first (a run of the notebook named `brief`), then every run with its parameters,
findings, sources and charts, each marked as run now, up to date, or failed (with the
outputs of its last good run, if any, marked as such), and at the end the data sources
with their caveats.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.data import corrections, datasets
from analysis.errors import WorkbookError
from analysis.findings import record as findings_mod
from analysis.runner import fingerprint, suite
from analysis.runner.results import FRAGMENT_FILE, HTML_FILE, NOTEBOOK_FILE, Result, last_runs
from analysis.vocab import RunStatus

INDEX_FILE = "index.html"
_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;max-width:62rem;margin:2rem auto;
padding:0 1rem;color:#222;line-height:1.5}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin:0 0 .3rem}
h3{font-size:1rem;margin:1rem 0 .3rem}
.lead{color:#555;margin-top:0}
nav ul{padding-left:1.2rem}nav li{margin:.15rem 0}
section.run{margin:2rem 0;padding:.6rem 1rem;border-left:5px solid #41ab5d;background:#fbfbfb}
section.run.failed{border-left-color:#c0392b;background:#fff7f6}
section.run.uptodate{border-left-color:#2c7fb8}
section.brief{border-left-color:#8856a7}
.badge{display:inline-block;font-size:.75rem;font-weight:600;padding:.1rem .45rem;
border-radius:.3rem;color:#fff;vertical-align:middle;margin-left:.4rem}
.badge.ok{background:#41ab5d}.badge.failed{background:#c0392b}.badge.uptodate{background:#2c7fb8}
.badge.outdated{background:#e67e22}section.run.outdated{border-left-color:#e67e22}
.stale{background:#fdecea;border:1px solid #e6b0aa;padding:.4rem .7rem;border-radius:.3rem}
.params code{background:#eee;padding:0 .25rem;border-radius:.2rem}
.src{color:#666;font-size:.85rem}.caveat{color:#8a5a00;font-size:.85rem}
pre{white-space:pre-wrap;background:#f3f3f3;padding:.6rem;border-radius:.3rem;font-size:.85rem}
img{max-width:100%;height:auto;border:1px solid #eee}
.dataset{border-top:1px solid #ddd;padding:.3rem 0 .6rem}.dataset h3{margin-top:.6rem}
.fragment{background:#fff;padding:.5rem 1rem;border:1px solid #eee}.anchor-link{display:none}
"""


def write_index(output_root: Path, results: list[Result]) -> Path:
    """Write `index.html` for these runs; returns its path."""
    ordered = sorted(results, key=lambda r: r.run.spec.name != suite.BRIEF)
    manifests = {id(r): fingerprint.read_manifest(r.output_dir) for r in ordered}
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width,initial-scale=1'>",
        "<title>Trade-policy workbook report</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Trade-policy workbook report</h1>",
        f"<p class='lead'>{html.escape(_summary(ordered))}</p>",
        _contents(ordered),
    ]
    finished = {label: entry["finished"] for label, entry in last_runs(output_root).items()}
    parts += [
        _run_section(r, manifests[id(r)], output_root, finished.get(r.run.label)) for r in ordered
    ]
    parts.append(_sources_section(ordered, manifests))
    parts.append("</body></html>\n")
    output_root.mkdir(parents=True, exist_ok=True)
    index = output_root / INDEX_FILE
    index.write_text("\n".join(parts), encoding="utf-8")
    return index


def anchor(result: Result) -> str:
    """The id of a run's section in the page."""
    return "run-" + result.run.label.replace("/", "--")


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
    return text + (" Run `workbook run` to refresh stale runs." if count[RunStatus.STALE] else "")


def _badge(result: Result) -> tuple[str, str]:

    if result.status == RunStatus.FAILED:
        return "failed", "failed"
    if result.status == RunStatus.UP_TO_DATE:
        return "uptodate", "up to date"
    if result.status == RunStatus.STALE:
        return "outdated", "stale"
    return "ok", "run now"


def _contents(results: list[Result]) -> str:
    items = []
    for r in results:
        css, word = _badge(r)
        items.append(
            f"<li><a href='#{anchor(r)}'>{html.escape(r.run.spec.title)}</a> "
            f"<code>{html.escape(r.run.label)}</code> <span class='badge {css}'>{word}</span></li>"
        )
    sources = "<li><a href='#data-sources'>Data sources and caveats</a></li>"
    return f"<nav><h2>Contents</h2><ul>{''.join(items)}{sources}</ul></nav>"


def _run_section(
    result: Result, manifest: dict[str, Any] | None, output_root: Path, finished: str | None
) -> str:

    run, esc = result.run, html.escape
    css, word = _badge(result)
    brief = " brief" if run.spec.name == suite.BRIEF else ""
    out = [
        f"<section class='run {css}{brief}' id='{anchor(result)}'>",
        f"<h2>{esc(run.spec.title)}<span class='badge {css}'>{word}</span></h2>",
        f"<p class='src'>{esc(run.label)} · {esc(run.spec.description)}</p>",
        "<p class='params'>Parameters: "
        + (", ".join(f"<code>{esc(k)} = {esc(str(v))}</code>" for k, v in run.params.items()))
        + "</p>",
    ]
    finished = finished or "an earlier run"  # when it finished, from the run log
    if result.status == RunStatus.FAILED:
        out.append(f"<pre>{esc(result.describe())}</pre>")
        if result.partial and result.partial.is_relative_to(output_root):
            rel = result.partial.relative_to(output_root).as_posix()
            out.append(f"<p class='src'>Open the <a href='{esc(rel)}'>partial notebook</a>.</p>")
        if manifest:
            out.append(
                f"<p class='stale'><strong>Stale:</strong> the latest run failed; what follows "
                f"are the outputs of the last successful run ({esc(finished)}).</p>"
            )
        else:
            out.append("<p class='stale'>No successful run yet: nothing to show.</p>")
    elif result.status == RunStatus.STALE:
        out.append(
            f"<p class='stale'><strong>Stale:</strong> not run this time, and its inputs "
            f"changed since ({esc(result.reason)})"
            + (
                f"; what follows are the outputs of the run of {esc(finished)}.</p>"
                if manifest
                else "; it has no outputs yet.</p>"
            )
        )
    elif result.status != "ok":
        out.append(
            f"<p class='src'>Inputs unchanged since the run of {esc(finished)}: "
            "these are its outputs.</p>"
        )
    if manifest:
        rel = result.output_dir.relative_to(output_root).as_posix()
        out.append(
            f"<p class='src'>Open the <a href='{esc(rel)}/{HTML_FILE}'>notebook as a page</a> "
            f"or the <a href='{esc(rel)}/{NOTEBOOK_FILE}'>executed notebook</a>.</p>"
        )
        fragment = result.output_dir / FRAGMENT_FILE
        if fragment.exists():  # the brief: its page, findings and charts as it lays them out
            out.append(f"<div class='fragment'>{fragment.read_text(encoding='utf-8')}</div>")
        else:
            out.append(_findings(result.output_dir))
            out += [_image(png) for png in sorted(result.output_dir.glob("*.png"))]
    out.append("</section>")
    return "\n".join(out)


def _findings(folder: Path) -> str:
    path = folder / "findings.json"
    if not path.exists():
        return ""
    esc = html.escape
    items = []
    for f in findings_mod.read(path):
        cites = []
        for s in f["sources"]:
            rows = f", rows {_ranges(s['rows'])}" if s.get("rows") else ""
            text = esc(s["citation"] + rows)
            cites.append(f"<a href='{esc(s['url'])}'>{text}</a>" if s.get("url") else text)
        caveats = "".join(f"<br><span class='caveat'>Caveat: {esc(c)}</span>" for c in f["caveats"])
        items.append(
            f"<li>{esc(f['text'])}<br><span class='src'>Source: {'; '.join(cites)}</span>"
            f"{caveats}</li>"
        )
    return "<h3>Findings</h3><ul>" + "".join(items) + "</ul>" if items else ""


def _ranges(rows: list[int]) -> str:
    """CSV line numbers as short ranges: 3-5, 9."""
    spans: list[list[int]] = []
    for row in sorted(rows):
        if spans and row == spans[-1][1] + 1:
            spans[-1][1] = row
        else:
            spans.append([row, row])
    return ", ".join(f"{a}-{b}" if a != b else str(a) for a, b in spans)


def _image(png: Path) -> str:
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    alt = html.escape(png.stem.replace("_", " "))
    return f"<p><img src='data:image/png;base64,{data}' alt='{alt}'></p>"


def _corrections(name: str, declared: list[Any]) -> str:
    """The corrections applied to a table when it is loaded (data/corrections.yaml; each is
    checked against its table whenever the table loads)."""
    esc = html.escape
    fixes = [c for c in declared if c.table == name]
    if not fixes:
        return ""
    items = "".join(
        f"<li>{esc(c.where)}: <code>{esc(c.column)}</code> {esc(str(c.old))} → "
        f"{esc(str(c.new))}. {esc(c.reason)} Source: {esc(c.source)}</li>"
        for c in fixes
    )
    return f"<p><strong>Corrections applied</strong></p><ul class='src'>{items}</ul>"


def _sources_section(results: list[Result], manifests: dict[int, Any]) -> str:
    """Every table of the data catalog: provenance, licence, caveats, and the runs using it."""
    esc = html.escape
    used: dict[str, list[str]] = {}
    for r in results:
        for key in (manifests[id(r)] or {}).get("inputs", {}).get("data", {}):
            used.setdefault(key, []).append(r.run.label)
    blocks = []
    try:
        names = datasets.names()
    except WorkbookError as exc:
        return f"<h2 id='data-sources'>Data sources and caveats</h2><p>{esc(str(exc))}</p>"
    declared = corrections.read()
    for name in names:
        res = datasets.resource(name)
        key = paths.relative(datasets.path_of(name))
        cites = [e.get("citation", "") for e in res.get("editions", [])] or [res["citation"]]
        licences = ", ".join(
            lic.get("title") or lic.get("name", "") for lic in res.get("licenses", [])
        )
        homepage = res.get("homepage", "")
        link = f" <a href='{esc(homepage)}'>{esc(homepage)}</a>" if homepage else ""
        users = ", ".join(sorted(set(used.get(key, [])))) or "no run of this report"
        blocks.append(
            f"<div class='dataset'><h3>{esc(res['title'])}</h3>"
            f"<p class='src'><code>{esc(key)}</code> · used by: {esc(users)}</p>"
            f"<p>{esc(res['publisher'])}.{link}<br><span class='src'>Licence: {esc(licences)}"
            "</span></p><ul class='src'>"
            + "".join(f"<li>{esc(c)}</li>" for c in dict.fromkeys(cites))
            + "</ul><p><strong>Caveats</strong></p><ul>"
            + "".join(f"<li>{esc(c)}</li>" for c in res.get("caveats", []))
            + "</ul>"
            + _corrections(name, declared)
            + "</div>"
        )
    return "<h2 id='data-sources'>Data sources and caveats</h2>" + "".join(blocks)
