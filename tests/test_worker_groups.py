"""`make test` spreads the tests over the cores (pytest-xdist, `--dist loadgroup`) and keeps
the tests sharing a slow fixture on one worker (`conftest.GROUPS`), so that the report is
executed once. pytest-xdist marks a grouped test's id with '@group'; some pytest versions
lose that mark (pytest-dev/pytest-xdist#1386), and every worker then executes the report
again: this test fails instead."""

from __future__ import annotations

import pytest


@pytest.mark.xdist_group("report")
def test_grouped_tests_stay_on_one_worker(request):
    if request.config.getoption("loadgroup", default=False):
        assert request.node.nodeid.endswith("@report"), (
            "pytest-xdist did not group the tests (--dist loadgroup): install the pytest "
            "version pyproject.toml asks for (`make setup`)"
        )
