"""The session's store of validated tables and derived results (conftest.py's
`table_store`): under pytest-xdist one folder for all the workers (round 32), so that what
one worker validated or derived the other reads; in one process a folder of the session's;
never the checkout's `.cache/`, and never the evaluation process's own store (whose values
only start it, linked: `conftest.seed_store`, round 34)."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import EVAL_STORE, shared_folder

from analysis import paths
from analysis.data import cache


def test_the_session_store_is_the_workers_shared_folder(request, tmp_path_factory):
    store = Path(os.environ[cache.CACHE_ENV])
    base = tmp_path_factory.getbasetemp()
    shared = shared_folder(request.config, "table-store")
    if shared is None:  # one process: a folder of the session's own
        assert store.parent == base and store.name.startswith("table-store")
    else:  # a worker: the controller's folder, beside (not inside) each worker's own
        assert store == shared and store.parent == base.parent
    assert paths.ROOT not in store.parents and store != EVAL_STORE
