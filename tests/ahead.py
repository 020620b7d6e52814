"""Slow resources built ahead, in the background, while the unit tests run (round 31).

On an idle machine the tests that read the session's report waited for it on one worker
(its kernels use little of a core while they start, export and write), while the unit
tests, pure CPU, ran after: about a third of the two cores went unused. Now:

- `PinnedGroupScheduling`, pytest-xdist's `loadgroup` with each of `conftest.GROUPS`' groups
  given to a fixed worker (`pins`), so that this worker knows from its start which
  resources it will read; a group listed in `AFTER` is handed out only once that share of
  the other tests has been handed out (the other groups at once, as before);
- `Job`: a resource built in a thread of the worker that will read it, started before its
  first test (`conftest.ahead`); the test that needs it waits for it (at most `WAIT`
  seconds, then fails saying so; an error while building fails the tests with it);
- `Turns`: the test process's global state (the patched `paths`, environment variables,
  the data layer's tables) belongs to one thread at a time. The tests' thread holds it
  during each test; a job holds it while it runs, except while it only waits for its
  processes (`WaitingProgress`), so it never reads what a test has patched for itself.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from xdist.scheduler import LoadGroupScheduling

from analysis.runner import schedule

# The group whose tests read what a worker builds ahead, and the share of the other tests
# handed out before them: by then the build has had the time of that many unit tests.
AFTER = {"report": 0.5, "failures": 0.25}
# The worker (its index) of each such group; the other groups share the other workers.
FIRST = ("report",)
# What a test module builds ahead for its group: (what it is, a function of pytest's
# `tmp_path_factory` giving the build, the modules the build imports), set when the module
# is collected.
BUILDERS: dict[str, tuple[str, Callable[[Any], Callable[[], Any]], tuple[str, ...]]] = {}
# At most this long a test waits for a job (a loaded machine), then fails.
WAIT = 1800.0


def pins(groups: Any, workers: int) -> dict[str, int]:
    """The worker index of each group: those of `FIRST` on the first workers, in order; the
    others, by name, in turn on the workers left (all on one worker when there is one). The
    scheduler and each worker compute it alike from the groups collected."""
    found: dict[str, int] = {}
    ahead = [g for g in FIRST if g in groups]
    for i, group in enumerate(ahead):
        found[group] = i % workers
    rest = sorted(g for g in set(groups) if g not in found)
    spare = list(range(len(ahead), workers)) or list(range(workers))
    for i, group in enumerate(rest):
        found[group] = spare[i % len(spare)]
    return found


def group_of(nodeid: str) -> str | None:
    """The group of a test id as pytest-xdist marks it ('...::test@group'), or None."""
    if nodeid.rfind("@") > nodeid.rfind("]"):
        return nodeid.split("@")[-1]
    return None


class PinnedGroupScheduling(LoadGroupScheduling):
    """`--dist loadgroup`, each group on the worker `pins` gives it (while that worker is
    up; another takes it if it went down), a group of `AFTER` only once that share of the
    ungrouped tests is handed out. The ungrouped tests go, one at a time, in the order
    collected, to whichever worker asks (as before)."""

    def __init__(self, config: pytest.Config, log: Any = None) -> None:
        super().__init__(config, log)
        self.handed = 0  # ungrouped tests handed out
        self.ungrouped = 0  # in all
        self._pinned: dict[str, int] | None = None

    def _pins(self) -> dict[str, int]:
        if self._pinned is None:
            groups = {group_of(nodeid) for nodeid in self.collection or ()} - {None}
            self._pinned = pins(groups, self.numnodes)
        return self._pinned

    def _next_for(self, node: Any) -> str | None:
        """The scope to hand `node` next, or None (a look at the few groups and at the
        queue's first ungrouped test, whose scope is its id: the groups are few)."""
        if self.collection is not None and not self.ungrouped:
            self.ungrouped = sum(1 for nodeid in self.collection if group_of(nodeid) is None)
        free = next((scope for scope in self.workqueue if "::" in scope), None)
        alive = {n.gateway.id for n in self.nodes if not n.shutting_down}
        for scope, index in self._pins().items():
            if scope not in self.workqueue:
                continue
            owner = f"gw{index}"
            if owner != node.gateway.id and owner in alive:
                continue
            if free is None or self.handed >= AFTER.get(scope, 0.0) * self.ungrouped:
                return scope
        return free

    def _assign_work_unit(self, node: Any) -> None:
        scope = self._next_for(node)
        if scope is None:
            return
        work_unit = self.workqueue.pop(scope)
        if "::" in scope:
            self.handed += len(work_unit)
        self.assigned_work.setdefault(node, {})[scope] = work_unit
        collection = self.registered_collections[node]
        node.send_runtest_some(
            [collection.index(nodeid) for nodeid, done in work_unit.items() if not done]
        )

    def _reschedule(self, node: Any) -> None:
        if node.shutting_down:
            return
        if not self.workqueue:
            node.shutdown()
            return
        if self._pending_of(self.assigned_work[node]) > 2:
            return
        self._assign_work_unit(node)


class Turns:
    """The test process's global state, held by one thread at a time: the tests' thread
    during each test (`test`), a job while it reads or writes (`job`). A job that asks
    gets the next turn between two tests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._asking = 0
        self._given = threading.Condition()
        self._tests: int | None = None  # the tests' thread, while it holds the turn
        self._jobs: set[int] = set()  # the job threads holding it

    @contextlib.contextmanager
    def test(self) -> Iterator[None]:
        with self._given:
            self._given.wait_for(lambda: self._asking == 0, timeout=WAIT)
        self._take()
        try:
            yield
        finally:
            if self._tests == threading.get_ident():
                self._tests = None
                self._lock.release()

    def _take(self) -> None:
        """The tests' thread takes the turn (failing if a job has held it for `WAIT` s)."""
        if not self._lock.acquire(timeout=WAIT):
            pytest.fail(f"a job built ahead has held the test process for {WAIT:.0f} s")
        self._tests = threading.get_ident()

    @contextlib.contextmanager
    def released(self) -> Iterator[None]:
        """The tests' thread waiting for a job: the turn is the jobs' meanwhile."""
        if self._tests != threading.get_ident():
            yield
            return
        self._tests = None
        self._lock.release()
        try:
            yield
        finally:
            self._take()

    @contextlib.contextmanager
    def job(self) -> Iterator[None]:
        """A job's whole length: it holds the turn but where it `leave`s."""
        self.come_back()
        try:
            yield
        finally:
            if threading.get_ident() in self._jobs:
                self.leave()

    def leave(self) -> None:
        """A job gives the turn back to the tests (while it only waits for its processes)."""
        self._jobs.discard(threading.get_ident())
        self._lock.release()

    def come_back(self) -> None:
        """A job takes the turn again, between two tests."""
        with self._given:
            self._asking += 1
        try:
            self._lock.acquire()
            self._jobs.add(threading.get_ident())
        finally:
            with self._given:
                self._asking -= 1
                self._given.notify_all()


TURNS = Turns()


class WaitingProgress(schedule.Progress):
    """Quiet progress (lines into a string, as when not on a terminal) for `run_all` in a
    job: the runner tells it when it starts the first run (its setup read, its processes
    about to work) and when the last run has finished (the run log and the index to be
    written); in between the job only submits runs to its pool and waits for them (in a new
    output folder, each run's state is "no outputs yet": nothing of the process's state is
    read), and the turn is the tests'."""

    def __init__(self, total: int) -> None:
        super().__init__(total, io.StringIO(), live=False)
        self._left = False
        self._done = 0

    def started(self, run: Any, reason: str) -> None:
        super().started(run, reason)
        if not self._left:
            self._left = True
            TURNS.leave()

    def finished(self, result: Any) -> None:
        super().finished(result)
        self._done += 1
        if self._done == self.total and self._left:
            TURNS.come_back()


class Job:
    """`build()` in a thread of its own, holding `TURNS` except where it leaves it; the
    modules it imports (`imports`: seconds, for nbformat) imported first, without the turn:
    an import holds Python's own lock on that module only."""

    def __init__(self, name: str, build: Callable[[], Any], imports: tuple[str, ...] = ()):
        self.name = name
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(build, imports), name=name, daemon=True
        )
        self._thread.start()

    def _run(self, build: Callable[[], Any], imports: tuple[str, ...]) -> None:
        try:
            for module in imports:
                importlib.import_module(module)
            with TURNS.job():
                self._value = build()
        except BaseException as exc:  # handed to the tests that read it
            self._error = exc

    def result(self, wait: float = WAIT) -> Any:
        """What `build` returned (failing the test if it raised or has not ended in time)."""
        with TURNS.released():
            self._thread.join(timeout=wait)
        if self._thread.is_alive():
            pytest.fail(f"{self.name}, built ahead, has not ended within {wait:.0f} s")
        if self._error is not None:
            raise RuntimeError(f"{self.name}, built ahead, failed") from self._error
        return self._value

    def join(self, wait: float = WAIT) -> None:
        with TURNS.released():
            self._thread.join(timeout=wait)
