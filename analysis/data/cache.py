"""Tables, and results computed from them, kept in memory while their files are unchanged.

A file is known by its *signature*: absolute path, size and modification time. A kept
value remembers the signatures of every file it came from (a table: its CSV file, the
corrections file and data/datapackage.json; a derived result: the files of every table
it loaded); it is used again only while all of them are unchanged, otherwise it is
computed again. Within `looked_at_once` (one article's claim checks, which write no
file), each file is looked at once, so a change made inside it is seen after it ends.
Each caller gets a value of its own (`handout`), so changing it never changes what the
next caller gets; a module's private lookup that only its own code reads (`lent`) is
handed out as it is kept.

Every use, computed or kept, is announced as the audit event `analysis.data.read` with
the file's path, once per file: the report runner's recorder (`analysis.runner.kernels`)
hears it, so a run that found a table already in memory still lists the table's files
among its inputs.

Between processes, validated tables are also stored on disk (`stored` and `store`,
under `.cache/tables/` in the repository, or `$WORKBOOK_CACHE_DIR`; `off` turns it off),
keyed by a hash of everything validation depends on: the bytes of the files, the
descriptor, the data layer's code and the versions of Python and pandas. A new process
then reads a table in milliseconds instead of validating it again (about 0.3 s a table).
Derived results are stored the same way, with the content hashes of the files they were
computed from (checked before use) and keyed by their arguments and a hash of the
package's code and the lexicons. Lexicons are stored the same way (`through_file`, keyed
by the file's bytes, the package's code and the versions of Python and pydantic), so a
new process does not parse them and compile every pattern entry again. A store that
cannot be written or read is skipped:
the value is computed as usual.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import datetime as dt
import functools
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Hashable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from analysis import paths

READ_EVENT = "analysis.data.read"
CACHE_ENV = "WORKBOOK_CACHE_DIR"  # a folder, or "off"
KEEP_STORED = 512  # tables and derived results kept on disk (the oldest are removed)
Signature = tuple[Any, ...]  # (path, size, mtime_ns), or (path,) for a missing file
T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class _Kept:
    value: Any
    files: frozenset[Signature]
    frozen: bool = False  # nothing in it can be changed: handed out as it is
    paths: frozenset[str] = frozenset()  # the paths of `files`


def _unchanged(files: Iterable[Signature]) -> bool:
    """Whether every file still has its signature: each path asked about once per call,
    and once per outermost `remember` when one is under way (a value kept under many keys,
    or a derived value and the tables it read, share their files)."""
    return all(looked(sig[0]) == sig for sig in files)


def looked(path: str | Path) -> Signature:
    """`signature(path)`, looked at once per outermost `remember` or `looked_at_once`
    when one is under way (the same answer for every later ask within it)."""
    if not _checked:
        return signature(path)
    seen = _checked[-1]
    now = seen.get(path)
    if now is None:
        now = seen[path] = signature(path)
    return now


_kept: dict[Hashable, _Kept] = {}
# The signatures read while checking kept values, per outermost `remember` (at most one).
_checked: list[dict[str | Path, Signature]] = []
# One set per computation under way (innermost last): the files it has used so far.
_collecting: list[set[Signature]] = []


def signature(path: str | Path) -> Signature:
    """A file's path, size and modification time (the path alone when it is missing)."""
    full = os.path.abspath(path)
    try:
        found = os.stat(full)
    except OSError:
        return (full,)
    return (full, found.st_size, found.st_mtime_ns)


def clear() -> None:
    """Forget every kept value (tests that rewrite files in place within one clock tick)."""
    _kept.clear()


@contextlib.contextmanager
def looked_at_once() -> Iterator[None]:
    """Within it, each file a kept value came from is looked at (`os.stat`) once, however
    many kept values are asked for: for work that changes no file, such as checking one
    article's claims (each asks for the same catalogs many times). A file changed within
    it is seen by the next call after it."""
    outermost = not _checked
    if outermost:
        _checked.append({})
    try:
        yield
    finally:
        if outermost:
            _checked.pop()


def remember(
    key: Hashable, compute: Callable[[], T], files: Iterable[str | Path] = (), lend: bool = False
) -> T:
    """`compute()`, or the value kept under `key` while `files` (and every file the
    computation used through `remember`) are unchanged. Errors are not kept, nor a value
    whose computation used and named no file (review of round 33). The value is
    handed out as a copy (`handout`), or, with `lend`, as it is kept (see `lent`)."""
    outermost = not _checked
    if outermost:
        _checked.append({})
    try:
        return _remember(key, compute, files, lend)
    finally:
        if outermost:
            _checked.pop()


