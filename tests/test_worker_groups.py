"""`make test` spreads the tests over the cores (pytest-xdist, `--dist loadgroup`) and keeps
the tests sharing a slow fixture on one worker (`conftest.GROUPS`), so that the report is
executed once. pytest-xdist marks a grouped test's id with '@group'. The mark is lost when
conftest.py adds the group after pytest-xdist has read them, or on pytest versions where
pytest-xdist cannot change the id (9.2, pytest-dev/pytest-xdist#1386); every worker then
executes the report again: this test fails instead."""

from __future__ import annotations

import pytest


@pytest.fixture
def group_probe() -> None:
    """Puts the test in the report's group (`conftest.GROUPS`), as the report's tests are."""


def test_grouped_tests_stay_on_one_worker(request, group_probe):
    if request.config.getoption("loadgroup", default=False):
        assert request.node.nodeid.endswith("@report"), (
            "pytest-xdist did not group the tests (--dist loadgroup): check that conftest.py "
            "adds the groups first and that pytest is the version pyproject.toml asks for"
        )


def test_nbformat_is_imported_on_the_failing_notebooks_worker(request, nbformat_lib):
    """nbformat takes seconds to import: the tests that import it in the test process share
    one worker (the failing notebooks' group) instead of each worker paying it."""
    if request.config.getoption("loadgroup", default=False):
        assert request.node.nodeid.endswith("@failures"), request.node.nodeid
    assert nbformat_lib.__name__ == "nbformat"
