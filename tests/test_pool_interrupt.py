"""An interrupted pool waits for its manager thread to end before returning, so that
Python's exit hook for process pools cannot race the thread closing its wake-up pipe (a
traceback after "workbook: interrupted", seen once in round 39's `make test`)."""

import contextlib
import time
from concurrent.futures import ProcessPoolExecutor

import psutil

from analysis.runner import schedule


def _kill_without_waiting(processes: list[psutil.Process], grace: float = 1.0) -> None:
    """Stop the workers and return at once: the manager thread then still has to notice."""
    for process in processes:
        with contextlib.suppress(psutil.Error):
            process.kill()


def test_an_interrupted_pool_leaves_no_manager_thread_running(monkeypatch) -> None:
    monkeypatch.setattr(schedule, "_stop", _kill_without_waiting)
    pool = schedule.Pool._of(None)  # the setup is not read on the way out
    pool.executor = ProcessPoolExecutor(max_workers=1)
    pool.executor.submit(time.sleep, 30)
    time.sleep(0.5)  # the worker has started
    manager = pool.executor._executor_manager_thread
    assert manager is not None and manager.is_alive()
    pool.__exit__(KeyboardInterrupt, KeyboardInterrupt(), None)
    assert not manager.is_alive()
