"""`make test` spreads the tests over the cores (pytest-xdist, `--dist loadgroup`) and keeps
the tests sharing a slow fixture on one worker (`conftest.GROUPS`), so that the report is
executed once. pytest-xdist marks a grouped test's id with '@group'. The mark is lost when
conftest.py adds the group after pytest-xdist has read them, or on pytest versions where
pytest-xdist cannot change the id (9.2, pytest-dev/pytest-xdist#1386); every worker then
executes the report again: this test fails instead."""

from __future__ import annotations

import pytest
from conftest import LAST, slow_modules_first


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


class _Item:
    """What `slow_modules_first` reads of a collected test: its id and its marks."""

    def __init__(self, nodeid: str, *marks: str, fixtures: tuple[str, ...] = ()) -> None:
        self.nodeid = nodeid
        self._marks = [getattr(pytest.mark, name).mark for name in marks]
        self.fixturenames = list(fixtures)

    def iter_markers(self):
        return iter(self._marks)

    def get_closest_marker(self, name: str):
        return next((m for m in self._marks if m.name == name), None)


def test_modules_that_start_processes_run_before_the_plain_unit_tests():
    """The groups first, then the modules with a test that starts runners or kernels
    (`slow`), notebooks, or Python processes (`process`), each module together; the plain
    unit tests last, so that the session ends on tests of milliseconds."""
    items = [
        _Item("tests/test_a.py::test_unit"),
        _Item("tests/test_b.py::test_unit"),
        _Item("tests/test_b.py::test_starts_python", "process"),
        _Item("tests/test_c.py::test_notebook", "notebook"),
        _Item("tests/test_d.py::test_unit"),
        _Item("tests/test_d.py::test_kernels", "slow"),
        _Item("tests/test_e.py::test_report", "xdist_group"),
    ]
    order = [item.nodeid for item in slow_modules_first(items)]
    assert order == [
        "tests/test_e.py::test_report",
        "tests/test_d.py::test_unit",
        "tests/test_d.py::test_kernels",
        "tests/test_c.py::test_notebook",
        "tests/test_b.py::test_unit",
        "tests/test_b.py::test_starts_python",
        "tests/test_a.py::test_unit",
    ]


def test_the_evaluation_s_tests_run_after_all_others():
    """The tests reading the evaluation (`conftest.LAST`), which a process of its own
    computes beside the workers from the session's start, run after every other test, the
    plain unit tests of their own module included: by then it has ended, and a worker
    reaching them early would only wait for it."""
    items = [
        _Item("tests/test_a.py::test_floors", fixtures=LAST),
        _Item("tests/test_a.py::test_unit"),
        _Item("tests/test_b.py::test_starts_python", "process"),
        _Item("tests/test_c.py::test_report", "xdist_group"),
        _Item("tests/test_c.py::test_scores", fixtures=("tmp_path", *LAST)),
        _Item("tests/test_d.py::test_unit"),
    ]
    order = [item.nodeid for item in slow_modules_first(items)]
    assert order == [
        "tests/test_c.py::test_report",
        "tests/test_b.py::test_starts_python",
        "tests/test_a.py::test_unit",
        "tests/test_d.py::test_unit",
        "tests/test_a.py::test_floors",
        "tests/test_c.py::test_scores",
    ]
