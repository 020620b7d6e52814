"""The whole report through the runner, incremental runs, failures, reproducibility."""

from __future__ import annotations

import base64
import datetime as dt
import difflib
import hashlib
import html
import io
import json
import re
import shutil

import psutil
import pytest
from conftest import (
    OLDER_EDITION,
    eval_processes,
    outputs_of,
    quiet,
    read_rows,
    shared_pool_processes,
)

from analysis import paths
from analysis.data import datasets
from analysis.findings import record as findings_mod
from analysis.notebooks import contracts
from analysis.notebooks.params import NotebookSpec
from analysis.runner import fingerprint, report, schedule, suite
from analysis.runner.results import FRAGMENT_FILE, RUN_LOG, Result, staging_folder
from analysis.vocab import RunStatus

pytestmark = pytest.mark.notebook


def test_every_run_of_the_report_succeeds_and_writes_its_outputs(whole_report):
    out, runs, results, _ = whole_report
    assert [r.run.label for r in results] == [r.label for r in runs]
    for result in results:
        assert result.status == RunStatus.OK, result.describe()
        assert result.output_dir == out / result.run.spec.name / result.run.slug
        for name in ("notebook.ipynb", "notebook.html", "findings.json", "manifest.json"):
            assert (result.output_dir / name).stat().st_size > 0, (result.run.label, name)
        assert not staging_folder(result.output_dir).exists()


def test_every_finding_has_sources(whole_report):
    _out, _runs, results, _ = whole_report
    tables = set(datasets.names())
    for result in results:
        found = findings_mod.read(result.output_dir / "findings.json")
        assert found, f"{result.run.label} states no finding"
        for finding in found:
            assert finding["sources"], finding["id"]
            for source in finding["sources"]:
                assert source["citation"], finding["id"]
                # a table of the catalog (rows where the finding used some), or an article
                assert source["dataset"] in tables or source["dataset"].startswith("article:")


def test_the_index_is_one_self_contained_page_showing_every_run(whole_report):
    out, _runs, results, _ = whole_report
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<style>" in page and "<link" not in page and "<script" not in page
    images = re.findall(r"<img[^>]* src=['\"]([^'\"]*)", page)
    assert images and all(src.startswith("data:image/png;base64,") for src in images)
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())
    for result in results:
        assert f'id="{report.anchor(result)}"' in page
        assert f'href="#{report.anchor(result)}"' in page
        rel = result.output_dir.relative_to(out).as_posix()
        assert f"{rel}/notebook.html" in page
        if result.run.spec.name == suite.BRIEF:  # its page is embedded, charts included
            fragment = (result.output_dir / FRAGMENT_FILE).read_text(encoding="utf-8")
            assert fragment in page
            continue
        for png in result.output_dir.glob("*.png"):
            assert base64.b64encode(png.read_bytes()).decode() in page, png
        for finding in findings_mod.read(result.output_dir / "findings.json"):
            assert " ".join(finding["text"].split()) in text
    for name in ("rare_earths_mine_production",):
        assert contracts.table_for("rare earths") == name
        assert f"data/sources/{name}.csv" in page and "Data sources and caveats" in page


def test_each_html_export_hides_code_and_shows_the_parameters(whole_report):
    _out, _runs, results, _ = whole_report
    for result in results:
        page = (result.output_dir / "notebook.html").read_text(encoding="utf-8")
        assert "Parameters of this run" in page
        assert page.count("Parameters of this run") == 1, "the notebook's own table is dropped"
        for name, value in result.run.params.items():
            assert f"<code>{name}</code>" in page and str(value) in page
        assert "notebook.start(" not in page, "code is hidden"
        assert "data:image/png;base64" in page, "charts show as images"


