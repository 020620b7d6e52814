"""The article notebook through the runner: chart, findings citing the article, bad paths."""

from __future__ import annotations

import json

import pytest

from analysis import paths
from analysis.article import document
from analysis.errors import ParameterError
from analysis.runner import suite

pytestmark = pytest.mark.notebook


@pytest.fixture
def seed_run(executed):
    """The article notebook's run of the report, executed once per test session."""
    return executed.result("article/default")


def test_notebook_writes_timeline_and_findings(seed_run):
    assert seed_run.status == "ok", seed_run.describe()
    for name in ("notebook.ipynb", "notebook.html", "timeline.png", "findings.json"):
        assert (seed_run.output_dir / name).stat().st_size > 0, name


def test_findings_count_what_the_article_holds_and_cite_it(seed_run):
    found = {
        f["id"]: f
        for f in json.loads((seed_run.output_dir / "findings.json").read_text())["findings"]
    }
    data = document.load(paths.ARTICLES_DIR / "raimondo-china-visit-2023.txt").to_dict()
    people = {e["canonical"] for e in data["entities"] if e["label"] == "PERSON"}
    assert found["article-entities"]["values"]["person"] == len(people)
    assert found["article-claims"]["values"]["claims"] == len(data["claims"])
    published = found["article-published"]["values"]
    assert (published["published_start"], published["published_end"]) == (
        "2023-08-21",
        "2023-08-27",
    )
    timeline = found["article-timeline"]["values"]
    assert timeline["first"] == min(d["start"] for d in data["dates"] if d["start"])
    assert timeline["last"] == max(d["end"] for d in data["dates"] if d["end"])
    for f in found.values():
        (source,) = f["sources"]
        assert source["dataset"] == "article:raimondo-china-visit-2023"
        assert "RFI" in source["citation"]


def test_another_article_and_a_missing_one():
    (run,) = suite.select(["article"], {"article": "tests/fixtures/articles/antimony-page.html"})
    assert run.params["article"].endswith("antimony-page.html")
    with pytest.raises(ParameterError, match=r"no article file 'nope\.txt'"):
        suite.select(["article"], {"article": "nope.txt"})
