"""The parameter contract: refused before any kernel starts, every problem at once."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from analysis import paths
from analysis.errors import ParameterError
from analysis.notebooks import contracts
from analysis.notebooks.params import (
    REQUIRED,
    NotebookSpec,
    Param,
    convert,
    help_text,
    render_cell,
    to_json,
    validate,
)

SPEC = contracts.SPECS["critical_minerals"]


def test_defaults_pass():
    assert validate(SPEC, {}) == SPEC.defaults()


def test_strings_from_the_command_line_are_converted():
    got = validate(SPEC, {"start_year": "2020", "edition": "MCS 2024"})
    assert got["start_year"] == 2020
    assert got["edition"] == "MCS 2024"


def test_every_problem_is_listed_with_a_hint():
    with pytest.raises(ParameterError) as info:
        validate(SPEC, {"start_yaer": "2020", "end_year": "soon", "commodity": "unobtainium"})
    text = str(info.value)
    assert len(info.value.problems) == 3
    assert "unknown parameter" in text and "did you mean 'start_year'" in text
    assert "'soon'" in text and "whole number" in text
    assert "'unobtainium' is not allowed" in text and "rare earths" in text


def test_range_and_cross_checks():
    with pytest.raises(ParameterError, match="out of range"):
        validate(SPEC, {"start_year": 1800})
    with pytest.raises(ParameterError, match="after end_year"):
        validate(SPEC, {"start_year": 2024, "end_year": 2020})


def test_dates_and_booleans_convert():
    assert convert(Param("d", dt.date, dt.date(2023, 1, 1), ""), "2023-08-27") == dt.date(
        2023, 8, 27
    )
    assert convert(Param("b", bool, False, ""), "yes") is True
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        convert(Param("d", dt.date, dt.date(2023, 1, 1), ""), "27/08/2023")


def test_rendered_cell_is_valid_python_with_the_defaults():
    spec = NotebookSpec("demo", "Demo", "", (Param("day", dt.date, dt.date(2023, 8, 27), "a day"),))
    namespace: dict = {}
    exec(compile(render_cell(spec), "<cell>", "exec", dont_inherit=True), namespace)
    assert namespace["day"] == dt.date(2023, 8, 27)
    assert namespace["output_dir"] == ""


def test_committed_notebooks_carry_the_generated_parameters_cell(nbformat_lib):
    from analysis.notebooks import cells

    for spec in contracts.SPECS.values():
        path = cells.path_of(spec)
        cell = cells.parameters_cell(nbformat_lib.read(path, as_version=4), path)
        assert cell.source == render_cell(spec), f"run `workbook sync` to update {path.name}"


def test_required_parameters_must_be_given_and_all_problems_come_together():
    spec = NotebookSpec(
        "demo",
        "Demo",
        "",
        (
            Param("article", str, REQUIRED, "article to read"),
            Param("day", dt.date, dt.date(2023, 8, 27), "a day"),
        ),
    )
    with pytest.raises(ParameterError) as info:
        validate(spec, {"day": "27 August"})
    text = str(info.value)
    assert len(info.value.problems) == 2
    assert "'article': missing required value" in text and "-p article VALUE" in text
    assert "'27 August'" in text and "YYYY-MM-DD" in text
    # None, as the generated parameters cell leaves it, also counts as missing
    with pytest.raises(ParameterError, match="missing required value"):
        validate(spec, {"article": None})
    assert validate(spec, {"article": "x.txt", "day": "2023-08-28"}) == {
        "article": "x.txt",
        "day": dt.date(2023, 8, 28),
    }
    namespace: dict = {}
    exec(compile(render_cell(spec), "<cell>", "exec", dont_inherit=True), namespace)
    assert namespace["article"] is None


def test_help_text_gives_type_default_allowed_values_range_and_help():
    text = help_text(SPEC)
    for param in SPEC.params:
        assert param.name in text and param.help in text
    commodities = ", ".join(repr(c) for c in SPEC.param("commodity").allowed())
    assert "default 'rare earths'" in text and f"one of: {commodities}" in text
    assert "whole number; default 2018; from 1990 to 2030" in text
    assert "required" in help_text(
        NotebookSpec("demo", "Demo", "", (Param("article", str, REQUIRED, "article"),))
    )


def test_dates_travel_as_iso_text():
    assert to_json({"day": dt.date(2023, 8, 27), "n": 3}) == {"day": "2023-08-27", "n": 3}


def test_every_committed_cell_has_an_id():
    # nbformat gives a cell without one a random id at each run: reruns would differ
    for path in sorted(paths.NOTEBOOKS_DIR.glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        assert all(c.get("id") for c in cells), f"{path.name}: a cell has no id"
