"""A run's inputs, hashed: whether a run is up to date, and what changed when it is not.

A run depends on its notebook file, its parameters, the kernel (name and command), the
packages installed for the kernel's Python, the `analysis` modules it imported, and the
files and folder listings it read (recorded inside the kernel while it ran, see
`analysis.runner.kernels`). The runner stores them with their SHA-256 in the run's
`manifest.json`; next time it hashes the same files again and skips the run when
nothing differs.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
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


def key(path: str | Path) -> str:
    """How a path is written in a manifest: relative to the repository when inside it."""
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
        "data": {key(f): hasher.file(f) for f in reads.get("files", [])},
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
