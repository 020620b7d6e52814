"""What is built ahead in the background (tests/ahead.py): the scheduler that pins each
group to a worker and hands the report's group out late, the jobs and their turns."""

from __future__ import annotations

import threading
import time

import ahead
import pytest


def test_the_report_s_group_is_on_the_first_worker_and_the_others_on_the_rest():
    groups = {"lab", "report", "failures", "charts"}
    assert ahead.pins(groups, 2) == {"report": 0, "charts": 1, "failures": 1, "lab": 1}
    assert ahead.pins(groups, 3) == {"report": 0, "charts": 1, "failures": 2, "lab": 1}
    assert set(ahead.pins(groups, 1).values()) == {0}
    assert ahead.pins({"lab", "charts"}, 2) == {"charts": 0, "lab": 1}  # no report: both


class _Config:
    """What the scheduler reads of pytest's config: two workers."""

    class option:
        loadscopereorder = False

    def getvalue(self, name: str):
        return {"tx": ["2*popen"]}[name]


class _Gateway:
    def __init__(self, name: str) -> None:
        self.id = name


class _Node:
    """A worker as the scheduler sees it: what it was sent, in order."""

    def __init__(self, name: str) -> None:
        self.gateway = _Gateway(name)
        self.shutting_down = False
        self.queue: list[int] = []
        self.sent: list[int] = []
        self.sched: ahead.PinnedGroupScheduling | None = None
        self.handed: dict[int, int] = {}  # each test sent: unit tests handed out before

    def send_runtest_some(self, indices: list[int]) -> None:
        self.queue += indices
        self.sent += indices
        for i in indices:
            self.handed[i] = self.sched.handed

    def shutdown(self) -> None:
        self.shutting_down = True


COLLECTION = [
    "tests/test_r.py::test_report_a@report",
    "tests/test_r.py::test_report_b@report",
    "tests/test_l.py::test_lab@lab",
    *[f"tests/test_u.py::test_unit_{i}" for i in range(8)],
]


def _session(nodes: list[_Node]) -> ahead.PinnedGroupScheduling:
    """Run the collection through the scheduler, each worker finishing one test at a time in
    turn, until every test is done."""
    sched = ahead.PinnedGroupScheduling(_Config())
    sched.numnodes = len(nodes)
    for node in nodes:
        node.sched = sched
        sched.add_node(node)
    for node in nodes:
        sched.add_node_collection(node, COLLECTION)
    sched.schedule()
    while any(node.queue for node in nodes):
        for node in nodes:
            if node.queue:
                sched.mark_test_complete(node, node.queue.pop(0))
    return sched


def test_each_group_runs_on_its_worker_and_the_report_after_half_of_the_unit_tests():
    gw0, gw1 = _Node("gw0"), _Node("gw1")
    sched = _session([gw1, gw0])  # the order workers come up in is not theirs
    names = {node.gateway.id: [COLLECTION[i] for i in node.sent] for node in (gw0, gw1)}
    assert sorted(names["gw0"] + names["gw1"]) == sorted(COLLECTION)  # each once
    assert [n for n in names["gw0"] if "@" in n] == COLLECTION[:2]
    assert [n for n in names["gw1"] if "@" in n] == COLLECTION[2:3]
    assert names["gw1"][0] == COLLECTION[2], "a group not built ahead comes first"
    assert gw0.handed[0] >= ahead.AFTER["report"] * 8 > 0
    assert not sched.workqueue and sched.tests_finished


def test_a_group_goes_to_another_worker_when_its_own_is_down():
    gw1 = _Node("gw1")
    _session([gw1])
    assert sorted(COLLECTION[i] for i in gw1.sent) == sorted(COLLECTION)


def test_a_job_runs_between_tests_and_its_reader_waits_for_it():
    """This test holds the turn (conftest's `pytest_runtest_protocol`): the job cannot read
    or write the process's state until the test waits for it."""
    seen: list[str] = []
    job = ahead.Job("a made-up resource", lambda: seen.append("built") or 42)
    time.sleep(0.3)
    assert seen == [], "the job ran during the test"
    assert job.result() == 42 and seen == ["built"]


def test_a_job_that_fails_or_hangs_fails_its_reader_saying_so():
    def broken() -> None:
        raise OSError("no such browser")

    with pytest.raises(RuntimeError, match="a broken resource, built ahead, failed") as caught:
        ahead.Job("a broken resource", broken).result()
    assert isinstance(caught.value.__cause__, OSError)
    stop = threading.Event()

    def stuck() -> None:  # waiting for something that does not come, as a run's wait does
        ahead.TURNS.leave()
        stop.wait(30)
        ahead.TURNS.come_back()

    with pytest.raises(pytest.fail.Exception, match="has not ended within 0 s"):
        ahead.Job("a stuck resource", stuck).result(wait=0.2)
    stop.set()


@pytest.fixture
def group_probe() -> None:
    """Puts the test in the report's group (`conftest.GROUPS`), as the report's tests are."""


def test_the_report_s_worker_builds_it_ahead(request, group_probe):
    """Under `--dist loadgroup` the worker given the report's group knows it from its start
    (pytest-xdist tells a worker `loadgroup`, its `dist` being 'no') and has started the
    report's job; in one process every collected group is the process's own."""
    from conftest import AHEAD, MINE

    assert "report" in request.config.stash[MINE]
    assert "report" in AHEAD
