"""A run's inputs, hashed: whether a run is up to date, and what changed when it is not.

A run depends on its notebook file, its parameters, the kernel (name and command), the
packages installed for the kernel's Python, the `analysis` modules its notebook imports
(directly or through other modules: `code_of`, read from the source, so the same
whatever the kernel imported before), and the files and folder listings it read
(recorded inside the kernel while it ran, see `analysis.runner.kernels`). The runner
stores them with their SHA-256 in the run's `manifest.json`; next time it hashes the
same files again and skips the run when nothing differs.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.errors import WorkbookError

MANIFEST_FILE = "manifest.json"
# Sections of a manifest's "inputs", in the order a reason for rerunning is looked for.
_SECTIONS = ("notebook", "parameters", "kernel", "packages", "code", "data", "folders")
_WORDS = {
    "notebook": "the notebook changed",
    "parameters": "its parameters changed",
    "kernel": "the kernel changed",
    "packages": "installed packages changed",
}


def kernel_command(name: str) -> list[str]:
    """The command line of a Jupyter kernel spec (without importing jupyter_client if possible)."""
    from jupyter_core.paths import jupyter_path

    for base in jupyter_path("kernels"):
        spec = Path(base, name, "kernel.json")
        if spec.is_file():
            return list(json.loads(spec.read_text(encoding="utf-8"))["argv"])
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        return list(KernelSpecManager().get_kernel_spec(name).argv)
    except NoSuchKernel:
        raise WorkbookError(
            f"Jupyter kernel '{name}' is not installed: run `make setup` (it registers the "
            "project's kernel), or pass --kernel NAME (see `jupyter kernelspec list`)"
        ) from None


def interpreter(argv: list[str]) -> list[str]:
    """The interpreter and its flags from a kernel command running `-m ipykernel_launcher`
    (empty when the command is of another form)."""
    try:
        at = argv.index("ipykernel_launcher")
    except ValueError:
        return []
    if at < 2 or argv[at - 1] != "-m":
        return []
    return list(argv[: at - 1])


def packages_digest(argv: list[str]) -> str:
    """A hash of the distributions (name and version) installed for the kernel's Python.

    Read from the `*.dist-info` folders of the environment the kernel's interpreter
    belongs to; empty when that environment cannot be found.
    """
    python = argv[0] if os.path.isabs(argv[0]) else shutil.which(argv[0]) or argv[0]
    prefix = Path(python).parent.parent
    names = sorted(
        p.name
        for pattern in ("lib/python*/site-packages/*.dist-info", "Lib/site-packages/*.dist-info")
        for p in prefix.glob(pattern)
    )
    return hashlib.sha256("\n".join(names).encode()).hexdigest() if names else ""


PACKAGE = "analysis"


def code_of(notebook: Path) -> list[Path]:
    """The `analysis` modules (files) a notebook imports, directly or through the modules
    it imports, each package's `__init__.py` included; read from the source."""
    wanted: set[str] = set()
    for code in _code_cells(notebook) or []:
        wanted |= _imported(code, "")
    found: set[Path] = set()
    todo = sorted(wanted)
    while todo:
        name = todo.pop()
        for file in _files_of(name):
            if file not in found:
                found.add(file)
                todo += sorted(_module_imports(file, *_signature(file)))
    return sorted(found)


def imports_of(notebook: Path) -> frozenset[str] | None:
    """The top-level names of every package or module a notebook's code imports ('os',
    'pandas', 'analysis'); None when a cell cannot be read as Python (magics aside) or
    imports relatively, or the notebook cannot be read."""
    cells = _code_cells(notebook)
    if cells is None:
        return None
    names: set[str] = set()
    for code in cells:
        try:
            tree = ast.parse(code)
        except SyntaxError:
            return None
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                if node.level or not node.module:
                    return None
                names.add(node.module.split(".")[0])
    return frozenset(names)


def _code_cells(notebook: Path) -> list[str] | None:
    """The source of each code cell of a notebook, its magic and shell lines ('%', '!')
    left out; None when the notebook cannot be read."""
    try:
        cells = json.loads(notebook.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError):
        return None
    out = []
    for cell in cells:
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else str(source)
        lines = [ln for ln in text.splitlines() if not ln.lstrip().startswith(("%", "!"))]
        out.append("\n".join(lines))
    return out


def module_names(files: list[Path]) -> list[str]:
    """Dotted names of module files (analysis/findings/record.py: analysis.findings.record)."""
    names = []
    for file in files:
        parts = file.relative_to(paths.ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(set(names))


def _signature(file: Path) -> tuple[int, int]:
    stat = file.stat()
    return stat.st_size, stat.st_mtime_ns


@lru_cache(maxsize=512)
def _module_imports(file: Path, _size: int, _mtime: int) -> frozenset[str]:
    """The `analysis` modules a module file imports anywhere in it (kept per file state)."""
    package = ".".join(file.relative_to(paths.ROOT).with_suffix("").parts)
    if file.name != "__init__.py":
        package = package.rpartition(".")[0]
    else:
        package = package.removesuffix(".__init__")
    return frozenset(_imported(file.read_text(encoding="utf-8"), package))


def _imported(source: str, package: str) -> set[str]:
    """Names of the `analysis` modules (or attributes of them) a piece of source imports."""
    try:
        tree = ast.parse(source)
    except SyntaxError:  # the kernel reports it when it runs the cell
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names}
    return {n for n in names if n == PACKAGE or n.startswith(PACKAGE + ".")}