def test_the_manifest_records_inputs_hashes_parameters_and_versions(whole_report):
    _out, _runs, results, _ = whole_report
    result = next(r for r in results if r.run.spec.name == "critical_minerals")
    manifest = json.loads((result.output_dir / "manifest.json").read_text())
    inputs = manifest["inputs"]

    def sha(path):
        return hashlib.sha256((paths.ROOT / path).read_bytes()).hexdigest()

    csv = "data/sources/rare_earths_mine_production.csv"
    assert inputs["data"][csv] == sha(csv)
    assert inputs["data"]["data/datapackage.json"] == sha("data/datapackage.json")
    assert inputs["notebook"] == {
        "notebooks/critical_minerals.ipynb": sha("notebooks/critical_minerals.ipynb")
    }
    assert inputs["code"]["analysis/analyses/concentration.py"] == sha(
        "analysis/analyses/concentration.py"
    )
    assert "analysis/runner/kernels.py" not in inputs["code"], "the runner's probe is not an input"
    assert "analysis/cli.py" not in inputs["code"], "only the modules the notebook imports"
    assert not any(k.startswith("data/articles") for k in inputs["data"])
    assert "notebooks" not in inputs["folders"], "the import system's scans are not reads"
    assert (
        inputs["parameters"]
        == manifest["parameters"]
        == {k: v for k, v in result.run.params.items()}
    )
    assert inputs["kernel"]["name"] == paths.KERNEL_NAME
    assert manifest["fingerprint"] == fingerprint.digest(inputs)
    assert {"python", "papermill", "pandas"} <= set(manifest["versions"])
    assert "timings" not in manifest and "finished" not in manifest, "times: in the run log"
    assert (
        manifest["outputs"]["findings.json"]
        == hashlib.sha256((result.output_dir / "findings.json").read_bytes()).hexdigest()
    )


def test_progress_prints_plain_lines_when_not_a_terminal(whole_report):
    _out, runs, _results, text = whole_report
    assert "\x1b" not in text and "\r" not in text
    for run in runs:
        assert re.search(rf"\] run +{re.escape(run.label)} \(no outputs yet\)", text)
        assert re.search(rf"\] ok +{re.escape(run.label)} in \d", text)
    n = len(runs)  # the report's, the one-off and the hostile articles' runs
    assert f"{n}/{n} done: {n} ran, 0 up to date, 0 failed" in text


def test_progress_updates_one_status_line_on_a_terminal(whole_report, monkeypatch):
    _out, runs, results, _ = whole_report
    monkeypatch.setenv("COLUMNS", "200")
    progress = schedule.Progress(2, io.StringIO(), live=True)
    progress.started(runs[0], "no outputs yet")
    progress.finished(results[0])
    text = progress.stream.getvalue()
    assert "\r\x1b[K0/2 done: 0 ran, 0 up to date, 0 failed; 1 running" in text
    assert f" - {runs[0].label}" in text, "the status line names the runs under way"
    assert "\r\x1b[K[" in text and f"ok         {results[0].run.label}" in text
    last = text.rsplit("\r\x1b[K", 1)[1]
    assert last.startswith("1/2 done: 1 ran, 0 up to date, 0 failed; 0 running;")
    monkeypatch.setenv("COLUMNS", "40")
    narrow = schedule.Progress(2, io.StringIO(), live=True)
    narrow.started(runs[0], "no outputs yet")
    assert narrow.stream.getvalue() == "\r\x1b[K" + narrow.status()[:38] + "…"


def test_a_second_run_with_nothing_changed_skips_everything(executed):
    out = executed.out
    first = [*executed.results, executed.one_off]
    runs = [r.run for r in first]
    before = {r.run.label: (r.output_dir / "findings.json").stat().st_mtime_ns for r in first}
    progress = quiet(len(runs))
    again = schedule.run_all(runs, output_root=out, progress=progress)
    assert [r.status for r in again] == [RunStatus.UP_TO_DATE] * len(runs)
    assert {r.run.label: (r.output_dir / "findings.json").stat().st_mtime_ns for r in again} == (
        before
    )
    assert "up to date" in (out / "index.html").read_text(encoding="utf-8")
    assert f"0 ran, {len(runs)} up to date" in progress.stream.getvalue()


