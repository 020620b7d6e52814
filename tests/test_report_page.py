"""outputs/index.html: brief first, every run marked, charts embedded, sources and caveats."""

from __future__ import annotations

import base64
import json

from markupsafe import escape

from analysis.data import datasets
from analysis.findings import record as findings_mod
from analysis.notebooks.params import NotebookSpec
from analysis.runner import fingerprint, report, suite
from analysis.runner.results import RUN_LOG, Result
from analysis.vocab import RunStatus

TABLE = "rare_earths_mine_production"


def make_run(name: str) -> suite.Run:
    return suite.Run(NotebookSpec(name, f"Title of {name}", f"What {name} shows.", ()), {})


def make_outputs(folder, text: str, png: bytes, rows: tuple[int, ...] = (3, 4, 5, 9)):
    """A run folder as a successful run leaves it."""
    folder.mkdir(parents=True)
    (source,) = datasets.sources(TABLE)
    cited = datasets.Source(**{**source.__dict__, "rows": rows})
    finding = findings_mod.Finding("f1", text, {"x": 1}, (cited,), ("A caveat.",))
    findings_mod.write([finding], folder / "findings.json")
    (folder / "chart.png").write_bytes(png)
    manifest = {"inputs": {"data": {f"data/sources/{TABLE}.csv": "0" * 64}}}
    (folder / fingerprint.MANIFEST_FILE).write_text(json.dumps(manifest))
    label = f"{folder.parent.name}/{folder.name}"  # when it ran: in the run log
    entry = {"run": label, "status": "ok", "finished": "2026-01-02T03:04:05+00:00"}
    with open(folder.parent.parent / RUN_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps(entry) + "\n")


def test_the_page_shows_brief_first_marks_every_status_and_embeds_everything(tmp_path):
    ok, brief, stale, broken, fresh = (make_run(n) for n in ("ok", "brief", "stale", "x", "y"))
    make_outputs(tmp_path / "ok/default", "Ok finding.", b"PNG-ok")
    make_outputs(tmp_path / "brief/default", "Brief finding.", b"PNG-brief")
    make_outputs(tmp_path / "stale/default", "Stale finding.", b"PNG-stale")
    make_outputs(tmp_path / "y/default", "Fresh finding.", b"PNG-fresh")
    results = [
        Result(ok, RunStatus.OK, 1.0, tmp_path / "ok/default"),
        Result(stale, RunStatus.FAILED, 1.0, tmp_path / "stale/default", error="Boom: 1"),
        Result(broken, RunStatus.FAILED, 1.0, tmp_path / "x/default", error="Boom: 2"),
        Result(fresh, RunStatus.UP_TO_DATE, 0.0, tmp_path / "y/default"),
        Result(brief, RunStatus.OK, 1.0, tmp_path / "brief/default"),
    ]
    page = report.write_index(tmp_path, results).read_text(encoding="utf-8")

    sections = [page.index(f'id="{report.anchor(r)}"') for r in results]
    assert sections[-1] == min(sections), "the brief comes first"
    assert "5 runs: 2 run now, 1 up to date (inputs unchanged), 2 failed." in page
    stale_part = page[sections[1] : sections[2]]
    assert (
        "Stale:" in stale_part and "last successful run (2026-01-02T03:04:05+00:00)" in stale_part
    )
    assert "Error: Boom: 1" in stale_part and "Stale finding." in stale_part
    broken_part = page[sections[2] : sections[3]]
    assert "No successful run yet" in broken_part and "Boom: 2" in broken_part
    assert "Inputs unchanged since the run of 2026-01-02" in page[sections[3] :]
    for png in (b"PNG-ok", b"PNG-brief", b"PNG-stale", b"PNG-fresh"):
        assert f"data:image/png;base64,{base64.b64encode(png).decode()}" in page
    assert "rows 3-5, 9" in page and "Caveat: A caveat." in page


def test_the_data_sources_section_lists_every_table_with_caveats_and_users(tmp_path):
    run = make_run("ok")
    make_outputs(tmp_path / "ok/default", "Ok finding.", b"PNG")
    page = report.write_index(
        tmp_path, [Result(run, RunStatus.OK, 1.0, tmp_path / "ok/default")]
    ).read_text(encoding="utf-8")
    sources = page[page.index('id="data-sources"') :]
    for name in datasets.names():
        res = datasets.resource(name)
        assert escape(res["title"]) in sources
        for caveat in res.get("caveats", []):
            assert escape(caveat) in sources
    used = sources[sources.index(f"data/sources/{TABLE}.csv") :]
    assert used.index("used by: ok/default") < used.index("</div>")
    for fix in datasets.corrections():
        block = sources[sources.index(escape(datasets.resource(fix.table)["title"])) :]
        block = block[: block.index("</div>")]
        assert "Corrections applied" in block and escape(fix.reason) in block
        assert escape(str(fix.new)) in block


def test_the_index_is_written_again_only_when_the_runs_or_its_code_changed(tmp_path, monkeypatch):
    make_outputs(tmp_path / "ok/default", "Ok finding.", b"PNG-ok")
    done = [Result(make_run("ok"), RunStatus.UP_TO_DATE, 0.0, tmp_path / "ok/default")]
    page = report.write_index(tmp_path, done)
    page.write_text("kept", encoding="utf-8")  # a rewrite would replace this
    report.write_index(tmp_path, done)
    assert page.read_text(encoding="utf-8") == "kept", "nothing changed: no rewrite"
    failed = [Result(make_run("ok"), RunStatus.FAILED, 1.0, tmp_path / "ok/default", error="x")]
    report.write_index(tmp_path, failed)
    assert "Error: x" in page.read_text(encoding="utf-8"), "a status changed: rewritten"
    page.write_text("kept", encoding="utf-8")
    monkeypatch.setattr(report, "_page_code", lambda: "templates edited")
    report.write_index(tmp_path, failed)
    assert page.read_text(encoding="utf-8") != "kept", "the page's code changed: rewritten"
