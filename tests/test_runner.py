"""The notebook run end to end through the runner, and its failure behaviour."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import nbformat
import pytest
from conftest import read_rows

from analysis import paths, runner

pytestmark = pytest.mark.notebook

PARAMS = {"start_year": "2021", "end_year": "2023", "edition": "MCS 2024"}


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    out = tmp_path_factory.mktemp("outputs")
    runs = runner.plan(["critical_minerals"], PARAMS)
    results = runner.run_all(runs, output_root=out, echo=lambda _msg: None)
    return out, results


def test_run_writes_notebook_html_chart_findings_and_index(report):
    out, results = report
    (result,) = results
    assert result.status == "ok", result.describe()
    folder = out / "critical_minerals" / "edition=mcs-2024__end_year=2023__start_year=2021"
    assert result.output_dir == folder
    for name in ("notebook.ipynb", "notebook.html", "china_share.png", "findings.json"):
        assert (folder / name).stat().st_size > 0, name
    index = (out / "index.html").read_text(encoding="utf-8")
    assert (
        "critical_minerals/edition=mcs-2024__end_year=2023__start_year=2021/notebook.html" in index
    )


def test_findings_numbers_come_from_the_data(report):
    _out, (result,) = report
    found = json.loads((result.output_dir / "findings.json").read_text())["findings"]
    rows = read_rows("sources/rare_earths_mine_production.csv")

    def value(country, year):
        (row,) = [
            r
            for r in rows
            if r["country"] == country
            and r["year"] == str(year)
            and r["source_edition"] == "MCS 2024"
        ]
        return float(row["value"])

    first = found[0]
    # MCS 2024 covers 2022 and 2023 only, so the last year shown is 2023
    assert first["values"]["year"] == 2023
    assert first["values"]["country_value"] == value("China", 2023)
    assert first["values"]["world_total"] == value("World total", 2023)
    assert first["values"]["share_pct"] == pytest.approx(
        100 * value("China", 2023) / value("World total", 2023), abs=1e-6
    )
    assert f"{value('China', 2023):,.0f}" in first["text"]
    assert all(f["sources"] and f["sources"][0]["rows"] for f in found)
    change = found[1]["values"]
    assert change["first_year"] == 2022 and change["last_year"] == 2023


def test_parameters_reach_the_executed_notebook(report):
    _out, (result,) = report
    nb = nbformat.read(result.output_dir / "notebook.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and 'edition = "MCS 2024"' in injected[0].source


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=paths.ROOT
    )


def test_bad_parameter_name_and_type_are_refused_before_any_kernel(tmp_path):
    proc = _cli(
        "run",
        "critical_minerals",
        "-p",
        "start_yeer",
        "2020",
        "-p",
        "end_year",
        "twenty",
        "--output",
        str(tmp_path),
    )
    assert proc.returncode == 2
    assert "unknown parameter" in proc.stderr and "did you mean 'start_year'" in proc.stderr
    assert "'twenty'" in proc.stderr and "whole number" in proc.stderr
    assert not any(tmp_path.iterdir()), "nothing may be written when parameters are refused"


def test_failing_notebook_keeps_last_good_outputs(tmp_path, monkeypatch):
    notebooks = tmp_path / "notebooks"
    shutil.copytree(paths.NOTEBOOKS_DIR, notebooks)
    monkeypatch.setattr(paths, "NOTEBOOKS_DIR", notebooks)
    out = tmp_path / "outputs"
    (run,) = runner.plan(["critical_minerals"], {})
    good = runner.execute(run, out)
    assert good.status == "ok", good.describe()
    before = (good.output_dir / "findings.json").read_bytes()

    path = notebooks / "critical_minerals.ipynb"
    nb = nbformat.read(path, as_version=4)
    nb.cells[4].source = "raise RuntimeError('broken on purpose')\n" + nb.cells[4].source
    nbformat.write(nb, path)
    bad = runner.execute(run, out)
    assert bad.status == "failed"
    assert bad.cell_index == 4
    assert "RuntimeError: broken on purpose" in bad.error
    assert "raise RuntimeError" in bad.cell_line
    assert bad.partial and bad.partial.exists()
    assert (good.output_dir / "findings.json").read_bytes() == before
    report = bad.describe()
    assert "cell 4" in report and "partial notebook" in report and "last good outputs" in report


def test_same_inputs_give_identical_findings_and_charts(report, tmp_path):
    _out, (first,) = report
    again = runner.execute(first.run, tmp_path)
    for name in ("findings.json", "china_share.png"):
        assert (again.output_dir / name).read_bytes() == (first.output_dir / name).read_bytes()
