"""notebooks/report.yaml: grids expanded, every run checked before any kernel starts."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from analysis.errors import ParameterError
from analysis.notebooks import contracts
from analysis.runner import suite

SPEC = contracts.SPECS["critical_minerals"]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "report.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_the_committed_report_file_is_valid_and_runs_every_notebook():
    runs = suite.load()
    assert runs, "the report has runs"
    assert {r.spec.name for r in runs} == set(contracts.SPECS), (
        "every notebook with a contract needs an entry in notebooks/report.yaml"
    )


def test_a_grid_gives_one_run_per_combination_with_fixed_parameters(tmp_path):
    path = write(
        tmp_path,
        """
        runs:
          - notebook: critical_minerals
            parameters: {end_year: 2024}
            grid:
              start_year: [2019, 2020]
              edition: [MCS 2024, MCS 2025, latest]
        """,
    )
    runs = suite.load(path)
    combos = {(r.params["start_year"], r.params["edition"]) for r in runs}
    assert combos == {(y, e) for y in (2019, 2020) for e in ("MCS 2024", "MCS 2025", "latest")}
    assert all(r.params["end_year"] == 2024 for r in runs)
    assert len({r.slug for r in runs}) == 6, "each run has its own output folder"


def test_grid_all_takes_every_allowed_value(tmp_path):
    path = write(tmp_path, "runs:\n  - notebook: critical_minerals\n    grid: {commodity: all}\n")
    commodities = [r.params["commodity"] for r in suite.load(path)]
    assert commodities == SPEC.param("commodity").allowed()


def test_every_problem_of_the_file_is_listed_with_its_line(tmp_path):
    path = write(
        tmp_path,
        """\
        runs:
          - notebook: critcal_minerals
          - notebook: critical_minerals
            paramters: {start_year: 2020}
          - notebook: critical_minerals
            parameters: {start_year: 1800}
            grid:
              commodity: [rare earths, unobtainium]
          - notebook: critical_minerals
            grid:
              end_year: 2020
        """,
    )
    with pytest.raises(suite.ReportFileError) as info:
        suite.load(path)
    text = str(info.value)
    assert isinstance(info.value, ParameterError), "the command line exits 2 for these"
    assert (
        "line 2: no notebook named 'critcal_minerals' (did you mean 'critical_minerals'?)" in text
    )
    assert "line 3: unknown key 'paramters' (did you mean 'parameters'?)" in text
    # a fixed value's problem is listed once, a grid value's with its combination
    assert text.count("1800 is out of range") == 1
    assert "line 5 (commodity='unobtainium')" in text and "'unobtainium' is not allowed" in text
    assert "line 9: grid 'end_year' must be a non-empty list" in text
    assert len(info.value.problems) == 5


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("runs: [", "not valid YAML"),
        ("notebooks: []", "expected a mapping with a list under 'runs'"),
        ("runs: []\nextra: 1\n", "unknown key 'extra'"),
        ("runs:\n  - critical_minerals\n", "expected a mapping with a 'notebook' key"),
        ("runs:\n  - parameters: {}\n", "missing key 'notebook'"),
        (
            "runs:\n  - notebook: critical_minerals\n    needs: [critical_minerals]\n",
            "'needs' form a cycle: critical_minerals -> critical_minerals",
        ),
        (
            "runs:\n  - notebook: critical_minerals\n  - notebook: critical_minerals\n",
            "run critical_minerals/default is listed twice",
        ),
        (
            "runs:\n  - notebook: critical_minerals\n    grid: {start_year: all}\n",
            "needs a parameter with a list of choices",
        ),
        (
            "runs:\n  - notebook: critical_minerals\n    parameters: {end_year: 2020}\n"
            "    grid: {end_year: [2021]}\n",
            "'end_year' is both in 'parameters' and in 'grid'",
        ),
    ],
)
def test_malformed_files_are_refused_with_a_clear_message(tmp_path, text, message):
    with pytest.raises(suite.ReportFileError, match=message.replace("(", r"\(")):
        suite.load(write(tmp_path, text))


def test_missing_file_says_how_to_restore_it(tmp_path):
    with pytest.raises(suite.ReportFileError, match="file not found"):
        suite.load(tmp_path / "nope.yaml")


def test_command_line_selection(tmp_path):
    path = write(
        tmp_path, "runs:\n  - notebook: critical_minerals\n    grid: {start_year: [2019, 2020]}\n"
    )
    # no notebook: every run of the file
    assert len(suite.select([], None, path)) == 2
    # a notebook without -p: its runs in the file
    assert [r.params["start_year"] for r in suite.select(["critical_minerals"], None, path)] == [
        2019,
        2020,
    ]
    # with -p: one run, defaults changed by the values (strings converted to the types)
    (run,) = suite.select(["critical_minerals"], {"end_year": "2023"}, path)
    assert run.params == {**SPEC.defaults(), "end_year": 2023}
    assert run.slug == "end_year=2023"
    with pytest.raises(ParameterError, match="parameters given without a notebook"):
        suite.select([], {"end_year": "2023"}, path)
    with pytest.raises(ParameterError, match="did you mean 'critical_minerals'"):
        suite.select(["critical_mineral"], None, path)


def test_runs_pickle_for_worker_processes():
    import pickle

    run = suite.select(["critical_minerals"], {"edition": "MCS 2024"})[0]
    again = pickle.loads(pickle.dumps(run))
    assert again.spec is SPEC and again.params == run.params and again.label == run.label


def test_a_checked_report_is_not_checked_again_until_an_input_changes(tmp_path, monkeypatch):
    path = write(tmp_path, "runs:\n  - notebook: critical_minerals\n    grid: {end_year: [2023]}\n")
    cache = tmp_path / "out" / "checked.json"
    first = suite.select([], None, path, cache)
    assert cache.exists()

    def refuse(*_args):
        raise AssertionError("checked again")

    monkeypatch.setattr(suite, "validate", refuse)
    again = suite.select([], None, path, cache)
    assert [(r.label, r.params, r.needs) for r in again] == [
        (r.label, r.params, r.needs) for r in first
    ]
    assert isinstance(again[0].params["end_year"], int)
    data = tmp_path / "data"
    data.mkdir()
    (data / "table.csv").write_text("a\n1\n")
    monkeypatch.setattr(suite.paths, "DATA_DIR", data)
    with pytest.raises(AssertionError, match="checked again"):
        suite.select([], None, path, cache)  # other data: the key differs
    monkeypatch.undo()
    path.write_text(path.read_text().replace("2023", "2024"))
    (changed,) = suite.select([], None, path, cache)
    assert changed.params["end_year"] == 2024


def test_the_readme_table_of_notebooks_is_the_generated_one():
    from analysis import paths
    from analysis.notebooks import params

    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- notebooks:start", 1)[1].split("<!-- notebooks:end -->")[0]
    table = block.split("-->", 1)[1].strip()
    assert table == params.markdown_table(list(contracts.SPECS.values())), (
        "README's notebook table is out of date: paste `workbook list --markdown` into it"
    )