def _remember(
    key: Hashable, compute: Callable[[], T], files: Iterable[str | Path], lend: bool = False
) -> T:
    named = [os.path.abspath(f) for f in files]
    kept = _kept.get(key)
    # a hit: the files named now are among the kept value's, and none of them changed
    if kept is not None and kept.paths.issuperset(named) and _unchanged(kept.files):
        announce(kept.files)
        return kept.value if kept.frozen or lend else handout(kept.value)
    own = {signature(f) for f in named}  # before computing: a file changed meanwhile is seen
    _collecting.append(set())
    try:
        value = compute()
    finally:
        used = _collecting.pop()
    every = frozenset(own | used)
    if not every:  # read no file (a table function patched in a test): nothing to tie it to
        return value
    kept = _Kept(value, every, _immutable(value), frozenset(s[0] for s in every))
    _kept[key] = kept
    announce(kept.files)
    return value if lend else handout(value)


def derived(func: Callable[..., T]) -> Callable[..., T]:
    """Keep a function's results of the tables, per arguments, while the tables' files are
    unchanged. Calls with arguments that cannot be hashed (a frame) are not kept."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        key = (func.__module__, func.__qualname__, args, tuple(sorted(kwargs.items())))
        try:
            hash(key)
        except TypeError:
            return func(*args, **kwargs)
        return remember(key, lambda: _through_store(key, lambda: func(*args, **kwargs)))

    return wrapper


def kept(func: Callable[..., T]) -> Callable[..., T]:
    """Like `derived`, in this process only: for small lookups read many times per
    fact-check (a commodity's series, the goods the measures name), cheaper to compute
    again in a new process than to store on disk. Kept while the files they read are
    unchanged; a frozenset or a string is handed out as it is, a list or dict copied."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        key = ("kept", func.__module__, func.__qualname__, args, tuple(sorted(kwargs.items())))
        try:
            hash(key)
        except TypeError:
            return func(*args, **kwargs)
        return remember(key, lambda: func(*args, **kwargs))

    return wrapper


def lent(func: Callable[..., T]) -> Callable[..., T]:
    """Like `kept`, but the kept value itself is handed out, never a copy: for a module's
    private lookups (a table's rows as plain records, read per claim) that its own code
    only reads. Recomputed, as `kept`, when a file it read changed; calls with arguments
    that cannot be hashed are not kept, as `kept`'s."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        key = ("lent", func.__module__, func.__qualname__, args, tuple(sorted(kwargs.items())))
        try:
            hash(key)
        except TypeError:  # arguments that cannot be hashed: not kept (review of round 29)
            return func(*args, **kwargs)
        return remember(key, lambda: func(*args, **kwargs), lend=True)

    return wrapper


def tied(source: Callable[[], object], maxsize: int) -> Callable[[Callable[..., T]], Any]:
    """Keep a function's results per arguments (at most `maxsize`, the least recently used
    dropped), in this process, for as long as `source()` returns the same object: the
    forms or patterns the results were read with. When `source` makes them anew (its own
    cache cleared after a lexicon or gazetteer edit), every kept result is dropped. For
    per-text scans asked for by several rules (review of round 31: the same tie was
    written four times). The wrapper has `cache_info`, `cache_clear` and `__wrapped__`."""

    def wrap(func: Callable[..., T]) -> Any:
        kept = functools.lru_cache(maxsize=maxsize)(func)
        read_with: list[object] = []  # the `source()` the kept results were read with

        @functools.wraps(func)
        def wrapper(*args: Any) -> T:
            now = source()
            if not read_with or read_with[0] is not now:
                kept.cache_clear()
                read_with[:] = [now]
            return kept(*args)

        wrapper.cache_info = kept.cache_info  # type: ignore[attr-defined]
        wrapper.cache_clear = kept.cache_clear  # type: ignore[attr-defined]
        return wrapper

    return wrap


def _through_store(key: Hashable, compute: Callable[[], T]) -> T:
    """A derived result from the store when every file it was computed from has the same
    bytes (and the code and lexicons are the same), else computed and stored. Runs inside
    `remember`, whose file set it fills either way."""
    text = repr(key)
    if " at 0x" in text:  # an argument known by its memory address: not the same next time
        return compute()
    disk = "derived-" + content_key(text, code_hash())
    found = stored(disk)
    if isinstance(found, tuple) and len(found) == 2:
        files, value = found
        if all(_file_hash(path) == digest for path, digest in files):
            announce({signature(path) for path, _ in files})
            return value
    value = compute()
    used = _collecting[-1] if _collecting else set()
    store(disk, ([(s[0], _file_hash(s[0])) for s in used if len(s) == 3], value))
    return value


_hashes: dict[Signature, str] = {}


def _file_hash(path: str) -> str:
    """A file's content hash (kept per signature), or '' when it cannot be read."""
    sig = signature(path)
    if sig not in _hashes:
        try:
            _hashes[sig] = hashlib.sha256(Path(path).read_bytes()).hexdigest()
        except OSError:
            _hashes[sig] = ""
    return _hashes[sig]