def test_a_partial_run_keeps_the_whole_report_in_the_index(executed, tmp_path):
    runs = executed.runs
    copy = tmp_path / "outputs"
    shutil.copytree(executed.out, copy)
    # One run of the report made stale (its inputs no longer match), and a one-off run.
    stale = next(r for r in runs if r.spec.name == "trade_flows")
    manifest_path = copy / stale.spec.name / stale.slug / fingerprint.MANIFEST_FILE
    manifest = json.loads(manifest_path.read_text())
    manifest["fingerprint"] = "inputs of another day"
    manifest_path.write_text(json.dumps(manifest))
    oneoff = executed.one_off.run
    assert oneoff.label not in {r.label for r in runs}
    (done,) = schedule.run_all([oneoff], output_root=copy, progress=quiet(1), shown=runs)
    assert done.status == RunStatus.UP_TO_DATE, done.describe()
    page = (copy / "index.html").read_text(encoding="utf-8")
    where = {
        r.label: page.find(f'id="{report.anchor(Result(r, RunStatus.OK, 0.0, copy))}"')
        for r in [*runs, oneoff]
    }
    assert all(at > 0 for at in where.values()), where
    brief = next(r.label for r in runs if r.spec.name == suite.BRIEF)
    assert where[brief] == min(where.values())  # the brief still leads
    lead = re.search(r'<p class="lead">(.*?)</p>', page).group(1)
    assert lead.startswith(f"{len(runs) + 1} runs: 0 run now, {len(runs)} up to date")
    assert "1 stale" in lead
    assert "Stale: not run this time" in page


def test_a_rerun_in_warm_kernels_is_byte_identical(executed, executed_again):
    before, again, _ = executed_again
    assert {r.run.spec.name for r in again} == {r.spec.name for r in executed.runs}
    assert [r.status for r in again] == [RunStatus.OK] * len(again)
    assert {r.reason for r in again} == {"--force"}
    after = outputs_of(executed.out)
    assert sorted(after) == sorted(before)
    names = {name.rsplit("/", 1)[1] for name in after}
    assert {"notebook.ipynb", "manifest.json", "findings.json", "notebook.html"} <= names
    assert any(name.endswith(".png") for name in names)
    changed = [name for name in after if after[name] != before[name]]
    assert changed == [], f"same inputs, same bytes: {_first_difference(before, after, changed)}"
    notebook = json.loads(after[f"{executed.results[0].run.label}/notebook.ipynb"])
    assert "start_time" not in json.dumps(notebook), "no wall-clock times in the notebook"


def test_stale_reasons_name_what_changed(whole_report, tmp_path):
    _out, _runs, results, _ = whole_report
    result = results[0]
    folder = tmp_path / "copy"
    shutil.copytree(result.output_dir, folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    command = manifest["inputs"]["kernel"]["argv"]
    args = (result.run.source(), manifest["parameters"], manifest["inputs"]["kernel"])

    def reason(**changes):
        edited = json.loads(json.dumps(manifest))
        for section, (name, value) in changes.items():
            edited["inputs"][section][name] = value
        edited["fingerprint"] = fingerprint.digest(edited["inputs"])
        (folder / "manifest.json").write_text(json.dumps(edited))
        packages = fingerprint.packages_digest(command)
        return fingerprint.stale_reason(folder, *args, packages, fingerprint.Hasher())

    assert reason() is None
    module = next(iter(manifest["inputs"]["code"]))
    assert reason(code=(module, "0" * 64)) == f"{module} changed"
    assert reason(data=("data/datapackage.json", "0" * 64)) == "data/datapackage.json changed"
    assert reason(data=("data/new.csv", None)) is None, "still missing: nothing changed"
    assert reason(data=("data/datapackage.json", None)) == "data/datapackage.json changed"
    assert reason(folders=("data/articles", "0" * 64)) == (
        "data/articles has files added or removed"
    )
    assert reason(parameters=("start_year", 1990)) == "its parameters changed"
    (folder / "findings.json").unlink()
    assert reason() == "output findings.json is missing"


# --- failures ------------------------------------------------------------------------


def make_notebook(folder, name, *sources):
    """A test notebook with a parameters cell; its run."""
    # Imported here: nbformat imports jsonschema's format checkers, seconds of start-up
    # that a test worker without these tests need not pay when collecting.
    import nbformat
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    nb = new_notebook(
        cells=[
            new_markdown_cell(f"# {name}"),
            new_code_cell('output_dir = ""', metadata={"tags": ["parameters"]}),
            *[new_code_cell(s) for s in sources],
        ]
    )
    nb.metadata["kernelspec"] = {
        "name": paths.KERNEL_NAME,
        "display_name": "x",
        "language": "python",
    }
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, path)
    return suite.Run(NotebookSpec(name, name.title(), "A test notebook.", ()), {}, notebook=path)