def _files_of(name: str) -> list[Path]:
    """The files importing `name` executes: its own and its packages' `__init__.py`."""
    parts = name.split(".")
    files = []
    for depth in range(1, len(parts) + 1):
        base = paths.ROOT.joinpath(*parts[:depth])
        for candidate in (base / "__init__.py", base.with_suffix(".py")):
            if candidate.is_file():
                files.append(candidate)
                break
        else:
            break  # an attribute (`from analysis.x import function`), not a module
    return files


def key(path: str | Path) -> str:
    """How a path is written in a manifest: relative to the repository when inside it."""
    return _key(str(path))


@lru_cache(maxsize=4096)
def _key(path: str) -> str:
    # Kept per process: resolving the same ~70 paths for every run of the report took a
    # fifth of a no-op `workbook run`.
    return paths.relative(Path(path))


def _path(key: str) -> Path:
    return Path(key) if os.path.isabs(key) else paths.ROOT / key


class Hasher:
    """SHA-256 of files and folder listings, each computed once per report run."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], str | None] = {}

    def file(self, path: str | Path) -> str | None:
        """Hash of a file's bytes; None when it does not exist."""
        return self._cached("file", str(path))

    def listing(self, path: str | Path) -> str | None:
        """Hash of the sorted names in a folder; None when it does not exist."""
        return self._cached("listing", str(path))

    def _cached(self, kind: str, path: str) -> str | None:
        if (kind, path) not in self._seen:
            try:
                if kind == "file":
                    data = Path(path).read_bytes()
                else:
                    data = "\n".join(sorted(os.listdir(path))).encode()
            except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
                self._seen[kind, path] = None
            else:
                self._seen[kind, path] = hashlib.sha256(data).hexdigest()
        return self._seen[kind, path]


LEXICONS = paths.DATA_DIR / "lexicon"


def _table(name: str) -> list[Path]:
    """A table's files as a load announces them: its CSV, the descriptor, the corrections."""
    return [paths.DATA_DIR / "sources" / f"{name}.csv", paths.DATAPACKAGE, CORRECTIONS]


CORRECTIONS = paths.DATA_DIR / "corrections.yaml"
# Modules that keep what they read from these files for the life of the kernel process:
# whether a run opens them depends on what ran in its kernel before, so a run whose code
# includes the module depends on all of them (one changed word can change any output).
KEPT_BY_MODULE: dict[tuple[str, str], list[Path]] = {
    ("data", "lexicon.py"): [LEXICONS / "*.yaml"],
    ("data", "goods.py"): _table("commodities"),
    ("article", "gazetteer.py"): _table("officials") + _table("commodities"),
}


def _data_files(reads: dict[str, list[str]]) -> list[str]:
    """The data files a run read, with those the code keeps in memory always included
    (`KEPT_BY_MODULE`), so that the same inputs give the same list in any kernel."""
    files = set(reads.get("files", []))
    for module in reads.get("modules", []):
        for pattern in KEPT_BY_MODULE.get(Path(module).parts[-2:], []):
            files.update(str(p) for p in sorted(pattern.parent.glob(pattern.name)))
    return sorted(files)


def inputs(
    notebook: Path,
    parameters: dict[str, Any],
    kernel: dict[str, Any],
    packages: str,
    reads: dict[str, list[str]],
    hasher: Hasher,
) -> dict[str, Any]:
    """Everything a run depended on, with hashes (the manifest's "inputs")."""
    return {
        "notebook": {key(notebook): hasher.file(notebook)},
        "parameters": parameters,
        "kernel": kernel,
        "packages": packages,
        "code": {key(m): hasher.file(m) for m in reads.get("modules", [])},
        "data": {key(f): hasher.file(f) for f in _data_files(reads)},
        "folders": {key(d): hasher.listing(d) for d in reads.get("dirs", [])},
    }


def digest(found: dict[str, Any]) -> str:
    """One hash for all of a run's inputs."""
    text = json.dumps(found, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def read_manifest(folder: Path) -> dict[str, Any] | None:
    """A run folder's manifest, or None when it has none (or an unreadable one)."""
    try:
        return json.loads((folder / MANIFEST_FILE).read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def stale_reason(
    folder: Path,
    notebook: Path,
    parameters: dict[str, Any],
    kernel: dict[str, Any],
    packages: str,
    hasher: Hasher,
) -> str | None:
    """None when the outputs in `folder` are up to date; otherwise why the run must run."""
    manifest = read_manifest(folder)
    if manifest is None or "inputs" not in manifest:
        return "no outputs yet"
    before = manifest["inputs"]
    reads = {
        "modules": [str(_path(k)) for k in before.get("code", {})],
        "files": [str(_path(k)) for k in before.get("data", {})],
        "dirs": [str(_path(k)) for k in before.get("folders", {})],
    }
    now = inputs(notebook, parameters, kernel, packages, reads, hasher)
    if digest(now) != manifest.get("fingerprint"):
        return _difference(before, now)
    missing = [name for name in manifest.get("outputs", {}) if not (folder / name).exists()]
    if missing:
        return f"output {missing[0]} is missing"
    return None


def _difference(before: dict[str, Any], now: dict[str, Any]) -> str:
    for section in _SECTIONS:
        old, new = before.get(section), now.get(section)
        if old == new:
            continue
        if section in _WORDS:
            return _WORDS[section]
        changed = sorted(k for k in new if old.get(k) != new[k])
        what = "removed" if changed and new[changed[0]] is None else "changed"
        if section == "folders":
            what = "has files added or removed"
        return f"{changed[0]} {what}" if changed else f"{section} changed"
    return "the manifest does not match its inputs"