@functools.cache
def code_hash() -> str:
    """A hash of what derived results may depend on besides their tables: the package's
    code and the lexicons. Computed once per process (listing the package and the lexicon
    folder): report kernels compute it while warming up, so that whether a run lists those
    folders does not depend on what ran before it in the same kernel."""
    digest = hashlib.sha256()
    sources = sorted(Path(__file__).resolve().parents[1].rglob("*.py"))
    for path in [*sources, *sorted((paths.ROOT / "data" / "lexicon").glob("*.yaml"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def handout(value: T) -> T:
    """A copy the caller may change; immutable values as they are.

    Frames and series are copied deeply: a copy-on-write view is not enough, since
    `to_numpy()` of a nullable column can hand out the kept array itself, writable.
    """
    if _immutable(value):
        return value
    copier = getattr(value, "copy", None)
    if callable(copier) and hasattr(value, "attrs"):  # a pandas DataFrame or Series
        return copier(deep=True)
    return copy.deepcopy(value)


_SCALARS = (str, int, float, bool, bytes, type(None), frozenset, dt.date)


def _immutable(value: Any) -> bool:
    """A scalar, a frozenset, or a tuple or frozen dataclass of such (at any depth): nothing
    a caller can change."""
    if isinstance(value, tuple):
        return all(_immutable(item) for item in value)
    params = getattr(type(value), "__dataclass_params__", None)
    if params is not None and params.frozen:
        return all(_immutable(getattr(value, f.name)) for f in dataclasses.fields(value))
    return isinstance(value, _SCALARS)


def announce(files: Iterable[Signature]) -> None:
    """Tell the computations under way, and any audit hook, which files were used."""
    for collector in _collecting:
        collector.update(files)
    for found in files:
        sys.audit(READ_EVENT, found[0])


# --- between processes: validated tables on disk ------------------------------------------


def store_folder() -> Path | None:
    """Where validated tables are stored (None when turned off)."""
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen.lower() == "off":
        return None
    return Path(chosen) if chosen else paths.ROOT / ".cache" / "tables"


def content_key(*parts: bytes | str) -> str:
    """A hash of the given contents with this interpreter's and pandas' versions."""
    import pandas as pd

    digest = hashlib.sha256(f"{sys.version}\0{pd.__version__}\0{pickle.HIGHEST_PROTOCOL}".encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little") + data)
    return digest.hexdigest()


def stored(key: str) -> Any | None:
    """The value stored under `key`, or None (not stored, unreadable, or turned off)."""
    folder = store_folder()
    if folder is None:
        return None
    try:
        with open(folder / f"{key}.pickle", "rb") as handle:
            return pickle.load(handle)
    except Exception:  # missing, truncated or from another version: validate instead
        return None


def prune(folder: Path) -> None:
    """Remove all but the `KEEP_STORED` newest stored values. The folder's names are listed
    first; modification times are read only when there are too many (a store of a few
    hundred values then costs one listing, not a `stat` of every file at every store)."""
    with os.scandir(folder) as found:
        names = [entry.path for entry in found if entry.name.endswith(".pickle")]
    if len(names) <= KEEP_STORED:
        return
    for old in sorted(names, key=lambda p: os.stat(p).st_mtime_ns)[:-KEEP_STORED]:
        Path(old).unlink(missing_ok=True)


def store(key: str, value: Any) -> None:
    """Store a value under `key` (atomically); keep only the `KEEP_STORED` newest."""
    folder = store_folder()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, folder / f"{key}.pickle")
        prune(folder)
    except OSError:  # a read-only checkout, a full disk: nothing is stored
        return


def through_file(path: Path, compute: Callable[[], T]) -> T:
    """What `compute` makes of one file (a lexicon, validated), from the store when a process
    made it before from the same bytes with the same code (`code_hash`) and versions, else
    computed and stored. An unreadable file is left to `compute` to report."""
    import pydantic

    try:
        data = path.read_bytes()
    except OSError:
        return compute()
    head = f"{sys.version}\0{pydantic.VERSION}\0{pickle.HIGHEST_PROTOCOL}\0{code_hash()}\0"
    key = "file-" + hashlib.sha256(head.encode() + path.name.encode() + b"\0" + data).hexdigest()
    found = stored(key)
    if found is not None:
        return found
    value = compute()
    store(key, value)
    return value