TOGGLE = """\
from pathlib import Path
try:
    flag = (Path(output_dir).parent.parent / "flag.txt").read_text()
except FileNotFoundError:
    flag = ""
if flag == "fail":
    raise RuntimeError("broken on purpose")
(Path(output_dir) / "result.txt").write_text("good")
"""


BRIEF = """\
from pathlib import Path
from IPython.display import Markdown
toggle = (Path(output_dir).parent.parent / "toggle" / "default" / "result.txt").read_text()
Markdown(f"**Brief narrative**: the toggle run was {toggle}.")
"""


# A notebook importing the standard library only: its kernel need not preload pandas & co.
LIGHT = """\
import sys
from pathlib import Path
held = sorted(m for m in ("numpy", "pandas", "matplotlib", "pandera") if m in sys.modules)
(Path(output_dir) / "preloaded.txt").write_text(repr(held))
"""


# The failing notebooks' cell timeout: the sleeping cell waits it out; every other cell of
# these runs is a line or two of plain Python (no real notebook runs here: the one that did
# needed 5 s to be safe on a loaded machine), far below it even at a load of 15.
FAILURES_TIMEOUT = 3


@pytest.fixture(scope="module")
def failures(tmp_path_factory, nbformat_lib):
    """A good run, a run whose cell outlives the timeout, a kernel that exits, an error."""
    folder = tmp_path_factory.mktemp("notebooks")
    out = tmp_path_factory.mktemp("outputs")
    runs = [
        make_notebook(folder, "sleepy", "x = 1", "import time\ntime.sleep(120)", "y = 2"),
        make_notebook(folder, "dying", "import os\nos._exit(3)"),
        make_notebook(folder, "raising", "def f():\n    return 1 / 0\n\n\nx = f()"),
        make_notebook(folder, "toggle", TOGGLE),
        make_notebook(folder, "light", LIGHT),
        make_notebook(folder, "brief", BRIEF),
    ]
    runs[-1] = suite.Run(runs[-1].spec, {}, needs=("toggle",), notebook=runs[-1].notebook)
    results = schedule.run_all(
        runs, output_root=out, timeout=FAILURES_TIMEOUT, progress=quiet(len(runs))
    )
    return out, runs, {r.run.spec.name: r for r in results}


@pytest.mark.slow
def test_a_cell_past_the_timeout_fails_the_run_without_hanging(failures):
    _out, _runs, results = failures
    sleepy = results["sleepy"]
    assert sleepy.status == RunStatus.FAILED
    assert sleepy.cell_index == 3 and sleepy.cell_line == "import time"
    assert f"did not finish within the cell timeout ({FAILURES_TIMEOUT} s; --timeout)" in (
        sleepy.error
    )
    assert sleepy.partial and sleepy.partial.exists()


@pytest.mark.slow
def test_a_kernel_that_dies_fails_the_run_with_its_exit_code(failures):
    _out, _runs, results = failures
    dying = results["dying"]
    assert dying.status == RunStatus.FAILED
    assert dying.error.startswith("the kernel exited with code 3")
    assert dying.cell_index == 2 and dying.cell_line == "import os"


@pytest.mark.slow
def test_an_error_names_cell_line_error_and_partial_notebook(failures):
    _out, _runs, results = failures
    raising = results["raising"]
    text = raising.describe()
    assert raising.cell_index == 2
    assert raising.cell_line == "line 5: x = f()"
    assert raising.error == "ZeroDivisionError: division by zero"
    assert f"cell 2 of {paths.relative(raising.run.source())}: line 5: x = f()" in text
    partial = raising.output_dir.with_name("default.failed") / "notebook.ipynb"
    assert raising.partial == partial and f"partial notebook: {paths.relative(partial)}" in text
    assert "last good outputs" not in text, "there were none"


@pytest.mark.slow
def test_one_failure_does_not_stop_the_others(failures):
    _out, _runs, results = failures
    assert results["toggle"].status == RunStatus.OK
    assert results["brief"].status == RunStatus.OK


@pytest.mark.slow
def test_kernels_for_notebooks_importing_no_library_do_not_preload_them(failures):
    # none of the fixture's notebooks imports more than the standard library and IPython
    _out, _runs, results = failures
    light = results["light"]
    assert light.status == RunStatus.OK, light.describe()
    assert (light.output_dir / "preloaded.txt").read_text() == "[]"


