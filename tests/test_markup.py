"""Text into Markdown and HTML escaped; links that end where they end; tables for readers;
impossible figures refused; findings cells safe to rerun."""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd
import pytest

from analysis import markup, paths
from analysis.data import datasets
from analysis.findings import record, tables
from analysis.notebooks import helper
from analysis.notebooks.params import NotebookSpec
from analysis.runner import report, suite
from analysis.runner.results import Result
from analysis.vocab import RunStatus

HOSTILE = "<script>window.__pwned=1</script> <img src=x onerror=alert(1)> &lt;b&gt; *x* _y_"


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("see https://example.org/a_b_c.html.", "https://example.org/a_b_c.html"),
        ("(quoted at https://example.org/x)", "https://example.org/x"),
        ("the page https://en.wikipedia.org/wiki/Gallium_(element), then", None),
        ("'https://example.org/q?a=1&b=2'; next", "https://example.org/q?a=1&b=2"),
    ],
)
def test_web_addresses_end_where_they_end(text, url):
    url = url or "https://en.wikipedia.org/wiki/Gallium_(element)"
    assert [piece for piece, is_url in markup.split_urls(text) if is_url] == [url]
    page = markup.to_html(markup.md(text))
    assert f'href="{url.replace("&", "&amp;")}"' in page
    assert "<em>" not in page, "underscores in an address start no italics"


def test_markdown_from_text_shows_the_text_and_runs_nothing():
    page = markup.to_html(f"- **{markup.md(HOSTILE)}** *Source: {markup.md('a_b_c')}.*")
    assert "<script" not in page and "<img" not in page and "onerror=alert" in page
    assert "&lt;script&gt;" in page and "&amp;lt;b&amp;gt;" in page
    assert "*x* _y_" in page, "Markdown syntax in the text stays text"
    assert "<em>Source: a_b_c.</em>" in page


def test_raw_html_in_markdown_is_shown_not_run():
    page = markup.to_html("<script>x()</script>\n\n[a](javascript:x())")
    assert "<script" not in page and "javascript:" not in page


def test_templates_escape_what_they_are_given():
    page = markup.render("caveats.html.j2", caveats=[HOSTILE, "see https://example.org/a."])
    assert "<script" not in page and "<img" not in page
    assert '<a href="https://example.org/a">https://example.org/a</a>.' in page


def test_tables_show_formatted_columns_with_units_and_no_index():
    frame = pd.DataFrame(
        {
            "year": [2023, 2024],
            "value": [1234567.0, None],
            "share_pct": [69.04, 100.0],
            "day": [dt.date(2022, 10, 7), dt.date(2023, 7, 3)],
            "note": [HOSTILE, "ok"],
        },
        index=[7, 9],
    )
    shown = tables.show(
        frame,
        {
            "year": ("Year", "id"),
            "value": ("Output (tonnes)", "int"),
            "share_pct": ("Share", "pct"),
            "day": ("Announced", "date"),
            "note": "Note",
        },
    )
    assert shown.headers == ("Year", "Output (tonnes)", "Share", "Announced", "Note")
    first, second = ([cell for cell, _ in row] for row in shown.rows)
    assert first[:4] == ["2023", "1,234,567", "69.0%", "7 October 2022"]
    assert second[1] == tables.MISSING
    page = shown._repr_html_()
    assert "<th>Output (tonnes)</th>" in page and ">7<" not in page, "no index column"
    assert "<script" not in page and 'class="num"' in page
    assert "1,234,567" in repr(shown)
    with pytest.raises(KeyError, match="nope"):
        tables.show(frame, {"nope": "Nope"})


def _finding(fid: str, **values) -> record.Finding:
    (source,) = datasets.sources("rare_earths_mine_production")
    return record.Finding(fid, f"Text of {fid}.", values, (source,))


def test_a_run_stating_an_impossible_figure_fails(tmp_path):
    fine = _finding("fine", share_pct=100.0, hhi=10_000.0, top_n_share_pct=99.0)
    assert record.impossible([fine]) == []
    wrong = [_finding("share", top_n_share_pct=101.0), _finding("hhi", first_hhi=10_001.0)]
    problems = record.impossible(wrong)
    assert len(problems) == 2 and "share above 100%" in problems[0] and "HHI" in problems[1]
    with pytest.raises(ValueError, match="impossible figures"):
        record.write(wrong, tmp_path / "findings.json")
    assert not (tmp_path / "findings.json").exists()


def test_findings_added_again_replace_those_of_the_same_id(tmp_path):
    run = helper.start("trade_flows", {"output_dir": str(tmp_path)})
    run.add(_finding("a", x=1), _finding("b", x=2))
    run.add(_finding("a", x=3))  # the cell is run again
    run.finish()
    found = record.read(tmp_path / "findings.json")
    assert [(f["id"], f["values"]["x"]) for f in found] == [("a", 3), ("b", 2)]


def test_a_lab_run_says_where_it_writes(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "OUTPUTS_DIR", tmp_path / "outputs")  # not the project's own
    lab = helper.start("trade_flows", {})
    text, meta = lab._repr_html_()
    assert lab.output_dir == paths.OUTPUTS_DIR / "trade_flows" / helper.LAB
    assert "outputs/trade_flows/lab/" in text and meta[helper.PARAMETERS_MARK]
    runner = helper.start("trade_flows", {"output_dir": str(tmp_path / "run")})
    assert str(tmp_path) not in runner._repr_html_()[0], "no folder of the machine in a page"


def test_the_index_escapes_findings_and_parameters(tmp_path):
    spec = NotebookSpec("x", "Title <b>x</b>", "What <i>x</i> shows.", ())
    run = suite.Run(spec, {"article": HOSTILE})
    folder = tmp_path / "x" / "default"
    folder.mkdir(parents=True)
    record.write([_finding("f1", n=1)], folder / "findings.json")
    text = (folder / "findings.json").read_text().replace("Text of f1.", "Evil <script>")
    (folder / "findings.json").write_text(text)
    (folder / "manifest.json").write_text(json.dumps({"finished": "then", "inputs": {}}))
    failed = Result(run, RunStatus.FAILED, 1.0, folder, error=HOSTILE, cell_line=HOSTILE)
    page = report.write_index(tmp_path, [failed]).read_text(encoding="utf-8")
    assert "<script" not in page and "<img" not in page and "<b>x" not in page
    assert "Evil &lt;script&gt;" in page and "Title &lt;b&gt;x&lt;/b&gt;" in page
    listed = report.listed_results(tmp_path)
    assert [(r.output_dir, r.status, r.error) for r in listed] == [
        (folder, RunStatus.FAILED, HOSTILE)
    ]
    assert listed[0].run.spec.heading(listed[0].run.params) == spec.title
