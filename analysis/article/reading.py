"""Reading an article file: its bytes, their text and its metadata sidecar, refusing
what cannot be an article (missing, a folder, a symbolic link loop, empty, too large,
binary, blank, a sidecar that is not a JSON object of text).

Light on purpose (the standard library, `paths` and `errors`; charset_normalizer only for
text that is not UTF-8): `workbook check` and `workbook article` read the file here before
they import the article pipeline (pandas, the gazetteer), so that a file they refuse is
refused in a fraction of the start-up. `document.load` reads through `read` too, so the
messages and their order are the same either way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.errors import ArticleError

SIDECAR_SUFFIX = ".meta.json"

MAX_TEXT_BYTES = 200_000
MAX_HTML_BYTES = 15_000_000
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_MAGIC = {
    b"%PDF": "a PDF document: extract its text first (for example `pdftotext FILE.pdf`)",
    b"PK\x03\x04": "a ZIP archive or office document: save the article as .txt or .html",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}


def read_metadata(path: Path) -> dict[str, Any]:
    """The sidecar `<name>.meta.json` beside an article, or {} when there is none."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ArticleError(
            f"{paths.relative(sidecar)}, line {exc.lineno}: the metadata sidecar is not valid "
            f"JSON ({exc.msg}); fix it or delete it"
        ) from exc
    if not isinstance(meta, dict):
        raise ArticleError(f"{paths.relative(sidecar)}: expected a JSON object of metadata")
    for key, value in meta.items():
        if value is not None and not isinstance(value, str):
            raise ArticleError(
                f"{paths.relative(sidecar)}: {key!r} is {json.dumps(value)}, not text; write "
                f'it in quotes ("{key}": "{value}") or null when unknown'
            )
    return meta


def read_bytes(path: Path) -> bytes:
    """The bytes of an article file, refusing what cannot be an article."""
    if path.is_symlink() and not path.exists():
        raise ArticleError(
            f"{path}: a symbolic link that leads nowhere (a loop, or a missing file); give "
            "the article file itself"
        )
    if path.is_dir():
        raise ArticleError(f"{path}: a folder, not an article file (give a .txt or .html file)")
    if not path.is_file():
        raise ArticleError(f"{path}: no such article file (give the path to a .txt or .html file)")
    if path.name.endswith(".meta.json"):
        raise ArticleError(
            f"{path}: an article's metadata sidecar, not the article; give the .txt or .html "
            "file beside it"
        )
    size = path.stat().st_size
    limit = MAX_HTML_BYTES if path.suffix.lower() in HTML_SUFFIXES else MAX_TEXT_BYTES
    if size == 0:
        raise ArticleError(f"{path}: the file is empty; save the article's text in it")
    if size > limit:
        raise ArticleError(
            f"{path}: {size / 1e6:.1f} MB is too large for one article (the limit is "
            f"{limit / 1e6:g} MB; a news article is usually under 50 kB); save just the "
            "article, or split the file"
        )
    try:
        return path.read_bytes()
    except OSError as exc:  # no permission, a device that fails
        raise ArticleError(f"{path}: cannot be read ({exc.strerror})") from None


def decode(data: bytes, where: str) -> tuple[str, str]:
    """Text and encoding of an article's bytes: UTF-8 first, else the detected encoding."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise ArticleError(f"{where}: this is {what}, not an article's text")
    boms = (b"\xff\xfe", b"\xfe\xff")
    if b"\x00" in data[:8192] and not data.startswith(boms):
        raise ArticleError(
            f"{where}: this looks like a binary file (it contains NUL bytes), not text; save "
            "the article as .txt or .html"
        )
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise ArticleError(
                f"{where}: the bytes are not text in any encoding recognised; save the article "
                "as UTF-8 text"
            ) from None
        text, encoding = str(best), best.encoding
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(3, len(text) // 100):
        raise ArticleError(
            f"{where}: {controls} control characters: this looks like a binary file, not text"
        )
    return text.replace("\r\n", "\n").replace("\r", "\n"), encoding


@dataclass(frozen=True)
class Read:
    """An article file read and accepted: its text (new lines normalised), the encoding
    it was in and its sidecar's metadata ({} when there is none)."""

    path: Path
    where: str  # the path as shown to users
    text: str
    encoding: str
    sidecar: dict[str, Any]


def read(path: str | Path) -> Read:
    """Read an article file and its sidecar, or raise the `ArticleError` that says why not."""
    path = Path(path)
    where = paths.relative(path)
    text, encoding = decode(read_bytes(path), where)
    if not text.strip():
        raise ArticleError(
            f"{where}: the file holds only blank space (spaces, tabs, new lines); save the "
            "article's text in it"
        )
    return Read(path, where, text, encoding, read_metadata(path))


def locate(name_or_path: str) -> Path:
    """An article path from a notebook parameter: absolute, relative to the repository, or
    the name of a file in data/articles (with or without its suffix)."""
    given = Path(name_or_path)
    candidates = [given] if given.is_absolute() else [paths.ROOT / given]
    candidates += [paths.ARTICLES_DIR / name_or_path] + [
        paths.ARTICLES_DIR / f"{name_or_path}{suffix}" for suffix in (".txt", ".html")
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    known = sorted(
        p.name for p in paths.ARTICLES_DIR.glob("*") if p.suffix in (".txt", *HTML_SUFFIXES)
    )
    raise ArticleError(
        f"no article file '{name_or_path}' (looked in the repository and data/articles; "
        f"articles there: {', '.join(known) or 'none'})"
    )