@pytest.mark.slow
def test_the_brief_runs_after_what_it_needs_and_leads_the_page(failures):
    out, _runs, results = failures
    brief = results["brief"]
    assert brief.status == RunStatus.OK, brief.describe()
    manifest = json.loads((brief.output_dir / "manifest.json").read_text())
    assert str(out / "toggle/default/result.txt") in manifest["inputs"]["data"]
    page = (out / "index.html").read_text(encoding="utf-8")
    narrative = "the toggle run was good."
    assert narrative in (brief.output_dir / FRAGMENT_FILE).read_text(encoding="utf-8")
    assert page.index(narrative) < min(
        page.index(f'id="{report.anchor(r)}"') for r in results.values() if r is not brief
    )


@pytest.mark.slow
def test_a_worker_whose_kernel_died_starts_a_new_one_only_for_its_next_run(tmp_path, nbformat_lib):
    """A run that kills its kernel leaves its worker with none (a kernel started then was
    stopped unused when the failed run was the worker's last: round 42); the worker's next
    run starts one and succeeds."""
    dying = make_notebook(tmp_path, "dying", "import os\nos._exit(3)")
    light = make_notebook(tmp_path, "light", LIGHT)
    out = tmp_path / "out"
    with schedule.Pool(jobs=1, notebooks=(dying.source(), light.source())) as pool:
        (dead,) = schedule.run_all([dying], output_root=out, progress=quiet(1), pool=pool)
        assert dead.status == RunStatus.FAILED, dead.describe()
        running = [" ".join(p.cmdline()) for p in pool._workers_and_kernels() if _running(p)]
        assert len(running) == 1 and "ipykernel" not in running[0], running
        (done,) = schedule.run_all([light], output_root=out, progress=quiet(1), pool=pool)
        assert done.status == RunStatus.OK, done.describe()


def _running(process: psutil.Process) -> bool:
    """Whether a process runs (not gone, not a zombie waiting to be reaped)."""
    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.Error:
        return False


@pytest.mark.slow
def test_no_kernel_or_worker_outlives_the_report(failures):
    me = psutil.Process()
    shared = shared_pool_processes()  # the session's pool, if it runs in this process
    shared |= eval_processes()  # `workbook eval --json`, if this worker started it
    leftovers = [
        " ".join(p.cmdline())
        for p in me.children(recursive=True)
        # multiprocessing's fork server (a direct child) stays for the next pool
        if p.pid not in shared and ("ipykernel" in " ".join(p.cmdline()) or p.ppid() != me.pid)
    ]
    assert leftovers == []


@pytest.mark.slow
def test_findings_numbers_come_from_the_data(executed):
    assert OLDER_EDITION == ("critical_minerals", {"start_year": "2021", "edition": "MCS 2024"})
    found = findings_mod.read(executed.older_edition.output_dir / "findings.json")
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


@pytest.mark.slow
def test_changed_input_reruns_a_failure_keeps_last_good_outputs_and_marks_them(failures):
    out, runs, results = failures
    toggle, brief = (next(r for r in runs if r.spec.name == n) for n in ("toggle", "brief"))
    good = results["toggle"].output_dir
    before = (good / "result.txt").read_bytes()
    manifest = json.loads((good / "manifest.json").read_text())
    assert str(out / "flag.txt") in manifest["inputs"]["data"], "a missing file read is an input"

    (out / "flag.txt").write_text("fail")
    bad, not_run = schedule.run_all([toggle, brief], output_root=out, progress=quiet(2))
    assert not_run.status == RunStatus.FAILED
    assert not_run.error == "not run: it needs toggle/default, which failed"
    assert bad.status == RunStatus.FAILED and bad.reason == f"{out / 'flag.txt'} changed"
    assert bad.error == "RuntimeError: broken on purpose"
    assert (good / "result.txt").read_bytes() == before
    assert f"last good outputs kept in {paths.relative(good)}" in bad.describe()
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Stale:" in page and "the latest run failed" in page

    (out / "flag.txt").unlink()  # back to what the good outputs were made from
    back = schedule.run_all([toggle, brief], output_root=out, progress=quiet(2))
    assert [r.status for r in back] == [RunStatus.UP_TO_DATE] * 2
    assert not good.with_name("default.failed").exists(), "the stale failure is cleared"


