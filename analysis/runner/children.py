"""What the runner's child processes write to stderr, kept out of the terminal."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from analysis import paths


class ChildrenStderr:
    """While a run executes, what its child processes write to stderr goes to a log file.

    The runner's worker processes inherit file descriptor 2; an internal traceback of
    theirs (Ctrl-C in the middle of a cell) would otherwise reach the terminal after the
    command's own message. This process keeps writing to the terminal (`sys.stderr`).
    `log` is the log's path when something was written to it, else None (the empty log
    is removed). Nothing changes when stderr is not file descriptor 2 (inside pytest).
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.log: Path | None = None
        self._path: Path | None = None
        self._saved = -1
        self._stderr = sys.stderr

    def __enter__(self) -> ChildrenStderr:
        try:
            if sys.stderr.fileno() != 2:
                return self
        except (AttributeError, OSError, ValueError):
            return self
        path = paths.new_log(self.kind)
        if path == Path(os.devnull):
            return self
        sys.stderr.flush()
        self._path, self._saved = path, os.dup(2)
        handle = os.open(path, os.O_WRONLY | os.O_APPEND)
        os.dup2(handle, 2)
        os.close(handle)
        sys.stderr = open(
            os.dup(self._saved), "w", encoding=self._stderr.encoding, errors="backslashreplace"
        )
        return self

    def __exit__(self, *exc: object) -> None:
        if self._path is None:
            return
        sys.stderr.flush()
        sys.stderr.close()
        sys.stderr = self._stderr
        os.dup2(self._saved, 2)
        os.close(self._saved)
        if self._path.stat().st_size:
            self.log = self._path
        else:
            self._path.unlink(missing_ok=True)
