"""The report page: outputs/index.html linking every run with its findings."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from analysis import findings as findings_mod

if TYPE_CHECKING:
    from analysis.runner import Result

_STYLE = """
body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;
color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
.failed{border-left:4px solid #c0392b;padding-left:.8rem}
.ok{border-left:4px solid #41ab5d;padding-left:.8rem}
.badge{font-size:.8rem;padding:.1rem .4rem;border-radius:.3rem;color:#fff}
.badge.ok{background:#41ab5d}.badge.failed{background:#c0392b}
.src{color:#666;font-size:.85rem}pre{white-space:pre-wrap;background:#f6f6f6;padding:.5rem}
"""


def write_index(output_root: Path, results: list[Result]) -> Path:
    """Write `index.html` for the runs just made (failed runs clearly marked)."""
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>Trade-policy workbook report</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Trade-policy workbook report</h1>",
    ]
    failed = [r for r in results if r.status != "ok"]
    summary = f"{len(results) - len(failed)} of {len(results)} runs succeeded"
    parts.append(f"<p>{html.escape(summary)}.</p>")
    for result in results:
        parts.append(_run_section(result, output_root))
    parts.append("</body></html>\n")
    index = output_root / "index.html"
    output_root.mkdir(parents=True, exist_ok=True)
    index.write_text("\n".join(parts), encoding="utf-8")
    return index


def _run_section(result: Result, output_root: Path) -> str:
    run = result.run
    rel = result.output_dir.relative_to(output_root).as_posix()
    esc = html.escape
    out = [
        f"<section class='{result.status}'>",
        f"<h2>{esc(run.spec.title)} <small>({esc(run.label)})</small> "
        f"<span class='badge {result.status}'>{esc(result.status)}</span></h2>",
        "<p>Parameters: "
        + ", ".join(f"<code>{esc(k)}={esc(str(v))}</code>" for k, v in run.params.items())
        + "</p>",
    ]
    if result.status != "ok":
        out.append(f"<pre>{esc(result.describe())}</pre>")
    if (result.output_dir / "notebook.html").exists():
        stale = " (from the last good run)" if result.status != "ok" else ""
        out.append(f"<p><a href='{esc(rel)}/notebook.html'>Open the notebook{stale}</a></p>")
    for png in sorted(result.output_dir.glob("*.png")):
        out.append(
            f"<p><img src='{esc(rel)}/{esc(png.name)}' alt='{esc(png.stem)}' "
            "style='max-width:100%'></p>"
        )
    found = result.output_dir / "findings.json"
    if found.exists():
        out.append("<ul>")
        for f in findings_mod.read(found):
            cites = "; ".join(dict.fromkeys(s["citation"] for s in f["sources"]))
            out.append(f"<li>{esc(f['text'])} <span class='src'>Source: {esc(cites)}</span></li>")
        out.append("</ul>")
    out.append("</section>")
    return "\n".join(out)