@pytest.mark.slow
def test_force_reruns_and_another_kernel_works(failures):
    out, runs, _results = failures
    toggle = next(r for r in runs if r.spec.name == "toggle")
    (again,) = schedule.run_all(
        [toggle], output_root=out, kernel="python3", force=True, progress=quiet(1)
    )
    assert again.status == RunStatus.OK, again.describe()
    assert again.reason == "--force"
    manifest = json.loads((again.output_dir / "manifest.json").read_text())
    assert manifest["inputs"]["kernel"]["name"] == "python3"


KERNEL_PID = """\
import os
from pathlib import Path
(Path(output_dir) / "pid.txt").write_text(str(os.getpid()))
"""


def test_a_held_pool_runs_each_call_in_its_running_kernels(warm_pool, tmp_path):
    """`run_all(..., pool=)` executes in the pool's workers and warm kernels, started for an
    earlier call, and leaves them running for the next."""
    path = tmp_path / "pid.ipynb"
    cells = [
        {"cell_type": "code", "metadata": {"tags": ["parameters"]}, "source": 'output_dir = ""'},
        {"cell_type": "code", "metadata": {}, "source": KERNEL_PID},
    ]
    for cell in cells:
        cell.update(execution_count=None, outputs=[])
    kernelspec = {"name": paths.KERNEL_NAME, "display_name": "x", "language": "python"}
    notebook = {"cells": cells, "metadata": {"kernelspec": kernelspec}}
    path.write_text(json.dumps({**notebook, "nbformat": 4, "nbformat_minor": 4}))
    run = suite.Run(NotebookSpec("pid", "Pid", "A test notebook.", ()), {}, notebook=path)

    def kernel_of_a_run() -> int:
        (done,) = schedule.run_all(
            [run], output_root=tmp_path / "out", force=True, progress=quiet(1), pool=warm_pool
        )
        assert done.status == RunStatus.OK, done.describe()
        return int((done.output_dir / "pid.txt").read_text())

    kernel_of_a_run()  # the pool is running from here on (from the report's runs, if first)
    before = {p.pid: " ".join(p.cmdline()) for p in warm_pool._workers_and_kernels()}
    kernels = {pid for pid, command in before.items() if "ipykernel" in command}
    assert kernels, f"the session's pool runs no kernel: {before}"
    assert kernel_of_a_run() in kernels
    assert {p.pid for p in warm_pool._workers_and_kernels()} == set(before)


def test_runs_start_longest_first_by_their_last_time(executed, executed_again):
    _before, again, printed = executed_again
    rerun = {r.run.label for r in again}
    first = [r for r in [*executed.results, executed.one_off] if r.run.label in rerun]
    longest_first = sorted(first, key=lambda r: -round(r.seconds, 3))  # as the run log has it
    started = re.findall(r"\] run +(\S+)", printed)
    assert started == [r.run.label for r in longest_first]


def test_the_run_log_holds_the_times(executed, executed_again):
    entries = [json.loads(line) for line in (executed.out / RUN_LOG).read_text().splitlines()]
    labels = [r.run.label for r in [*executed.results, executed.one_off]]
    rerun = [r.run.label for r in executed_again[1]]
    # run once, not rerun
    hostile = [r.run.label for r in [executed.older_edition, *executed.hostile]]
    assert sorted(e["run"] for e in entries) == sorted(labels + rerun + hostile)
    entry = entries[-1]
    assert entry["status"] == "ok" and entry["seconds"] > 0 and entry["timings"]["total"] > 0
    assert entry["cells"] and dt.datetime.fromisoformat(entry["finished"])


def _first_difference(before: dict[str, bytes], after: dict[str, bytes], changed: list[str]) -> str:
    """The first differing lines of the first changed file, to say what moved."""
    if not changed:
        return ""
    old, new = (d[changed[0]].decode(errors="replace").splitlines() for d in (before, after))
    diff = [line for line in difflib.unified_diff(old, new, lineterm="", n=0)][2:12]
    return f"{changed}: " + " | ".join(diff)
