"""Notebook files: their `parameters` cell, kept in step with the contracts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from analysis import paths
from analysis.errors import InputError
from analysis.notebooks import contracts
from analysis.notebooks.params import NotebookSpec, render_cell


def path_of(spec: NotebookSpec) -> Path:
    return paths.NOTEBOOKS_DIR / f"{spec.name}.ipynb"


def parameters_cell(nb: Any, where: Path) -> Any:
    """The one code cell tagged `parameters`."""
    tagged = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if len(tagged) != 1:
        raise InputError(
            f"{paths.relative(where)}: expected exactly one cell tagged 'parameters', found "
            f"{len(tagged)} (tag the cell in JupyterLab's property inspector)"
        )
    return tagged[0]


def sync(spec: NotebookSpec) -> bool:
    """Rewrite a notebook's parameters cell from its contract; True when it changed."""
    import nbformat

    path = path_of(spec)
    nb = read(path)
    cell = parameters_cell(nb, path)
    wanted = render_cell(spec)
    if cell.source == wanted:
        return False
    cell.source = wanted
    nbformat.write(nb, path)
    return True


def read(path: Path) -> Any:
    """A notebook file as nbformat reads it; a missing, truncated or invalid file is an
    InputError that says how to get it back."""
    import nbformat

    fix = f"restore it with `git checkout -- {paths.relative(path)}` or re-save it in JupyterLab"
    try:
        nb = nbformat.read(path, as_version=4)
    except FileNotFoundError:
        raise InputError(f"{paths.relative(path)}: the notebook file is missing ({fix})") from None
    except OSError as exc:
        raise InputError(f"{paths.relative(path)}: {exc.strerror} ({fix})") from None
    except Exception:  # nbformat raises many kinds of errors on a malformed file
        raise InputError(
            f"{paths.relative(path)}: not a valid notebook (truncated, or not notebook JSON) "
            f"({fix})"
        ) from None
    return nb


def sync_all() -> list[Path]:
    """Sync every notebook of the contracts; the paths of those that changed."""
    return [path_of(spec) for spec in contracts.SPECS.values() if sync(spec)]
