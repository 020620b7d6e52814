"""Bad and odd input: a clear message or a flagged result, never a traceback or a hang."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis import paths
from analysis.article import document, reading
from analysis.errors import ArticleError


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(ArticleError, match="empty"):
        document.load(path)


def test_a_folder_or_a_metadata_sidecar_is_not_an_article(tmp_path):
    with pytest.raises(ArticleError, match="a folder, not an article file"):
        document.load(tmp_path)
    sidecar = tmp_path / "story.meta.json"
    sidecar.write_text('{"headline": "Minerals", "published": "2024-01-01"}', encoding="utf-8")
    with pytest.raises(ArticleError, match="metadata sidecar, not the article"):
        document.load(sidecar)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"ELF\x00\x01\x02\x00\x00\x00binary", "binary"),
    ],
)
def test_binary_files_are_named(tmp_path, data, message):
    path = tmp_path / "document.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleError, match=message):
        document.load(path)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "dump.txt"
    with open(path, "wb") as handle:
        handle.truncate(40_000_000)  # 40 MB, sparse: refused on its size alone
    with pytest.raises(ArticleError, match="too large"):
        document.load(path)


def test_other_encodings_are_decoded(tmp_path):
    text = "Les terres rares: Pékin a imposé des restrictions à l’exportation « dès août ».\n" * 5
    english = "Beijing’s export ban on gallium hit prices, traders said on Monday.\n" * 5
    for encoding, body in (("cp1252", english), ("utf-16", english), ("latin-1", text)):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(
            body.replace("’", "'").encode(encoding)
            if encoding == "latin-1"
            else body.encode(encoding)
        )
        art = document.load(path)
        assert "export" in art.text or "exportation" in art.text, encoding
        assert art.encoding


def test_another_language_is_flagged(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(
        "La secrétaire américaine au Commerce se rend en Chine ce dimanche pour une visite de "
        "quatre jours. Les relations entre les deux pays restent tendues, de Taïwan à la mer "
        "de Chine, en passant par le commerce et les terres rares.\n",
        encoding="utf-8",
    )
    art = document.load(path)
    assert any("does not look like English" in w for w in art.warnings)


def test_html_without_an_article_body(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> "
        "<a href='/world'>World</a></nav><div class='ad'>Subscribe now!</div>"
        "<footer>© 2024</footer></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ArticleError, match="no article body"):
        document.load(path)


@pytest.mark.process
def test_cli_prints_the_message_not_a_traceback(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "article", str(path)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert proc.returncode == 2  # bad input: refused
    assert "empty" in proc.stderr and "Traceback" not in proc.stderr


# What `workbook article` and `workbook check` import when they refuse a file: nothing of
# the article pipeline (it takes most of their start-up). Printed by a fresh interpreter,
# which refuses every file in turn (`cli.main` for each, as `python -m analysis` calls it):
# after each, its exit code, the heavy modules imported so far (none: a refusal that
# imported one shows there, and in every line after it) and its stderr, as JSON lines.
_REFUSED_BEFORE_THE_PIPELINE = """
import contextlib, io, json, sys
from analysis import cli
heavy = ("pandas", "analysis.article.document", "analysis.article.gazetteer")
for path in sys.argv[2:]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = cli.main([sys.argv[1], path])
    imported = [name for name in heavy if name in sys.modules]
    print(json.dumps([code, imported, err.getvalue()]), flush=True)
"""


def _bad_files(folder):
    """One made-up file for each refusal `reading.read` gives, with the words it says."""
    loop = folder / "loop.txt"
    loop.symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(loop)
    files = {
        loop: "a symbolic link that leads nowhere",
        folder / "missing.txt": "no such article file",
        folder / "empty.txt": "the file is empty",
        folder / "blank.txt": "only blank space",
        folder / "huge.txt": "too large for one article",
        folder / "scan.txt": "a PDF document",
        folder / "nul.txt": "NUL bytes",
        folder / "notes.txt": "not text; write it in quotes",
    }
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text(" \n\t\n", encoding="utf-8")
    (folder / "huge.txt").write_bytes(b"word " * (reading.MAX_TEXT_BYTES // 5 + 1))
    (folder / "scan.txt").write_bytes(b"%PDF-1.4 a scanned page")
    (folder / "nul.txt").write_bytes(b"Trade talks\x00\x00resumed")
    (folder / "notes.txt").write_text("Ministers met to discuss trade.\n", encoding="utf-8")
    (folder / "notes.meta.json").write_text('{"published": 2024}', encoding="utf-8")
    return files


@pytest.mark.process
@pytest.mark.parametrize("command", ["article", "check"])
def test_a_bad_file_is_refused_before_the_article_pipeline_is_imported(tmp_path, command):
    files = _bad_files(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-c", _REFUSED_BEFORE_THE_PIPELINE, command, *map(str, files)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert proc.returncode == 0 and proc.stderr == "", proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == len(files), proc.stdout
    for (path, says), line in zip(files.items(), lines, strict=True):
        code, imported, err = json.loads(line)
        assert [code, *imported] == [2], (path.name, code, imported, err)
        assert says in err and "Traceback" not in err, (path.name, err)


def test_an_article_read_first_loads_as_from_its_path(tmp_path):
    path = tmp_path / "talks.txt"
    path.write_text("Trade talks\n\nMinisters met in Geneva on 3 May 2024.\n", encoding="utf-8")
    path.with_suffix(".meta.json").write_text('{"outlet": "Daily"}', encoding="utf-8")
    got = reading.read(path)
    assert (got.encoding, got.sidecar) == ("utf-8", {"outlet": "Daily"})
    assert document.load(got).to_json() == document.load(path).to_json()


def test_stated_date_contradicted_by_the_text_is_flagged():
    art = document.from_text(
        "Commerce Secretary Gina Raimondo travels to Beijing this Sunday, August 27.\n",
        {"headline": "A visit", "published": "2023-06-01"},
    )
    assert any("does not fit the text" in w for w in art.warnings)


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=400
) | st.lists(
    st.sampled_from(
        [
            "Gina Raimondo",
            "Beijing",
            " ",
            "\n",
            "\n\n",
            ",",
            ".",
            "Read also",
            "2 mins",
            "this Sunday, August 27",
            "on Wednesday",
            "rare earths",
            "”",
            "»",
            "«",
            "“",
            "in recent months",
            "November",
            "Washington has imposed",
            "blacklist",
            "80%",
            "the fourth",
            "U.S.",
            "Gina Raimond",
            "four-day visit",
            "from July 6 to July 9",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.sampled_from(["", "Gina Raimondo visits", "Read also"]))
def test_arbitrary_text_never_crashes_and_spans_hold(raw, headline):
    art = document.from_text(raw, {"headline": headline} if headline else {})
    assert art.restore() == raw
    for e in art.entities:
        assert art.text[e.start : e.end] == e.text
    for d in art.dates:
        assert art.text[d.start_char : d.end_char] == d.text
    for c in art.claims:
        assert art.text[c.start : c.end] == c.text
        assert set(c.entities) <= {e.id for e in art.entities}
    art.to_json()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_load_or_fail_clearly(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("bytes") / "document.txt"
    path.write_bytes(data)
    try:
        art = document.load(path)
    except ArticleError as exc:
        assert str(exc)
    else:
        for e in art.entities:
            assert art.text[e.start : e.end] == e.text
